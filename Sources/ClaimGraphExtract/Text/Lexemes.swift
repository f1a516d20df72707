import ClaimGraphModel

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
    let shapes: [WordShape]
    let features: [LexicalFeatures]
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
        var periodless: [WordID] = [], bare: [WordID] = [], shapes: [WordShape] = [], features: [LexicalFeatures] = []
        for (e, w) in b.strings.enumerated() {
            let stripped = w.utf8.count > 1 && w.utf8.last == 0x2E ? String(w.dropLast()) : nil
            periodless.append(stripped.map(lookup) ?? WordID(e))
            bare.append(stripped.map { $0.includes(byte: 0x2E) ? WordID(e) : lookup($0) } ?? WordID(e))
            shapes.append(WordShape(of: w, isA: { b.has(lookup($0), $1) }))
            features.append(LexicalFeatures(form: w))
        }
        self.periodless = periodless
        self.bare = bare
        self.shapes = shapes
        self.features = features
    }

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
        let scalars = Array(text.unicodeScalars)
        let lower = ScalarString.lowercase(scalars, 0..<scalars.count)
        if !lower.utf8.elementsEqual(text.utf8) { lowerIDs[Int(e)] = intern(lower) }
        return e
    }

    mutating func intern(_ form: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, plain: Bool) -> (form: WordID, lower: WordID) {
        let e = intern(ScalarString.make(Array(form[range]), 0..<range.count))
        return (e, lowerIDs[Int(e)])
    }

    func string(_ id: WordID) -> String { strings[Int(id)] }

    func lower(_ id: WordID) -> WordID { lowerIDs[Int(id)] }

    /// Puts entry `id` in class `c`.
    mutating func mark(_ id: WordID, _ c: WordClass) {
        bits[Int(id) * Self.stride + (c.rawValue >> 6)] |= 1 << UInt64(c.rawValue & 63)
    }

    /// Takes entry `id` out of class `c`.
    mutating func unmark(_ id: WordID, _ c: WordClass) {
        bits[Int(id) * Self.stride + (c.rawValue >> 6)] &= ~(1 << UInt64(c.rawValue & 63))
    }

    func has(_ id: WordID, _ c: WordClass) -> Bool {
        id >= 0 && bits[Int(id) * Self.stride + (c.rawValue >> 6)] & (1 << UInt64(c.rawValue & 63)) != 0
    }

    /// The frozen vocabulary.
    func freeze() -> Lexemes { Lexemes(self) }
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
