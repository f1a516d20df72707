import Foundation
import Testing
import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphSerialize
@testable import ClaimGraphGraph

/// Shard exports unite into one run, and `ShardMerger` turns them into the bytes one run writes.
@Suite struct ShardTests {
    /// A seeded generator (SplitMix64), so every split is the same in every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let naming = try! ResourceNaming()

    static func builder(_ sink: TripleSink, shard: Bool) -> GraphBuilder {
        GraphBuilder(naming: naming, sink: sink, countryName: { ["IR": "Iran", "US": "United States"][$0] },
                     personKey: { NameKey.spelling($0) }, shard: shard)
    }

    /// The bytes of each format for `documents`, written as one run writes them.
    static func export(_ documents: [(Article, DocumentExtraction)], shard: Bool,
                       formats: [RDFFormat] = RDFFormat.allCases) throws -> [[UInt8]] {
        let outputs = formats.map { _ in MemoryOutput() }
        let sink = TripleFanOut(zip(formats, outputs).map { $0.makeSerializer(output: $1) })
        let builder = builder(sink, shard: shard)
        for (article, extraction) in documents { try builder.add(article, extraction) }
        try builder.finish()
        return outputs.map(\.bytes)
    }

    /// The bytes of each format `ShardMerger` writes for the shard files at `paths`.
    static func merge(_ paths: [String], folder: String, budget: Int = 32 << 20,
                      formats: [RDFFormat] = RDFFormat.allCases) throws -> (bytes: [[UInt8]], runs: Int) {
        let outputs = formats.map { _ in MemoryOutput() }
        let sink = TripleFanOut(zip(formats, outputs).map { $0.makeSerializer(output: $1) })
        let merger = ShardMerger(naming: naming, sink: sink, temporaryDirectory: folder, sortBudget: budget)
        for path in paths { try merger.add(try NTriplesStream(path: path, blockSize: 4096)) }
        _ = try merger.finish()
        return (outputs.map(\.bytes), merger.sortRuns)
    }

    static func lines(_ bytes: [UInt8]) -> Set<Substring> {
        Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n"))
    }

    static func write<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-shards-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    // MARK: - Small documents

    static func document(_ id: String, person: String, organization: String = "Chicago Police",
                         outlet: String = "Reuters", role: String = "spokesman") -> (Article, DocumentExtraction) {
        let text = "\(person) said: “No.” The \(organization) believes it."
        let article = Article(id: id, text: text, title: nil, outlet: outlet, date: nil, url: nil)
        let extraction = DocumentExtraction(
            articleID: id,
            persons: [PersonRecord(name: person, aliases: [String(person.split(separator: " ").last!)],
                                   countries: ["US"], roles: [role])],
            organizations: [OrganizationRecord(name: organization)],
            outlets: [OutletRecord(name: outlet)],
            statements: [StatementRecord(speaker: .person(person), speakerMention: person, cue: "said", polarity: .claim,
                                         content: 0..<2, text: "No.", directQuote: true, outlets: [outlet], sentence: 0..<10),
                         // A belief of an entity: merge passes its `cg:believed` on like `cg:claimed`.
                         StatementRecord(speaker: .organization(organization), speakerMention: "The \(organization)",
                                         cue: "believes", polarity: .claim, kind: .belief, content: 2..<4, text: "it",
                                         directQuote: false, sentence: 0..<10)])
        return (article, extraction)
    }

    /// Five documents that spell one organization two ways and one person two ways.
    static let small: [(Article, DocumentExtraction)] = [
        document("a", person: "Jake Sullivan", organization: "Chicago Police"),
        document("b", person: "Jake Sullivan", organization: "Chicago police"),
        document("c", person: "Mr. Jake Sullivan", organization: "Chicago police", role: "adviser"),
        document("d", person: "Ellen Nakashima", organization: "Chicago Police", outlet: "The Washington Post"),
        document("e", person: "Ellen Nakashima", organization: "Chicago police"),
    ]

