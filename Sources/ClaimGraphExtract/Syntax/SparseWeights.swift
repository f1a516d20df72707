/// The averaged, pruned weights of a linear classifier, as a model file stores them:
/// an open-addressing table from a 64-bit feature key to a run of
/// (class, weight) entries laid out flat.
///
/// A slot packs the key's low 32 bits (its fingerprint; the high bits pick the
/// slot, and keys are odd, so 0 marks an empty slot) with the run's offset (24
/// bits) and length (8 bits). An entry packs the class (bits 16–23) with the
/// weight, a 16-bit integer (bits 0–15) with one scale for the model: scores are
/// only compared, so they are summed unscaled.
///
/// In memory (the file keeps every feature sparse), the lookup table differs:
/// a feature with one entry holds it in the slot (length byte 0xFE, the entry's
/// 24 bits in place of the offset), saving a memory access; a feature with at
/// least `denseFrom` entries points to a dense row of all classes (length byte
/// 0xFF, offset = row number), added with vector instructions. The tables sit
/// in huge pages where the system offers them.
///
/// Immutable once built; read concurrently by any number of threads.
final class SparseWeights: @unchecked Sendable {
    /// Entries from which a feature gets a dense row in memory.
    static func denseFrom(_ classCount: Int) -> Int { max(8, min(24, classCount / 2)) }
    let classCount: Int
    let slotCount: Int
    let entryCount: Int
    /// The number of features kept.
    private(set) var featureCount = 0
    /// Weight = stored integer × scale.
    let scale: Float
    private let shift: UInt64
    private let slots: UnsafeMutablePointer<UInt64>
    private let entries: UnsafeMutablePointer<UInt32>
    /// The slots as scored: dense features point into `rows`.
    private let lookup: UnsafeMutablePointer<UInt64>
    /// Dense rows, `rowWidth` Int32 weights each (classCount rounded up to 8).
    private let rows: UnsafeMutablePointer<Int32>
    private let rowWidth: Int

    /// Builds the table from features in ascending key order, each with its entries;
    /// entries that round to 0 are dropped.
    init(classCount: Int, features: [(key: UInt64, entries: [(cls: UInt8, weight: Float)])]) {
        self.classCount = classCount
        let largest = features.reduce(Float(0)) { m, f in f.entries.reduce(m) { max($0, abs($1.weight)) } }
        let scale: Float = largest > 0 ? largest / 32767 : 1
        self.scale = scale
        var kept: [(key: UInt64, entries: [(cls: UInt8, weight: Int16)])] = []
        for feature in features {
            let entries = feature.entries.compactMap { e -> (cls: UInt8, weight: Int16)? in
                let q = (e.weight / scale).rounded()
                return q == 0 ? nil : (e.cls, Int16(max(-32767, min(32767, q))))
            }
            if !entries.isEmpty { kept.append((feature.key, entries)) }
        }
        var capacity = 16
        while capacity < kept.count + kept.count / 4 { capacity *= 2 }
        slotCount = capacity
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        entryCount = kept.reduce(0) { $0 + $1.entries.count }
        precondition(entryCount < 1 << 24, "too many weights for the model format")
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        entries = .allocate(capacity: max(entryCount, 1))
        var next = 0
        for feature in kept {
            var i = Int(feature.key >> shift)
            while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = (feature.key & 0xFFFF_FFFF) << 32 | UInt64(next) << 8 | UInt64(feature.entries.count)
            for entry in feature.entries {
                entries[next] = UInt32(entry.cls) << 16 | UInt32(UInt16(bitPattern: entry.weight))
                next += 1
            }
        }
        (lookup, rows, rowWidth) = SparseWeights.densify(slots, capacity, entries, classCount)
        featureCount = kept.count
    }

