import Foundation
import Testing

/// `claimgraph merge` and the streaming `claimgraph convert`, end to end through the built executable.
@Suite(.serialized) struct MergeCommandTests {
    static let files = ["graph.graphml", "graph.nt", "graph.rdf", "graph.ttl"]

    /// The sample articles in the order a folder walk reads them.
    static var corpus: [String] {
        get throws {
            try FileManager.default.contentsOfDirectory(atPath: ToolRunner.packageRoot.path + "/Corpus")
                .filter { $0.hasSuffix(".txt") }.sorted().map { "Corpus/" + $0 }
        }
    }

    @Test func shardsOfTheSampleMergeIntoTheExportOfTheWhole() throws {
        let scratch = try Scratch()
        let articles = try Self.corpus
        #expect(articles.count == 5)
        let whole = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/whole", "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        for (index, part) in [Array(articles[..<2]), Array(articles[2...])].enumerated() {
            let shard = try ToolRunner.run(["export"] + part + ["--shard", "--format", "ntriples", "--out", scratch.path + "/shard\(index)", "--quiet"])
            #expect(shard.status == 0, "\(shard.stderr)")
        }
        // A file and a folder.
        let merged = try ToolRunner.run(["merge", scratch.path + "/shard0/graph.nt", scratch.path + "/shard1", "--out", scratch.path + "/merged"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("merged 2 shards"))
        #expect(try scratch.names("merged") == Self.files, "no temporary file is left")
        for name in Self.files {
            #expect(try scratch.read("merged/" + name) == scratch.read("whole/" + name), "\(name) differs from one export")
        }
        // Standard input, one format.
        let both = try scratch.read("shard0/graph.nt") + scratch.read("shard1/graph.nt")
        let piped = try ToolRunner.run(["merge", "-", "--out", scratch.path + "/piped", "--format", "ttl", "--quiet"], stdin: both)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(try scratch.names("piped") == ["graph.ttl"])
        #expect(try scratch.read("piped/graph.ttl") == scratch.read("whole/graph.ttl"))
    }

    @Test func badShardsStopTheMergeWithFileAndLine() throws {
        let scratch = try Scratch()
        let finished = try ToolRunner.run(["export", "Corpus", "--format", "nt", "--out", scratch.path + "/finished", "--quiet"])
        #expect(finished.status == 0, "\(finished.stderr)")
        let refused = try ToolRunner.run(["merge", scratch.path + "/finished/graph.nt", "--out", scratch.path + "/out"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(scratch.path + "/finished/graph.nt:"))
        #expect(refused.stderr.contains("export each shard with --shard"))
        #expect(!scratch.exists("out"), "a merge that writes nothing leaves no folder")

        try scratch.write("bad.nt", "<https://w3id.org/claimgraph/id/article/a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" .\n\n<oops .\n")
        let broken = try ToolRunner.run(["merge", scratch.path + "/bad.nt", "--out", scratch.path + "/out"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(scratch.path + "/bad.nt:3:"), "\(broken.stderr)")
        #expect(!scratch.exists("out"))

        let missing = try ToolRunner.run(["merge", scratch.path + "/none.nt", "--out", scratch.path + "/out"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.nt"))
        let empty = try ToolRunner.run(["merge", scratch.path + "/finished/none", "--out", scratch.path + "/out", "--format", "jsonld"])
        #expect(empty.status == 64)
        let help = try ToolRunner.run(["merge", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in ["--out", "--format", "--base", "--shard", "byte for byte", "Exit status"] {
            #expect(words.contains(word), "merge --help lacks \(word)")
        }
    }

    @Test func convertStreamsAndStopsAtTheFirstBadLine() throws {
        let scratch = try Scratch()
        // More than one read block of input (1 MiB), so the blocks are cut at line breaks.
        var text = ""
        for index in 0..<20_000 {
            text += "<https://ex.org/s\(index / 3)> <https://ex.org/p> \"value \(index) with \\\"escapes\\\" and é\" .\n"
        }
        let input = try scratch.write("in.nt", text)
        let turtle = try ToolRunner.run(["convert", input.path, "--to", "turtle", "--output", scratch.path + "/out.ttl"])
        #expect(turtle.status == 0, "\(turtle.stderr)")
        let written = String(decoding: try scratch.read("out.ttl"), as: UTF8.self)
        // Consecutive triples with one subject are grouped: 20,000 triples, 6,667 subjects.
        #expect(written.components(separatedBy: " .\n").count - 1 == 6_667)
        #expect(written.contains("\"value 19999 with \\\"escapes\\\" and é\""))
        let back = try ToolRunner.run(["convert", scratch.path + "/in.nt", "--to", "ntriples"])
        #expect(back.status == 0)
        #expect(back.stdout == text, "N-Triples in, the same N-Triples out")

        try scratch.write("bad.nt", text + "<https://ex.org/s> <https://ex.org/p> nonsense .\n")
        let bad = try ToolRunner.run(["convert", scratch.path + "/bad.nt", "--to", "rdfxml", "--output", scratch.path + "/bad.rdf"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(scratch.path + "/bad.nt:20001: column 39"), "\(bad.stderr)")
        #expect(!scratch.exists("bad.rdf"), "no file is left behind")
        let help = try ToolRunner.run(["convert", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("GraphML is not offered"), "\(words)")
        #expect(words.contains("streams"))
    }
}
