/// "according to X": X is the source of the clause the phrase hangs from ("Wages fell,
/// according to the report"; "According to officials, the talks failed"). When X is a news
/// outlet and another sieve already found the sentence's statement, X is credited with
/// reporting it instead.
struct AccordingToSieve: SentenceSieve {
    let name = "according-to"

    func apply(sentence si: Int, tree: SentenceTree?, to a: Attributor) {
        let doc = a.doc
        let sentence = doc.sentences[si]
        for t in sentence.tokens where doc.has(t, .according) && t + 1 < sentence.tokens.upperBound && doc.has(t + 1, .to) {
            let cue = t..<(t + 2)
            guard doc.quoteOf[t] < 0 else {
                a.reject(name, sentence: si, tokens: cue, "inside a quote")
                continue
            }
            guard let tree else { continue }
            guard let object = tree.child(t + 1, a.relations.pobj) else {
                a.reject(name, sentence: si, tokens: cue, "no object after \"to\"")
                continue
            }
            let source = a.trimmedPhrase(tree.subtree(object))
            let speakers = a.classify(source, at: t)
            if speakers.count == 1, case .outlet(let outlet, let surface) = speakers[0] {
                let here = a.drafts.indices.filter { sentence.tokens.contains(a.drafts[$0].anchor) }
                if !here.isEmpty {
                    for d in here where !a.drafts[d].outlets.contains(outlet) { a.drafts[d].outlets.append(outlet) }
                    a.noteOutletSurface(outlet, surface)
                    a.usedCues.insert(t)
                    continue
                }
            }
            // The clause "according to" modifies, without the phrase itself.
            let phrase = tree.subtree(t)
            var clause: Range<Int>
            if let h = tree.head(t) {
                var top = h
                while let up = tree.head(top) { top = up }
                clause = tree.subtree(top, without: t)
            } else {
                let before = sentence.tokens.lowerBound..<phrase.lowerBound
                let after = phrase.upperBound..<sentence.tokens.upperBound
                clause = before.count >= after.count ? before : after
            }
            let content = a.contentSpan(clause)
            guard !content.isEmpty else {
                a.reject(name, sentence: si, tokens: cue, "no clause")
                continue
            }
            a.record(.init(sieve: name, source: source, speakers: speakers, cue: cue, cueText: "according to",
                           content: [content], denies: false, kind: .speech), sentence: si)
        }
    }
}
