/// A reporting verb with its source and its content on the parse: "the minister said (that)
/// …", "“…,” he said", "officials believe …", "the report found that …", "Tehran denied the
/// claims", "was rejected by the ministry", "…, saying that …", "Cruz continued: “…”".
///
/// The cue is a verb of the speech-verb lexicon or a verb of belief or evidence, tagged as a
/// verb; the content is its clausal complement (with "that"), a quote, an object for verbs
/// that take one ("denied the report"), or what follows a colon that ends the sentence.
struct ReportingVerbSieve: SentenceSieve {
    let name = "reporting-verb"

    func apply(sentence si: Int, tree: SentenceTree?, to a: Attributor) {
        guard let tree else { return }
        let doc = a.doc
        for v in tree.wordTokens where doc.tokens[v].kind == .word && !a.usedCues.contains(v) {
            guard let verb = doc.verb(v) else { continue }
            let cue = v..<(v + 1)
            let tag = tree.tag(v)
            guard tag == .VERB || tag == .AUX else {
                if let (source, content) = nounTaggedReport(v, tree: tree, a: a) {
                    a.record(.init(sieve: name, source: source, speakers: a.classify(source, at: v), cue: cue,
                                   content: [content], denies: verb.denial, kind: verb.kind),
                             sentence: si)
                } else {
                    a.reject(name, sentence: si, tokens: cue, "not a verb here (\(tag))")
                }
                continue
            }
            if doc.quoteOf[v] >= 0 {
                a.reject(name, sentence: si, tokens: cue, "inside a quote")
                continue
            }
            // "a company called Mannatech", "what are called progressive taxes": a name given.
            if doc.has(v, .namingParticiple),
               tree.label(v) == a.relations.acl || (tree.hasChild(v, a.relations.auxpass) && !tree.hasChild(v, a.relations.agent)) {
                a.reject(name, sentence: si, tokens: cue, "a name given, not a report")
                continue
            }
            if let reason = notReported(v, tree: tree, a: a) {
                a.reject(name, sentence: si, tokens: cue, reason)
                continue
            }
            // "X quoted Y as saying …": Y speaks, X (an outlet) credits; the content hangs from "saying".
            if verb.role == .quote, tree.children(v).contains(where: isAsSaying(tree, a)) {
                continue
            }
            guard let (contentRule, content) = complement(of: v, verb: verb, si: si, tree: tree, a: a) else {
                a.reject(name, sentence: si, tokens: cue, "no content clause, quote or object")
                continue
            }
            guard let source = a.sourcePhrase(of: v, in: tree) ?? a.nounPhrase(endingBefore: v, in: tree), !source.isEmpty else {
                a.reject(name, sentence: si, tokens: cue, "no source")
                continue
            }
            // "let us know": an object pronoun is no one's own report, except the one an outlet
            // quotes ("IRNA quoted him as saying").
            if source.count == 1, doc.has(source.lowerBound, .objectPronoun), quotedBy(v, tree: tree, a: a) == nil {
                a.reject(name, sentence: si, tokens: cue, "the subject is an object pronoun (\(doc.formText(source.lowerBound)))")
                continue
            }
            let cueTokens = cueSpan(v, tree: tree, a: a, contentStart: content[0].lowerBound)
            var extra: [OutletFinder.Found] = []
            if let (quoter, _) = quotedBy(v, tree: tree, a: a) {
                extra = a.classify(quoter, at: v).compactMap {
                    if case .outlet(let n, let surface) = $0 { return OutletFinder.Found(name: n, surface: surface, tokens: quoter) }
                    return nil
                }
            }
            let objectContent = content.count == 1 && tree.child(v, a.relations.dobj).map { content[0].contains($0) } == true
                && !content[0].contains(v) && content[0].lowerBound > v
            a.record(.init(sieve: name, source: source, speakers: a.classify(source, at: v), cue: cueTokens,
                           content: content, denies: verb.denial, kind: verb.kind,
                           extraOutlets: extra, textFromCue: objectContent && tree.child(v, a.relations.ccomp).map { $0 > v } != true,
                           question: verb.role == .ask, contentRule: contentRule.rawValue),
                     sentence: si)
        }
    }

