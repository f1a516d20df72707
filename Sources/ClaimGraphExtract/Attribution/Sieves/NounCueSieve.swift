/// A noun that reports a claim, with its "that" clause and its source: "Iran's claim that …",
/// "charges made by Western authorities that …", "the ministry's denial that …",
/// "allegations from Kyiv that …". Without a source in the phrase, or without a "that"
/// clause ("the claims were old"), nothing is recorded.
struct NounCueSieve: SentenceSieve {
    let name = "noun-cue"

    func apply(sentence si: Int, tree: SentenceTree?, to a: Attributor) {
        guard let tree else { return }
        let doc = a.doc, r = a.relations
        for n in tree.wordTokens where doc.has(n, .claimNoun) && tree.tag(n) == .NOUN && !a.usedCues.contains(n) {
            guard doc.quoteOf[n] < 0 else { continue }
            // The clause: a child (or a child of a "made by" participle) opened by "that".
            let clause = tree.children(n).first { c in c > n && tree.children(c).contains { doc.has($0, .that) && tree.label($0) == r.mark } }
            guard let clause else { continue }
            let cue = n..<(n + 1)
            let source = sourcePhrase(n, before: clause, tree: tree, a: a)
            guard let source, !source.isEmpty else {
                a.reject(name, sentence: si, tokens: cue, "no source in the phrase")
                continue
            }
            let content = a.contentSpan(tree.subtree(clause))
            let denies = doc.has(n, .denialNoun)
            a.record(.init(sieve: name, source: source, speakers: a.classify(source, at: n), cue: cue,
                           content: [content], denies: denies, kind: .speech), sentence: si)
        }
    }

    /// "Iran's claim", "charges made by X", "allegations by/from X".
    private func sourcePhrase(_ n: Int, before clause: Int, tree: SentenceTree, a: Attributor) -> Range<Int>? {
        let doc = a.doc, r = a.relations
        for c in tree.children(n) {
            if c < n, doc.tokens[tree.subtree(c).upperBound - 1].kind == .possessive || tree.subtree(c).upperBound < n
                && doc.tokens[tree.subtree(c).upperBound].kind == .possessive {
                return a.trimmedPhrase(tree.subtree(c).lowerBound..<(tree.subtree(c).upperBound))
            }
            guard c > n, c < clause else { continue }
            if doc.has(c, .by) || doc.has(c, .from), let object = tree.child(c, r.pobj) { return a.trimmedPhrase(tree.subtree(object)) }
            if let agent = tree.child(c, r.agent), let object = tree.child(agent, r.pobj) { return a.trimmedPhrase(tree.subtree(object)) }
        }
        return nil
    }
}
