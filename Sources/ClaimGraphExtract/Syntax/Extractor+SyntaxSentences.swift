/// The glue from the extractor's tokenization to the tagger and parser: an
/// article's sentences as the extractor splits them, newline tokens left out,
/// with each word's lexical features.
///
/// (The one place that reads `Document` for syntax; to be rewired onto the
/// vocabulary's per-form `LexicalFeatures` buffers.)
public struct SyntaxSentence: Sendable {
    public var forms: [String]
    public var features: [LexicalFeatures]
}

extension Extractor {
    /// The sentences of `text`, tokenized and split as `extract` does it.
    public func syntaxSentences(text: String) -> [SyntaxSentence] {
        let doc = Document(text: text, lexicons: lexicons)
        var result: [SyntaxSentence] = []
        for sentence in doc.sentences {
            var forms: [String] = []
            for t in sentence.tokens where doc.tokens[t].kind != .newline { forms.append(doc.tokens[t].text) }
            if forms.isEmpty { continue }
            result.append(SyntaxSentence(forms: forms, features: forms.map { LexicalFeatures(form: $0) }))
        }
        return result
    }
}
