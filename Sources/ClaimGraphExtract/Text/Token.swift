/// One token of an article: its span in Unicode scalar offsets, the ids of its form and of its
/// lowercase form, its kind and flags. No strings: the text is `Document.text(_:)` of the span.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, openQuote, closeQuote, newline, possessive
    }

    var start: Int
    var end: Int
    /// The form as written and its lowercase form (the newline token's form is "\n").
    var form: WordID
    var lower: WordID
    var kind: Kind
    /// Whether the first scalar is an uppercase letter.
    var isCapitalized: Bool
    /// Whether the token is an abbreviation that carries its period ("Mr.", "U.S.", "J.").
    var isAbbreviation: Bool
    /// For quote tokens: whether the mark is a double quote (“ ” " « »).
    var isDoubleQuote: Bool
}
