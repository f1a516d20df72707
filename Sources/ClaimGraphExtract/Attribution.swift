/// A statement found in the text, before records are built.
struct DraftStatement {
    var speaker: SpeakerRef
    var mention: String
    var cue: String
    var polarity: Polarity
    var content: Range<Int>
    var direct: Bool
    var outlets: [String]
    var sentence: Range<Int>
    var paragraph: Int
    var anchor: Int
    var bare: Bool
    /// The first token of the speaker phrase; -1 when unknown.
    var subject: Int = -1
}

/// Finds reporting clauses, their speakers and their content, sentence by sentence.
final class Attributor {
    let doc: Document
    let names: NameFinder
    var drafts: [DraftStatement] = []
    var outletSurfaces: [String: [String]] = [:]
    var usedQuotes: Set<Int> = []
    /// The outlet of the latest article the text spoke of ("an article published in the Washington Post").
    var articleOutlet: (name: String, surface: String)?
    /// Question attributions ("he asked"): speaker, mention, paragraph, token.
    var questions: [(SpeakerRef, String, Int, Int)] = []

    init(doc: Document, names: NameFinder) {
        self.doc = doc
        self.names = names
    }

    func run() {
        for si in doc.sentences.indices { sentence(si) }
        followUpQuotes()
        carryOutlets()
        dedupe()
    }

    // MARK: sentences

    private func sentence(_ si: Int) {
        let s = doc.sentences[si]
        let tokens = doc.tokens
        let firstDraft = drafts.count
        noteArticleOutlet(si)
        defer { creditArticleFrame(si, firstDraft: firstDraft) }
        // Headlines and captions: a paragraph of one sentence without final punctuation.
        if let last = s.tokens.last, tokens[last].kind != .punct && tokens[last].kind != .closeQuote,
           (si + 1 == doc.sentences.count || doc.sentences[si + 1].paragraph != s.paragraph),
           si == 0 || doc.sentences[si - 1].paragraph != s.paragraph { return }
        var v = s.tokens.lowerBound
        while v < s.tokens.upperBound {
            defer { v += 1 }
            guard tokens[v].kind == .word, doc.quoteOf[v] < 0, !tokens[v].isCapitalized || doc.has(v, .according) else { continue }
            if doc.has(v, .according), v + 1 < s.tokens.upperBound, doc.has(v + 1, .to) {
                according(v, si: si, firstDraft: firstDraft)
                continue
            }
            guard let verb = doc.verb(v) else { continue }
            if isNounUse(v, start: s.tokens.lowerBound, end: s.tokens.upperBound) { continue }
            attribute(v, verb: verb, si: si, firstDraft: firstDraft)
        }
    }

    private func record(_ refs: [SpeakerRef], mention: String, cue: String, verbDenies: Bool, content: Range<Int>,
                        direct: Bool, si: Int, anchor: Int, frame: Range<Int>, extraOutlets: [OutletFinder.Found] = [],
                        spanSentences: Range<Int>? = nil) {
        let s = doc.sentences[si]
        var content = content
        trim(&content)
        guard !content.isEmpty, !refs.isEmpty else { return }
        // Questions are not statements.
        if doc.scalars[content.upperBound - 1] == "?" { return }
        let polarity = PolarityRule.polarity(verbDenies: verbDenies, content: content, doc: doc)
        let skipContent: (Int) -> Bool = { [doc] in doc.quoteOf[$0] >= 0 || content.contains(doc.tokens[$0].start) }
        let found = OutletFinder.outlets(in: frame, doc: doc, skip: skipContent).filter { OutletFinder.isCreditPosition($0, doc: doc) }
            + extraOutlets
        var outlets: [String] = []
        for f in found where !outlets.contains(f.name) {
            outlets.append(f.name)
            if !outletSurfaces[f.name, default: []].contains(f.surface) { outletSurfaces[f.name, default: []].append(f.surface) }
        }
        let sentenceStart = doc.tokens[spanSentences?.lowerBound ?? s.tokens.lowerBound].start
        let sentenceEnd = doc.tokens[(spanSentences?.upperBound ?? s.tokens.upperBound) - 1].end
        // A bare reference: a pronoun, one word, or a phrase opened by "the", "his", "he" …
        let firstWord = mention.lowercased().split(separator: " ").first.map(String.init) ?? ""
        let bare = doc.lex.words.has(firstWord, .subjectPronoun) || !mention.includes(byte: 0x20)
            || doc.lex.words.has(firstWord, .bareOpener)
        for ref in refs {
            var o = outlets
            if case .outlet(let name, let surface) = ref {
                if !o.contains(name) { o.insert(name, at: 0) }
                if !outletSurfaces[name, default: []].contains(surface) { outletSurfaces[name, default: []].append(surface) }
            }
            drafts.append(DraftStatement(speaker: ref, mention: mention, cue: cue, polarity: polarity, content: content,
                                         direct: direct, outlets: o, sentence: min(sentenceStart, content.lowerBound)..<max(sentenceEnd, content.upperBound),
                                         paragraph: s.paragraph, anchor: anchor, bare: bare, subject: subjectStart ?? anchor))
        }
    }

