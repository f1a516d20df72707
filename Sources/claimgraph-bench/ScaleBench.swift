import Foundation

/// The scale rows: `claimgraph convert` beside `serdi` and `rapper` on the same
/// N-Triples file in the same run, and `claimgraph merge` of shard exports,
/// each with its time and peak memory (GNU time).
///
/// Inputs, all made by the real tool from the bench corpus: the first 1,000,000
/// lines of the corpus's N-Triples export; that export four times over (about
/// 5.4 million triples); the corpus cut into 4 contiguous shards; and the 4×
/// corpus as 4 shards (one per copy). The merge of the 1× shards is checked
/// against one export of the whole corpus, byte for byte, in every format.
enum ScaleBench {
    static func run(tool: String, corpus one: URL, work: URL, table: inout Table) throws -> [String] {
        var notes: [String] = []
        let lines = try String(contentsOf: one, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)

        // One export of the whole corpus, every format: the reference for the merge, and the N-Triples to convert.
        let whole = work.appendingPathComponent("scale-whole")
        try export(tool, [one.path, "--out", whole.path])
        let exported = try String(contentsOf: whole.appendingPathComponent("graph.nt"), encoding: .utf8)
        let triples = exported.split(separator: "\n", omittingEmptySubsequences: true)
        let million = work.appendingPathComponent("scale-1m.nt")
        try (triples.prefix(1_000_000).joined(separator: "\n") + "\n").write(to: million, atomically: false, encoding: .utf8)
        let repeated = work.appendingPathComponent("scale-4x.nt")
        try String(repeating: exported, count: 4).write(to: repeated, atomically: false, encoding: .utf8)

        for (input, count, label) in [(million, min(triples.count, 1_000_000), "1M"), (repeated, triples.count * 4, "4× export")] {
            let bytes = try FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int ?? 0
            let converters: [(String, String, [String])] = [
                ("claimgraph", tool, ["convert", input.path, "--to", "turtle"]),
                ("serdi", "/usr/bin/serdi", ["-i", "ntriples", "-o", "turtle", input.path]),
                ("rapper", "/usr/bin/rapper", ["-q", "-i", "ntriples", "-o", "turtle", input.path]),
                ("claimgraph", tool, ["convert", input.path, "--to", "rdfxml"]),
                ("rapper", "/usr/bin/rapper", ["-q", "-i", "ntriples", "-o", "rdfxml", input.path]),
            ]
            var seconds: [String: Double] = [:]
            for (index, (name, path, arguments)) in converters.enumerated() {
                // The 4× file shows memory; only ClaimGraph is timed on it (rapper holds the graph).
                if label != "1M" && name != "claimgraph" { continue }
                guard FileManager.default.isExecutableFile(atPath: path) else {
                    notes.append("\(path) is not installed: no \(name) row (Debian: apt-get install \(name == "serdi" ? "serdi" : "raptor2-utils"))")
                    continue
                }
                let target = index < 3 ? "turtle" : "rdfxml"
                let out = work.appendingPathComponent("scale-out-\(index).\(target)")
                let run = try ChildProcess.run(path, arguments, standardOutput: out)
                guard run.status == 0 else { fatalError("\(name) \(arguments.joined(separator: " ")) failed with status \(run.status)") }
                seconds["\(name) \(target)"] = run.seconds
                table.add("convert \(label) → \(target), \(name)", triples: count, bytes: bytes, seconds: run.seconds,
                          peakBytes: run.peakBytes)
                try? FileManager.default.removeItem(at: out)
            }
            if label == "1M", let ours = seconds["claimgraph turtle"], let serdi = seconds["serdi turtle"] {
                notes.append(String(format: "convert 1M → turtle: claimgraph %.2f s, serdi %.2f s: %.2f× serdi's time", ours, serdi, ours / serdi))
            }
        }

        // Merge: 4 shards of the corpus (checked against the whole), and the 4× corpus as 4 shards.
        for copies in [1, 4] {
            var shards: [String] = []
            var read = 0
            for part in 0..<4 {
                let text: String
                if copies == 1 {
                    let size = (lines.count + 3) / 4
                    text = lines.dropFirst(part * size).prefix(size).joined(separator: "\n") + "\n"
                } else {
                    text = Corpus.copy(lines, part)
                }
                let input = work.appendingPathComponent("scale-part-\(copies)-\(part).jsonl")
                try text.write(to: input, atomically: false, encoding: .utf8)
                let shard = work.appendingPathComponent("scale-shard-\(copies)-\(part)")
                try export(tool, [input.path, "--shard", "--format", "ntriples", "--out", shard.path])
                let nt = shard.appendingPathComponent("graph.nt").path
                read += try String(contentsOfFile: nt, encoding: .utf8).utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                shards.append(nt)
            }
            let bytes = try shards.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
            let out = work.appendingPathComponent("scale-merged-\(copies)")
            let run = try ChildProcess.run(tool, ["merge"] + shards + ["--out", out.path, "--quiet"])
            guard run.status == 0 else { fatalError("claimgraph merge failed with status \(run.status)") }
            table.add("merge 4 shards of \(copies)× corpus, all formats", triples: read, bytes: bytes, seconds: run.seconds,
                      peakBytes: run.peakBytes)
            if copies == 1 {
                let same = ["graph.ttl", "graph.rdf", "graph.nt", "graph.graphml"].allSatisfy {
                    FileManager.default.contentsEqual(atPath: out.appendingPathComponent($0).path,
                                                      andPath: whole.appendingPathComponent($0).path)
                }
                notes.append("merge of 4 shards of the corpus \(same ? "is" : "is NOT") byte-identical to one export in all four formats")
            }
        }
        return notes
    }

    private static func export(_ tool: String, _ arguments: [String]) throws {
        let run = try ChildProcess.runDirect(tool, ["export"] + arguments + ["--quiet"])
        guard run.status == 0 else { fatalError("claimgraph export \(arguments.joined(separator: " ")) failed with status \(run.status)") }
    }
}
