/// One sentence of an article as the extractor reads it (newline tokens left out): its
/// word forms, their lexical features, tags and, where parsed, its dependency tree.
public struct SyntaxSentence: Sendable {
    public var forms: [String]
    public var features: [LexicalFeatures]
    public var tags: [UPOS]
    /// Sentence-local index of each word's head, -1 for the root; empty when not parsed.
    public var heads: [Int32]
    public var labels: [DependencyLabel]
}

extension Extractor {
    /// The sentences of `text`, tokenized, split, tagged and parsed as `extract` does it;
    /// with `allSentences`, every sentence is parsed, not only those that can carry an
    /// attribution.
    public func syntaxSentences(text: String, allSentences: Bool = true) -> [SyntaxSentence] {
        let doc = Document(text: text, lexicons: lexicons)
        let syntax = DocumentSyntax(doc: doc, model: syntaxModel, scope: allSentences ? .allSentences : .attributionSentences)
        var result: [SyntaxSentence] = []
        for (si, sentence) in doc.sentences.enumerated() {
            let words = doc.syntaxWords(ofSentence: si)
            if words.isEmpty { continue }
            // Sentence-local index of each of the sentence's tokens (heads are document indices).
            var local = [Int32](repeating: -1, count: sentence.tokens.count)
            for (k, t) in words.enumerated() { local[t - sentence.tokens.lowerBound] = Int32(k) }
            let parsed = syntax.parsed[si]
            result.append(SyntaxSentence(
                forms: words.map(doc.formText), features: words.map { doc.features[$0] },
                tags: words.map { syntax.tags[$0] },
                heads: parsed ? words.map { syntax.heads[$0] < 0 ? -1 : local[Int(syntax.heads[$0]) - sentence.tokens.lowerBound] } : [],
                labels: parsed ? words.map { syntax.labels[$0] } : []))
        }
        return result
    }
}

extension Extractor {
    /// The lexical features of each sentence of `text` (newline tokens left out), untagged:
    /// what the benchmark times the tagger and the parser on.
    public func sentenceFeatures(text: String) -> [[LexicalFeatures]] {
        let doc = Document(text: text, lexicons: lexicons)
        return doc.sentences.indices.compactMap { si in
            let words = doc.syntaxWords(ofSentence: si)
            return words.isEmpty ? nil : words.map { doc.features[$0] }
        }
    }
}

extension Extractor {
    /// How many of `text`'s words (newline tokens left out) lie in sentences that can carry an
    /// attribution, the ones `Document.syntax` parses: (in scope, all).
    public func attributionScopeWords(text: String) -> (inScope: Int, all: Int) {
        let doc = Document(text: text, lexicons: lexicons)
        var inScope = 0, all = 0
        for si in doc.sentences.indices {
            let words = doc.syntaxWords(ofSentence: si).count
            all += words
            if AttributionScope.mayAttribute(si, doc: doc) { inScope += words }
        }
        return (inScope, all)
    }
}