    /// The cue's tokens as PARC marks them: the verb with the auxiliaries and adverbs right
    /// before it ("has also said"), its particle ("pointed out") and a colon right after ("said:").
    ///
    ///
    /// When the content follows, a phrase between the verb and the content that names the
    /// occasion or medium belongs to the cue too ("said in a statement that …", "wrote on
    /// Twitter: …"); a time ("said Tuesday that …") or an addressee ("told reporters") does not.
    private func cueSpan(_ v: Int, tree: SentenceTree, a: Attributor, contentStart: Int) -> Range<Int> {
        let r = a.relations
        let doc = a.doc
        var start = v, end = v + 1
        while start - 1 >= tree.tokens.lowerBound, tree.head(start - 1) == v,
              [r.aux, r.auxpass, r.advmod].contains(tree.label(start - 1)), doc.tokens[start - 1].kind == .word {
            start -= 1
        }
        if end < tree.tokens.upperBound, tree.head(end) == v, tree.label(end) == r.prt { end += 1 }
        if contentStart > end, contentStart - end <= 8 {
            let gap = end..<contentStart
            let occasions = tree.children(v).filter { p in
                tree.label(p) == r.prep && tree.children(p).contains { o in tree.label(o) == r.pobj && doc.has(o, .speechEventNoun) }
            }
            let covered = gap.allSatisfy { t in
                doc.tokens[t].kind == .punct && !(doc.tokens[t].kind == .openQuote || doc.tokens[t].kind == .closeQuote)
                    || occasions.contains { tree.subtree($0).contains(t) }
            }
            if covered, !occasions.isEmpty {
                var e = contentStart
                while e > end, doc.tokens[e - 1].kind == .punct, !doc.has(e - 1, .colon) { e -= 1 }
                end = e
            }
        }
        if end < tree.tokens.upperBound, doc.has(end, .colon) { end += 1 }
        return start..<end
    }

    /// Why the verb at `v` reports no act, or nil: negated ("did not say"), a possibility
    /// ("could argue", "would propose"), or an infinitive ("refused to say", "plans to announce").
    private func notReported(_ v: Int, tree: SentenceTree, a: Attributor) -> String? {
        let r = a.relations
        if tree.hasChild(v, r.neg) { return "negated" }
        for c in tree.children(v) where tree.label(c) == r.aux {
            if a.doc.has(c, .modal) { return "a possibility (\(a.doc.formText(c)))" }
            if a.doc.has(c, .to) { return "an infinitive (to \(a.doc.formText(v)))" }
        }
        return nil
    }

    /// A present-tense report the tagger read as a plural noun because a noun comes before it:
    /// "State media reports that …" — the noun phrase before it, then "that" and a clause to the
    /// sentence end. Without "that" the form stays a noun ("media reports on the audit").
    private func nounTaggedReport(_ v: Int, tree: SentenceTree, a: Attributor) -> (Range<Int>, Range<Int>)? {
        let doc = a.doc
        guard tree.tag(v) == .NOUN, doc.lowerText(v).hasSuffix("s"), v + 1 < tree.tokens.upperBound,
              doc.has(v + 1, .that), v > tree.tokens.lowerBound, [.NOUN, .PROPN].contains(tree.tag(v - 1)) else { return nil }
        var start = v
        while start > tree.tokens.lowerBound, [.NOUN, .PROPN, .ADJ].contains(tree.tag(start - 1)) { start -= 1 }
        if start > tree.tokens.lowerBound, tree.tag(start - 1) == .DET { start -= 1 }
        guard start < v else { return nil }
        let content = a.contentSpan((v + 1)..<tree.tokens.upperBound)
        return content.isEmpty ? nil : (start..<v, content)
    }

    /// Whether `c` is the "as saying" of "quoted Y as saying".
    private func isAsSaying(_ tree: SentenceTree, _ a: Attributor) -> (Int) -> Bool {
        { c in a.doc.has(c, .as) && tree.children(c).contains { a.doc.has($0, .saying) } }
    }

    /// For "saying" in "X quoted Y as saying": X's phrase and the "quoted" token.
    func quotedBy(_ v: Int, tree: SentenceTree, a: Attributor) -> (Range<Int>, Int)? {
        guard a.doc.has(v, .saying), let asWord = tree.head(v), a.doc.has(asWord, .as), let quoted = tree.head(asWord),
              a.doc.verb(quoted)?.role == .quote,
              let subject = tree.child(quoted, a.relations.nsubj) else { return nil }
        return (a.trimmedPhrase(tree.subtree(subject)), quoted)
    }
}
