import ClaimGraphModel
@testable import ClaimGraphSerialize
import Foundation
import FoundationXML
import Testing

@Suite struct GraphMLSerializerTests {
    static var schema: String { Support.conformance.appendingPathComponent("graphml-xsd/graphml.xsd").path }

    static func graph() -> [Triple] {
        var triples = RDFWriterTests.sample().filter { t in
            // Keep literal predicates that the ClaimGraph configuration maps.
            guard case .literal = t.object else { return true }
            return GraphMLSerializer.Configuration.claimGraph.properties.contains { $0.predicate == t.predicate }
        }
        // Person a's data must stay one run: the hostile texts go right after its last literal.
        let a = Support.iri("person/a")
        let hostile = Support.hostile.filter { XMLCharacters.firstForbidden($0) == nil }.map { Triple(a, CG.text, Literal.string($0)) }
        let lastOfA = triples.firstIndex { $0.subject != .iri(a) } ?? triples.count
        triples.insert(contentsOf: hostile, at: lastOfA)
        return triples
    }

    static func write(_ triples: [Triple]) throws -> [UInt8] {
        try Support.write(triples) { GraphMLSerializer(output: $0) }
    }

    /// Parses with libxml2 (FoundationXML's XMLDocument is built on libxml2 on Linux).
    static func document(_ bytes: [UInt8]) throws -> XMLDocument {
        try XMLDocument(data: Data(bytes), options: [])
    }

