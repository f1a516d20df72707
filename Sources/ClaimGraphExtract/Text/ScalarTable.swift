import ClaimGraphModel

/// Word forms stored as runs of scalars and found by their scalars, without building a
/// `String`: open addressing over FNV-1a of the scalar values.
///
/// Entry `k` is the `k`-th form appended; the owner keeps whatever else it knows of an entry
/// in arrays indexed by `k`.
struct ScalarTable: Sendable {
    private var scalars: [Unicode.Scalar] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { hashes.count }

    /// The hash under which `form[range]` is stored.
    @inline(__always)
    static func hash(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h = FNV1a64()
        for k in range { h.add(UInt64(form[k].value)) }
        return h.value
    }

    /// The entry holding exactly the scalars `form[range]`, whose `hash` the caller computed.
    @inline(__always)
    func find(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, hash: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            if hashes[Int(e)] == hash && holds(Int(e), form, range) { return e }
            i = (i + 1) & mask
        }
    }

    /// The entry of `text`, if stored (read from its scalar view, without copying it).
    func find(_ text: String) -> Int32? {
        var h = FNV1a64()
        var length = 0
        for s in text.unicodeScalars { h.add(UInt64(s.value)); length += 1 }
        let hash = h.value
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            if hashes[Int(e)] == hash {
                let a = Int(starts[Int(e)]), b = Int(starts[Int(e) + 1])
                if b - a == length && scalars[a..<b].elementsEqual(text.unicodeScalars) { return e }
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    private func holds(_ e: Int, _ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        let a = Int(starts[e]), b = Int(starts[e + 1])
        guard b - a == range.count else { return false }
        var k = range.lowerBound
        for j in a..<b {
            if scalars[j] != form[k] { return false }
            k += 1
        }
        return true
    }

    /// Stores `form[range]` (not already stored) as a new entry and returns its index.
    mutating func append(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, hash: UInt64) -> Int32 {
        let e = Int32(hashes.count)
        scalars.append(contentsOf: form[range])
        starts.append(Int32(scalars.count))
        hashes.append(hash)
        if hashes.count * 2 > mask + 1 { grow() } else { place(e) }
        return e
    }

    /// Stores `text` (not already stored) as a new entry and returns its index.
    mutating func append(_ text: String) -> Int32 {
        var h = FNV1a64()
        for s in text.unicodeScalars {
            h.add(UInt64(s.value))
            scalars.append(s)
        }
        let e = Int32(hashes.count)
        starts.append(Int32(scalars.count))
        hashes.append(h.value)
        if hashes.count * 2 > mask + 1 { grow() } else { place(e) }
        return e
    }

    private mutating func place(_ e: Int32) {
        let h = hashes[Int(e)]
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = e
    }

    private mutating func grow() {
        let size = (mask + 1) * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for e in 0..<hashes.count { place(Int32(e)) }
    }
}
