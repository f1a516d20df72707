/// The hash of a word for `WordMap` and `TokenTrie`: FNV-1a of its UTF-8 bytes,
/// with 0 kept for empty slots. The tokenizer computes it once per token.
enum WordHash {
    @inline(__always)
    static func of(_ word: String) -> UInt64 {
        let h = word.utf8.withContiguousStorageIfAvailable(fnv1a) ?? fnv1a(word.utf8)
        return h == 0 ? 1 : h
    }

    @inline(__always)
    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// Word lookup tables with a cheap hash: the extraction asks "is this token in that
/// list" several times per token, and the standard library's seeded SipHash costs
/// more than the rest of such a lookup.
///
/// Open addressing over FNV-1a of the UTF-8 bytes; tables are built once and then
/// only read, so they are safe to share between threads.
struct WordMap<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var keys: [String]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init() {
        hashes = Array(repeating: 0, count: 8)
        keys = Array(repeating: "", count: 8)
        values = Array(repeating: nil, count: 8)
        mask = 7
    }

    @inline(__always)
    private func slot(_ word: String, _ h: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while hashes[i] != 0 {
            if hashes[i] == h && keys[i] == word { return i }
            i = (i + 1) & mask
        }
        return i
    }

    /// The value of `word`, whose `WordHash` the caller already has (a token's).
    @inline(__always)
    subscript(word: String, hash hash: UInt64) -> Value? {
        let i = slot(word, hash)
        return hashes[i] == 0 ? nil : values[i]
    }

    /// The value of a token's lowercase form.
    @inline(__always)
    subscript(lowerOf token: Token) -> Value? { self[token.lower, hash: token.lowerHash] }

    subscript(word: String) -> Value? {
        get {
            let i = slot(word, WordHash.of(word))
            return hashes[i] == 0 ? nil : values[i]
        }
        set {
            guard let newValue else { preconditionFailure("WordMap does not remove entries") }
            let h = WordHash.of(word)
            var i = slot(word, h)
            if hashes[i] == 0 {
                if (count + 1) * 4 > (mask + 1) * 3 {
                    grow()
                    i = slot(word, h)
                }
                hashes[i] = h
                keys[i] = word
                count += 1
            }
            values[i] = newValue
        }
    }

    /// The entries, in no particular order.
    var entries: [(key: String, value: Value)] {
        (0...mask).compactMap { hashes[$0] == 0 ? nil : (keys[$0], values[$0]!) }
    }

    private mutating func grow() {
        let old = entries
        let size = (mask + 1) * 2
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: "", count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        count = 0
        for (key, value) in old { self[key] = value }
    }
}

/// A set of words on `WordMap`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    init() {}
    init(arrayLiteral words: String...) { for word in words { insert(word) } }
    init<S: Sequence>(_ words: S) where S.Element == String { for word in words { insert(word) } }

    @inline(__always)
    func contains(_ word: String) -> Bool { map[word] != nil }
    mutating func insert(_ word: String) { map[word] = true }

    /// Whether the set holds `word`, whose `WordHash` the caller already has.
    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool { map[word, hash: hash] != nil }

    /// Whether the set holds a token's text as written.
    @inline(__always)
    func contains(textOf token: Token) -> Bool { map[token.text, hash: token.textHash] != nil }

    /// Whether the set holds a token's lowercase form.
    @inline(__always)
    func contains(lowerOf token: Token) -> Bool { map[token.lower, hash: token.lowerHash] != nil }
}
