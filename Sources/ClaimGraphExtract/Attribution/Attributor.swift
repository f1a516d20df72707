/// A statement found in the text, before records are built.
struct DraftStatement {
    var speaker: SpeakerRef
    var mention: String
    var cue: String
    var polarity: Polarity
    var kind: StatementKind
    var scope: StatementScope = .body
    /// Whether the clean text starts at the cue ("denounced Tehran"): content that is an object.
    var textFromCue = false
    /// The content as PARC marks it (quote marks and "that" inside): one fragment, or several
    /// when the report interrupts it ("“…,” he said, “…”"). `content` is their hull.
    var fragments: [Range<Int>]
    var direct: Bool
    var outlets: [String]
    var sentence: Range<Int>
    var paragraph: Int
    /// The cue's first token.
    var anchor: Int
    /// Whether the speaker is named by a pronoun, one word, or a phrase such as "the minister".
    var bare: Bool
    /// The first token of the source phrase; -1 when there is none in the text.
    var subject: Int
    /// The sieve that made the statement.
    var sieve: String
    /// Scalar spans of the source phrase and of the cue.
    var sourceSpan: Range<Int>?
    var cueSpan: Range<Int>?
    /// Whether the cue is a verb of denial ("denied", "rejected").
    var verbDenies = false
    /// For a `.coordinated` statement, the index of the statement whose act it continues.
    var foldedInto: Int? = nil
    /// The content rule inside the sieve that found the content ("" when the sieve has none).
    var contentRule = ""

    var content: Range<Int> { fragments[0].lowerBound..<fragments[fragments.count - 1].upperBound }
}

/// A candidate a sieve looked at and let go, with the reason: what `claimgraph explain` shows.
struct SieveRejection: Sendable, Hashable {
    var sentence: Int
    /// Scalar span of the cue or quote the sieve looked at.
    var span: Range<Int>
    var sieve: String
    var reason: String
}

/// Runs the attribution sieves over one document, in `SieveOrder`'s fixed order, and holds
/// what they share: the statements found so far, the quotes and cues already used, the
/// outlets credited, and the rejected candidates.
final class Attributor {
    let doc: Document
    let names: NameFinder
    let relations: DependencyRelations
    var drafts: [DraftStatement] = []
    var rejections: [SieveRejection] = []
    var outletSurfaces: [String: [String]] = [:]
    /// Quotes (indices into `doc.quotes`) that some statement's content already holds.
    var usedQuotes: Set<Int> = []
    /// Cue tokens that made a statement.
    var usedCues: Set<Int> = []
    /// The outlet of the latest article the text spoke of ("an article published in the Washington Post").
    var articleOutlet: (name: String, surface: String)?

    init(doc: Document, names: NameFinder, relations: DependencyRelations) {
        self.doc = doc
        self.names = names
        self.relations = relations
    }

    func run() {
        for si in doc.sentences.indices {
            let firstDraft = drafts.count
            noteArticleOutlet(si)
            let tree = doc.syntax.parsed[si] ? SentenceTree(sentence: si, doc: doc) : nil
            for sieve in SieveOrder.sentenceSieves {
                sieve.apply(sentence: si, tree: tree, to: self)
            }
            creditArticleFrame(si, firstDraft: firstDraft)
        }
        for sieve in SieveOrder.documentSieves { sieve.apply(to: self) }
        drafts.sort { $0.anchor < $1.anchor }
        markNested()
        carryOutlets()
        creditReportedly()
        markRestatements()
        dedupe()
        foldCoordinated()
    }

    func reject(_ sieve: String, sentence: Int, tokens: Range<Int>, _ reason: String) {
        guard !tokens.isEmpty else { return }
        let span = doc.tokens[tokens.lowerBound].start..<doc.tokens[tokens.upperBound - 1].end
        rejections.append(SieveRejection(sentence: sentence, span: span, sieve: sieve, reason: reason))
    }

    /// The scalar span of a token range.
    func span(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty else { return 0..<0 }
        return doc.tokens[r.lowerBound].start..<doc.tokens[r.upperBound - 1].end
    }

