/// Articles spoken of in the text, and the outlet they credit ("In the article, writers … claim").
extension Attributor {
    /// Remembers the outlet of a sentence that speaks of a piece it published: "an article
    /// published on 29 August in the Washington Post", "a Guardian report".
    func noteArticleOutlet(_ si: Int) {
        let s = doc.sentences[si]
        guard s.tokens.contains(where: { doc.has($0, .pieceNoun) && doc.quoteOf[$0] < 0 }) else { return }
        guard let p = s.tokens.first(where: { doc.outletLen[$0] > 0 && doc.quoteOf[$0] < 0 }) else { return }
        let outlet = doc.lex.outlets[Int(doc.outletIdx[p])]
        articleOutlet = (outlet.name, doc.text(tokens: p..<(p + Int(doc.outletLen[p]))))
    }

    /// "In the article, writers A and B claim …": the statements of the sentence are credited to
    /// the outlet of the article spoken of before.
    func creditArticleFrame(_ si: Int, firstDraft: Int) {
        guard drafts.count > firstDraft, let a = articleOutlet else { return }
        let s = doc.sentences[si]
        let p = s.tokens.lowerBound
        guard p + 3 < s.tokens.upperBound, doc.has(p, .in), doc.has(p + 1, .pieceDeterminer),
              doc.has(p + 2, .pieceNoun), doc.has(p + 3, .comma) else { return }
        for d in firstDraft..<drafts.count where !drafts[d].outlets.contains(a.name) { drafts[d].outlets.append(a.name) }
        if !outletSurfaces[a.name, default: []].contains(a.surface) { outletSurfaces[a.name, default: []].append(a.surface) }
    }
}