    /// An attribute by name (FoundationXML's `attribute(forName:)` misses
    /// attributes of elements in a default namespace).
    static func attr(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    @Test func validatesAgainstTheSchema() throws {
        let bytes = try Self.write(Self.graph())
        let result = try Support.run(Support.xmllint, ["--noout", "--schema", Self.schema], input: bytes, suffix: "graphml")
        #expect(result.status == 0, "xmllint: \(result.stderr)")
        #expect(result.stderr.contains("validates"))
    }

    @Test func structure() throws {
        let bytes = try Self.write(Self.graph())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<!DOCTYPE"))
        let doc = try Self.document(bytes)
        let root = try #require(doc.rootElement())
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        let firstGraph = try #require(children.firstIndex { $0.localName == "graph" })
        #expect(children[..<firstGraph].allSatisfy { $0.localName == "key" })
        #expect(children[firstGraph...].allSatisfy { $0.localName != "key" })
        let keys = children.filter { $0.localName == "key" }
        #expect(Set(keys.compactMap { Self.attr($0, "for") }) == ["node", "edge"])
        let graph = children[firstGraph]
        #expect(Self.attr(graph, "edgedefault") == "directed")
        let elements = (graph.children ?? []).compactMap { $0 as? XMLElement }
        let nodes = elements.filter { $0.localName == "node" }
        let edges = elements.filter { $0.localName == "edge" }
        let nodeIDs = nodes.compactMap { Self.attr($0, "id") }
        #expect(nodeIDs.count == nodes.count && Set(nodeIDs).count == nodes.count)
        #expect(nodeIDs.allSatisfy { $0.count == 17 && $0.hasPrefix("n") && $0.dropFirst().allSatisfy(\.isHexDigit) })
        let edgeIDs = edges.compactMap { Self.attr($0, "id") }
        #expect(Set(edgeIDs) == Set((0..<edges.count).map { "e\($0)" }))
        // Every edge end is a node written before the edges.
        let lastNode = try #require(elements.lastIndex { $0.localName == "node" })
        #expect(elements.firstIndex { $0.localName == "edge" }.map { $0 > lastNode } ?? false)
        for edge in edges {
            #expect(nodeIDs.contains(Self.attr(edge, "source") ?? ""))
            #expect(nodeIDs.contains(Self.attr(edge, "target") ?? ""))
        }
        func data(_ element: XMLElement, _ key: String) -> String? {
            (element.children ?? []).compactMap { $0 as? XMLElement }
                .first { Self.attr($0, "key") == key }?.stringValue
        }
        let person = try #require(nodes.first { data($0, "iri") == Support.base + "person/a" })
        #expect(Self.attr(person, "id") == GraphMLSerializer.NodeID(.iri(Support.iri("person/a"))).text)
        #expect(data(person, "iri") == Support.base + "person/a")
        #expect(data(person, "type") == "Person")
        #expect(data(person, "labels") == ":Person")
        #expect(data(person, "nodeLabel") == "Ali Bagheri")
        #expect(data(person, "altLabel") == "Bagheri | Baqeri")
        let texts = Support.hostile.filter { XMLCharacters.firstForbidden($0) == nil }
        #expect(data(person, "text") == texts.joined(separator: " | "))
        let claim = nodes.first { data($0, "iri") == Support.base + "claim/1" }
        #expect(claim.flatMap { data($0, "labels") } == ":Claim:Statement")
        #expect(claim.flatMap { data($0, "contentStart") } == "12")
        #expect(claim.flatMap { data($0, "directQuote") } == "true")
        let labels = edges.compactMap { data($0, "label") }
        #expect(labels.contains("affiliatedWith") && labels.contains("claimed") && labels.contains("p"))
        // Object-only IRIs get nodes too; blank nodes have no iri.
        #expect(nodes.contains { data($0, "iri") == Support.base + "country/ir" })
        #expect(nodes.contains { data($0, "iri") == nil })
    }

    /// Quotes in text are written as they are: a reader that drops
    /// whitespace-only text chunks (Gephi with the JDK's parser) splits text at
    /// references, and `&quot; &quot;` would lose its space. Markup characters
    /// are still references.
    @Test func quotesInTextAreWrittenAsTheyAre() throws {
        let value = "\"pathological liar,\" \"utterly amoral,\" <b> & more"
        let a = Support.iri("person/a")
        let text = String(decoding: try Self.write([Triple(a, CG.text, Literal.string(value))]), as: UTF8.self)
        #expect(text.contains(">\"pathological liar,\" \"utterly amoral,\" &lt;b&gt; &amp; more</data>"), "\(text)")
        #expect(!text.contains("&quot;"))
    }

    @Test func keysAvoidGephiReservedNames() throws {
        let text = String(decoding: try Self.write(Self.graph()), as: UTF8.self)
        for reserved in ["x", "y", "z", "size", "r", "g", "b", "weight", "d3", "d7", "id", "edgelabel"] {
            #expect(!text.contains("attr.name=\"\(reserved)\""))
            #expect(!text.contains("<key id=\"\(reserved)\""))
        }
        #expect(text.contains("<key id=\"nodeLabel\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"))
    }

    @Test func claimGraphConfigurationCoversTheModel() throws {
        let configuration = GraphMLSerializer.Configuration.claimGraph
        try configuration.validate()
        let mapped = Set(configuration.properties.map(\.predicate))
        for predicate in CG.datatypeProperties + [RDFS.label, SKOS.altLabel, DCTerms.identifier, DCTerms.title, DCTerms.date, Schema.url] {
            #expect(mapped.contains(predicate), "\(predicate)")
        }
        #expect(configuration.properties.first { $0.predicate == CG.contentStart }?.type == .long)
        #expect(configuration.properties.first { $0.predicate == CG.directQuote }?.type == .boolean)
    }

    @Test func unmappedLiteralPredicateThrows() throws {
        let writer = GraphMLSerializer(output: MemoryOutput())
        do {
            try writer.triple(Triple(Support.iri("s"), IRI(unchecked: "http://ex.org/unknown"), Literal.string("x")))
            Issue.record("expected a throw")
        } catch let SerializerError.unmappedPredicate(predicate) {
            #expect(predicate == "http://ex.org/unknown")
        }
    }

    @Test func badValuesThrow() throws {
        let writer = GraphMLSerializer(output: MemoryOutput())
        let s = Support.iri("s")
        #expect(throws: SerializerError.self) { try writer.triple(Triple(s, CG.contentStart, Literal.string("twelve"))) }
        #expect(throws: SerializerError.self) { try writer.triple(Triple(s, CG.directQuote, Literal.string("yes"))) }
        try writer.triple(Triple(s, CG.contentStart, Literal.integer(1)))
        #expect(throws: SerializerError.self) { try writer.triple(Triple(s, CG.contentStart, Literal.integer(2))) }
        for text in Support.xmlForbidden {
            #expect(throws: SerializerError.self) { try writer.triple(Triple(s, CG.text, Literal.string(text))) }
        }
        #expect(throws: SerializerError.self) { try writer.triple(Triple(IRI(unchecked: "http://ex.org/\u{7}"), CG.claimed, s)) }
    }

    @Test func invalidConfigurationsThrow() throws {
        let reserved = GraphMLSerializer.Configuration(properties: [.init(CG.text, key: "weight")])
        #expect(throws: SerializerError.self) { try reserved.validate() }
        let twice = GraphMLSerializer.Configuration(properties: [.init(CG.text, key: "a"), .init(CG.cue, key: "a")])
        #expect(throws: SerializerError.self) { try twice.validate() }
        let writer = GraphMLSerializer(reserved, output: MemoryOutput())
        #expect(throws: SerializerError.self) { try writer.triple(Triple(Support.iri("s"), CG.text, Literal.string("x"))) }
    }

    @Test func bigGraphValidates() throws {
        var triples: [Triple] = []
        for n in 0..<3000 {
            let s = Support.iri("e/\(n)")
            triples.append(Triple(s, RDF.type, CG.Person))
            triples.append(Triple(s, RDFS.label, Literal.string("N \(n) <&> \"\u{202E}😀")))
            triples.append(Triple(s, CG.affiliatedWith, Support.iri("e/\(n / 3)")))
        }
        let bytes = try Self.write(triples)
        let result = try Support.run(Support.xmllint, ["--noout", "--schema", Self.schema], input: bytes, suffix: "graphml")
        #expect(result.status == 0, "xmllint: \(result.stderr)")
        let doc = try Self.document(bytes)
        #expect(try doc.nodes(forXPath: "//*[local-name()='node']").count == 3000)
        #expect(try doc.nodes(forXPath: "//*[local-name()='edge']").count == 3000)
    }

    @Test func dataAfterTheSubjectsRunThrows() throws {
        let writer = GraphMLSerializer(output: MemoryOutput())
        let a = Support.iri("a"), b = Support.iri("b")
        try writer.triple(Triple(a, RDF.type, CG.Person))
        try writer.triple(Triple(b, RDFS.label, Literal.string("B")))
        // Edge-only runs of a written subject are fine.
        try writer.triple(Triple(a, CG.affiliatedWith, b))
        #expect(throws: SerializerError.scatteredSubject(subject: "<\(a.value)>")) {
            try writer.triple(Triple(a, RDFS.label, Literal.string("A")))
        }
        let typed = GraphMLSerializer(output: MemoryOutput())
        try typed.triple(Triple(a, RDFS.label, Literal.string("A")))
        try typed.triple(Triple(b, RDFS.label, Literal.string("B")))
        #expect(throws: SerializerError.self) { try typed.triple(Triple(a, RDF.type, CG.Person)) }
    }

