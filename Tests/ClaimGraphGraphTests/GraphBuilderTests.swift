import Testing
import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract
@testable import ClaimGraphGraph

private func build(_ documents: [(Article, DocumentExtraction)], base: String = ResourceNaming.defaultBase) throws -> TripleCollector {
    let sink = TripleCollector()
    let builder = GraphBuilder(naming: try ResourceNaming(base: base), sink: sink,
                               countryName: { ["IR": "Iran", "US": "United States"][$0] },
                               personKey: { $0.lowercased().filter { $0.isLetter || $0 == " " } })
    for (article, extraction) in documents { try builder.add(article, extraction) }
    try builder.finish()
    return sink
}

private func objects(_ sink: TripleCollector, _ subject: IRI, _ predicate: IRI) -> [Term] {
    sink.triples.filter { $0.subject == .iri(subject) && $0.predicate == predicate }.map(\.object)
}

private let text = "Smith said: “We never sent weapons.” Tehran denied it.\u{1}"

private func sampleDocument(id: String = "a.txt", name: String = "Jane Smith") -> (Article, DocumentExtraction) {
    let article = Article(id: id, text: text, title: "A title", outlet: "The Daily Example", date: "2022-10-31",
                          url: "https://example.org/a")
    let quote = 13..<35
    let extraction = DocumentExtraction(
        articleID: id,
        persons: [PersonRecord(name: name, aliases: ["Smith"], countries: ["IR"], roles: ["Foreign Minister"])],
        outlets: [OutletRecord(name: "Reuters")],
        statements: [
            StatementRecord(speaker: .person(name), speakerMention: "Smith", cue: "said", polarity: .denial,
                            content: quote, text: "We never sent weapons.", directQuote: true,
                            outlets: ["Reuters"], sentence: 0..<36),
            StatementRecord(speaker: .country("IR"), speakerMention: "Tehran", cue: "denied", polarity: .denial,
                            content: 51..<53, text: "it", directQuote: false, sentence: 37..<55),
            StatementRecord(speaker: .unnamed("an official"), speakerMention: "an official", cue: "said",
                            polarity: .claim, content: 51..<53, text: "it\u{1}", directQuote: false, sentence: 37..<55),
        ])
    return (article, extraction)
}

@Suite struct GraphBuilderTests {
    @Test func everyStatementCarriesItsEvidence() throws {
        let sink = try build([sampleDocument()])
        let naming = try ResourceNaming()
        let person = naming.person(key: "jane smith")
        let denials = objects(sink, person, CG.denied)
        #expect(denials.count == 1)
        let statement = try #require(denials.first?.iri)
        #expect(objects(sink, statement, RDF.type) == [.iri(CG.Denial), .iri(CG.Statement)])
        #expect(objects(sink, statement, CG.text) == [.literal(.string("We never sent weapons."))])
        #expect(objects(sink, statement, CG.contentStart) == [.literal(.integer(13))])
        #expect(objects(sink, statement, CG.contentEnd) == [.literal(.integer(35))])
        #expect(objects(sink, statement, CG.directQuote) == [.literal(.boolean(true))])
        #expect(objects(sink, statement, CG.cue) == [.literal(.string("said"))])
        #expect(objects(sink, statement, CG.speakerMention) == [.literal(.string("Smith"))])
        #expect(objects(sink, statement, CG.sourceArticle) == [.iri(naming.article("a.txt"))])
        #expect(objects(sink, statement, CG.reportedBy) == [.iri(naming.outlet(key: "reuters"))])
        #expect(objects(sink, statement, CG.sentence).count == 1)
        #expect(objects(sink, naming.country("IR"), CG.denied).count == 1)
        #expect(objects(sink, person, CG.affiliatedWith) == [.iri(naming.country("IR"))])
        #expect(objects(sink, naming.country("IR"), CG.countryCode) == [.literal(.string("IR"))])
        #expect(objects(sink, naming.country("IR"), RDFS.label) == [.literal(.string("Iran"))])
    }

    @Test func articleMetadataAndPublisher() throws {
        let sink = try build([sampleDocument()])
        let naming = try ResourceNaming()
        let article = naming.article("a.txt")
        #expect(objects(sink, article, DCTerms.identifier) == [.literal(.string("a.txt"))])
        #expect(objects(sink, article, DCTerms.date) == [.literal(.date("2022-10-31"))])
        #expect(objects(sink, article, DCTerms.publisher) == [.iri(naming.outlet(key: "daily example"))])
        #expect(objects(sink, naming.outlet(key: "daily example"), RDF.type) == [.iri(CG.NewsOutlet)])
    }

