/// Phrases on the parse that several sieves read: a verb's source and the span of a content
/// clause as PARC marks it.
extension Attributor {
    /// The source phrase of the verb at `v`: its subject; the agent of a passive ("was denied
    /// by the ministry"); for a verb that continues another ("… and added that", "…, saying
    /// that", "who said"), the subject of the verb or the noun it hangs from.
    func sourcePhrase(of v: Int, in tree: SentenceTree) -> Range<Int>? {
        let r = relations
        var verb = v
        for _ in 0..<4 {
            if let s = tree.child(verb, r.nsubj) ?? tree.child(verb, r.csubj) {
                // "information that indicates …": the relative pronoun stands for the noun.
                if tree.label(verb) == r.relcl, doc.has(s, .relativePronoun), let h = tree.head(verb) {
                    return trimmedPhrase(tree.subtree(h, without: verb))
                }
                return sourceSpan(subjectPhrase(s, in: tree))
            }
            if tree.hasChild(verb, r.nsubjpass) || tree.hasChild(verb, r.auxpass) {
                if let agent = tree.child(verb, r.agent), let object = tree.child(agent, r.pobj) {
                    return trimmedPhrase(tree.subtree(object))
                }
                return nil
            }
            guard let h = tree.head(verb) else { return nil }
            let label = tree.label(verb)
            // "… an article published in the Post, alleging that …": a participle right after
            // the phrase of a piece of writing is the piece's report, not the clause subject's.
            if label == r.advcl || label == r.acl, verb > tree.tokens.lowerBound + 1, doc.has(verb - 1, .comma),
               doc.lowerText(verb).hasSuffix("ing"),
               let piece = (tree.tokens.lowerBound..<(verb - 1)).last(where: { doc.has($0, .pieceNoun) && [.NOUN, .PROPN].contains(tree.tag($0)) }),
               tree.subtree(piece).upperBound == verb - 1 {
                return trimmedPhrase(tree.subtree(piece))
            }
            if label == r.relcl || label == r.acl {
                // "officials who said …": the noun the clause modifies, without the clause.
                return trimmedPhrase(tree.subtree(h, without: verb))
            }
            guard label == r.conj || label == r.xcomp || label == r.advcl || label == r.pcomp else { return nil }
            verb = h
            if label == r.pcomp, let grand = tree.head(h) {
                // "quoted him as saying": the object of "quoted" speaks.
                if let object = tree.child(grand, r.dobj), doc.verb(grand)?.role == .quote {
                    return trimmedPhrase(tree.subtree(object))
                }
                verb = grand
            }
        }
        return nil
    }

    /// The noun phrase that ends right before the verb at `v` (adverbs between allowed), when
    /// the parse gave the verb no subject: the largest subtree ending there whose head is a
    /// noun or pronoun ("…, the embassy in Lima denied …").
    ///
    /// The comma that closes an inserted phrase may come between ("western countries,
    /// especially the US and Ukraine, are blaming …"): then the phrase must hold the comma
    /// that opened the insertion.
    func nounPhrase(endingBefore v: Int, in tree: SentenceTree) -> Range<Int>? {
        // A person's name right before the verb, whatever the tagger made of it ("Jolly said").
        for k in max(tree.tokens.lowerBound, v - 4)..<v where names.mentionAt[k] >= 0 {
            let m = names.mentions[Int(names.mentionAt[k])]
            if m.tokens.upperBound == v { return m.tokens }
        }
        var k = v - 1
        while k >= tree.tokens.lowerBound, [.ADV, .AUX, .PART].contains(tree.tag(k)) { k -= 1 }
        var closingComma = false
        if k > tree.tokens.lowerBound, doc.has(k, .comma) { k -= 1; closingComma = true }
        guard k >= tree.tokens.lowerBound, doc.tokens[k].kind == .word || doc.tokens[k].kind == .number else { return nil }
        var best: Int? = nil
        var n: Int? = k
        while let x = n, tree.subtree(x).upperBound == k + 1, !tree.dominates(x, v) {
            if [.NOUN, .PROPN, .PRON].contains(tree.tag(x)) { best = x }
            n = tree.head(x)
        }
        guard let b = best else { return nil }
        let phrase = trimmedPhrase(tree.subtree(b))
        if closingComma, !phrase.contains(where: { doc.has($0, .comma) }) { return nil }
        return phrase
    }