    @Test func labelIsTheSpellingMostDocumentsUse() throws {
        var registry = EntityRegistry()
        let iri = IRI(unchecked: "https://ex.org/o")
        // One document says "Chicago Police" three times; two documents say "Chicago police" once.
        registry.beginDocument()
        for _ in 0..<3 { registry.note(iri, kind: .organization, name: "Chicago Police") }
        for _ in 0..<2 {
            registry.beginDocument()
            registry.note(iri, kind: .organization, name: "Chicago police")
        }
        #expect(registry.entries[iri]?.names == ["Chicago Police": 1, "Chicago police": 2])
        #expect(registry.entries[iri]?.label == "Chicago police")
        // Ties: more characters, then UTF-8 byte order ("P" before "p").
        registry.beginDocument()
        registry.note(iri, kind: .organization, name: "Chicago Police")
        #expect(registry.entries[iri]?.label == "Chicago Police")
        registry.beginDocument()
        registry.note(iri, kind: .organization, name: "Chicago Police Dept")
        registry.beginDocument()
        registry.note(iri, kind: .organization, name: "Chicago Police Dept")
        #expect(registry.entries[iri]?.label == "Chicago Police Dept")
    }

    @Test func personIRIsReadLikeTheName() throws {
        let naming = Self.naming
        #expect(naming.person(key: NameKey.spelling("Jake Sullivan")).value.hasSuffix("/person/jake-sullivan"))
        #expect(naming.person(key: NameKey.spelling("Hossein Amir-Abdollahian")).value.hasSuffix("/person/hossein-amirabdollahian"))
        #expect(naming.person(key: NameKey.spelling("Mr. Ellen Nakashima")).value.hasSuffix("/person/ellen-nakashima"))
        #expect(naming.person(key: NameKey.spelling("José Martí")).value.hasSuffix("/person/jose-marti"))
        // A key whose slug would not give it back gets a hash of the key: two keys never share an IRI.
        let odd = naming.person(key: "jake-sullivan"), plain = naming.person(key: "jake sullivan")
        #expect(odd != plain)
        #expect(odd.value.hasSuffix("/person/jake-sullivan_" + IRIText.shortHash("jake-sullivan")))
        #expect(NameKey.spelling("Nasser Kan’ani") == NameKey.spelling("Nasser Kanani"))
        #expect(NameKey.spelling("Jake Sullivan") != NameKey.person("Jake Sullivan"))
    }

    @Test func nameIRIsLeadBackToTheirEntity() throws {
        let naming = Self.naming
        for entity in [naming.person(key: "jake sullivan"), naming.organization(name: "Russian Embassy", countries: ["RU"]),
                       naming.outlet(key: "new york times"), naming.country("IR")] {
            let name = try #require(naming.name(of: entity, spelling: "Any Spelling"))
            #expect(naming.entity(ofName: name) == entity)
            #expect(name != naming.name(of: entity, spelling: "Other Spelling"))
        }
        #expect(naming.entity(ofName: naming.person(key: "x")) == nil)
        #expect(naming.name(of: IRI(unchecked: "https://elsewhere.org/person/x"), spelling: "X") == nil)
    }

