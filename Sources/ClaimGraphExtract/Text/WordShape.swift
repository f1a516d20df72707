/// What the rules read of a word form's spelling beyond its word classes: suffixes, length and
/// the derived lexicon tests. Computed once per vocabulary entry from the entry's string; the
/// rules test it on a token's lowercase id (on its form id for `givenNameLike`).
struct WordShape: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Ends in "-ly".
    static let endsLy = WordShape(rawValue: 1 << 0)
    /// Ends in "-ly" and is longer than four characters ("reportedly", not "ally").
    static let lyAdverb = WordShape(rawValue: 1 << 1)
    /// An adverb that closes a noun phrase: a listed adverb, "ever", "both", "himself" …, or a
    /// "-ly" adverb that is no "-ly" noun or adjective ("recently", not "family").
    static let adverbLike = WordShape(rawValue: 1 << 2)
    /// Ends in "n't" (either apostrophe).
    static let endsNt = WordShape(rawValue: 1 << 3)
    /// Ends in "-ing".
    static let endsIng = WordShape(rawValue: 1 << 4)
    /// Ends in "-ing" and is longer than five characters.
    static let longIng = WordShape(rawValue: 1 << 5)
    /// Ends in "-ed".
    static let endsEd = WordShape(rawValue: 1 << 6)
    /// Longer than four characters with an adjective or participle ending ("-ous", "-ful", "-ing" …).
    static let adjectiveSuffix = WordShape(rawValue: 1 << 7)
    /// A common English word, or a regular inflection of one (`common-words.txt`).
    static let commonWord = WordShape(rawValue: 1 << 8)
    /// A given name as written, or two given names joined by a hyphen ("Jean-Lin").
    static let givenNameLike = WordShape(rawValue: 1 << 9)

    private static let adjectiveEndings = ["ous", "ful", "less", "ive", "ing", "ical"]
    private static let inflections: [(String, String)] = [("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]

    /// The shape of entry `id`, whose form is `w`; `has` tests an entry's class, `lookup` finds
    /// the entry of another word (-1 when the shared vocabulary lacks it).
    init(of w: String, id: WordID, has: (WordID, WordClass) -> Bool, lookup: (String) -> WordID) {
        let text = SuffixText(w)
        var shape: WordShape = []
        let count = text.count
        if text.ends("ly") {
            shape.insert(.endsLy)
            if count > 4 { shape.insert(.lyAdverb) }
        }
        if has(id, .adverb) || has(id, .phraseClosingAdverb) || (shape.contains(.lyAdverb) && !has(id, .lyNonAdverb)) {
            shape.insert(.adverbLike)
        }
        if text.ends("n't") || text.ends("n\u{2019}t") { shape.insert(.endsNt) }
        if text.ends("ing") {
            shape.insert(.endsIng)
            if count > 5 { shape.insert(.longIng) }
        }
        if text.ends("ed") { shape.insert(.endsEd) }
        if count > 4, Self.adjectiveEndings.contains(where: { text.ends($0) }) { shape.insert(.adjectiveSuffix) }
        if has(id, .commonWord) || Self.inflections.contains(where: { suffix, base in
            text.ends(suffix) && count - suffix.count >= 3 && has(lookup(String(w.dropLast(suffix.count)) + base), .commonWord)
        }) { shape.insert(.commonWord) }
        if has(id, .givenName) || Self.isHyphenatedGivenName(w, has, lookup) { shape.insert(.givenNameLike) }
        self = shape
    }

    /// Whether a first name word is two given names joined by a hyphen: "Jean-Lin", but not
    /// "Franco-Prussian" or "Clinton-purchased" (the second may be an ambiguous given name).
    private static func isHyphenatedGivenName(_ word: String, _ has: (WordID, WordClass) -> Bool, _ lookup: (String) -> WordID) -> Bool {
        let utf8 = word.utf8
        guard let hyphen = utf8.firstIndex(of: 0x2D) else { return false }
        let rest = word[utf8.index(after: hyphen)...]
        guard !rest.utf8.contains(0x2D) else { return false }
        let (head, tail) = (lookup(String(word[..<hyphen])), lookup(String(rest)))
        return has(head, .givenName) && (has(tail, .givenName) || has(tail, .ambiguousGivenName))
    }
}

/// A word's character count and suffix tests as `String` gives them, byte by byte for ASCII
/// (where a character is a byte) and through `String` otherwise.
private struct SuffixText {
    let string: String
    /// The UTF-8 when the word is ASCII without CR (one character per byte), else nil.
    let bytes: [UInt8]?

    init(_ string: String) {
        self.string = string
        let utf8 = Array(string.utf8)
        var ascii = true
        for b in utf8 where b >= 0x80 || b == 0x0D { ascii = false; break }
        bytes = ascii ? utf8 : nil
    }

    var count: Int { bytes?.count ?? string.count }

    func ends(_ suffix: String) -> Bool {
        guard let bytes else { return string.hasSuffix(suffix) }
        var k = bytes.count
        for b in suffix.utf8.reversed() {
            k -= 1
            if k < 0 || bytes[k] != b { return false }
        }
        return true
    }
}
