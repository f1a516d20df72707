/// One token of an article, with its span in Unicode scalar offsets.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, openQuote, closeQuote, newline, possessive
    }

    var start: Int
    var end: Int
    var text: String
    var lower: String
    /// `WordHash` of `text` and of `lower`, computed once for the lexicon lookups.
    var textHash: UInt64
    var lowerHash: UInt64
    var kind: Kind
    /// Whether the first scalar is an uppercase letter.
    var isCapitalized: Bool
    /// Whether the token is an abbreviation that carries its period ("Mr.", "U.S.", "J.").
    var isAbbreviation: Bool
    /// For quote tokens: whether the mark is a double quote (“ ” " « »).
    var isDoubleQuote: Bool

    var isWord: Bool { kind == .word }
}
