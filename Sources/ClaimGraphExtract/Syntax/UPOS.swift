/// The 17 universal part-of-speech tags of Universal Dependencies.
public enum UPOS: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The number of tags (the tagger's classes).
    public static let count = 17

    /// The tag's name as written in CoNLL-U ("NOUN").
    public var name: String { UPOS.names[Int(rawValue)] }
    public var description: String { name }

    /// The tag named `name` ("NOUN"), or nil.
    public init?(name: String) {
        guard let index = UPOS.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                        "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]
}

/// A dependency label: an index into the parser model's label names
/// (`SyntaxModel.labelNames`); the names follow the parser's training data.
public struct DependencyLabel: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
}
