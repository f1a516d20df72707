import Testing
@testable import ClaimGraphModel

@Suite struct TermTests {
    @Test func acceptsAbsoluteIRIs() throws {
        #expect(try IRI("https://w3id.org/claimgraph/ontology#Person").value.hasSuffix("Person"))
        #expect(IRI.isValid("urn:isbn:0451450523"))
        #expect(IRI.isValid("http://example.org/ü/日本"))
    }

    @Test(arguments: ["", "no-scheme", ":x", "1http://a", "http://a b", "http://a<b", "http://a\"b",
                      "http://a{b", "http://a|b", "http://a^b", "http://a`b", "http://a\\b", "http://a\u{7}"])
    func rejectsInvalidIRIs(_ value: String) {
        #expect(throws: ModelError.self) { try IRI(value) }
    }

    @Test func languageTagsAreCaseFolded() {
        #expect(Literal("x", language: "EN-GB").language == "en-gb")
        #expect(Literal("x", language: "en").datatype == RDF.langString)
    }

    @Test func literalSubjectIsRefused() {
        #expect(throws: ModelError.self) {
            try Triple(.literal(.string("x")), RDFS.label, .literal(.string("y")))
        }
    }

    @Test func collectorKeepsOrder() throws {
        let sink = TripleCollector()
        try sink.prefixes(Vocabulary.prefixes)
        let s = IRI(unchecked: "http://example.org/s")
        try sink.triple(Triple(s, RDFS.label, Literal.string("a")))
        try sink.triple(Triple(s, RDF.type, CG.Person))
        try sink.finish()
        #expect(sink.prefixes.count == Vocabulary.prefixes.count)
        #expect(sink.triples.map(\.predicate) == [RDFS.label, RDF.type])
        #expect(sink.finished)
    }
}
