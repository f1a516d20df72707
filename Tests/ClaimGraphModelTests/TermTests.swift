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

/// `ScalarString` writes the same strings as the standard library's scalar views.
@Test func scalarStringMatchesTheStandardLibrary() {
    let text = "a\u{0}é中\u{1F600}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}ÀB"
    let scalars = Array(text.unicodeScalars)
    for lower in 0...scalars.count {
        for upper in lower...scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[lower..<upper])
            #expect(ScalarString.make(scalars, lower..<upper) == String(view))
            #expect(ScalarString.lowercase(scalars, lower..<upper) == String(view).lowercased())
        }
    }
}