    /// One attribution a sieve found: its source phrase (token range, empty when the text has
    /// none), the speakers that phrase names, its cue tokens and its content fragments (token ranges).
    struct Found {
        var sieve: String
        var source: Range<Int>
        var speakers: [SpeakerRef]
        var cue: Range<Int>
        var cueText: String? = nil
        var content: [Range<Int>]
        var denies: Bool
        var kind: StatementKind
        /// Outlets the frame credits beyond those found in the sentence ("X quoted Y").
        var extraOutlets: [OutletFinder.Found] = []
        var textFromCue = false
        /// Whether the cue asks ("asked"): the attribution is a question, whatever its content.
        var question = false
        /// The rule inside the sieve that found the content (`ContentRule`), when the sieve has several.
        var contentRule = ""
    }

    /// Records a sieve's attribution as draft statements, one per speaker; returns whether it did.
    @discardableResult
    func record(_ f: Found, sentence si: Int) -> Bool {
        let s = doc.sentences[si]
        let tokens = doc.tokens
        let fragments = f.content.map(span).filter { !$0.isEmpty }
        guard !fragments.isEmpty else {
            reject(f.sieve, sentence: si, tokens: f.cue, "no content")
            return false
        }
        let hull = fragments[0].lowerBound..<fragments[fragments.count - 1].upperBound
        let clean = cleanText(hull)
        guard !clean.isEmpty else {
            reject(f.sieve, sentence: si, tokens: f.cue, "no content")
            return false
        }
        // Questions are not statements; they are kept as `.question`, whose asker the answer
        // that follows has.
        let question = f.question || doc.scalars[clean.upperBound - 1] == "?"
        if question { reject(f.sieve, sentence: si, tokens: f.cue, "a question: no statement, but its asker speaks the answer after it") }
        var speakers = f.speakers
        let mention = f.source.isEmpty ? "" : doc.text(tokens: f.source)
        if speakers.isEmpty {
            guard !f.source.isEmpty else {
                reject(f.sieve, sentence: si, tokens: f.cue, "no source")
                return false
            }
            // Every source is kept: one the text does not name, or a pronoun nothing resolves.
            speakers = [resolveUnnamed(f.source, at: f.cue.lowerBound) ?? .unnamed(unnamedDescription(f.source))]
        }
        let polarity = PolarityRule.polarity(verbDenies: f.denies, content: clean, doc: doc)
        let contentTokens = f.content
        let skipContent: (Int) -> Bool = { [doc] i in doc.quoteOf[i] >= 0 || contentTokens.contains { $0.contains(i) } }
        let found = OutletFinder.outlets(in: s.tokens, doc: doc, skip: skipContent).filter { OutletFinder.isCreditPosition($0, doc: doc) }
            + f.extraOutlets
        var outlets: [String] = []
        for o in found where !outlets.contains(o.name) {
            outlets.append(o.name)
            noteOutletSurface(o.name, o.surface)
        }
        let sentenceSpan = span(s.tokens)
        let firstWord = mention.lowercased().split(separator: " ").first.map(String.init) ?? ""
        let bare = doc.lex.words.has(firstWord, .subjectPronoun) || !mention.includes(byte: 0x20)
            || doc.lex.words.has(firstWord, .bareOpener)
        let direct = isDirect(fragments)
        let headline = AttributionScope.isHeadline(si, doc: doc)
        for t in f.cue { usedCues.insert(t) }
        for (qi, q) in doc.quotes.enumerated() where fragments.contains(where: { $0.contains(q.inner.lowerBound) }) {
            usedQuotes.insert(qi)
        }
        for ref in speakers {
            var o = outlets
            if case .outlet(let name, let surface) = ref {
                if !o.contains(name) { o.insert(name, at: 0) }
                noteOutletSurface(name, surface)
            }
            drafts.append(DraftStatement(
                speaker: ref, mention: mention, cue: f.cueText ?? doc.text(tokens: f.cue), polarity: polarity, kind: f.kind,
                scope: question ? .question : headline ? .headline : .body, textFromCue: f.textFromCue, fragments: fragments, direct: direct, outlets: o,
                sentence: min(sentenceSpan.lowerBound, hull.lowerBound)..<max(sentenceSpan.upperBound, hull.upperBound),
                paragraph: s.paragraph, anchor: f.cue.lowerBound, bare: bare,
                subject: f.source.isEmpty ? -1 : f.source.lowerBound, sieve: f.sieve,
                sourceSpan: f.source.isEmpty ? nil : span(f.source), cueSpan: span(f.cue), verbDenies: f.denies,
                contentRule: f.contentRule))
        }
        _ = tokens
        return true
    }

