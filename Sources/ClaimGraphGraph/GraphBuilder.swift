import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract

/// Turns articles and their extractions into triples, streamed to a sink.
///
/// Each article's own triples (the article, its statements and beliefs, its
/// unnamed sources, and the source → statement links) are written as soon as it is
/// added; people, countries, outlets and organizations, which are merged
/// across documents and whose labels grow over the run, are written by
/// `finish()`, sorted by IRI. Call `add` in input order for deterministic output.
///
/// With `shard`, the builder writes a shard export (`EntityTriples`): every
/// triple a function of single documents, labels left to `ShardMerger`, which
/// turns the shard exports of a split corpus into the bytes one run writes.
public final class GraphBuilder {
    public let naming: ResourceNaming
    /// Whether this is a shard export.
    public let shard: Bool
    private let sink: TripleSink
    private let countryName: (String) -> String?
    private let personKey: (String) -> String
    private var registry = EntityRegistry()
    private var started = false
    /// Triples written so far.
    public private(set) var tripleCount = 0
    /// Statements (claims and denials) written so far.
    public private(set) var statementCount = 0
    /// Beliefs written so far.
    public private(set) var beliefCount = 0

    /// - Parameters:
    ///   - naming: the IRI scheme (base).
    ///   - sink: where triples go.
    ///   - countryName: the English name of an ISO alpha-2 code, for country labels.
    ///   - personKey: the merge key of a person's name (people with equal keys are one person).
    ///   - shard: write a shard export, with names as evidence instead of labels.
    public init(naming: ResourceNaming, sink: TripleSink,
                countryName: @escaping (String) -> String?,
                personKey: @escaping (String) -> String, shard: Bool = false) {
        self.naming = naming
        self.shard = shard
        self.sink = sink
        self.countryName = countryName
        self.personKey = personKey
    }

    /// Declares the prefixes (once, before the first triple).
    private func start() throws {
        guard !started else { return }
        started = true
        try sink.prefixes(Vocabulary.prefixes)
        try sink.prefixes(naming.prefixes(shard: shard))
    }

    /// Writes one article and what was extracted from it.
    public func add(_ article: Article, _ extraction: DocumentExtraction) throws {
        try start()
        registry.beginDocument()
        let articleIRI = naming.article(article.id)
        // The spellings this document uses, once each: shard exports link them to the article.
        var sightings: [(IRI, String)] = []
        func note(_ iri: IRI, _ kind: ResourceNaming.Kind, name: String, aliases: [String] = [],
                  roles: [String] = [], countries: [String] = []) {
            if let spelling = registry.note(iri, kind: kind, name: name, aliases: aliases, roles: roles,
                                            countries: countries) {
                sightings.append((iri, spelling))
            }
        }
        var publisher: IRI? = nil
        if let outlet = article.outlet {
            let iri = naming.outlet(key: OutletKey.key(outlet))
            note(iri, .outlet, name: clean(outlet))
            publisher = iri
        }
        try emitArticle(article, iri: articleIRI, publisher: publisher)

        // People, organizations and outlets named in the document.
        var personIRIs: [String: IRI] = [:]
        for person in extraction.persons {
            let iri = naming.person(key: personKey(person.name))
            personIRIs[person.name] = iri
            note(iri, .person, name: clean(person.name), aliases: person.aliases.map(clean),
                 roles: person.roles.map(clean), countries: person.countries)
            for code in person.countries { noteCountry(code) }
        }
        var organizationIRIs: [String: IRI] = [:]
        for organization in extraction.organizations {
            let iri = naming.organization(name: organization.name, countries: organization.countries)
            organizationIRIs[organization.name] = iri
            note(iri, .organization, name: clean(organization.name),
                 aliases: organization.aliases.map(clean), countries: organization.countries)
            for code in organization.countries { noteCountry(code) }
        }
        var outletIRIs: [String: IRI] = [:]
        for outlet in extraction.outlets {
            let iri = naming.outlet(key: OutletKey.key(outlet.name))
            outletIRIs[outlet.name] = iri
            note(iri, .outlet, name: clean(outlet.name), aliases: outlet.aliases.map(clean))
        }

        // Statements and beliefs, in the extractor's order, each written once.
        var written: Set<IRI> = []
        var unnamedWritten: Set<IRI> = []
        var scalars: [Unicode.Scalar] = []
        // Those of the body only: a report nested in another's content is the outer
        // speaker's; a headline or a restatement repeats one of the body.
        for statement in extraction.statements where statement.isExported {
            let speaker: IRI
            switch statement.speaker {
            case .person(let name):
                if let iri = personIRIs[name] {
                    speaker = iri
                } else {
                    speaker = naming.person(key: personKey(name))
                    note(speaker, .person, name: clean(name))
                }
            case .country(let code):
                speaker = naming.country(code)
                noteCountry(code)
            case .organization(let name):
                if let iri = organizationIRIs[name] {
                    speaker = iri
                } else {
                    speaker = naming.organization(name: name, countries: [])
                    note(speaker, .organization, name: clean(name))
                }
            case .outlet(let name):
                speaker = outletIRIs[name] ?? naming.outlet(key: OutletKey.key(name))
                note(speaker, .outlet, name: clean(name))
            case .unnamed(let description):
                speaker = naming.unnamedSource(articleID: article.id, description: description)
                if unnamedWritten.insert(speaker).inserted {
                    try emit(speaker, RDF.type, .iri(CG.UnnamedSource))
                    try emit(speaker, RDFS.label, .literal(.string(clean(description))))
                }
            }
            let iri = naming.statement(articleID: article.id, content: statement.content, speaker: speaker)
            guard written.insert(iri).inserted else { continue }
            var reporters: [IRI] = []
            for outlet in statement.outlets {
                let outletIRI = outletIRIs[outlet] ?? naming.outlet(key: OutletKey.key(outlet))
                note(outletIRI, .outlet, name: clean(outlet))
                if !reporters.contains(outletIRI) { reporters.append(outletIRI) }
            }
            if scalars.isEmpty { scalars = ScalarString.scalars(of: article.text) }
            let model = Self.model(of: statement)
            try emitStatement(statement, iri: iri, classes: model.classes, article: articleIRI, scalars: scalars,
                              reporters: reporters.sorted())
            try emit(speaker, model.relation, .iri(iri))
            if statement.kind == .belief { beliefCount += 1 } else { statementCount += 1 }
        }
        guard shard else { return }
        for (entity, spelling) in sightings {
            if let name = naming.name(of: entity, spelling: spelling) { try emit(name, CG.seenIn, .iri(articleIRI)) }
        }
    }

