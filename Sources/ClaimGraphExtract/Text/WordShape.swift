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
    /// A common English word, or a regular inflection of one (`common-words.txt`); set on shared
    /// entries only, see `DocumentWords.isCommonWord`.
    static let commonWord = WordShape(rawValue: 1 << 8)
    /// A given name as written, or two given names joined by a hyphen ("Jean-Lin"); set on shared
    /// entries only, see `DocumentWords.isGivenNameLike`.
    static let givenNameLike = WordShape(rawValue: 1 << 9)

    private static let inflections: [(suffix: StaticString, base: String)] = [
        ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
    ]

    /// The spelling flags of `w`: its suffixes and length, and `adverbLike` for a "-ly" adverb
    /// (a word in no class; `init(of:id:has:lookup:)` adds the class-dependent flags).
    init(spellingOf w: String) {
        self = Self.reading(w) { ends, count in
            var shape: WordShape = []
            if ends("ly") {
                shape.insert(.endsLy)
                if count > 4 { shape.formUnion([.lyAdverb, .adverbLike]) }
            }
            if ends("n't") || ends("n\u{2019}t") { shape.insert(.endsNt) }
            if ends("ing") {
                shape.insert(.endsIng)
                if count > 5 { shape.insert(.longIng) }
            }
            if ends("ed") { shape.insert(.endsEd) }
            if count > 4, ends("ous") || ends("ful") || ends("less") || ends("ive") || ends("ing") || ends("ical") {
                shape.insert(.adjectiveSuffix)
            }
            return shape
        }
    }

    /// The shape of shared entry `id`, whose form is `w`; `has` tests an entry's class, `lookup`
    /// finds the entry of another word (-1 when the vocabulary lacks it).
    init(of w: String, id: WordID, has: (WordID, WordClass) -> Bool, lookup: (String) -> WordID) {
        var shape = WordShape(spellingOf: w)
        let adverb = has(id, .adverb) || has(id, .phraseClosingAdverb) || (shape.contains(.lyAdverb) && !has(id, .lyNonAdverb))
        if !adverb { shape.remove(.adverbLike) } else { shape.insert(.adverbLike) }
        if has(id, .commonWord) || Self.isInflectedCommonWord(w, has, lookup) { shape.insert(.commonWord) }
        if has(id, .givenName) || Self.isHyphenatedGivenName(w, has, lookup) { shape.insert(.givenNameLike) }
        self = shape
    }

    /// Whether `w` is a regular inflection of a common word ("seeds" of "seed", "rated" of "rate").
    static func isInflectedCommonWord(_ w: String, _ has: (WordID, WordClass) -> Bool, _ lookup: (String) -> WordID) -> Bool {
        reading(w) { ends, count in
            inflections.contains { suffix, base in
                ends(suffix) && count - suffix.utf8CodeUnitCount >= 3
                    && has(lookup(String(w.dropLast(suffix.utf8CodeUnitCount)) + base), .commonWord)
            }
        }
    }

    /// Whether a first name word is two given names joined by a hyphen: "Jean-Lin", but not
    /// "Franco-Prussian" or "Clinton-purchased" (the second may be an ambiguous given name).
    static func isHyphenatedGivenName(_ word: String, _ has: (WordID, WordClass) -> Bool, _ lookup: (String) -> WordID) -> Bool {
        let utf8 = word.utf8
        guard let hyphen = utf8.firstIndex(of: 0x2D) else { return false }
        let rest = word[utf8.index(after: hyphen)...]
        guard !rest.utf8.contains(0x2D) else { return false }
        let (head, tail) = (lookup(String(word[..<hyphen])), lookup(String(rest)))
        return has(head, .givenName) && (has(tail, .givenName) || has(tail, .ambiguousGivenName))
    }

    /// Calls `body` with a suffix test and the character count of `w`, as `String` gives them:
    /// byte by byte for ASCII without CR (a character per byte), through `String` otherwise.
    /// (The suffixes tested are ASCII or whole characters, so the two agree.)
    private static func reading<R>(_ w: String, _ body: ((StaticString) -> Bool, Int) -> R) -> R {
        var copy = w
        return copy.withUTF8 { bytes in
            var ascii = true
            for b in bytes where b >= 0x80 || b == 0x0D { ascii = false; break }
            guard ascii else { return body({ w.hasSuffix($0.description) }, w.count) }
            let n = bytes.count
            return body({ suffix in
                let k = suffix.utf8CodeUnitCount
                guard n >= k else { return false }
                let p = suffix.utf8Start
                for j in 0..<k where bytes[n - k + j] != p[j] { return false }
                return true
            }, n)
        }
    }
}
