/// Where a reporting verb's content is, rule by rule: the parse's own answer first, then the
/// readings that repair what the parser gets wrong. The first rule that finds a content wins;
/// the statement records its name (`claimgraph explain` prints it beside the sieve's).
enum ContentRule: String, CaseIterable, Sendable {
    /// "said (that) …", "insisted that … and that …": the verb's clausal complement.
    case complementClause = "complement-clause"
    /// "“…,” he said", "The plan, she said, will fail", "As X wrote, …": the reporting clause
    /// inside or after its content, with the content's verb as its head.
    case reportInside = "report-inside"
    /// "The reports were rejected by Brazil": the passive subject.
    case passiveSubject = "passive-subject"
    /// "promised to act", "urged the agency to release …": an infinitive (after an object).
    case infinitive
    /// "denied the report", "accused Iran of …", "called the plan a gamble": the object.
    case object
    /// "boasted of the debut", "warned about a shortage": a stance verb's "of"/"about" phrase.
    case ofOrAboutPhrase = "of-about-phrase"
    /// "claimed on several occasions that …": a "that" clause the parser hung lower.
    case thatClauseBelow = "that-clause-below"
    /// "“…,” Madison said": the quote that ends right before the reporting clause.
    case quoteBefore = "quote-before"
    /// "…, officials said." and "…, said Jim Clyburn, …": the sentence before a trailing clause.
    case trailingReport = "trailing-report"
    /// "Ryan said Obama’s words “amount to …”": the rest of the sentence, read as a clause.
    case clauseAfter = "clause-after"
    /// "Cruz continued:" and what follows the colon.
    case colon
}

extension ReportingVerbSieve {
    /// What every content rule reads.
    struct ContentQuery {
        let v: Int
        let verb: Lexicons.Verb
        let si: Int
        let tree: SentenceTree
        let a: Attributor
    }

    /// The content fragments of the verb at `v`, as token ranges, and the rule that found them.
    func complement(of v: Int, verb: Lexicons.Verb, si: Int, tree: SentenceTree, a: Attributor) -> (ContentRule, [Range<Int>])? {
        let q = ContentQuery(v: v, verb: verb, si: si, tree: tree, a: a)
        for rule in ContentRule.allCases {
            if let fragments = content(rule, q) { return (rule, fragments) }
        }
        return nil
    }

    private func content(_ rule: ContentRule, _ q: ContentQuery) -> [Range<Int>]? {
        switch rule {
        case .complementClause: return complementClause(q)
        case .reportInside: return reportInside(q)
        case .passiveSubject: return passiveSubject(q)
        case .infinitive: return infinitive(q)
        case .object: return object(q)
        case .ofOrAboutPhrase: return ofOrAboutPhrase(q)
        case .thatClauseBelow: return thatClauseBelow(q)
        case .quoteBefore: return quoteBefore(q)
        case .trailingReport:
            return clauseBeforeTrailingReport(q.v, sentence: q.a.doc.sentences[q.si].tokens, tree: q.tree, a: q.a).map { [$0] }
        case .clauseAfter:
            guard q.verb.content != .object else { return nil }
            return clauseAfter(q.v, neutral: !q.verb.assertsFrame && !q.verb.deniesFrame, clauseOnly: q.verb.content == .clause,
                               sentence: q.a.doc.sentences[q.si].tokens, tree: q.tree, a: q.a).map { [$0] }
        case .colon: return colon(q)
        }
    }