    /// Writes the merged entities, then finishes the sink.
    public func finish() throws {
        try start()
        let writer = EntityTriples(naming: naming)
        for (iri, entry) in registry.sorted {
            try writer.write(iri, entry, shard: shard, emit: emit)
        }
        try sink.finish()
    }

    // MARK: - Writing

    private func noteCountry(_ code: String) {
        let upper = code.uppercased()
        registry.note(naming.country(upper), kind: .country, name: countryName(upper) ?? upper, countryCode: upper)
    }

    private func emitArticle(_ article: Article, iri: IRI, publisher: IRI?) throws {
        try emit(iri, RDF.type, .iri(CG.Article))
        try emit(iri, RDFS.label, .literal(.string(clean(article.title ?? article.id))))
        try emit(iri, DCTerms.identifier, .literal(.string(clean(article.id))))
        if let title = article.title { try emit(iri, DCTerms.title, .literal(.string(clean(title)))) }
        if let date = article.date {
            let literal = DateText.isISODate(date) ? Literal.date(date) : Literal.string(clean(date))
            try emit(iri, DCTerms.date, .literal(literal))
        }
        if let url = article.url {
            try emit(iri, Schema.url, .literal(Literal(clean(url), datatype: XSD.anyURI)))
        }
        if let publisher { try emit(iri, DCTerms.publisher, .iri(publisher)) }
    }

    /// The classes of an exported attribution, most specific first (GraphML's `type` is the
    /// first), and the relation from its source: a speech act is a `cg:Claim` or a `cg:Denial`
    /// and a `cg:Statement`; a belief is a `cg:Belief` only, never a statement.
    static func model(of statement: StatementRecord) -> (classes: [IRI], relation: IRI) {
        switch statement.kind {
        case .belief, .stance: return ([CG.Belief], CG.believed)
        case .speech where statement.polarity == .denial: return ([CG.Denial, CG.Statement], CG.denied)
        case .speech: return ([CG.Claim, CG.Statement], CG.claimed)
        }
    }

    private func emitStatement(_ statement: StatementRecord, iri: IRI, classes: [IRI], article: IRI,
                               scalars: [Unicode.Scalar], reporters: [IRI]) throws {
        for type in classes { try emit(iri, RDF.type, .iri(type)) }
        try emit(iri, RDFS.label, .literal(.string(StatementLabel.make(statement.text))))
        try emit(iri, CG.text, .literal(.string(clean(statement.text))))
        try emit(iri, CG.cue, .literal(.string(clean(statement.cue))))
        try emit(iri, CG.speakerMention, .literal(.string(clean(statement.speakerMention))))
        try emit(iri, CG.contentStart, .literal(.integer(statement.content.lowerBound)))
        try emit(iri, CG.contentEnd, .literal(.integer(statement.content.upperBound)))
        try emit(iri, CG.directQuote, .literal(.boolean(statement.directQuote)))
        try emit(iri, CG.sentence, .literal(.string(clean(ScalarText.slice(scalars, statement.sentence)))))
        try emit(iri, CG.sieve, .literal(.string(statement.sieve.isEmpty ? "unknown" : statement.sieve)))
        try emit(iri, CG.sourceArticle, .iri(article))
        for outlet in reporters { try emit(iri, CG.reportedBy, .iri(outlet)) }
    }

    @inline(__always)
    private func emit(_ subject: IRI, _ predicate: IRI, _ object: Term) throws {
        try sink.triple(Triple(subject, predicate, object))
        tripleCount += 1
    }

    /// Text from an article, safe for every format (XML-forbidden characters replaced, same length).
    private func clean(_ text: String) -> String { XMLCharacters.replacingForbidden(text) }
}