    /// The in-memory lookup table: a copy of `slots` in which features with many
    /// entries point to dense rows instead.
    private static func densify(_ slots: UnsafeMutablePointer<UInt64>, _ capacity: Int, _ entries: UnsafeMutablePointer<UInt32>,
                                _ classCount: Int) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>, Int) {
        let width = (classCount + 7) / 8 * 8
        var dense = 0
        for i in 0..<capacity where slots[i] != 0 && Int(slots[i] & 0xFF) >= denseFrom(classCount) { dense += 1 }
        let lookup = HugePages.allocate(UInt64.self, capacity)
        let rows = HugePages.allocate(Int32.self, max(1, dense * width))
        rows.initialize(repeating: 0, count: max(1, dense * width))
        var row = 0
        for i in 0..<capacity {
            let slot = slots[i]
            let count = Int(slot & 0xFF)
            if slot != 0 && count == 1 {
                let entry = entries[Int((slot >> 8) & 0xFF_FFFF)]
                lookup[i] = (slot >> 32) << 32 | UInt64(entry & 0xFF_FFFF) << 8 | 0xFE
                continue
            }
            guard slot != 0, count >= denseFrom(classCount) else { lookup[i] = slot; continue }
            let start = Int((slot >> 8) & 0xFF_FFFF)
            for e in start..<(start + count) {
                let entry = entries[e]
                rows[row * width + Int(entry >> 16)] = Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
            }
            lookup[i] = (slot >> 32) << 32 | UInt64(row) << 8 | 0xFF
            row += 1
        }
        return (lookup, rows, width)
    }

    /// Reads the table as `write` laid it out.
    init(reading reader: inout ModelReader, classCount: Int) throws {
        self.classCount = classCount
        let capacity = Int(try reader.u32())
        let entries = Int(try reader.u32())
        scale = Float(bitPattern: try reader.u32())
        guard capacity >= 16, capacity.nonzeroBitCount == 1, capacity <= 1 << 28, entries < 1 << 24 else {
            throw reader.fail("weight table of \(capacity) slots, \(entries) entries")
        }
        slotCount = capacity
        entryCount = entries
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        slots = .allocate(capacity: capacity)
        self.entries = .allocate(capacity: max(entries, 1))
        try reader.copy(capacity, into: slots)
        for i in 0..<capacity where slots[i] != 0 {
            let run = slots[i] & 0xFFFF_FFFF
            guard Int(run >> 8) + Int(run & 0xFF) <= entries else { throw reader.fail("weight run out of range") }
        }
        try reader.copy(entries, into: self.entries)
        for i in 0..<entries where Int(self.entries[i] >> 16) >= classCount {
            throw reader.fail("class \(self.entries[i] >> 16) out of range")
        }
        for i in 0..<capacity where slots[i] & 0xFF >= 0xFE { throw reader.fail("run of \(slots[i] & 0xFF) entries") }
        (lookup, rows, rowWidth) = SparseWeights.densify(slots, capacity, self.entries, classCount)
        featureCount = (0..<capacity).reduce(0) { $0 + (slots[$1] != 0 ? 1 : 0) }
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        HugePages.deallocate(lookup)
        HugePages.deallocate(rows)
    }

    /// Writes: u32 slot count, u32 entry count, f32 scale, the slots (u64 each), the entries (u32 each).
    func write(to writer: inout ModelWriter) {
        writer.u32(UInt32(slotCount))
        writer.u32(UInt32(entryCount))
        writer.f32(scale)
        for i in 0..<slotCount { writer.u64(slots[i]) }
        for i in 0..<entryCount { writer.u32(entries[i]) }
    }

    /// Adds the (unscaled) weights of features `keys[0..<count]` into
    /// `scores[0..<rowWidth]` (at least `classCount` rounded up to 8), which the
    /// caller zeroes. Unknown features add nothing.
    ///
    /// Three passes, so that the memory system overlaps the cache misses of
    /// independent loads: load every feature's home slot; probe on where needed,
    /// add single entries and touch the first word of the others; add the others.
    @inline(__always)
    func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        let mask = slotCount - 1
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { home in
            let h = home.baseAddress!
            for f in 0..<count { h[f] = lookup[Int(truncatingIfNeeded: keys[f] >> shift)] }
            var touched: UInt32 = 0
            var found = 0
            for f in 0..<count {
                let key = keys[f]
                let fingerprint = key & 0xFFFF_FFFF
                var slot = h[f]
                if slot >> 32 != fingerprint {
                    if slot == 0 { continue }
                    var i = (Int(truncatingIfNeeded: key >> shift) + 1) & mask
                    while true {
                        slot = lookup[i]
                        if slot >> 32 == fingerprint || slot == 0 { break }
                        i = (i + 1) & mask
                    }
                    if slot == 0 { continue }
                }
                let offset = Int(truncatingIfNeeded: (slot >> 8) & 0xFF_FFFF)
                let tag = slot & 0xFF
                if tag == 0xFE {
                    scores[Int(truncatingIfNeeded: (slot >> 24) & 0xFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: slot >> 8)))
                    continue
                }
                touched |= tag == 0xFF ? UInt32(bitPattern: rows[offset * rowWidth]) : entries[offset]
                h[found] = slot
                found += 1
            }
            if touched == 0x7FFF_FFFF { scores[0] &+= 0 } // keeps the touching loads
            for f in 0..<found {
                let slot = h[f]
                let offset = Int(truncatingIfNeeded: (slot >> 8) & 0xFF_FFFF)
                let length = Int(truncatingIfNeeded: slot & 0xFF)
                if length == 0xFF {
                    let row = UnsafeRawPointer(rows + offset * rowWidth)
                    let out = UnsafeMutableRawPointer(scores)
                    var c = 0
                    while c < rowWidth {
                        let sum = out.loadUnaligned(fromByteOffset: 4 * c, as: SIMD8<Int32>.self)
                            &+ row.loadUnaligned(fromByteOffset: 4 * c, as: SIMD8<Int32>.self)
                        out.storeBytes(of: sum, toByteOffset: 4 * c, as: SIMD8<Int32>.self)
                        c += 8
                    }
                } else {
                    for e in offset..<(offset + length) {
                        let entry = entries[e]
                        scores[Int(truncatingIfNeeded: entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                    }
                }
            }
        }
    }

    /// The length of the score buffers `accumulate` writes.
    var scoreWidth: Int { rowWidth }
}
