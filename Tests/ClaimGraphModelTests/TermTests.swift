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

/// `ScalarString.scalars(of:)` decodes exactly the scalars the standard library's view gives,
/// for every UTF-8 length (1 to 4 bytes) and at every position.
@Test func scalarDecodingMatchesTheStandardLibrary() {
    let pieces = ["", "a", "\u{0}", "é", "中", "\u{1F600}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}",
                  "\u{10000}", "\u{10FFFF}", "ÀB", "e\u{301}", "\r\n"]
    for a in pieces {
        for b in pieces {
            for c in pieces {
                let text = a + b + c
                #expect(ScalarString.scalars(of: text) == Array(text.unicodeScalars), "\(text.debugDescription)")
            }
        }
    }
    let long = String(repeating: "Ünal said “yes” 𝔘 ", count: 500)
    #expect(ScalarString.scalars(of: long) == Array(long.unicodeScalars))
}

/// The UTF-8 test for XML-forbidden characters agrees with the scalar rule on every kind of scalar.
@Test func forbiddenCharacterScanMatchesTheScalarRule() {
    let probes: [Unicode.Scalar] = ["\u{0}", "\u{8}", "\u{9}", "\u{A}", "\u{B}", "\u{D}", "\u{1F}", " ", "\u{7F}", "\u{80}",
                                    "\u{9F}", "é", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}",
                                    "\u{FEFF}", "\u{10000}", "\u{10FFFF}"]
    for probe in probes {
        for text in [String(probe), "ab" + String(probe), String(probe) + "z", "中" + String(probe) + "中"] {
            let expected = text.unicodeScalars.contains { !XMLCharacters.isAllowed($0) }
            #expect((XMLCharacters.firstForbidden(text) != nil) == expected, "\(text.debugDescription)")
            #expect(XMLCharacters.replacingForbidden(text).unicodeScalars.allSatisfy(XMLCharacters.isAllowed))
        }
    }
}