    func noteOutletSurface(_ name: String, _ surface: String) {
        if !outletSurfaces[name, default: []].contains(surface) { outletSurfaces[name, default: []].append(surface) }
    }

    /// Whether the content is a verbatim quote: it opens with a quote mark.
    private func isDirect(_ fragments: [Range<Int>]) -> Bool {
        guard let first = fragments.first, !first.isEmpty else { return false }
        return doc.quotes.contains { $0.inner.lowerBound == first.lowerBound + 1 || $0.inner.lowerBound == first.lowerBound }
            && QuoteMarks.isQuoteMark(doc.scalars[first.lowerBound])
    }

    /// The statement's clean text span: the content without its enclosing quote marks, a
    /// leading complementizer "that", and leading or trailing white space and punctuation.
    func cleanText(_ r: Range<Int>) -> Range<Int> {
        let sc = doc.scalars
        var a = r.lowerBound, b = r.upperBound
        /// White space, and punctuation that no content opens with (`end`: or ends with).
        @inline(__always) func isJunk(_ s: Unicode.Scalar, end: Bool) -> Bool {
            switch s {
            case " ", "\n", "\t", ",", ":", ";", "\u{2014}", "\u{2013}", "-": return true
            case ".": return end
            default: return QuoteMarks.isQuoteMark(s)
            }
        }
        /// "that" in any case (the only scalars whose lowercase form is each of its letters are ASCII).
        @inline(__always) func isThat(_ k: Int) -> Bool {
            (sc[k] == "t" || sc[k] == "T") && (sc[k + 1] == "h" || sc[k + 1] == "H")
                && (sc[k + 2] == "a" || sc[k + 2] == "A") && (sc[k + 3] == "t" || sc[k + 3] == "T")
        }
        var changed = true
        while changed {
            changed = false
            while a < b, isJunk(sc[a], end: false) { a += 1; changed = true }
            while b > a, isJunk(sc[b - 1], end: true) { b -= 1; changed = true }
            // "that" opening a complement clause.
            if b - a > 5, isThat(a), sc[a + 4] == " " {
                a += 5
                changed = true
            }
        }
        return a..<b
    }

    /// A short description of a source the text does not name: the phrase up to its head noun
    /// ("a senior official"), or the pronoun itself.
    func unnamedDescription(_ r: Range<Int>) -> String {
        var end = r.upperBound
        while end > r.lowerBound, doc.tokens[end - 1].kind == .punct { end -= 1 }
        if let comma = (r.lowerBound..<end).first(where: { doc.has($0, .comma) }), comma > r.lowerBound { end = comma }
        return doc.text(tokens: r.lowerBound..<max(end, r.lowerBound + 1))
    }

    /// A statement whose cue lies inside another's content is nested in it, except an
    /// "according to": it names whose statement the outer source passes on ("the writers claim
    /// that, according to U.S. officials, …"), so both layers are statements.
    private func markNested() {
        for i in drafts.indices where drafts[i].sieve != AccordingToSieve().name {
            guard let cue = drafts[i].cueSpan else { continue }
            let inside = drafts.indices.contains { j in
                j != i && drafts[j].anchor != drafts[i].anchor && drafts[j].fragments.contains { $0.contains(cue.lowerBound) }
            }
            if inside, drafts[i].scope == .body { drafts[i].scope = .nested }
        }
    }

