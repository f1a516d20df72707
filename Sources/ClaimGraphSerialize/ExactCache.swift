/// A small direct-mapped cache in front of a String-keyed table (predicates,
/// element names, data keys), matched byte for byte, so a repeated key costs
/// a length check and a `memcmp` instead of hashing the whole string.
///
/// It only remembers what the table answered for those exact bytes, so it
/// never changes an answer; a miss falls back to the table.
final class ExactCache<Value> {
    private let keys: UnsafeMutablePointer<String?>
    private let values: UnsafeMutablePointer<Value?>
    private let size: Int
    private let mask: Int

    /// A cache of `size` slots (a power of two).
    init(size: Int = 64) {
        precondition(size > 0 && size & (size - 1) == 0)
        keys = .allocate(capacity: size)
        keys.initialize(repeating: nil, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: nil, count: size)
        self.size = size
        mask = size - 1
    }

    deinit {
        keys.deinitialize(count: size)
        keys.deallocate()
        values.deinitialize(count: size)
        values.deallocate()
    }

    @inline(__always)
    private func slot(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        if n == 0 { return 0 }
        return (n &* 31 &+ Int(b[n &- 1]) &* 7 &+ Int(b[n >> 1])) & mask
    }

    /// The value remembered for exactly these bytes, or nil.
    @inline(__always)
    subscript(_ key: String) -> Value? {
        key.utf8.withContiguousStorageIfAvailable { b -> Value? in
            let k = slot(b)
            guard let known = keys[k], TermChecks.sameBytes(known, b) else { return nil }
            return values[k]
        } ?? nil
    }

    /// Remembers `value` for `key`, evicting whatever shared its slot.
    @inline(__always)
    func set(_ value: Value, for key: String) {
        guard let k: Int = key.utf8.withContiguousStorageIfAvailable({ slot($0) }) else { return }
        keys[k] = key
        values[k] = value
    }

    /// Forgets everything.
    func removeAll() {
        for k in 0..<size { keys[k] = nil; values[k] = nil }
    }
}
