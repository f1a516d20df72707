import ArgumentParser
import Foundation
import ClaimGraphModel
import ClaimGraphGraph
import ClaimGraphSerialize

/// `claimgraph merge`: the N-Triples of shard exports in, the files one run over the whole corpus writes out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the N-Triples of shard exports into the graph files one run over the whole corpus writes.",
        discussion: """
        Each SHARD is the graph.nt of a shard export ('claimgraph export PART --shard \\
        --format ntriples --out DIR'), a folder (read recursively for .nt files, in name \\
        order), or - for N-Triples on standard input. Give the shards in corpus order, each \\
        article in one shard: the files written into DIR (\(RDFFormat.allCases.map(\.fileName).joined(separator: ", "))) \\
        are then byte for byte those one 'claimgraph export' over the whole corpus writes. \\
        Each entity's label is chosen as the single run chooses it: the spelling used by \\
        the most articles, then the longest, then the first in UTF-8 byte order.

        Memory stays bounded whatever the size of the input: the triples of articles and \\
        statements are written as they are read, and those about people, countries, \\
        outlets and organizations go through an external sort whose temporary files \\
        (in DIR, hidden) are removed at the end. Each file is written to a temporary file \\
        and renamed into place only when complete. A malformed triple stops the merge \\
        with its file and line; so does a finished export (entities with rdfs:label) \\
        given instead of a shard export.

        Exit status: 0 merged; 2 nothing written (an unreadable or malformed shard, a \\
        finished export, a subject outside --base, an output folder that cannot be \\
        written; no output folder is left behind); 64 invalid command line; 130 \\
        interrupted (143 when terminated).
        """
    )

    @Argument(help: ArgumentHelp("Shard exports to read: N-Triples files, folders of them, or - for standard input.",
                                 valueName: "shard"))
    var inputs: [String]

    @OptionGroup var output: GraphOutputOptions

    @Flag(name: [.short, .long], help: "No progress display on standard error.")
    var quiet = false


    func run() throws {
        Interruption.install()
        let naming = try output.naming()
        let paths: [String]
        do {
            paths = try Self.expand(inputs)
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }
        let outputs: GraphOutputs
        do {
            outputs = try GraphOutputs(folder: output.out, formats: output.formats, writerThreads: true)
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }
        let merger = ShardMerger(naming: naming, sink: outputs.sink, temporaryDirectory: output.out) { path, created in
            if created { Interruption.track(path) } else { Interruption.untrack(path) }
        }
        let showProgress = !quiet && StandardError.isTerminal
        let summary: ShardMerger.Summary
        do {
            for path in paths {
                let stream = try NTriplesStream(path: path)
                try merger.add(stream, onProgress: showProgress ? { progress in
                    StandardError.status(String(format: "claimgraph: merging %@: %d triples, %.1f MB",
                                                progress.input, progress.triplesRead, Double(progress.bytesRead) / 1e6))
                } : nil)
            }
            if showProgress { StandardError.status("claimgraph: writing the merged entities") }
            summary = try merger.finish()
            if showProgress { StandardError.endStatus() }
            try outputs.commit()
        } catch {
            outputs.abort()
            if showProgress { StandardError.endStatus() }
            StandardError.line("claimgraph: \(outputs.describe(error)); nothing written")
            throw ClaimGraphExit.failure
        }
        if !quiet {
            StandardError.line("claimgraph: merged \(summary.inputs) shard\(summary.inputs == 1 ? "" : "s") "
                + "(\(summary.triplesRead) triples read, \(summary.entities) entities, \(summary.triplesWritten) triples); "
                + "wrote \(outputs.paths.joined(separator: ", "))")
        }
    }

    /// The files to read: each file as given, each folder's .nt files (recursively, in name order), `-` as is.
    static func expand(_ inputs: [String]) throws -> [String] {
        var paths: [String] = []
        let files = FileManager.default
        for input in inputs {
            var isFolder: ObjCBool = false
            if input == "-" || !files.fileExists(atPath: input, isDirectory: &isFolder) || !isFolder.boolValue {
                paths.append(input)   // a missing file is reported when it is opened
                continue
            }
            let prefix = input.hasSuffix("/") ? input : input + "/"
            let found = (files.subpaths(atPath: input) ?? [])
                .filter { $0.lowercased().hasSuffix(".nt") && !($0 as NSString).lastPathComponent.hasPrefix(".") }
                .map { prefix + $0 }
                .filter { files.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            guard !found.isEmpty else { throw OutputError("no .nt file in the folder \(input)") }
            paths += found
        }
        return paths
    }
}
