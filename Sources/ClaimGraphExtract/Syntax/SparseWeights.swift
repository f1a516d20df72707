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
/// This is the file's form; scoring reads a `ScoreTable` built from it, which
/// finds exactly the same entries for every key.
///
/// Immutable once built; read concurrently by any number of threads.
final class SparseWeights: @unchecked Sendable {
    let classCount: Int
    let slotCount: Int
    let entryCount: Int
    /// The number of features kept.
    private(set) var featureCount = 0
    /// Weight = stored integer × scale.
    let scale: Float
    /// The number of high key bits that pick a feature's home slot is `64 - shift`.
    let shift: UInt64
    let slots: UnsafeMutablePointer<UInt64>
    let entries: UnsafeMutablePointer<UInt32>

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
        featureCount = kept.count
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
        featureCount = (0..<capacity).reduce(0) { $0 + (slots[$1] != 0 ? 1 : 0) }
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
    }

    /// Writes: u32 slot count, u32 entry count, f32 scale, the slots (u64 each), the entries (u32 each).
    func write(to writer: inout ModelWriter) {
        writer.u32(UInt32(slotCount))
        writer.u32(UInt32(entryCount))
        writer.f32(scale)
        for i in 0..<slotCount { writer.u64(slots[i]) }
        for i in 0..<entryCount { writer.u32(entries[i]) }
    }

    /// The entries of feature `key` as (class, unscaled weight), found as the
    /// table is defined: from the home slot, the first slot with the key's
    /// fingerprint before an empty one. Slow; the reference `ScoreTable` matches.
    func entries(of key: UInt64) -> [(cls: Int, weight: Int16)] {
        var i = Int(truncatingIfNeeded: key >> shift)
        while slots[i] != 0 {
            let slot = slots[i]
            if slot >> 32 == key & 0xFFFF_FFFF {
                let start = Int((slot >> 8) & 0xFF_FFFF)
                return (start..<(start + Int(slot & 0xFF))).map {
                    (Int(entries[$0] >> 16), Int16(bitPattern: UInt16(truncatingIfNeeded: entries[$0])))
                }
            }
            i = (i + 1) & (slotCount - 1)
        }
        return []
    }
}
