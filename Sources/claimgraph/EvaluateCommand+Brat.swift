import ArgumentParser
import Foundation
import ClaimGraphExtract
import ClaimGraphEvaluate

extension EvaluateCommand {
    /// `--brat DIR`: the attribution span figures.
    ///
    /// Files that cannot be read (a `.txt` without its `.ann` or the reverse,
    /// text that is not UTF-8, a malformed `.ann` line) are named on standard
    /// error with the file and line and not scored (exit 1); no readable
    /// article at all is exit 2.
    func runBrat(folder: String) throws {
        let corpus: BratCorpus
        do {
            corpus = try BratCorpus.load(folder: folder)
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }
        for issue in corpus.issues { StandardError.line("claimgraph: skipped \(issue)") }
        guard !corpus.documents.isEmpty else {
            StandardError.line("claimgraph: no BRAT article (ID.txt with ID.ann) could be read from \(folder)")
            throw ClaimGraphExit.failure
        }
        let extractor = try Extractor.loadForCommand()
        let extractions = corpus.documents.map { extractor.extract(id: $0.id, text: $0.text) }
        let report = SpanScorer(corpus: corpus).score(extractions)
        if json {
            print(report.json(details: details), terminator: "")
        } else {
            print(report.table(), terminator: "")
            if details { print("\n" + report.details(), terminator: "") }
        }
        if !corpus.issues.isEmpty { throw ClaimGraphExit.partial }
    }
}
