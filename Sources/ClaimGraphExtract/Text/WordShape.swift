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

    /// The shape of `w`, where `isA` tells whether a word is in a class of the shared vocabulary.
    init(of w: String, isA: (String, WordClass) -> Bool) {
        var shape: WordShape = []
        let count = w.count
        if w.hasSuffix("ly") {
            shape.insert(.endsLy)
            if count > 4 { shape.insert(.lyAdverb) }
        }
        if isA(w, .adverb) || isA(w, .phraseClosingAdverb) || (shape.contains(.lyAdverb) && !isA(w, .lyNonAdverb)) {
            shape.insert(.adverbLike)
        }
        if w.hasSuffix("n't") || w.hasSuffix("n\u{2019}t") { shape.insert(.endsNt) }
        if w.hasSuffix("ing") {
            shape.insert(.endsIng)
            if count > 5 { shape.insert(.longIng) }
        }
        if w.hasSuffix("ed") { shape.insert(.endsEd) }
        if count > 4, Self.adjectiveEndings.contains(where: { w.hasSuffix($0) }) { shape.insert(.adjectiveSuffix) }
        if Self.isCommonWord(w, isA) { shape.insert(.commonWord) }
        if Self.isGivenName(w, isA) { shape.insert(.givenNameLike) }
        self = shape
    }

    /// Whether `w` is a common word after stripping a regular inflection.
    private static func isCommonWord(_ w: String, _ isA: (String, WordClass) -> Bool) -> Bool {
        if isA(w, .commonWord) { return true }
        for (suffix, base) in inflections where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            if isA(String(w.dropLast(suffix.count)) + base, .commonWord) { return true }
        }
        return false
    }

    /// Whether a first name word is a known given name, or a hyphenated one whose parts are:
    /// "Jean-Lin", but not "Franco-Prussian" or "Clinton-purchased".
    private static func isGivenName(_ word: String, _ isA: (String, WordClass) -> Bool) -> Bool {
        if isA(word, .givenName) { return true }
        let utf8 = word.utf8
        guard let hyphen = utf8.firstIndex(of: 0x2D) else { return false }
        let rest = word[utf8.index(after: hyphen)...]
        guard !rest.utf8.contains(0x2D) else { return false }
        let (head, tail) = (String(word[..<hyphen]), String(rest))
        return isA(head, .givenName) && (isA(tail, .givenName) || isA(tail, .ambiguousGivenName))
    }
}