    @Test func forbiddenXMLCharactersNeverReachALiteral() throws {
        let sink = try build([sampleDocument()])
        for triple in sink.triples {
            if case .literal(let literal) = triple.object {
                #expect(literal.lexical.unicodeScalars.allSatisfy(XMLCharacters.isAllowed))
            }
        }
        #expect(sink.triples.contains { $0.object == .literal(.string("it\u{FFFD}")) })
    }

    @Test func peopleMergeAcrossDocumentsAndLabelIsStable() throws {
        let one = sampleDocument(id: "a.txt", name: "Jane Smith")
        let two = sampleDocument(id: "b.txt", name: "Jane Smith")
        let three = sampleDocument(id: "c.txt", name: "Jane-Smith")
        let forward = try build([one, two, three])
        let backward = try build([three, two, one])
        let person = try ResourceNaming().person(key: "jane smith")
        #expect(objects(forward, person, RDFS.label) == [.literal(.string("Jane Smith"))])
        #expect(objects(backward, person, RDFS.label) == [.literal(.string("Jane Smith"))])
        #expect(objects(forward, person, CG.denied).count == 2)
        // Entities are written once, after all statements, sorted by IRI.
        #expect(forward.triples.filter { $0.predicate == RDF.type && $0.object == .iri(CG.Person) }.count == 2)
    }

    @Test func sameInputSameTriples() throws {
        let first = try build([sampleDocument(), sampleDocument(id: "b.txt")])
        let second = try build([sampleDocument(), sampleDocument(id: "b.txt")])
        #expect(first.triples == second.triples)
    }

    @Test func instanceIRIsAreValidForHostileIDs() throws {
        let naming = try ResourceNaming(base: "http://example.org/g#")
        let hostile = ["a b<c>\"{}|^`\\%.txt", "日本語.txt", "\u{1}\u{FFFE}x", ""]
        for id in hostile {
            #expect(IRI.isValid(naming.article(id).value), "\(id.debugDescription)")
            #expect(IRI.isValid(naming.unnamedSource(articleID: id, description: id).value))
            #expect(IRI.isValid(naming.person(key: id).value))
        }
        #expect(naming.article("a b.txt").value == "http://example.org/g#article/a%20b.txt")
        #expect(naming.person(key: "josé núñez").value.hasSuffix("person/josé-núñez"))
        // Not a key NameKey makes (capitals): its slug would be another key's, so the key's hash follows.
        #expect(naming.person(key: "José Núñez").value.hasSuffix("person/josé-núñez_" + IRIText.shortHash("José Núñez")))
        #expect(naming.statement(articleID: "a", content: 1..<5, speaker: naming.country("IR")).value
                    .hasPrefix("http://example.org/g#statement/a-1-5-"))
    }

    @Test(arguments: ["relative/", "http://example.org/no-end", "http://exa mple.org/", ""])
    func invalidBaseIsRefused(_ base: String) {
        #expect(throws: GraphError.self) { try ResourceNaming(base: base) }
    }

    @Test func isoDates() {
        #expect(DateText.isISODate("2022-02-24"))
        #expect(!DateText.isISODate("2022-13-01"))
        #expect(!DateText.isISODate("24 Feb 2022"))
        #expect(!DateText.isISODate("２０２２-02-24"))
    }
}

/// Beliefs ("officials believe", "the poll showed") are their own class, linked by `cg:believed`,
/// with a statement's evidence, and never a `cg:Statement`, `cg:Claim` or `cg:Denial`.
@Suite struct BeliefExportTests {
    private static let text = "Officials believe the plant will close. Officials said the plant will close."

    /// The sources' relations and their objects' classes, in the order written.
    private static func attributions(_ sink: TripleCollector) -> [(relation: IRI, classes: [Term])] {
        let relations: Set<IRI> = [CG.claimed, CG.denied, CG.believed]
        return sink.triples.filter { relations.contains($0.predicate) }.compactMap { triple in
            guard case .iri(let object) = triple.object else { return nil }
            return (triple.predicate, objects(sink, object, RDF.type))
        }
    }

    private static func exported(_ statements: [StatementRecord]) throws -> (TripleCollector, GraphBuilder) {
        let sink = TripleCollector()
        let builder = GraphBuilder(naming: try ResourceNaming(), sink: sink, countryName: { _ in nil },
                                   personKey: { $0.lowercased() })
        let article = Article(id: "b.txt", text: text, title: nil, outlet: nil, date: nil, url: nil)
        try builder.add(article, DocumentExtraction(articleID: "b.txt", outlets: [OutletRecord(name: "Reuters")],
                                                    statements: statements))
        try builder.finish()
        return (sink, builder)
    }

