import Foundation
import Testing
import ClaimGraphModel
import ClaimGraphSerialize

/// The export command end to end, through the built executable.
@Suite(.serialized) struct ExportCommandTests {
    static let files = ["graph.graphml", "graph.nt", "graph.rdf", "graph.ttl"]

    @Test func helpReadsLikeAUnixTool() throws {
        let top = try ToolRunner.run(["--help"])
        #expect(top.status == 0)
        for word in ["export", "evaluate", "convert", "USAGE"] { #expect(top.stdout.contains(word)) }
        let export = try ToolRunner.run(["export", "--help"])
        #expect(export.status == 0)
        for word in ["--out", "--format", "--base", "--jobs", "--strict", "Exit status", ".jsonl"] {
            #expect(export.stdout.contains(word), "export --help lacks \(word)")
        }
    }

    @Test func sampleCorpusGivesFourFiles() throws {
        let scratch = try Scratch()
        let result = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/out", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.names("out") == Self.files)
    }

    @Test func outputFolderIsWhatTheCodeProduces() throws {
        let scratch = try Scratch()
        let result = try ToolRunner.run(["export", "Corpus", "--out", scratch.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in Self.files {
            let committed = try Data(contentsOf: ToolRunner.packageRoot.appendingPathComponent("Output/" + name))
            #expect(committed == (try scratch.read(name)),
                    "Output/\(name) is stale: run `swift run claimgraph export Corpus --out Output`")
        }
    }

    @Test func jobsDoNotChangeTheBytes() throws {
        let scratch = try Scratch()
        // Enough articles for several batches.
        var lines = ""
        for copy in 0..<6 {
            for file in try FileManager.default.contentsOfDirectory(atPath: ToolRunner.packageRoot.path + "/Corpus").sorted() {
                let text = try String(contentsOfFile: ToolRunner.packageRoot.path + "/Corpus/" + file, encoding: .utf8)
                let object: [String: String] = ["id": "\(copy)-\(file)", "text": text, "outlet": "Example News"]
                lines += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
            }
        }
        let input = try scratch.write("in.jsonl", lines)
        let one = try ToolRunner.run(["export", input.path, "--out", scratch.path + "/one", "--jobs", "1", "--quiet"])
        let two = try ToolRunner.run(["export", input.path, "--out", scratch.path + "/two", "--jobs", "2", "--quiet"])
        let stdin = try ToolRunner.run(["export", "-", "--out", scratch.path + "/stdin", "--jobs", "3", "--quiet"],
                                       stdin: Data(lines.utf8))
        #expect(one.status == 0 && two.status == 0 && stdin.status == 0, "\(one.stderr)\(two.stderr)\(stdin.stderr)")
        for name in Self.files {
            #expect(try scratch.read("one/" + name) == scratch.read("two/" + name), "\(name) differs between --jobs 1 and 2")
            #expect(try scratch.read("one/" + name) == scratch.read("stdin/" + name), "\(name) differs for standard input")
        }
    }

    @Test func formatOptionPicksFiles() throws {
        let scratch = try Scratch()
        let result = try ToolRunner.run(["export", "Corpus", "--out", scratch.path, "--format", "turtle,graphml", "-q"])
        #expect(result.status == 0)
        #expect(try scratch.names() == ["graph.graphml", "graph.ttl"])
        let bad = try ToolRunner.run(["export", "Corpus", "--out", scratch.path, "--format", "json"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("unknown format 'json'"))
    }

    @Test func skippedInputsAreNamedAndTheRestExported() throws {
        let scratch = try Scratch()
        try scratch.write("in/good.txt", "The minister said the talks would resume on Monday.")
        try scratch.write("in/bad.txt", [0x61, 0xFF, 0x62])
        try scratch.write("in/empty.txt", "")
        try scratch.write("in/lines.jsonl", "{\"id\": \"j1\", \"text\": \"Fine.\"}\n{broken\n")
        let result = try ToolRunner.run(["export", scratch.path + "/in", "--out", scratch.path + "/out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt: not valid UTF-8 at byte 1"))
        #expect(result.stderr.contains("empty.txt: empty article"))
        #expect(result.stderr.contains("lines.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("exported 2 articles"))
        #expect(try scratch.names("out") == Self.files)
        let turtle = String(decoding: try scratch.read("out/graph.ttl"), as: UTF8.self)
        #expect(turtle.contains("good.txt") && turtle.contains("j1"))
    }

    @Test func strictModeWritesNothingAndKeepsPreviousFiles() throws {
        let scratch = try Scratch()
        try scratch.write("out/graph.ttl", "previous")
        try scratch.write("in/good.txt", "A good article.")
        try scratch.write("in/bad.txt", [0x00, 0x01])
        let result = try ToolRunner.run(["export", scratch.path + "/in", "--out", scratch.path + "/out", "--strict"])
        #expect(result.status == 2)
        #expect(String(decoding: try scratch.read("out/graph.ttl"), as: UTF8.self) == "previous")
        #expect(try scratch.names("out") == ["graph.ttl"])
    }

    @Test func nothingToDoIsAFailure() throws {
        let scratch = try Scratch()
        let missing = try ToolRunner.run(["export", scratch.path + "/nope", "--out", scratch.path + "/out"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope: cannot read"))
        #expect(!scratch.exists("out/graph.ttl"))
        let base = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/out", "--base", "not an iri"])
        #expect(base.status == 2)
        #expect(base.stderr.contains("invalid --base"))
        try scratch.write("file", "x")
        let unwritable = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/file"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains(scratch.path + "/file"))
    }

    @Test func baseOptionSetsInstanceIRIs() throws {
        let scratch = try Scratch()
        let result = try ToolRunner.run(["export", "Corpus", "--out", scratch.path, "--format", "nt", "--base", "http://example.org/kg/", "-q"])
        #expect(result.status == 0)
        let triples = try parse(scratch.url.appendingPathComponent("graph.nt"))
        #expect(triples.contains { $0.subject == .iri(IRI(unchecked: "http://example.org/kg/article/000_31d990e360f00cf6.txt")) })
    }

    /// Every statement's offsets index its article's text: the content span lies in the
    /// statement's sentence, and the clean text's words stand in that sentence in order.
    @Test func evidenceOffsetsIndexTheArticleText() throws {
        let triples = try parse(ToolRunner.packageRoot.appendingPathComponent("Output/graph.nt"))
        var bySubject: [Term: [IRI: [Term]]] = [:]
        for triple in triples { bySubject[triple.subject, default: [:]][triple.predicate, default: []].append(triple.object) }
        let statements = bySubject.filter { $0.value[RDF.type]?.contains(.iri(CG.Statement)) == true }
        #expect(statements.count >= 30)
        for (_, properties) in statements {
            let start = Int(properties[CG.contentStart]![0].literal!.lexical)!
            let end = Int(properties[CG.contentEnd]![0].literal!.lexical)!
            let text = properties[CG.text]![0].literal!.lexical
            let article = properties[CG.sourceArticle]![0]
            let id = bySubject[article]![DCTerms.identifier]![0].literal!.lexical
            let source = try String(contentsOf: ToolRunner.packageRoot.appendingPathComponent("Corpus/" + id), encoding: .utf8)
            let scalars = Array(source.unicodeScalars)
            #expect(start < end && end <= scalars.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            let sentence = properties[CG.sentence]![0].literal!.lexical
            #expect(sentence.contains(String(slice)), "\(id) \(start)..<\(end)")
            var rest = Substring(sentence)
            for word in text.split(separator: " ") {
                guard let hit = rest.range(of: word) else {
                    Issue.record("\(id) \(start)..<\(end): \"\(word)\" of the text is not in the sentence")
                    break
                }
                rest = rest[hit.upperBound...]
            }
        }
    }

    /// What a reader of the sample finds first is in the export.
    @Test func sampleNamesTheObviousSpeakers() throws {
        let triples = try parse(ToolRunner.packageRoot.appendingPathComponent("Output/graph.nt"))
        func subjects(labelled label: String) -> [Term] {
            triples.filter { ($0.predicate == RDFS.label || $0.predicate == SKOS.altLabel)
                && $0.object == .literal(.string(label)) }.map(\.subject)
        }
        func count(_ subject: Term, _ predicate: IRI) -> Int {
            triples.filter { $0.subject == subject && $0.predicate == predicate }.count
        }
        let minister = try #require(subjects(labelled: "Hossein Amir-Abdollahian").first)
        #expect(count(minister, CG.denied) >= 3)
        let kirby = try #require(subjects(labelled: "John Kirby").first)
        #expect(count(kirby, CG.claimed) >= 2)
        for country in ["Iran", "Russia", "Ukraine", "United States"] {
            #expect(!subjects(labelled: country).isEmpty, "no country \(country)")
        }
        for outlet in ["Reuters", "IRNA"] {
            let node = try #require(subjects(labelled: outlet).first, "no outlet \(outlet)")
            #expect(triples.contains { $0.predicate == CG.reportedBy && $0.object == node })
        }
    }

    private func parse(_ url: URL) throws -> [Triple] {
        let collector = TripleCollector()
        try NTriplesParser().parse(Array(try Data(contentsOf: url)), into: collector)
        return collector.triples
    }
}
