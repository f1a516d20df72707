import ArgumentParser
import Foundation
import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphGraph
import ClaimGraphSerialize

/// `claimgraph export`: articles in, graph files out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Extract statements from articles and write the graph files.",
        discussion: """
        INPUT is a .txt file (one article; its file name is the article id), a folder \
        (read recursively: \(ProgressText.folderEndings("and")) files, in name order; \
        other files are passed over), a .jsonl file (one JSON \
        object per line with "id" and "text", and optionally "title", "outlet", "date", \
        "url"), or - for JSON Lines on standard input.

        Writes into DIR: \(RDFFormat.allCases.map { "\($0.fileName) (\($0.label))" }.joined(separator: ", ")). \
        Each file is written to a temporary file and renamed \
        into place only when complete, so an interrupted run leaves the previous files intact.

        To split a large corpus: export each part with --shard (N-Triples is enough), \
        then 'claimgraph merge PART... --out DIR' writes the files one run over the \
        whole corpus writes, byte for byte.

        Bad inputs (invalid UTF-8 without a byte-order mark, binary content, empty \
        articles, malformed JSON lines, lines without "text", duplicate ids, unreadable \
        files, symbolic link loops) are reported on standard error with their file and \
        line, and skipped. Limits: an article over 16 MiB of text, or a JSON line over \
        32 MiB, is reported and skipped.

        \(ClaimGraphExit.helpText)
        """
    )

    @Argument(help: ArgumentHelp("Articles to read: .txt files, folders, .jsonl files, or - for JSON Lines on standard input.",
                                 valueName: "input"))
    var inputs: [String]

    @OptionGroup var output: GraphOutputOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Worker threads for extraction (above 1, each format is also written on its own thread); the default is the number of cores.", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: [.short, .long], help: "No progress display on standard error.")
    var quiet = false

    @Flag(help: "Treat any skipped input as a failure: write nothing and exit with status 2.")
    var strict = false

    @Flag(help: ArgumentHelp("Write a shard export: labels are left to 'claimgraph merge', and each spelling of a name is written with the articles that use it (cg:Name), so the shard exports of any split of a corpus unite into one graph."))
    var shard = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        Interruption.install()
        let naming = try output.naming()
        let outputs: GraphOutputs
        do {
            outputs = try GraphOutputs(folder: output.out, formats: output.formats, writerThreads: jobs > 1)
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }

        let extractor: Extractor
        do {
            extractor = try Extractor.loadForCommand()
        } catch {
            outputs.abort()
            throw error
        }

        let reader = ArticleReader(inputs: inputs)
        let builder = GraphBuilder(naming: naming, sink: outputs.sink,
                                   countryName: { extractor.countryName(code: $0) },
                                   personKey: { NameKey.spelling($0) }, shard: shard)
        let pipeline = ExportPipeline(reader: reader, extractor: extractor, builder: builder, jobs: jobs)
        let showProgress = !quiet && StandardError.isTerminal
        let strict = self.strict
        let summary: ExportPipeline.Summary
        do {
            summary = try pipeline.run(onIssue: { issue in
                if showProgress { StandardError.endStatus() }
                StandardError.line("claimgraph: skipped \(issue)")
                if strict { throw StrictStop() }
            }, onProgress: showProgress ? { progress in
                StandardError.status(ProgressText.line(progress))
            } : nil)
        } catch is StrictStop {
            // The pipeline has stopped; abort() ends the writer threads before removing their files.
            outputs.abort()
            StandardError.line("claimgraph: --strict: stopping at the first skipped input; nothing written")
            throw ClaimGraphExit.failure
        } catch {
            outputs.abort()
            if showProgress { StandardError.endStatus() }
            StandardError.line("claimgraph: \(outputs.describe(error)); no output file was replaced")
            throw ClaimGraphExit.failure
        }
        if showProgress { StandardError.endStatus() }
        guard summary.articles > 0 else {
            outputs.abort()
            StandardError.line(ProgressText.nothingRead(from: inputs, skipped: summary.skipped, ignored: reader.ignoredFiles))
            throw ClaimGraphExit.failure
        }
        do {
            try outputs.commit()
        } catch {
            outputs.abort()
            StandardError.line("claimgraph: \(outputs.describe(error))")
            throw ClaimGraphExit.failure
        }
        if !quiet {
            StandardError.line(ProgressText.summary(summary, files: outputs.paths))
        }
        if summary.skipped > 0 { throw ClaimGraphExit.partial }
    }
}

/// Thrown by the issue handler under `--strict` to stop the pipeline.
private struct StrictStop: Error {}

/// Texts for progress and the closing summary.
enum ProgressText {
    /// The endings a folder walk reads, as prose: ".txt, .jsonl and .ndjson".
    static func folderEndings(_ conjunction: String) -> String {
        let endings = ArticleReader.folderExtensions
        return endings.dropLast().joined(separator: ", ") + " \(conjunction) " + endings.last!
    }

    /// Why a run read no article: the inputs skipped, and the files a folder
    /// walk passed over for their ending, a few of them by name.
    static func nothingRead(from inputs: [String], skipped: Int, ignored: [String], outcome: String = "nothing written") -> String {
        var reasons: [String] = []
        if skipped > 0 { reasons.append("\(skipped) input\(skipped == 1 ? " was" : "s were") skipped (see above)") }
        if !ignored.isEmpty {
            let shown = ignored.prefix(3).joined(separator: ", ")
            let more = ignored.count > 3 ? " and \(ignored.count - 3) more" : ""
            reasons.append("a folder is read for \(folderEndings("and")) files only; ignored \(shown)\(more)")
        } else if skipped == 0 {
            reasons.append("no \(folderEndings("or")) file found")
        }
        return "claimgraph: no article could be read from \(inputs.joined(separator: " ")): "
            + reasons.joined(separator: "; ") + "; " + outcome
    }

    static func line(_ progress: ExportPipeline.Progress) -> String {
        let mb = Double(progress.bytes) / 1_000_000
        let rate = progress.seconds > 0 ? mb / progress.seconds : 0
        return String(format: "claimgraph: %d articles, %.1f MB, %.1f MB/s, %d skipped",
                      progress.articles, mb, rate, progress.skipped)
    }

    static func summary(_ summary: ExportPipeline.Summary, files: [String]) -> String {
        "claimgraph: exported \(summary.articles) article\(summary.articles == 1 ? "" : "s") "
            + "(\(summary.statements) statements, \(summary.beliefs) beliefs, \(summary.triples) triples), "
            + "skipped \(summary.skipped); "
            + "wrote \(files.joined(separator: ", "))"
    }
}
