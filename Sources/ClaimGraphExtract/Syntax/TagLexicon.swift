/// The tagger's word lexicon: for a lowercase form's hash, the tags it took in
/// the training data, the WordNet categories it can take, and whether it is so
/// frequent and unambiguous that the tagger assigns its tag without scoring.
///
/// Stored as an open-addressing table of packed 64-bit entries: a 32-bit
/// fingerprint of the hash (never 0; 0 marks an empty slot) and the 32-bit `Info`.
final class TagLexicon: @unchecked Sendable {
    /// What the lexicon knows of a word.
    struct Info: Equatable {
        var bits: UInt32

        /// Bit t set: the word took tag t at least 5% of the time in training.
        var tagMask: UInt32 { bits & 0x1_FFFF }
        /// WordNet categories: bit 0 noun, 1 verb, 2 adjective, 3 adverb.
        var wordNet: UInt32 { (bits >> 17) & 0xF }
        /// The ambiguity class the features read (tag mask and WordNet bits).
        var ambiguity: UInt64 { UInt64(bits & 0x1F_FFFF) }
        /// The tag of a frequent, unambiguous word, or nil.
        var sureTag: UInt8? { bits & (1 << 26) != 0 ? UInt8((bits >> 21) & 0x1F) : nil }

        init(bits: UInt32) { self.bits = bits }

        init(tagMask: UInt32, wordNet: UInt32, sureTag: UInt8?) {
            bits = (tagMask & 0x1_FFFF) | (wordNet & 0xF) << 17
            if let tag = sureTag { bits |= UInt32(tag) << 21 | 1 << 26 }
        }
    }

    let slotCount: Int
    private let shift: UInt64
    private let entries: UnsafeMutablePointer<UInt64>

    /// Builds the table from (word hash, info) pairs with distinct hashes, in ascending hash order.
    init(words: [(hash: UInt64, info: Info)]) {
        var capacity = 16
        while capacity < words.count + words.count / 3 { capacity *= 2 }
        slotCount = capacity
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: 0, count: capacity)
        for word in words {
            let (slot, fingerprint) = TagLexicon.place(word.hash, shift)
            var i = slot
            while entries[i] != 0 { i = (i + 1) & (capacity - 1) }
            entries[i] = UInt64(fingerprint) << 32 | UInt64(word.info.bits)
        }
    }

    /// Reads: u32 slot count, then one u64 per slot.
    init(reading reader: inout ModelReader) throws {
        let capacity = Int(try reader.u32())
        guard capacity >= 16, capacity.nonzeroBitCount == 1, capacity <= 1 << 26 else {
            throw reader.fail("lexicon of \(capacity) slots")
        }
        slotCount = capacity
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        entries = .allocate(capacity: capacity)
        try reader.copy(capacity, into: entries)
    }

    deinit { entries.deallocate() }

    func write(to writer: inout ModelWriter) {
        writer.u32(UInt32(slotCount))
        for i in 0..<slotCount { writer.u64(entries[i]) }
    }

    @inline(__always)
    private static func place(_ hash: UInt64, _ shift: UInt64) -> (Int, UInt32) {
        let m = FeatureKey.mix(hash)
        return (Int(truncatingIfNeeded: m >> shift), UInt32(truncatingIfNeeded: m) | 1)
    }

    /// The info of the word whose `LexicalFeatures.lower` is `hash` (all zero if unknown).
    @inline(__always)
    func lookup(_ hash: UInt64) -> Info {
        let (slot, fingerprint) = TagLexicon.place(hash, shift)
        var i = slot
        let mask = slotCount - 1
        while true {
            let e = entries[i]
            if e == 0 { return Info(bits: 0) }
            if UInt32(truncatingIfNeeded: e >> 32) == fingerprint { return Info(bits: UInt32(truncatingIfNeeded: e)) }
            i = (i + 1) & mask
        }
    }
}
