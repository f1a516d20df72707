/// The syntax of one document: universal part-of-speech tags and a dependency tree for each
/// sentence in scope (with `.attributionSentences`, the others keep `.X` and no tree).
///
/// Heads are document token indices. Newline tokens are left out of the sentences handed
/// to the tagger and the parser: they get `.X`, no head and no label.
struct DocumentSyntax {
    /// Which sentences get a dependency tree.
    enum Scope: Sendable {
        /// The sentences that can carry an attribution (`AttributionScope`); what `extract` parses.
        case attributionSentences
        /// Every sentence (`claimgraph parse`).
        case allSentences
    }

    /// The head of a token whose sentence was not parsed (and of newline tokens).
    static let notParsed: Int32 = -2
    /// The head of a sentence's root word.
    static let root: Int32 = -1

    /// UPOS per token.
    private(set) var tags: [UPOS]
    /// Per token: the document index of its head, `root`, or `notParsed`.
    private(set) var heads: [Int32]
    /// Per token: its dependency label (meaningful where `heads` is not `notParsed`).
    private(set) var labels: [DependencyLabel]
    /// Per sentence: whether it was parsed.
    private(set) var parsed: [Bool]

    init(doc: Document, model: SyntaxModel, scope: Scope) {
        let n = doc.tokens.count
        tags = Array(repeating: .X, count: n)
        heads = Array(repeating: Self.notParsed, count: n)
        labels = Array(repeating: DependencyLabel(rawValue: 0), count: n)
        parsed = Array(repeating: false, count: doc.sentences.count)
        // Scratch for one sentence without its newline tokens, reused across sentences.
        var words: [LexicalFeatures] = []
        var index: [Int] = []
        var sentenceTags: [UPOS] = []
        var sentenceHeads: [Int32] = []
        var sentenceLabels: [DependencyLabel] = []
        for (si, sentence) in doc.sentences.enumerated() {
            // Sentences no sieve reads a parse of are left untagged (`.X`) as well, and their
            // words' features are never computed.
            guard scope == .allSentences || AttributionScope.mayAttribute(si, doc: doc) else { continue }
            words.removeAll(keepingCapacity: true)
            index.removeAll(keepingCapacity: true)
            let features = doc.features(of: sentence.tokens)
            for t in sentence.tokens where doc.isSyntaxWord(t) {
                words.append(features[t - sentence.tokens.lowerBound])
                index.append(t)
            }
            let m = words.count
            guard m > 0 else { continue }
            if sentenceTags.count < m {
                sentenceTags = Array(repeating: .X, count: m)
                sentenceHeads = Array(repeating: 0, count: m)
                sentenceLabels = Array(repeating: DependencyLabel(rawValue: 0), count: m)
            }
            words.withUnsafeBufferPointer { w in
                sentenceTags.withUnsafeMutableBufferPointer { model.tag(w, into: $0) }
            }
            for k in 0..<m { tags[index[k]] = sentenceTags[k] }
            let wanted = scope == .allSentences
                || AttributionScope.mayAttribute(si, doc: doc, tags: { self.tags[$0] })
            guard wanted else { continue }
            parsed[si] = true
            words.withUnsafeBufferPointer { w in
                sentenceTags.withUnsafeBufferPointer { t in
                    sentenceHeads.withUnsafeMutableBufferPointer { h in
                        sentenceLabels.withUnsafeMutableBufferPointer { l in
                            model.parse(w, tags: UnsafeBufferPointer(rebasing: t[0..<m]), heads: h.baseAddress!,
                                        labels: l.baseAddress!, count: m)
                        }
                    }
                }
            }
            for k in 0..<m {
                let h = sentenceHeads[k]
                heads[index[k]] = h < 0 ? Self.root : Int32(index[Int(h)])
                labels[index[k]] = sentenceLabels[k]
            }
        }
    }
}

/// Which sentences the attribution sieves read a parse of, so that only they are parsed: a
/// sentence with a speech verb, a verb of belief, evidence or stance, or "according", outside quotes. (A quote or a
/// headline separator alone needs no parse: the sieves that read them work on tokens.)
enum AttributionScope {
    /// Longer "sentences" (a list, a table, text without sentence ends) are not parsed: the
    /// sieves' walks over a tree grow with its size, and a parse of such text says nothing.
    static let maxWords = 250

    static func mayAttribute(_ si: Int, doc: Document) -> Bool {
        guard doc.sentences[si].tokens.count <= maxWords || doc.syntaxWords(ofSentence: si).count <= maxWords else { return false }
        return doc.sentences[si].tokens.contains { t in
            doc.tokens[t].kind == .word && doc.quoteOf[t] < 0
                && (doc.isVerb(t) || doc.has(t, .beliefVerb) || doc.has(t, .stanceVerb) || doc.has(t, .according))
        }
    }

    /// The same, once the sentence is tagged: the cue must be tagged a verb, or be a plural
    /// noun right before "that" ("State media reports that …"), or "according".
    static func mayAttribute(_ si: Int, doc: Document, tags: (Int) -> UPOS) -> Bool {
        guard mayAttribute(si, doc: doc) else { return false }
        let range = doc.sentences[si].tokens
        return range.contains { t in
            // A cue inside a quote is the quoted speaker's words, which no sieve reads.
            guard doc.tokens[t].kind == .word, doc.quoteOf[t] < 0 else { return false }
            if doc.has(t, .according) { return true }
            guard doc.isVerb(t) || doc.has(t, .beliefVerb) || doc.has(t, .stanceVerb) else { return false }
            let tag = tags(t)
            return tag == .VERB || tag == .AUX || (tag == .NOUN && t + 1 < range.upperBound && doc.has(t + 1, .that))
        }
    }

    /// A paragraph of one sentence whose last token is not punctuation.
    static func isHeadline(_ si: Int, doc: Document) -> Bool {
        let sentences = doc.sentences
        let sentence = sentences[si]
        guard let last = sentence.tokens.last(where: doc.isSyntaxWord) else { return false }
        let kind = doc.tokens[last].kind
        guard kind != .punct && kind != .closeQuote else { return false }
        let alone = (si == 0 || sentences[si - 1].paragraph != sentence.paragraph)
            && (si + 1 == sentences.count || sentences[si + 1].paragraph != sentence.paragraph)
        return alone
    }
}