    @Test func edgeOnlyRunsBeforeTheDataRunAreFine() throws {
        // The GraphBuilder order: statements, then `speaker claimed statement`, then the speakers at the end.
        let s = Support.iri("statement/1"), p = Support.iri("person/p"), o = Support.iri("outlet/o")
        let triples = [
            Triple(s, RDF.type, CG.Claim), Triple(s, RDFS.label, Literal.string("S")), Triple(s, CG.reportedBy, o),
            Triple(p, CG.claimed, s),
            Triple(o, RDF.type, CG.NewsOutlet), Triple(o, RDFS.label, Literal.string("O")),
            Triple(p, RDF.type, CG.Person), Triple(p, RDFS.label, Literal.string("P")),
            Triple(o, CG.claimed, s),
        ]
        let bytes = try Self.write(triples)
        let result = try Support.run(Support.xmllint, ["--noout", "--schema", Self.schema], input: bytes, suffix: "graphml")
        #expect(result.status == 0, "xmllint: \(result.stderr)")
        let doc = try Self.document(bytes)
        let graph = try #require(try doc.nodes(forXPath: "//*[local-name()='graph']").first as? XMLElement)
        let elements = (graph.children ?? []).compactMap { $0 as? XMLElement }
        #expect(elements.map { $0.localName ?? "" } == ["node", "node", "node", "edge", "edge", "edge"])
        let ids = elements.filter { $0.localName == "node" }.compactMap { Self.attr($0, "id") }
        #expect(ids == [s, o, p].map { GraphMLSerializer.NodeID(.iri($0)).text })
        // Written at once (both nodes known): o claimed s; spilled: s reportedBy o, p claimed s.
        let edges = elements.filter { $0.localName == "edge" }.map { "\(Self.attr($0, "id") ?? "")" }
        #expect(edges == ["e2", "e0", "e1"])
        // The spilled edges are indented like the others.
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n    <edge id=\"e0\""))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n    <edge id=\"e2\""))
    }

    @Test func edgeEndsWithoutDataGetBareNodesBeforeTheEdges() throws {
        let a = Support.iri("a"), z = Support.iri("z"), m = Support.iri("m")
        let bytes = try Self.write([Triple(z, CG.affiliatedWith, a), Triple(m, CG.affiliatedWith, z)])
        let doc = try Self.document(bytes)
        let graph = try #require(try doc.nodes(forXPath: "//*[local-name()='graph']").first as? XMLElement)
        let elements = (graph.children ?? []).compactMap { $0 as? XMLElement }
        #expect(elements.map { $0.localName ?? "" } == ["node", "node", "node", "edge", "edge"])
        // Bare nodes come in IRI order, each with its iri only.
        #expect(elements.prefix(3).compactMap { Self.attr($0, "id") } == [a, m, z].map { GraphMLSerializer.NodeID(.iri($0)).text })
        #expect(elements.prefix(3).allSatisfy { $0.childCount == 1 })
    }

    @Test func nodesStreamBeforeFinish() throws {
        // Memory holds one run, not the graph: bytes reach the output while triples still arrive.
        let output = MemoryOutput()
        let writer = GraphMLSerializer(output: output)
        for n in 0..<20_000 {
            let s = Support.iri("e/\(n)")
            try writer.triple(Triple(s, RDF.type, CG.Person))
            try writer.triple(Triple(s, RDFS.label, Literal.string("Person number \(n)")))
        }
        #expect(output.bytes.count > 1_000_000)
        try writer.finish()
        #expect(output.string.hasSuffix("</graph>\n</graphml>\n"))
    }
}
