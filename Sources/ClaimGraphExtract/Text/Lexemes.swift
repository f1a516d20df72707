import ClaimGraphModel
import Foundation

/// A word id: an index into the shared vocabulary (`0..<Lexemes.count`) or, at and above
/// `Lexemes.count`, into one document's overlay (`DocumentWords`).
typealias WordID = Int32

/// The shared vocabulary: every word form a lexicon file or a word class names, in its exact
/// and its lowercase form, with ids `0..<count`.
///
/// Built once when the lexicons load, then frozen: immutable and shared by all extractions.
/// Each entry keeps its string, its lowercase id, its `LexicalFeatures`, its `WordShape` and its
/// word classes as flag bits, so a class test is one bit test.
final class Lexemes: Sendable {
    let table: ScalarTable
    /// Each entry's form.
    let strings: [String]
    /// Each entry's lowercase form.
    let lowerIDs: [WordID]
    /// The entry without one final period ("gen." → "gen"), or -1 when that form is not in
    /// the vocabulary (then it is in no class); the entry itself when it has no final period.
    let periodless: [WordID]
    /// The title-trie key of an abbreviation: without its final period when it has no other
    /// ("sen." → "sen", "u.s." stays), or -1 when that form is not in the vocabulary.
    let bare: [WordID]
    /// Each entry's shape; spelling flags only on entries that are their own lowercase.
    let shapes: [WordShape]
    /// Each entry's lexical features, computed for all entries the first time a document asks.
    private let lazyFeatures = OnceFeatures()
    /// Word-class bits, `stride` words per entry.
    private let bits: [UInt64]
    private let stride: Int

    /// The number of shared entries: overlay ids start here.
    var count: Int { strings.count }

    fileprivate init(_ b: LexemeBuilder) {
        table = b.table
        strings = b.strings
        lowerIDs = b.lowerIDs
        bits = b.bits
        stride = LexemeBuilder.stride
        let lookup: (String) -> WordID = { b.table.find($0) ?? -1 }
        var periodless: [WordID] = [], bare: [WordID] = [], shapes: [WordShape] = []
        for (e, w) in b.strings.enumerated() {
            let stripped = w.utf8.count > 1 && w.utf8.last == 0x2E ? String(w.dropLast()) : nil
            periodless.append(stripped.map(lookup) ?? WordID(e))
            bare.append(stripped.map { $0.includes(byte: 0x2E) ? WordID(e) : lookup($0) } ?? WordID(e))
            // The rules read spelling through lowercase ids and `givenNameLike` through form ids:
            // an entry that is not its own lowercase needs only the latter.
            if b.lowerIDs[e] == WordID(e) {
                shapes.append(WordShape(of: w, id: WordID(e), has: { b.has($0, $1) }, lookup: lookup))
            } else {
                let given = b.has(WordID(e), .givenName) || WordShape.isHyphenatedGivenName(w, { b.has($0, $1) }, lookup)
                shapes.append(given ? .givenNameLike : [])
            }
        }
        self.periodless = periodless
        self.bare = bare
        self.shapes = shapes
    }

    /// Each entry's lexical features (computed once per process, on first use).
    var features: [LexicalFeatures] { lazyFeatures.value(for: strings) }

    /// Whether shared entry `id` is in class `c`; false for overlay ids and -1.
    @inline(__always)
    func has(_ id: WordID, _ c: WordClass) -> Bool {
        guard UInt32(bitPattern: id) < UInt32(strings.count) else { return false }
        return bits[Int(id) &* stride &+ (c.rawValue >> 6)] & (1 << UInt64(c.rawValue & 63)) != 0
    }

    /// The id of a word given as text, if the shared vocabulary holds it.
    func id(_ text: String) -> WordID? { table.find(text) }

    /// Whether the word given as text is in class `c` (text from names and roles).
    func has(_ text: String, _ c: WordClass) -> Bool { id(text).map { has($0, c) } ?? false }
}

/// Collects the shared vocabulary while the lexicons load.
struct LexemeBuilder: WordInterner {
    static let stride = (WordClass.allCases.count + 63) / 64

    fileprivate(set) var table = ScalarTable(capacity: 1 << 17)
    fileprivate(set) var strings: [String] = []
    fileprivate(set) var lowerIDs: [WordID] = []
    fileprivate(set) var bits: [UInt64] = []
    /// The id of the newline token's text.
    private(set) var newline: WordID = -1

    init() {
        newline = intern("\n")
        for c in WordClass.allCases {
            for word in c.words { mark(intern(word), c) }
        }
    }

    /// The id of `text`, added with its lowercase form when new.
    mutating func intern(_ text: String) -> WordID {
        if let e = table.find(text) { return e }
        let e = table.append(text)
        strings.append(text)
        lowerIDs.append(e)
        bits.append(contentsOf: repeatElement(0, count: Self.stride))
        if let lower = Self.lowercase(text) { lowerIDs[Int(e)] = intern(lower) }
        return e
    }

    /// The ids of a form the tokenizer cut from a lexicon phrase (added when new).
    mutating func intern(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, plain: Bool) -> (form: WordID, lower: WordID) {
        let e = intern(ScalarString.make(Array(form[range]), 0..<range.count))
        return (e, lowerIDs[Int(e)])
    }

    /// The form of entry `id`.
    func string(_ id: WordID) -> String { strings[Int(id)] }

    /// The tokenizer's lowercase form of `text`, or nil when it is its own lowercase.
    static func lowercase(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        let scalars = Array(text.unicodeScalars)
        let lower = ScalarString.lowercase(scalars, 0..<scalars.count)
        return lower.utf8.elementsEqual(text.utf8) ? nil : lower
    }

    /// Puts entry `id` in class `c`.
    mutating func mark(_ id: WordID, _ c: WordClass) {
        bits[Int(id) * Self.stride + (c.rawValue >> 6)] |= 1 << UInt64(c.rawValue & 63)
    }

    /// Whether entry `id` is in class `c` (false for -1).
    func has(_ id: WordID, _ c: WordClass) -> Bool {
        id >= 0 && Int(id) < strings.count && bits[Int(id) * Self.stride + (c.rawValue >> 6)] & (1 << UInt64(c.rawValue & 63)) != 0
    }

    /// The frozen vocabulary.
    func freeze() -> Lexemes { Lexemes(self) }
}

/// Lexical features computed once, under a lock, the first time they are read.
private final class OnceFeatures: @unchecked Sendable {
    private let lock = NSLock()
    private var features: [LexicalFeatures]?

    func value(for strings: [String]) -> [LexicalFeatures] {
        lock.lock()
        defer { lock.unlock() }
        if let features { return features }
        let computed = strings.map { LexicalFeatures(form: $0) }
        features = computed
        return computed
    }
}

/// Where the tokenizer gets the ids of the forms it cuts.
protocol WordInterner {
    /// The id of the newline token's text ("\n").
    var newline: WordID { get }
    /// The form and lowercase ids of `form[range]`; `plain` when the form is its own lowercase.
    mutating func intern(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, plain: Bool) -> (form: WordID, lower: WordID)
}

extension Lexemes {
    /// `word` without the punctuation at either end ("Ali," → "Ali"), as a lexicon key.
    static func trimmingPunctuation(_ word: Substring) -> String {
        let isPunctuation: (Unicode.Scalar) -> Bool = { scalar in
            if scalar.isASCII && (Tokenizer.isLetter(scalar) || Tokenizer.isDigit(scalar)) { return false }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
