/// Finds who said what in an article's text.
///
/// Create one extractor per process (it loads the lexicons and the syntax models once) and
/// call `extract(id:text:)` from any thread.
public final class Extractor: Sendable {
    let lexicons: Lexicons
    /// The part-of-speech tagger and dependency parser.
    public let syntaxModel: SyntaxModel
    let relations: DependencyRelations

    /// Loads the bundled lexicons, and the bundled syntax models unless `syntaxModel` is given.
    public init(syntaxModel: SyntaxModel? = nil) throws {
        lexicons = try Lexicons.bundled()
        self.syntaxModel = try syntaxModel ?? SyntaxModel.bundled()
        relations = DependencyRelations(model: self.syntaxModel)
    }

    /// Extracts the people, organizations, outlets and statements of one article.
    /// - Parameters:
    ///   - id: the article's id, copied into the result.
    ///   - text: the article text; offsets in the result index its scalars.
    ///   - analyseSyntax: tag every sentence and parse those that can carry an attribution
    ///     even if no rule asks for it (for measuring what the syntax costs).
    public func extract(id: String, text: String, analyseSyntax: Bool = false) -> DocumentExtraction {
        let doc = Document(text: text, lexicons: lexicons, syntaxModel: syntaxModel)
        if analyseSyntax { _ = doc.syntax }
        let names = NameFinder(doc: doc)
        let attributor = Attributor(doc: doc, names: names, relations: relations)
        attributor.run()
        return build(id: id, doc: doc, names: names, attributor: attributor)
    }

    /// What the attribution sieves did with one article, sentence by sentence: the statements
    /// they found and the candidates they let go, with the reason (`claimgraph explain`).
    public func explain(id: String, text: String) -> AttributionExplanation {
        let doc = Document(text: text, lexicons: lexicons, syntaxModel: syntaxModel)
        let names = NameFinder(doc: doc)
        let attributor = Attributor(doc: doc, names: names, relations: relations)
        attributor.run()
        let extraction = build(id: id, doc: doc, names: names, attributor: attributor)
        let sentences = doc.sentences.map { s in doc.tokens[s.tokens.lowerBound].start..<doc.tokens[s.tokens.upperBound - 1].end }
        return AttributionExplanation(extraction: extraction, sentences: sentences,
                                      rejections: attributor.rejections.map {
                                          .init(sentence: $0.sentence, span: $0.span, sieve: $0.sieve, reason: $0.reason)
                                      })
    }

    private func build(id: String, doc: Document, names: NameFinder, attributor: Attributor) -> DocumentExtraction {
        var result = DocumentExtraction(articleID: id)
        var used = Set(names.mentions.map(\.cluster))
        used = used.filter { !names.clusters[$0].fullest.isEmpty }
        var personName: [Int: String] = [:]
        for index in used.sorted() {
            let c = names.clusters[index]
            personName[index] = c.fullest
            result.persons.append(PersonRecord(name: c.fullest, aliases: c.surfaces.filter { $0 != c.fullest },
                                               countries: c.countries.sorted(), roles: c.roles))
        }
        var orgs: [String: Set<String>] = [:]
        var orgOrder: [String] = []
        var outletOrder: [String] = []
        func text(of d: DraftStatement) -> String {
            if d.textFromCue, let cue = d.cueSpan {
                return doc.text(cue.lowerBound..<attributor.cleanText(d.content).upperBound)
            }
            return d.fragments.map { doc.text(attributor.cleanText($0)) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        // A statement's text holds the texts of the coordinated statements folded into it, in
        // text order; one whose content overlaps another's adds nothing.
        let drafts = attributor.drafts
        let plain = drafts.map(text(of:))
        var texts = plain
        var folded: [Int: [Int]] = [:]
        for (k, d) in drafts.enumerated() { if let i = d.foldedInto { folded[i, default: [i]].append(k) } }
        for (i, parts) in folded {
            var kept: [Int] = []
            for k in parts.sorted(by: { drafts[$0].content.lowerBound < drafts[$1].content.lowerBound })
            where !kept.contains(where: { drafts[$0].content.overlaps(drafts[k].content) }) {
                kept.append(k)
            }
            texts[i] = kept.map { plain[$0] }.joined(separator: " ")
        }
        for (k, d) in attributor.drafts.enumerated() {
            let speaker: Speaker
            switch d.speaker {
            case .person(let c): speaker = .person(personName[c] ?? names.clusters[c].fullest)
            case .country(let code): speaker = .country(code)
            case .organization(let name, let countries):
                speaker = .organization(name)
                if orgs[name] == nil { orgOrder.append(name) }
                orgs[name, default: []].formUnion(countries)
            case .outlet(let name, _): speaker = .outlet(name)
            case .unnamed(let desc): speaker = .unnamed(desc)
            }
            for o in d.outlets where !outletOrder.contains(o) { outletOrder.append(o) }
            let text = texts[k]
            result.statements.append(StatementRecord(
                speaker: speaker, speakerMention: d.mention, cue: d.cue, polarity: d.polarity, kind: d.kind, scope: d.scope,
                content: d.content, contentFragments: d.fragments, text: text, directQuote: d.direct, outlets: d.outlets,
                sentence: d.sentence, speakerSpan: d.sourceSpan, cueSpan: d.cueSpan, sieve: d.sieve,
                contentRule: d.contentRule))
        }
        result.organizations = orgOrder.map { OrganizationRecord(name: $0, countries: orgs[$0, default: []].sorted()) }
        result.outlets = outletOrder.map { name in
            OutletRecord(name: name, aliases: (attributor.outletSurfaces[name] ?? []).filter { $0 != name })
        }
        return result
    }
}

extension Extractor {
    /// The English short name of a country, by ISO 3166-1 alpha-2 code ("IR" → "Iran").
    public func countryName(code: String) -> String? { lexicons.countryNames[code.uppercased()] }
}