    @Test func everySplitOfSmallDocumentsUnitesAndMerges() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let whole = try Self.export(Self.small, shard: false)
        let wholeShard = try Self.export(Self.small, shard: true, formats: [.ntriples])[0]
        // The labels come from the whole corpus: "Chicago police" is used by three of five documents.
        let text = String(decoding: whole[2], as: UTF8.self)
        #expect(text.contains("<https://w3id.org/claimgraph/id/organization/chicago-police> <http://www.w3.org/2000/01/rdf-schema#label> \"Chicago police\" ."))
        #expect(text.contains("<https://w3id.org/claimgraph/id/person/jake-sullivan> <http://www.w3.org/2000/01/rdf-schema#label> \"Jake Sullivan\" ."))
        // Every split into contiguous parts, at every cut.
        for mask in 1..<(1 << (Self.small.count - 1)) {
            var parts: [[(Article, DocumentExtraction)]] = [[Self.small[0]]]
            for index in 1..<Self.small.count {
                if mask & (1 << (index - 1)) != 0 { parts.append([]) }
                parts[parts.count - 1].append(Self.small[index])
            }
            var union: Set<Substring> = []
            var paths: [String] = []
            for (index, part) in parts.enumerated() {
                let bytes = try Self.export(part, shard: true, formats: [.ntriples])[0]
                union.formUnion(Self.lines(bytes))
                let path = folder + "/\(mask)-\(index).nt"
                try Self.write(bytes, to: path)
                paths.append(path)
            }
            #expect(union == Self.lines(wholeShard), "split \(mask)")
            let merged = try Self.merge(paths, folder: folder, budget: 1 << 10)
            #expect(merged.bytes == whole, "split \(mask)")
            #expect(merged.runs > 0)
        }
    }

    @Test func mergeRefusesAFinishedExportAndAForeignBase() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let finished = folder + "/finished.nt"
        try Self.write(try Self.export(Self.small, shard: false, formats: [.ntriples])[0], to: finished)
        do {
            _ = try Self.merge([finished], folder: folder)
            Issue.record("a finished export was merged")
        } catch let error as ShardMerger.InvalidShard {
            #expect(error.name == finished)
            #expect(error.description.contains("not a shard export; export each shard with --shard"))
            #expect(error.line > 1)
        }
        let foreign = folder + "/foreign.nt"
        try Self.write("<https://other.org/article/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n".utf8, to: foreign)
        #expect(throws: ShardMerger.InvalidShard.self) { _ = try Self.merge([foreign], folder: folder) }
        let broken = folder + "/broken.nt"
        try Self.write("<https://w3id.org/claimgraph/id/article/a> <http://p> \"a\" .\n<x> <y> .\n".utf8, to: broken)
        do {
            _ = try Self.merge([broken], folder: folder, formats: [.ntriples])
            Issue.record("a malformed line was merged")
        } catch let error as NTriplesStream.Failure {
            #expect(error.name == broken)
            #expect(error.line == 2)
        }
        // The sort's run files are gone after every failure.
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".claimgraph-sort-") }
        #expect(left.isEmpty)
    }

    @Test func externalSortGivesEachRecordOnceInByteOrder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SplitMix(state: 7)
        var records: [[UInt8]] = []
        for _ in 0..<5000 {
            let length = Int.random(in: 0...12, using: &generator)
            records.append((0..<length).map { _ in UInt8.random(in: 0x20...0xF0, using: &generator) })
        }
        records += records.prefix(500)
        let sorter = ExternalSort(directory: folder, budget: 4096)
        for record in records { try sorter.add(record) }
        var out: [[UInt8]] = []
        try sorter.drain { out.append(Array($0)) }
        #expect(sorter.runCount > 10)
        #expect(out == Array(Set(records)).sorted { $0.lexicographicallyPrecedes($1) })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    // MARK: - The bench corpus

    /// The first 2,000 articles of `../shared/bench/news-10k.jsonl.gz`, read as `export` reads them.
    static func benchArticles(count: Int, folder: String) throws -> [Article] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bench = root.deletingLastPathComponent().appendingPathComponent("shared/bench/news-10k.jsonl.gz").path
        try #require(FileManager.default.fileExists(atPath: bench), "the bench corpus \(bench) is missing (../shared beside the checkout)")
        let path = folder + "/bench.jsonl"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\" | head -n \(count) > \"$1\"", bench, path]
        try process.run()
        process.waitUntilExit()
        let reader = ArticleReader(inputs: [path])
        var articles: [Article] = []
        while let item = reader.next() { if case .success(let article) = item { articles.append(article) } }
        return articles
    }

    /// Writes each format into `prefix.{extension}`, as one run writes them; the paths.
    /// (Files, not memory: this test's process also runs the CLI tests, whose children would inherit a large peak.)
    static func exportFiles(_ documents: ArraySlice<(Article, DocumentExtraction)>, shard: Bool, formats: [RDFFormat],
                            prefix: String) throws -> [String] {
        let files = try formats.map { try AtomicFileOutput(path: prefix + "." + $0.fileExtension) }
        let sink = TripleFanOut(zip(formats, files).map { $0.makeSerializer(output: $1) })
        let builder = builder(sink, shard: shard)
        for (article, extraction) in documents { try builder.add(article, extraction) }
        try builder.finish()
        for file in files { try file.commit() }
        return files.map(\.path)
    }

    /// Whether the files hold the same set of lines, and some (`sort -u`, bytewise, into `folder`).
    static func sameLines(_ left: [String], _ right: [String], folder: String) throws -> Bool {
        let process = Process()
        let quote = { (paths: [String]) in paths.map { "'\($0)'" }.joined(separator: " ") }
        process.arguments = ["-c", "export LC_ALL=C; sort -u \(quote(left)) > '\(folder)/left' && sort -u \(quote(right)) > '\(folder)/right' "
                                   + "&& test -s '\(folder)/left' && cmp -s '\(folder)/left' '\(folder)/right'"]
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func seededSplitsOfTwoThousandBenchArticlesUniteAndMergeToOneRun() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = try Self.benchArticles(count: 2000, folder: folder)
        try #require(articles.count == 2000)
        let extractions = ParallelExtraction.extract(articles, with: try Extractor(), jobs: 2)
        let documents = Array(zip(articles, extractions))
        let formats = RDFFormat.allCases
        let whole = try Self.exportFiles(documents[...], shard: false, formats: formats, prefix: folder + "/whole")
        let wholeShard = try Self.exportFiles(documents[...], shard: true, formats: [.ntriples], prefix: folder + "/whole-shard")
        #expect(try FileManager.default.attributesOfItem(atPath: whole[2])[.size] as? Int ?? 0 > 40_000_000)
        // Seeded cuts into 2, 3, 4 and 5 contiguous shards.
        for (seed, shards) in [(1, 2), (2, 3), (3, 4), (4, 5)] as [(UInt64, Int)] {
            var generator = SplitMix(state: seed)
            var cuts: Set<Int> = []
            while cuts.count < shards - 1 { cuts.insert(Int.random(in: 1..<documents.count, using: &generator)) }
            let bounds = [0] + cuts.sorted() + [documents.count]
            var paths: [String] = []
            for index in 0..<shards {
                paths += try Self.exportFiles(documents[bounds[index]..<bounds[index + 1]], shard: true, formats: [.ntriples],
                                              prefix: folder + "/seed\(seed)-\(index)")
            }
            #expect(try Self.sameLines(paths, wholeShard, folder: folder), "seed \(seed): the shards' lines are not the whole's")
            // The merge, into files, with a sort budget small enough to spill.
            let outputs = try formats.map { try AtomicFileOutput(path: folder + "/merged." + $0.fileExtension) }
            let merger = ShardMerger(naming: Self.naming, sink: TripleFanOut(zip(formats, outputs).map { $0.makeSerializer(output: $1) }),
                                     temporaryDirectory: folder, sortBudget: 4 << 20)
            for path in paths { try merger.add(try NTriplesStream(path: path)) }
            _ = try merger.finish()
            for output in outputs { try output.commit() }
            #expect(merger.sortRuns > 1, "the sort spilled to run files")
            for (format, (merged, expected)) in zip(formats, zip(outputs.map(\.path), whole)) {
                #expect(FileManager.default.contentsEqual(atPath: merged, andPath: expected), "seed \(seed), \(format.name)")
            }
            for path in paths + outputs.map(\.path) { try FileManager.default.removeItem(atPath: path) }
        }
    }
}