    /// Trims white space, dashes and trailing commas or periods from a scalar span.
    private func trim(_ r: inout Range<Int>) {
        let sc = doc.scalars
        var a = r.lowerBound, b = r.upperBound
        let junkStart: Set<Unicode.Scalar> = [" ", "\n", "\t", ",", ":", "\u{2014}", "\u{2013}", "-"]
        let junkEnd: Set<Unicode.Scalar> = [" ", "\n", "\t", ",", ".", ":", ";", "\u{2014}", "\u{2013}", "-"]
        while a < b, junkStart.contains(sc[a]) { a += 1 }
        while b > a, junkEnd.contains(sc[b - 1]) { b -= 1 }
        r = a..<b
    }

    // MARK: reporting verbs

    private func attribute(_ v: Int, verb: Lexicons.Verb, si: Int, firstDraft: Int) {
        let tokens = doc.tokens
        let s = doc.sentences[si]
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        if v > start, doc.has(v - 1, .determiner) || doc.has(v - 1, .to) || doc.has(v - 1, .so) { return }
        if v > start, tokens[v - 1].kind == .possessive { return }
        if isInfinitive(v, start: start) { return }
        var k = v - 1
        var negated = false, sawBe = false
        while k >= start {
            if doc.has(k, .negation) || doc.shape(k).contains(.endsNt) { negated = true; k -= 1; continue }
            // "he could appeal", "it would propose": a possible act, not a reported one.
            if doc.has(k, .modal) { return }
            if doc.has(k, .auxiliary) { if doc.has(k, .beForm) { sawBe = true }; k -= 1; continue }
            if doc.has(k, .adverb) || (doc.shape(k).contains(.lyAdverb) && !tokens[k].isCapitalized) { k -= 1; continue }
            // "constantly and categorically denying": coordinated adverbs.
            if doc.has(k, .and), k > start, isMannerAdverb(k - 1), isMannerAdverb(k + 1) { k -= 1; continue }
            break
        }
        if negated { return }
        let ing = doc.shape(v).contains(.endsIng)
        var adverbialIng = false
        if ing && !sawBe {
            // "Tehran issued a proposal while rejecting …": the main clause's subject speaks.
            guard k >= start, doc.has(k, .ingSubordinator), !doc.lex.words.has(verb.lemma, .ask) else { return }
            adverbialIng = true
        }
        if doc.lex.words.has(verb.lemma, .ask) { // questions: remember the speaker for the answer that follows
            if let (refs, mention) = subject(v: v, k: k, si: si), let r = refs.first {
                questions.append((r, mention, s.paragraph, v))
            }
            return
        }
        // Passive: "were refuted by Tehran".
        if sawBe && !ing {
            var b = v + 1
            while b < end, doc.has(b, .adverb) || doc.shape(b).contains(.endsLy) { b += 1 }
            guard b < end, doc.has(b, .by) else { return }
            let np = forwardNP(b + 1, end: end)
            let refs = classify(np, at: v)
            guard k >= start else { return }
            record(refs, mention: doc.text(tokens: np), cue: doc.text(tokens: v..<(b + 1)), verbDenies: verb.denial,
                   content: tokens[start].start..<tokens[k].end, direct: false, si: si, anchor: v, frame: s.tokens)
            return
        }
        if k >= start, doc.has(k, .coordinator) || (doc.has(k, .comma) && k + 1 < v && doc.has(k + 1, .coordinator)) {
            // Coordinated verbs are one act with the first.
            if drafts.count > firstDraft { return }
        }
        let coordinated = k >= start && doc.has(k, .coordinator)
        var found = adverbialIng ? nil : subject(v: v, k: k, si: si)
        if found.map({ $0.0.isEmpty }) ?? true, adverbialIng || coordinated {
            // "the minister repeated the words and asserted that …": the clause's first subject.
            subjectEnd = nil
            found = clauseSubject(si: si, before: k)
        }
        guard let (refs, mention) = found, !refs.isEmpty else { return }
        let npStart = subjectStart ?? v
        // "with what he claims are 1,000 people": a relative clause, not a report.
        if npStart > start, !(subjectEnd != nil), doc.has(npStart - 1, .what) { return }
        let inverted = subjectEnd != nil && !adverbialIng && !coordinated
        // Content.
        var frameOutlets: [OutletFinder.Found] = []
        var c = inverted ? subjectEnd ?? v + 1 : v + 1
        if doc.lex.words.has(verb.lemma, .quote) {
            // "X quoted Y as saying …": the speaker is Y; X credits.
            var j = v + 1
            while j < end, !(doc.has(j, .as) && j + 1 < end && doc.has(j + 1, .saying)) { j += 1 }
            guard j < end else { return }
            let object = (v + 1)..<j
            let objRefs = classify(trimAppositive(object), at: v)
            guard !objRefs.isEmpty else { return }
            frameOutlets = refs.compactMap { if case .outlet(let n, let sfc) = $0 { return OutletFinder.Found(name: n, surface: sfc, tokens: npStart..<v) } else { return nil } }
            c = j + 2
            finishContent(c: c, v: v, npStart: npStart, refs: objRefs, mention: doc.text(tokens: trimAppositive(object)),
                          cue: doc.text(tokens: v..<(j + 2)), verb: verb, si: si, extra: frameOutlets)
            return
        }
        if doc.lex.words.has(verb.lemma, .tell) {
            if c < end, doc.outletLen[c] > 0 {
                c += Int(doc.outletLen[c])
            } else {
                var j = c
                while j < end, j - c < 5, tokens[j].kind == .word {
                    if doc.has(j, .audienceNoun) { c = j + 1; break }
                    j += 1
                }
                if c == v + 1, c < end, names.mentionAt[c] >= 0 {
                    // "told Andrea Mitchell": the addressee, not the content.
                    c = names.mentions[Int(names.mentionAt[c])].tokens.upperBound
                } else if c == v + 1, c < end, tokens[c].isCapitalized || doc.has(c, .subjectPronoun) { c += 1 }
            }
        }
        finishContent(c: c, v: v, npStart: npStart, refs: refs, mention: mention, cue: doc.formText(v), verb: verb, si: si, extra: frameOutlets,
                      inverted: inverted)
    }

