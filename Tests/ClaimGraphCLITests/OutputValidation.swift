import Foundation
import ClaimGraphModel
import ClaimGraphSerialize

/// Checks exported files with independent readers: ClaimGraph's strict
/// N-Triples parser, libxml2 (xmllint) and Raptor (rapper).
enum OutputValidation {
    /// Problems found in the graph files of `folder`, one line each; empty when all are valid.
    static func problems(in folder: String) -> [String] {
        var problems: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasPrefix("graph.") {
            let path = folder + "/" + name
            switch (name as NSString).pathExtension {
            case "nt":
                do {
                    try NTriplesParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), into: TripleCollector())
                } catch { problems.append("\(name): \(error)") }
            case "rdf":
                problems += tool("/usr/bin/xmllint", ["--noout", "--nonet", path], name)
                problems += tool("/usr/bin/rapper", ["-q", "-i", "rdfxml", "-c", path], name)
            case "graphml":
                problems += tool("/usr/bin/xmllint", ["--noout", "--nonet", path], name)
            case "ttl":
                problems += tool("/usr/bin/rapper", ["-q", "-i", "turtle", "-c", path], name)
            default:
                break
            }
        }
        return problems
    }

    /// Triple count of an N-Triples file, via the strict parser.
    static func triples(_ path: String) throws -> [Triple] {
        let collector = TripleCollector()
        try NTriplesParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), into: collector)
        return collector.triples
    }

    /// Runs a validator; a non-zero status or any error output is a problem.
    static func tool(_ executable: String, _ arguments: [String], _ name: String) -> [String] {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return ["\(executable) is not installed"] }
        guard let outcome = try? ChildProcess(executable, arguments).wait(timeout: 120) else {
            return ["\(name): cannot run \(executable)"]
        }
        if outcome.status != 0 || outcome.stderr.contains("rror") {
            return ["\(name): \((executable as NSString).lastPathComponent) status \(String(describing: outcome.status)): \(outcome.stderr.prefix(600))"]
        }
        return []
    }
}