    /// The subtree of a subject without the adverbials the parser hung before its head
    /// ("During a call with his counterpart X, the minister …": the minister).
    func subjectPhrase(_ s: Int, in tree: SentenceTree) -> Range<Int> {
        let whole = tree.subtree(s)
        var start = whole.lowerBound
        let r = relations
        for c in tree.children(s) where c < s && tree.label(c) == r.punct && doc.has(c, .comma) {
            start = max(start, c + 1)
        }
        for c in tree.children(s) where c < s && [r.prep, r.advcl, r.advmod, r.npadvmod].contains(tree.label(c)) {
            var end = tree.subtree(c).upperBound
            while end < s, doc.tokens[end].kind == .punct { end += 1 }
            start = max(start, end)
        }
        // "During a call with his counterpart X, the minister said": a phrase that opens right
        // after a preposition is that preposition's object, which the parser took for the
        // subject with the real subject as its appositive; the subject follows the last comma.
        if start > tree.tokens.lowerBound, tree.tag(start - 1) == .ADP, doc.tokens[start - 1].kind == .word,
           let comma = (start..<whole.upperBound).last(where: { doc.has($0, .comma) }), comma + 1 < whole.upperBound {
            start = comma + 1
        }
        return start..<whole.upperBound
    }

    /// A source phrase as PARC marks it: edge punctuation left out, but the comma that closes
    /// an appositive kept ("Jane Roe, the party's spokeswoman,").
    func sourceSpan(_ r: Range<Int>) -> Range<Int> {
        let p = trimmedPhrase(r)
        guard !p.isEmpty, p.upperBound < doc.tokens.count, doc.has(p.upperBound, .comma),
              p.contains(where: { doc.has($0, .comma) }) else { return p }
        return p.lowerBound..<(p.upperBound + 1)
    }

    /// A phrase without the punctuation at its edges.
    func trimmedPhrase(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, doc.tokens[a].kind == .punct { a += 1 }
        while b > a, doc.tokens[b - 1].kind == .punct { b -= 1 }
        return a..<b
    }

    /// A content clause's tokens as PARC marks them: the punctuation at its edges left out,
    /// but a direct quote taken whole, with its quotation marks (and across sentences when the
    /// quote runs on).
    func contentSpan(_ r: Range<Int>) -> Range<Int> {
        let tokens = doc.tokens
        var a = r.lowerBound, b = r.upperBound
        while a < b, tokens[a].kind == .punct || tokens[a].kind == .newline { a += 1 }
        while b > a, tokens[b - 1].kind == .punct || tokens[b - 1].kind == .newline || doc.has(b - 1, .coordinator) { b -= 1 }
        guard a < b else { return a..<a }
        // A quote the content opens in, or opens with.
        var qa = Int(doc.quoteOf[a])
        if qa < 0, a > r.lowerBound || a > 0, a - 1 >= 0, tokens[a - 1].kind == .openQuote {
            qa = doc.quotes.firstIndex { $0.openToken == a - 1 } ?? -1
        }
        if qa >= 0 {
            let q = doc.quotes[qa]
            a = q.openToken
            if q.closeToken >= b - 1 { b = q.closed ? q.closeToken + 1 : q.closeToken + 1 }
        }
        // A quote the content ends in.
        let qb = Int(doc.quoteOf[b - 1])
        if qb >= 0 {
            let q = doc.quotes[qb]
            if q.closeToken >= b { b = q.closeToken + 1 }
        } else if b < tokens.count, tokens[b].kind != .closeQuote, b + 1 < tokens.count, tokens[b].kind == .punct,
                  tokens[b + 1].kind == .closeQuote, doc.quotes.contains(where: { $0.closeToken == b + 1 && $0.openToken <= a }) {
            // “…,” with the comma inside the marks.
            b += 2
        }
        if b < tokens.count, tokens[b].kind == .closeQuote, doc.quotes.contains(where: { $0.closeToken == b && $0.openToken == a }) {
            b += 1
        }
        return a..<b
    }

    /// The closed double quote that ends right before token `t` (commas and periods between
    /// them allowed) in the same paragraph, as a token range with its marks.
    func quote(endingBefore t: Int, paragraph: Int) -> Range<Int>? {
        let tokens = doc.tokens
        var k = t - 1
        while k >= 0, tokens[k].kind == .punct, doc.has(k, .comma) || doc.has(k, .period) { k -= 1 }
        guard k >= 0, tokens[k].kind == .closeQuote, tokens[k].isDoubleQuote,
              doc.sentences[Int(max(0, doc.sentenceOf[k]))].paragraph == paragraph,
              let q = doc.quotes.first(where: { $0.closeToken == k && $0.closed }) else { return nil }
        return q.openToken..<(q.closeToken + 1)
    }

    /// Whether two content parts are the halves of one quote around its reporting clause.
    func isOneQuote(_ parts: [Range<Int>]) -> Bool {
        guard parts.count == 2, let first = parts.first?.lowerBound, let last = parts.last?.upperBound else { return false }
        return doc.quotes.contains { $0.openToken == first && $0.closeToken + 1 == last }
    }
}