    /// Drops an appositive after the first comma of an object phrase.
    private func trimAppositive(_ r: Range<Int>) -> Range<Int> {
        if let comma = r.first(where: { doc.has($0, .comma) }) { return r.lowerBound..<comma }
        return r
    }

    private func finishContent(c: Int, v: Int, npStart: Int, refs: [SpeakerRef], mention: String, cue: String,
                               verb: Lexicons.Verb, si: Int, extra: [OutletFinder.Found], inverted: Bool = false) {
        let tokens = doc.tokens
        let s = doc.sentences[si]
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        var c = c
        // "said in remarks on Monday that", "said:", "told Reuters that".
        if let that = (c..<min(end, c + 12)).first(where: { doc.has($0, .that) && doc.quoteOf[$0] < 0 }),
           !(c..<that).contains(where: { tokens[$0].kind == .openQuote || doc.has($0, .period) || doc.has($0, .auxiliary) || doc.isVerb($0) }),
           (c..<that).allSatisfy({ doc.has($0, .timeWord) || tokens[$0].isCapitalized || tokens[$0].kind == .number
                || tokens[$0].kind == .punct || doc.has($0, .determiner) || doc.outletLen[$0] > 0 || doc.has($0, .audienceNoun) || doc.has($0, .sourcingWord) }) {
            c = that + 1
        } else {
            while c < end {
                let t = tokens[c]
                if t.kind == .punct && doc.has(c, .frameSeparator) { c += 1; continue }
                if doc.has(c, .timeWord) && !doc.has(c, .determiner) {
                    if doc.has(c, .framePreposition) {
                        // Only a time or event phrase: "on Monday", "in a statement".
                        let n1: WordID = c + 1 < end ? tokens[c + 1].lower : -1
                        let n2: WordID = c + 2 < end ? tokens[c + 2].lower : -1
                        let words = doc.lex.words
                        if !(words.has(n1, .timeWord) || words.has(n2, .eventNoun) || words.has(n1, .weekdayOrMonth)
                             || (words.has(n1, .determiner) && words.has(n2, .timeWord)) || doc.outletLen[min(c + 1, tokens.count - 1)] > 0
                             || tokens[min(c + 1, tokens.count - 1)].kind == .number) { break }
                    }
                    c += 1
                    continue
                }
                if doc.has(c, .determiner), c + 1 < end, doc.has(c + 1, .eventNoun) { c += 2; continue }
                if t.kind == .number && c > v + 1 && doc.has(c - 1, .weekdayOrMonth) { c += 1; continue }
                if doc.outletLen[c] > 0 && c > v + 1 && doc.has(c - 1, .outletLink) { c += Int(doc.outletLen[c]); continue }
                if doc.isVerb(c), c + 1 < end, doc.has(c + 1, .comma) || tokens[c + 1].kind == .openQuote { c += 1; continue }
                break
            }
        }
        // "claim that according to U.S. officials, X": X is the content; "according to" makes its own statement.
        if c + 1 < end, doc.has(c, .according), doc.has(c + 1, .to) {
            let np = forwardNP(c + 2, end: end)
            if !np.isEmpty, np.upperBound + 1 < end, doc.has(np.upperBound, .comma) { c = np.upperBound + 1 }
        }
        let afterThat = c > v + 1 && c - 1 < end && (doc.has(c - 1, .that) || doc.has(c - 1, .comma))
            && (v + 1..<c).contains(where: { doc.has($0, .that) })
        // The content after the verb, up to the sentence end.
        var afterEnd = end
        while afterEnd > c, tokens[afterEnd - 1].kind == .punct, doc.has(afterEnd - 1, .trailingPunctuation) { afterEnd -= 1 }
        // "…, according to Reuters" closes the clause.
        if let acc = (c..<afterEnd).first(where: { doc.has($0, .according) && doc.quoteOf[$0] < 0 }), acc >= c { afterEnd = acc }
        // Only a place or time left ("told a conference in Israel", "said this weekend"): no content here.
        if c < afterEnd, afterEnd - c <= 5, doc.has(c, .placeTimeOpener),
           (c..<afterEnd).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .number || tokens[$0].kind == .punct || doc.has($0, .timeWord)
                || doc.has($0, .determiner) || doc.has($0, .placeTimeFiller) }) { c = afterEnd }
        if let butClause = (c..<afterEnd).first(where: { c == $0 && doc.has($0, .clauseBreak) }) { afterEnd = butClause }
        let quoteBefore = precedingQuote(npStart, si: si)
        let frame = s.tokens
        // A reporting clause after its content ("…, said Trump", "“…,” he said shortly after"): the
        // quote or clause before it is the content, not the words that follow the verb.
        let clauseFirst = inverted ? v : npStart
        // A quote before the reporting verb is the content; the statement spans
        // from the quote's first sentence to the end of this one.
        func recordQuoteBefore(_ qi: Int) {
            let q = doc.quotes[qi]
            usedQuotes.insert(qi)
            let firstSentence = Int(doc.sentenceOf[q.openToken + 1 < tokens.count ? q.openToken + 1 : q.openToken])
            record(refs, mention: mention, cue: cue, verbDenies: verb.denial, content: q.inner, direct: true, si: si, anchor: v,
                   frame: frame, extraOutlets: extra, spanSentences: doc.sentences[max(0, min(firstSentence, si))].tokens.lowerBound..<end)
        }
        let tailOpensContent = afterThat || (c < afterEnd && (tokens[c].kind == .openQuote || doc.has(c, .colon)))
        if !tailOpensContent, (inverted || c >= afterEnd || quoteBefore != nil) {
            if let qi = quoteBefore {
                recordQuoteBefore(qi)
                return
            }
            if clauseFirst - 1 > start, doc.has(clauseFirst - 1, .comma) {
                record(refs, mention: mention, cue: cue, verbDenies: verb.denial, content: tokens[start].start..<tokens[clauseFirst - 2].end,
                       direct: false, si: si, anchor: v, frame: frame, extraOutlets: extra)
                return
            }
            if inverted { return }
        }
        if c < afterEnd, tokens[c].kind == .openQuote, let qi = quoteIndex(openingAt: c) {
            let q = doc.quotes[qi]
            usedQuotes.insert(qi)
            let lastSentence = Int(doc.sentenceOf[q.closeToken])
            record(refs, mention: mention, cue: cue, verbDenies: verb.denial, content: q.inner, direct: q.inner.upperBound >= tokens[afterEnd - 1].start || lastSentence > si,
                   si: si, anchor: v, frame: frame, extraOutlets: extra,
                   spanSentences: start..<max(end, doc.sentences[max(si, lastSentence)].tokens.upperBound))
            return
        }
        if let qi = quoteBefore, c >= afterEnd || doc.has(c, .clauseBreak) || tokens[c].kind == .punct {
            recordQuoteBefore(qi)
            return
        }
        guard c < afterEnd else { return }
        // "maintain ties", "responded to the data", "proposed cuts": these verbs report speech only
        // with a "that" clause, a quote or a colon.
        if doc.lex.words.has(verb.lemma, .clauseOnlyVerb), !tailOpensContent,
           !(c < afterEnd && (tokens[c].kind == .openQuote || doc.has(c, .colon))) { return }
        if doc.lex.words.has(verb.lemma, .objectVerb) || verb.deniesFrame, c == v + 1 || !doc.has(c - 1, .that) { c = v }
        var contentEnd = tokens[afterEnd - 1].end
        // A quote that opens inside the paraphrase and runs past the sentence extends it.
        for t in c..<afterEnd where tokens[t].kind == .openQuote {
            if let qi = quoteIndex(openingAt: t) { usedQuotes.insert(qi); contentEnd = max(contentEnd, doc.quotes[qi].inner.upperBound) }
        }
        record(refs, mention: mention, cue: cue, verbDenies: verb.denial, content: tokens[c].start..<contentEnd, direct: false,
               si: si, anchor: v, frame: frame, extraOutlets: extra)
    }

    private func quoteIndex(openingAt t: Int) -> Int? {
        doc.quotes.firstIndex(where: { $0.openToken == t })
    }

    /// The quote that ends right before the attribution at `npStart` ("“…,” he said"), in this
    /// sentence or, when the attribution opens its sentence, the previous one in the paragraph.
    private func precedingQuote(_ npStart: Int, si: Int) -> Int? {
        let tokens = doc.tokens
        var k = npStart - 1
        while k >= 0, tokens[k].kind == .punct, doc.has(k, .comma) || doc.has(k, .period) { k -= 1 }
        guard k >= 0, tokens[k].kind == .closeQuote, tokens[k].isDoubleQuote || doc.quotes.contains(where: { $0.closeToken == k }) else { return nil }
        guard doc.sentences[Int(max(0, doc.sentenceOf[k]))].paragraph == doc.sentences[si].paragraph else { return nil }
        return doc.quotes.firstIndex(where: { $0.closeToken == k && $0.closed })
    }

    private var subjectStart: Int?
    /// The end of a subject found after its verb ("…,” said Trump): the clause before is the content.
    private var subjectEnd: Int?

    private func isMannerAdverb(_ i: Int) -> Bool {
        guard i >= 0, i < doc.tokens.count else { return false }
        let t = doc.tokens[i]
        return t.kind == .word && !t.isCapitalized && doc.shape(i).contains(.lyAdverb)
    }

    /// The subject of the sentence's main clause, before token `limit`: the noun phrase that opens
    /// the sentence, after a leading adverbial closed by a comma ("On Monday, the minister …").
    private func clauseSubject(si: Int, before limit: Int) -> ([SpeakerRef], String)? {
        let tokens = doc.tokens
        let s = doc.sentences[si]
        var p = s.tokens.lowerBound
        if let comma = (p..<limit).first(where: { doc.has($0, .comma) && doc.quoteOf[$0] < 0 }),
           tokens[p].isCapitalized, doc.has(p, .capitalizedStopword) || doc.has(p, .timeWord)
            || doc.has(p, .nonName) {
            p = comma + 1
        }
        var b = p
        while b < limit, b - p < 12 {
            let t = tokens[b]
            guard t.kind == .word || t.kind == .number || t.kind == .possessive || (t.kind == .punct && doc.has(b, .hyphen)) else { break }
            if b > p, !t.isCapitalized, t.kind == .word {
                if doc.has(b, .clauseWord) || doc.has(b, .auxiliary) || doc.isVerb(b)
                    || doc.shape(b).contains(.endsEd) || doc.shape(b).contains(.lyAdverb) { break }
            }
            b += 1
        }
        guard b > p, b < limit else { return nil }
        let np = p..<b
        let refs = classify(np, at: limit)
        guard !refs.isEmpty else { return nil }
        subjectStart = p
        return (refs, doc.text(tokens: np))
    }

    /// The speaker of the verb at `v`, whose left context was skipped back to `k`.
    private func subject(v: Int, k: Int, si: Int) -> ([SpeakerRef], String)? {
        let tokens = doc.tokens
        let s = doc.sentences[si]
        let start = s.tokens.lowerBound, end = s.tokens.upperBound
        subjectStart = nil
        subjectEnd = nil
        if k < start || tokens[k].kind == .closeQuote || (doc.has(k, .comma) && k > start && tokens[k - 1].kind == .closeQuote)
            || (doc.has(k, .comma) && k + 1 == v && v + 1 < end && names.mentionAt[v + 1] >= 0) {
            let np = forwardNP(v + 1, end: end)
            guard !np.isEmpty else { return nil }
            subjectStart = v
            subjectEnd = np.upperBound
            return (classify(np, at: v), doc.text(tokens: np))
        }
        if doc.has(k, .comma) {
            var j = k - 1
            while j > start, k - j < 30, !doc.has(j, .comma), tokens[j].kind != .closeQuote, tokens[j].kind != .openQuote { j -= 1 }
            guard j > start, doc.has(j, .comma) else { return nil }
            let appos = (j + 1)..<k
            let np1 = backwardNP(j - 1, start: start)
            subjectStart = np1.isEmpty ? j : np1.lowerBound
            if hasPerson(np1) { return (classify(np1, at: v), doc.text(tokens: np1)) }
            if hasPerson(appos) { return (classify(appos, at: v), doc.text(tokens: appos)) }
            let r1 = classify(np1, at: v)
            let r2 = classify(appos, at: v)
            let refs = r1 + r2.filter { if case .country = $0 { return true } else { return false } }
            if !refs.isEmpty { return (refs, doc.text(tokens: np1)) }
            return r2.isEmpty ? nil : (r2, doc.text(tokens: appos))
        }
        let np = backwardNP(k, start: start)
        guard !np.isEmpty else { return nil }
        subjectStart = np.lowerBound
        return (classify(np, at: v), doc.text(tokens: np))
    }

    /// Whether the phrase names a person as its head, not only as a modifier ("Lopes's lawyer").
    private func hasPerson(_ r: Range<Int>) -> Bool {
        r.contains { i in
            guard names.mentionAt[i] >= 0 else { return false }
            let m = names.mentions[Int(names.mentionAt[i])]
            return !isModifierMention(m, in: r) && !insideOutlet(i)
        }
    }

    func backwardNP(_ k: Int, start: Int) -> Range<Int> {
        let tokens = doc.tokens
        guard k >= start else { return k + 1..<k + 1 }
        // A subject pronoun is the whole phrase ("… a swipe at Lopes -- he said").
        if tokens[k].kind == .word, doc.has(k, .personalPronoun) { return k..<(k + 1) }
        var a = k
        while a >= start, k - a < 14 {
            let t = tokens[a]
            if t.kind == .possessive { a -= 1; continue }
            if t.kind == .punct, doc.has(a, .npPunctuation) { a -= 1; continue }
            guard t.kind == .word || t.kind == .number else { break }
            if doc.has(a, .clauseWord) || doc.has(a, .auxiliary) { break }
            if a != k, doc.isVerb(a), !t.isCapitalized { break }
            if doc.has(a, .and), !(a + 1 <= k && (tokens[a + 1].isCapitalized || tokens[a + 1].kind == .number || doc.has(a + 1, .determiner))) { break }
            a -= 1
        }
        return (a + 1)..<(k + 1)
    }

    func forwardNP(_ p: Int, end: Int) -> Range<Int> {
        let tokens = doc.tokens
        var b = p
        while b < end, b - p < 12 {
            let t = tokens[b]
            guard t.kind == .word || t.kind == .number || t.kind == .possessive else { break }
            if b > p && (doc.has(b, .clauseWord) || doc.isVerb(b) || doc.has(b, .timeWord) && !t.isCapitalized) { break }
            // "refuted by Tehran ever since …", "said Lopes recently": an adverb closes the phrase.
            if b > p, !t.isCapitalized, doc.shape(b).contains(.adverbLike) { break }
            b += 1
        }
        return p..<b
    }

    // MARK: according to

    private func according(_ v: Int, si: Int, firstDraft: Int) {
        let tokens = doc.tokens
        let s = doc.sentences[si]
        let end = s.tokens.upperBound
        let np = forwardNP(v + 2, end: end)
        guard !np.isEmpty else { return }
        let refs = classify(np, at: v)
        if refs.count == 1, case .outlet(let name, let surface) = refs[0] {
            // Credits the statements of this sentence.
            if drafts.count > firstDraft {
                for d in firstDraft..<drafts.count where !drafts[d].outlets.contains(name) { drafts[d].outlets.append(name) }
                if !outletSurfaces[name, default: []].contains(surface) { outletSurfaces[name, default: []].append(surface) }
                return
            }
        }
        guard !refs.isEmpty else { return }
        // Content: the clause after "according to X," or before ", according to X".
        var content: Range<Int>
        if np.upperBound < end, doc.has(np.upperBound, .comma) {
            var e = end
            while e > np.upperBound + 1, tokens[e - 1].kind == .punct { e -= 1 }
            guard e > np.upperBound + 1 else { return }
            content = tokens[np.upperBound + 1].start..<tokens[e - 1].end
        } else {
            var a = v - 1
            while a > s.tokens.lowerBound, tokens[a].kind == .punct { a -= 1 }
            guard a >= s.tokens.lowerBound else { return }
            var b = a
            while b > s.tokens.lowerBound, !doc.has(b - 1, .comma) || doc.quoteOf[b - 1] >= 0 { b -= 1 }
            content = tokens[b].start..<tokens[a].end
        }
        if doc.quoteOf[v] >= 0 { return }
        record(refs, mention: doc.text(tokens: np), cue: "according to", verbDenies: false, content: content, direct: false,
               si: si, anchor: v, frame: s.tokens)
    }

    // MARK: follow-ups, carry-over, duplicates

    private func followUpQuotes() {
        for (qi, q) in doc.quotes.enumerated() where !usedQuotes.contains(qi) {
            guard q.openToken + 1 < doc.tokens.count else { continue }
            let si = Int(max(0, doc.sentenceOf[q.openToken + 1]))
            let para = doc.sentences[si].paragraph
            let prevDraft = drafts.lastIndex(where: { $0.paragraph == para && $0.anchor < q.openToken })
            let prevQuestion = questions.last(where: { $0.2 == para && $0.3 < q.openToken })
            if let pq = prevQuestion, prevDraft == nil || drafts[prevDraft!].anchor < pq.3 {
                var r = q.inner
                trim(&r)
                guard !r.isEmpty, doc.scalars[r.upperBound - 1] != "?" else { continue }
                let polarity = PolarityRule.polarity(verbDenies: false, content: r, doc: doc)
                drafts.append(DraftStatement(speaker: pq.0, mention: pq.1, cue: "asked", polarity: polarity, content: r, direct: true,
                                             outlets: [], sentence: doc.tokens[q.openToken].start..<doc.tokens[q.closeToken].end,
                                             paragraph: para, anchor: q.openToken, bare: true))
            } else if let d = prevDraft, drafts[d].direct, drafts[d].content.upperBound <= q.inner.lowerBound {
                var r = drafts[d].content.lowerBound..<q.inner.upperBound
                trim(&r)
                drafts[d].content = r
                drafts[d].sentence = drafts[d].sentence.lowerBound..<max(drafts[d].sentence.upperBound, doc.tokens[q.closeToken].end)
            }
        }
        drafts.sort { $0.anchor < $1.anchor }
    }

    private func carryOutlets() {
        guard drafts.count > 1 else { return }
        for i in 1..<drafts.count where drafts[i].outlets.isEmpty && drafts[i].bare {
            let p = drafts[i - 1]
            guard p.speaker == drafts[i].speaker, !p.outlets.isEmpty else { continue }
            if p.paragraph == drafts[i].paragraph || (p.paragraph + 1 == drafts[i].paragraph && drafts[i].direct) {
                drafts[i].outlets = p.outlets
            }
        }
    }

    private func dedupe() {
        var out: [DraftStatement] = []
        for d in drafts {
            if let j = out.firstIndex(where: { $0.content == d.content && ($0.speaker == d.speaker || isOutlet(d.speaker) || isOutlet($0.speaker)) }) {
                if isOutlet(out[j].speaker) && !isOutlet(d.speaker) {
                    let keep = out[j].outlets
                    out[j] = d
                    for o in keep where !out[j].outlets.contains(o) { out[j].outlets.append(o) }
                } else {
                    for o in d.outlets where !out[j].outlets.contains(o) { out[j].outlets.append(o) }
                }
                continue
            }
            out.append(d)
        }
        drafts = foldQuotedFragments(dropEmbeddedReports(out))
    }

    /// One act reported twice: a paraphrase quoting a short fragment ("would “not remain
    /// indifferent”") and a statement by the same speaker whose text holds that fragment.
    /// The later report folds into the earlier one.
    private func foldQuotedFragments(_ list: [DraftStatement]) -> [DraftStatement] {
        var out = list
        var removed = Set<Int>()
        for i in out.indices where !removed.contains(i) {
            for q in doc.quotes where q.closed && out[i].content.contains(q.inner.lowerBound) && q.inner.upperBound <= out[i].content.upperBound {
                let fragment = doc.text(q.inner)
                let words = fragment.split(separator: " ").count
                guard words >= 2, words <= 6 else { continue }
                for j in out.indices where j != i && !removed.contains(j) && out[j].speaker == out[i].speaker {
                    guard !out[j].content.overlaps(out[i].content), doc.text(out[j].content).includes(fragment) else { continue }
                    let (keep, drop) = out[i].anchor <= out[j].anchor ? (i, j) : (j, i)
                    for o in out[drop].outlets where !out[keep].outlets.contains(o) { out[keep].outlets.append(o) }
                    removed.insert(drop)
                }
            }
        }
        return out.indices.filter { !removed.contains($0) }.map { out[$0] }
    }

    private func isOutlet(_ s: SpeakerRef) -> Bool { if case .outlet = s { return true } else { return false } }
}