    /// One act reported twice: a statement quoting a short fragment (2 to 6 words) and a later
    /// one by the same speaker whose text holds that fragment. The later one is a restatement;
    /// the earlier one takes its outlets.
    private func markRestatements() {
        // Each content's text is made once, when a fragment is first looked for in it.
        var contentText = [String?](repeating: nil, count: drafts.count)
        func text(of j: Int) -> String {
            if let t = contentText[j] { return t }
            let t = doc.text(drafts[j].content)
            contentText[j] = t
            return t
        }
        for i in drafts.indices where drafts[i].scope == .body {
            for q in doc.quotes where q.closed && drafts[i].fragments.contains(where: { $0.contains(q.inner.lowerBound) && q.inner.upperBound <= $0.upperBound }) {
                let fragment = doc.text(q.inner)
                guard (2...6).contains(Self.wordCount(fragment, upTo: 7)) else { continue }
                for j in drafts.indices where j != i && drafts[j].scope == .body && drafts[j].speaker == drafts[i].speaker
                    && drafts[j].anchor > drafts[i].anchor && !drafts[j].content.overlaps(drafts[i].content)
                    && text(of: j).includes(fragment) {
                    drafts[j].scope = .restatement
                    for o in drafts[j].outlets where !drafts[i].outlets.contains(o) { drafts[i].outlets.append(o) }
                }
            }
        }
    }

    /// The number of space-separated words of `text` (`text.split(separator: " ").count`),
    /// counted no further than `limit`.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var words = 0, inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == limit { break }
            }
        }
        return words
    }

    // MARK: outlets carried over, duplicates

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

    /// "PressTV … repeated the denials. “…,” the minister reportedly claimed": a report marked
    /// "reportedly" with no outlet of its own is credited to the outlet that is the subject of
    /// the sentence right before it.
    private func creditReportedly() {
        for i in drafts.indices where drafts[i].outlets.isEmpty {
            guard let cue = drafts[i].cueSpan,
                  (drafts[i].anchor..<doc.tokens.count).prefix(while: { doc.tokens[$0].start < cue.upperBound })
                      .contains(where: { doc.has($0, .reportedly) }) else { continue }
            let si = Int(doc.sentenceOf[drafts[i].anchor])
            guard si > 0 else { continue }
            let previous = doc.sentences[si - 1].tokens
            var p = previous.lowerBound
            if p < previous.upperBound, doc.has(p, .article) { p += 1 }
            guard p < previous.upperBound, doc.outletLen[p] > 0 else { continue }
            let outlet = doc.lex.outlets[Int(doc.outletIdx[p])]
            guard !outlet.isSocialNetwork else { continue }
            drafts[i].outlets = [outlet.name]
            noteOutletSurface(outlet.name, doc.text(tokens: p..<(p + Int(doc.outletLen[p]))))
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
        drafts = out
    }

    /// Coordinated reporting verbs of one source phrase in one sentence are one act: "denied
    /// the claims and said that …", "acknowledged …, but said …", "said …, suggesting …". The
    /// later statements become `.coordinated`; the first takes their outlets, and is a denial
    /// when one of them has a verb of denial ("denied the claims and said …").
    private func foldCoordinated() {
        for j in drafts.indices where drafts[j].scope == .body && drafts[j].kind == .speech {
            guard let source = drafts[j].sourceSpan,
                  let i = drafts[..<j].lastIndex(where: {
                      $0.scope == .body && $0.kind == .speech && $0.sourceSpan == source && $0.speaker == drafts[j].speaker
                          && $0.sentence.lowerBound == drafts[j].sentence.lowerBound && $0.anchor < drafts[j].anchor
                  }) else { continue }
            drafts[j].scope = .coordinated
            drafts[j].foldedInto = i
            if drafts[j].verbDenies { drafts[i].polarity = .denial }
            drafts[i].sentence = drafts[i].sentence.lowerBound..<max(drafts[i].sentence.upperBound, drafts[j].sentence.upperBound)
            for o in drafts[j].outlets where !drafts[i].outlets.contains(o) { drafts[i].outlets.append(o) }
        }
    }

    private func isOutlet(_ s: SpeakerRef) -> Bool { if case .outlet = s { return true } else { return false } }
}

/// Quotation marks, straight and typographic.
enum QuoteMarks {
    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "'", "`", "\u{2018}", "\u{2019}": return true
        default: return false
        }
    }
}
