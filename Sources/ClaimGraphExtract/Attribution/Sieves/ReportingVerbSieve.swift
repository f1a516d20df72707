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
            guard let content = complement(of: v, verb: verb, si: si, tree: tree, a: a) else {
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
                           question: verb.role == .ask),
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
    private func quotedBy(_ v: Int, tree: SentenceTree, a: Attributor) -> (Range<Int>, Int)? {
        guard a.doc.has(v, .saying), let asWord = tree.head(v), a.doc.has(asWord, .as), let quoted = tree.head(asWord),
              a.doc.verb(quoted)?.role == .quote,
              let subject = tree.child(quoted, a.relations.nsubj) else { return nil }
        return (a.trimmedPhrase(tree.subtree(subject)), quoted)
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

    /// The content fragments of the verb at `v`, as token ranges.
    private func complement(of v: Int, verb: Lexicons.Verb, si: Int, tree: SentenceTree, a: Attributor) -> [Range<Int>]? {
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
        // A reporting clause inside or after its content ("…,” he said"; "The plan, she said,
        // will fail"), parsed with the content's verb as the head: the rest of the head's subtree.
        // "As Tharoor wrote, …": a clause opened by "as" reports the sentence around it.
        let asClause = tree.children(v).contains { tree.label($0) == r.mark && doc.has($0, .as) && $0 < v }
        if let h = tree.head(v), !tree.hasChild(v, r.dobj), !tree.hasChild(v, r.xcomp), !tree.hasChild(v, r.mark) || asClause,
           tree.label(v) == r.parataxis || tree.label(v) == r.ccomp || asClause
            || (tree.label(v) == r.advcl && tree.child(v, r.nsubj).map { $0 < v } == true) {
            let whole = tree.subtree(h), inner = tree.subtree(v)
            let parts = [whole.lowerBound..<inner.lowerBound, inner.upperBound..<whole.upperBound]
                .map { a.contentSpan($0) }.filter { !$0.isEmpty }
            if !parts.isEmpty { return parts.count == 2 && a.isOneQuote(parts) ? [parts[0].lowerBound..<parts[1].upperBound] : parts }
        }
        // Passive: "The reports were rejected by Brazil": the subject is what was rejected.
        if let p = tree.child(v, r.nsubjpass), tree.hasChild(v, r.agent) {
            let c = a.contentSpan(tree.subtree(p))
            if !c.isEmpty { return [c] }
        }
        let clauseOnly = verb.content == .clause
        let takesObject = verb.takesObject
        // "promised to act", "urged the CIA to declassify its files": an infinitive, after an
        // object for a verb that otherwise reports only a clause.
        if let x = tree.child(v, r.xcomp), x > v, !clauseOnly || tree.child(v, r.dobj).map({ $0 < x }) == true {
            var span = tree.subtree(x)
            if let o = tree.child(v, r.dobj), o < x { span = tree.subtree(o).lowerBound..<span.upperBound }
            let c = a.contentSpan(span)
            if !c.isEmpty { return [c] }
        }
        if takesObject, let o = tree.child(v, r.dobj), o > v {
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
            if !c.isEmpty { return [c] }
        }
        // "boasted of the debut of …", "warned about a shortage": a stance verb's "of" or
        // "about" phrase is what it reports.
        if takesObject, let p = tree.children(v).first(where: { $0 > v && tree.label($0) == r.prep && doc.has($0, .aboutOrOf) }),
           tree.hasChild(p, r.pobj) {
            let c = a.contentSpan(tree.subtree(p))
            if !c.isEmpty { return [c] }
        }
        let sentence = doc.sentences[si]
        // "claimed on several occasions that …": a "that" clause the parser hung lower in the
        // verb's phrase, as a complement or (misread) as a relative clause of the noun before
        // it; a relative "that" is followed by its verb ("occasions that were …"), a complement
        // "that" by the clause's subject.
        let verbPhrase = tree.subtree(v)
        if let that = (v + 1..<verbPhrase.upperBound).first(where: { doc.has($0, .that) && doc.quoteOf[$0] < 0 }),
           let clause = tree.head(that), clause > that,
           tree.label(that) == r.mark || (clause > that + 1 && ![.VERB, .AUX].contains(tree.tag(that + 1))
                                          && [.PRON, .PROPN, .NOUN, .DET].contains(tree.tag(that + 1))) {
            let c = a.contentSpan(that..<tree.subtree(clause).upperBound)
            if !c.isEmpty { return [c] }
        }
        // "“…,” Madison said": the quote that ends right before the reporting clause, when the
        // parse did not attach it.
        // Only the speaker's phrase between the quote and the verb: no other verb there.
        var clauseStart = v
        while clauseStart > sentence.tokens.lowerBound, doc.tokens[clauseStart - 1].kind != .closeQuote,
              ![.VERB, .AUX].contains(tree.tag(clauseStart - 1)) || clauseStart - 1 == v {
            clauseStart -= 1
        }
        if let (quoter, _) = quotedBy(v, tree: tree, a: a) { clauseStart = min(clauseStart, quoter.lowerBound) }
        if let quote = a.quote(endingBefore: clauseStart, paragraph: sentence.paragraph) { return [quote] }
        if let before = clauseBeforeTrailingReport(v, sentence: sentence.tokens, tree: tree, a: a) { return [before] }
        // "Ryan said Obama’s words “amount to …”": a clause right after the verb that the
        // parser broke apart (partial quotes and run-on clauses mislead it): the rest of the
        // sentence, when it opens like a clause (a subject word) and holds a verb.
        if verb.content != .object,
           let rest = clauseAfter(v, neutral: !verb.assertsFrame && !verb.deniesFrame, clauseOnly: verb.content == .clause,
                                  sentence: sentence.tokens, tree: tree, a: a) {
            return [rest]
        }
        // "Cruz continued:" and the quote or sentence that follows.
        if let colon = tree.children(v).first(where: { $0 > v && doc.has($0, .colon) }) {
            let rest = (colon + 1)..<sentence.tokens.upperBound
            let inSentence = a.contentSpan(rest)
            if !inSentence.isEmpty { return [inSentence] }
            if si + 1 < doc.sentences.count {
                let next = doc.sentences[si + 1]
                if next.paragraph <= sentence.paragraph + 1 {
                    let span = a.contentSpan(next.tokens)
                    if !span.isEmpty { return [span] }
                }
            }
        }
        return nil
    }
}