    private static func belief(scope: StatementScope = .body, start: Int = 18) -> StatementRecord {
        StatementRecord(speaker: .unnamed("Officials"), speakerMention: "Officials", cue: "believe", polarity: .claim,
                        kind: .belief, scope: scope, content: start..<38, text: "the plant will close", directQuote: false,
                        outlets: ["Reuters"], sentence: 0..<39, sieve: "reporting-verb")
    }

    @Test func aBeliefIsOnlyABeliefWithEveryPieceOfEvidence() throws {
        let (sink, builder) = try Self.exported([Self.belief()])
        let naming = try ResourceNaming()
        let source = naming.unnamedSource(articleID: "b.txt", description: "Officials")
        let beliefs = objects(sink, source, CG.believed)
        #expect(beliefs.count == 1)
        let iri = try #require(beliefs.first?.iri)
        #expect(objects(sink, iri, RDF.type) == [.iri(CG.Belief)])
        #expect(objects(sink, source, CG.claimed).isEmpty && objects(sink, source, CG.denied).isEmpty)
        #expect(objects(sink, iri, CG.text) == [.literal(.string("the plant will close"))])
        #expect(objects(sink, iri, CG.cue) == [.literal(.string("believe"))])
        #expect(objects(sink, iri, CG.speakerMention) == [.literal(.string("Officials"))])
        #expect(objects(sink, iri, CG.contentStart) == [.literal(.integer(18))])
        #expect(objects(sink, iri, CG.contentEnd) == [.literal(.integer(38))])
        #expect(objects(sink, iri, CG.directQuote) == [.literal(.boolean(false))])
        #expect(objects(sink, iri, CG.sentence) == [.literal(.string("Officials believe the plant will close."))])
        #expect(objects(sink, iri, CG.sieve) == [.literal(.string("reporting-verb"))])
        #expect(objects(sink, iri, CG.sourceArticle) == [.iri(naming.article("b.txt"))])
        #expect(objects(sink, iri, CG.reportedBy) == [.iri(naming.outlet(key: "reuters"))])
        #expect(builder.beliefCount == 1 && builder.statementCount == 0)
    }

    @Test func onlyBeliefsOfTheBodyAreExported() throws {
        let (sink, builder) = try Self.exported([Self.belief(scope: .nested), Self.belief(scope: .headline, start: 19),
                                                 Self.belief(scope: .restatement, start: 20)])
        #expect(Self.attributions(sink).isEmpty)
        #expect(!sink.triples.contains { $0.object == .iri(CG.Belief) })
        #expect(builder.beliefCount == 0)
    }

    @Test func believingGivesABeliefAndSayingGivesAClaim() throws {
        let extractor = try Extractor()
        for (sentence, relation, classes) in [
            ("Officials believe the plant will close.", CG.believed, [Term.iri(CG.Belief)]),
            ("Officials said the plant will close.", CG.claimed, [Term.iri(CG.Claim), .iri(CG.Statement)]),
        ] {
            let sink = TripleCollector()
            let builder = GraphBuilder(naming: try ResourceNaming(), sink: sink, countryName: extractor.countryName(code:),
                                       personKey: { $0.lowercased() })
            let article = Article(id: "c.txt", text: sentence, title: nil, outlet: nil, date: nil, url: nil)
            try builder.add(article, extractor.extract(id: "c.txt", text: sentence))
            try builder.finish()
            let found = Self.attributions(sink)
            #expect(found.count == 1, "\(sentence)")
            #expect(found.first?.relation == relation, "\(sentence)")
            #expect(found.first?.classes == classes, "\(sentence)")
        }
    }
}

/// Statement labels keep the first 79 scalars and an ellipsis when the text has more than 80,
/// exactly as the scalar view cuts them, whatever the UTF-8 lengths and combining marks.
@Test func statementLabelsCutAtEightyScalars() {
    func reference(_ text: String) -> String {
        let scalars = XMLCharacters.replacingForbidden(text).unicodeScalars
        guard scalars.count > 80 else { return String(scalars) }
        var view = String.UnicodeScalarView(scalars.prefix(79))
        view.append("…")
        return String(view)
    }
    for piece in ["a", "é", "e\u{301}", "中", "😀", "\u{1}", " "] {
        for count in [0, 1, 40, 78, 79, 80, 81, 82, 120] {
            for lead in ["", "x", "Zürich "] {
                let text = lead + String(repeating: piece, count: count)
                #expect(StatementLabel.make(text) == reference(text), "\(text.debugDescription)")
            }
        }
    }
}