    private func complementClause(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, si, tree, a) = (q.v, q.si, q.tree, q.a)
        let r = a.relations
        let doc = a.doc
        // A complement before the verb is its content only when the verb has a subject of its
        // own ("The plan will fail, she said"); otherwise it holds the verb's source.
        let ownSubject = tree.hasChild(v, r.nsubj) || tree.hasChild(v, r.nsubjpass)
        for label in [r.ccomp, r.parataxis] {
            if let c = tree.child(v, label), c > v || ownSubject {
                var whole = tree.subtree(c)
                // "insisted that … and that …": a second complement the parser hung from the verb.
                for k in tree.children(v) where k > c && tree.label(k) == r.conj && tree.hasChild(k, r.mark) {
                    whole = whole.lowerBound..<tree.subtree(k).upperBound
                }
                // Words the parser hung from the verb after the clause ("… not only X, but also
                // Y"), up to a second verb of the speaker's own ("…, but said …").
                if c > v {
                    for k in tree.children(v) where k >= whole.upperBound {
                        if tree.label(k) == r.conj || tree.label(k) == r.cc || doc.has(k, .according)
                            || ([.VERB, .AUX].contains(tree.tag(k)) && (tree.hasChild(k, r.nsubj) || !tree.hasChild(k, r.aux))) { break }
                        if tree.label(k) == r.punct { continue }
                        whole = whole.lowerBound..<tree.subtree(k).upperBound
                    }
                }
                // "…, the inspectors will test every well, officials said": a complement before
                // the verb runs up to the source phrase, over words the parser hung elsewhere.
                if c < v, let subject = tree.child(v, r.nsubj) ?? tree.child(v, r.nsubjpass) {
                    let sourceStart = a.subjectPhrase(subject, in: tree).lowerBound
                    if sourceStart > whole.upperBound, sourceStart < v { whole = whole.lowerBound..<sourceStart }
                }
                // "… not only X, but also Y": a clause that ends on its coordinator ("but also")
                // runs on to the sentence's end, where the parser hung the second conjunct.
                if c > v, let last = (whole.lowerBound..<whole.upperBound).last(where: { doc.tokens[$0].kind != .punct }),
                   doc.has(last, .coordinator) || (tree.label(last) == r.advmod && last > whole.lowerBound && doc.has(last - 1, .coordinator)) {
                    let end = doc.sentences[si].tokens.upperBound
                    whole = whole.lowerBound..<end
                }
                let span = a.contentSpan(whole)
                if !span.isEmpty { return [span] }
            }
        }
        return nil
    }

    private func reportInside(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let r = a.relations
        let doc = a.doc
        // "As Tharoor wrote, …": a clause opened by "as" reports the sentence around it.
        let asClause = tree.children(v).contains { tree.label($0) == r.mark && doc.has($0, .as) && $0 < v }
        guard let h = tree.head(v), !tree.hasChild(v, r.dobj), !tree.hasChild(v, r.xcomp), !tree.hasChild(v, r.mark) || asClause,
              tree.label(v) == r.parataxis || tree.label(v) == r.ccomp || asClause
                || (tree.label(v) == r.advcl && tree.child(v, r.nsubj).map { $0 < v } == true) else { return nil }
        let whole = tree.subtree(h), inner = tree.subtree(v)
        let parts = [whole.lowerBound..<inner.lowerBound, inner.upperBound..<whole.upperBound]
            .map { a.contentSpan($0) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        return parts.count == 2 && a.isOneQuote(parts) ? [parts[0].lowerBound..<parts[1].upperBound] : parts
    }

    private func passiveSubject(_ q: ContentQuery) -> [Range<Int>]? {
        let r = q.a.relations
        guard let p = q.tree.child(q.v, r.nsubjpass), q.tree.hasChild(q.v, r.agent) else { return nil }
        let c = q.a.contentSpan(q.tree.subtree(p))
        return c.isEmpty ? nil : [c]
    }

    private func infinitive(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let r = a.relations
        // A verb that otherwise reports only a clause takes an infinitive after an object.
        guard let x = tree.child(v, r.xcomp), x > v,
              q.verb.content != .clause || tree.child(v, r.dobj).map({ $0 < x }) == true else { return nil }
        var span = tree.subtree(x)
        if let o = tree.child(v, r.dobj), o < x { span = tree.subtree(o).lowerBound..<span.upperBound }
        let c = a.contentSpan(span)
        return c.isEmpty ? nil : [c]
    }

    private func object(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let r = a.relations
        let doc = a.doc
        guard q.verb.takesObject, let o = tree.child(v, r.dobj), o > v else { return nil }
        // "accused Iran of sending troops", "blamed Moscow for the attack": the object and
        // what it is accused of.
        var span = tree.subtree(o)
        // A prepositional phrase of the object that the parser hung from the verb
        // ("rejected a probe | into the use of …"), unless it gives a time or a place.
        for k in tree.children(v) where k == span.upperBound && tree.label(k) == r.prep && !doc.has(k, .framePreposition) {
            span = span.lowerBound..<tree.subtree(k).upperBound
        }
        // "call the plan a gamble": what the object is called belongs to the content.
        if let p = tree.child(v, r.oprd), p > o, tree.subtree(p).lowerBound <= span.upperBound + 1 {
            span = span.lowerBound..<max(span.upperBound, tree.subtree(p).upperBound)
        }
        if tree.children(v).contains(where: { $0 > o && tree.label($0) == r.prep && (doc.has($0, .of) || doc.has($0, .for)) }) {
            span = span.lowerBound..<tree.subtree(v).upperBound
        }
        let c = a.contentSpan(span)
        return c.isEmpty ? nil : [c]
    }

    private func ofOrAboutPhrase(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let r = a.relations
        guard q.verb.takesObject,
              let p = tree.children(v).first(where: { $0 > v && tree.label($0) == r.prep && a.doc.has($0, .aboutOrOf) }),
              tree.hasChild(p, r.pobj) else { return nil }
        let c = a.contentSpan(tree.subtree(p))
        return c.isEmpty ? nil : [c]
    }

    /// A complement "that" is followed by the clause's subject; a relative one by its verb
    /// ("occasions that were …").
    private func thatClauseBelow(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let r = a.relations
        let doc = a.doc
        let verbPhrase = tree.subtree(v)
        guard let that = (v + 1..<verbPhrase.upperBound).first(where: { doc.has($0, .that) && doc.quoteOf[$0] < 0 }),
              let clause = tree.head(that), clause > that,
              tree.label(that) == r.mark || (clause > that + 1 && ![.VERB, .AUX].contains(tree.tag(that + 1))
                                             && [.PRON, .PROPN, .NOUN, .DET].contains(tree.tag(that + 1))) else { return nil }
        let c = a.contentSpan(that..<tree.subtree(clause).upperBound)
        return c.isEmpty ? nil : [c]
    }

    /// Only the speaker's phrase between the quote and the verb: no other verb there.
    private func quoteBefore(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, tree, a) = (q.v, q.tree, q.a)
        let doc = a.doc
        let sentence = doc.sentences[q.si]
        var clauseStart = v
        while clauseStart > sentence.tokens.lowerBound, doc.tokens[clauseStart - 1].kind != .closeQuote,
              ![.VERB, .AUX].contains(tree.tag(clauseStart - 1)) || clauseStart - 1 == v {
            clauseStart -= 1
        }
        if let (quoter, _) = quotedBy(v, tree: tree, a: a) { clauseStart = min(clauseStart, quoter.lowerBound) }
        return a.quote(endingBefore: clauseStart, paragraph: sentence.paragraph).map { [$0] }
    }

    /// The quote or sentence after a colon the verb governs; the next sentence when the colon
    /// ends this one.
    private func colon(_ q: ContentQuery) -> [Range<Int>]? {
        let (v, si, tree, a) = (q.v, q.si, q.tree, q.a)
        let doc = a.doc
        let sentence = doc.sentences[si]
        guard let colon = tree.children(v).first(where: { $0 > v && doc.has($0, .colon) }) else { return nil }
        let inSentence = a.contentSpan((colon + 1)..<sentence.tokens.upperBound)
        if !inSentence.isEmpty { return [inSentence] }
        guard si + 1 < doc.sentences.count else { return nil }
        let next = doc.sentences[si + 1]
        guard next.paragraph <= sentence.paragraph + 1 else { return nil }
        let span = a.contentSpan(next.tokens)
        return span.isEmpty ? nil : [span]
    }

    /// The rest of the sentence after the verb at `v` as its content clause, when it opens with
    /// a word that can begin a subject (a subject pronoun, name, determiner, number or quote
    /// mark; a bare noun or adjective only after a neutral verb such as "said", since "maintain
    /// economic ties" is no report; only a subject pronoun or a quote after a verb that reports
    /// only a clause: "maintained he was innocent", not "continued the talks that …") and holds
    /// a verb of its own; nil otherwise ("said nothing", "said in an interview on Monday").
    private func clauseAfter(_ v: Int, neutral: Bool, clauseOnly: Bool, sentence: Range<Int>, tree: SentenceTree,
                             a: Attributor) -> Range<Int>? {
        let doc = a.doc
        var start = v + 1
        if start < sentence.upperBound, doc.has(start, .that) { start += 1 }
        guard start < sentence.upperBound else { return nil }
        let opener = tree.tag(start)
        let quoteOpens = doc.tokens[start].kind == .openQuote
        let subjectPronoun = opener == .PRON && doc.has(start, .personalPronoun)
        if clauseOnly {
            guard quoteOpens || subjectPronoun else { return nil }
        } else {
            guard quoteOpens || subjectPronoun || [.PROPN, .DET, .NUM].contains(opener) || (neutral && [.NOUN, .ADJ].contains(opener)) else { return nil }
        }
        guard let end = (start..<sentence.upperBound).last(where: { doc.tokens[$0].kind != .punct }), end > start,
              ((start + 1)...end).contains(where: { [.VERB, .AUX].contains(tree.tag($0)) }) else { return nil }
        let c = a.contentSpan((v + 1)..<(end + 1))
        return c.isEmpty ? nil : c
    }

    /// "…, federal officials said." and "…, said Jim Clyburn, a congressman from …": a reporting
    /// clause after a comma that ends the sentence; its content is the sentence before the comma.
    /// The clause may hold only the source phrase (no verb of its own) and, after the verb, only
    /// the source or adverbials; the part before must hold a verb.
    private func clauseBeforeTrailingReport(_ v: Int, sentence: Range<Int>, tree: SentenceTree, a: Attributor) -> Range<Int>? {
        let doc = a.doc
        let isVerbTag: (Int) -> Bool = { [.VERB, .AUX].contains(tree.tag($0)) }
        var comma = v - 1
        // Back over the source phrase ("federal officials"), at most eight words, no verb.
        while comma > sentence.lowerBound, !doc.has(comma, .comma), v - comma <= 8,
              doc.tokens[comma].kind != .closeQuote, !isVerbTag(comma) || a.doc.tokens[comma].kind != .word {
            comma -= 1
        }
        guard comma > sentence.lowerBound, doc.has(comma, .comma), doc.quoteOf[comma] < 0,
              !doc.lowerText(v).hasSuffix("ing") else { return nil }
        let inverted = comma == v - 1
        // After the verb: the source of an inverted clause ("said Jim Clyburn, …"), or nothing
        // but adverbials ("said on Monday", "said in a statement").
        let after = (v + 1)..<sentence.upperBound
        guard let next = after.first(where: { doc.tokens[$0].kind != .newline }) else { return nil }
        if inverted {
            guard [.PROPN, .NOUN, .DET, .ADJ].contains(tree.tag(next)), doc.tokens[next].kind == .word,
                  !after.contains(where: { doc.tokens[$0].kind == .openQuote }) else { return nil }
        } else {
            guard doc.tokens[next].kind == .punct || [.ADV, .ADP].contains(tree.tag(next)),
                  !after.contains(where: { isVerbTag($0) && doc.tokens[$0].kind == .word }) else { return nil }
        }
        let content = sentence.lowerBound..<comma
        guard content.contains(where: isVerbTag) else { return nil }
        let c = a.contentSpan(content)
        return c.isEmpty ? nil : c
    }
}
