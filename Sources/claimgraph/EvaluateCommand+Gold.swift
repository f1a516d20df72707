import ArgumentParser
import Foundation
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphEvaluate

extension EvaluateCommand {
    /// `--gold FILE INPUT...`: the gold-file figures.
    ///
    /// Articles are matched to gold documents by id. Articles whose id the gold
    /// lacks are named on standard error and not scored (exit 1); when no
    /// article matches, nothing is scored (exit 2). Gold documents without an
    /// article are named too; they count as misses.
    func runGold(file: String) throws {
        let corpus: GoldCorpus
        do {
            corpus = try GoldCorpus.load(from: URL(fileURLWithPath: file))
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }
        let extractor = try Extractor.loadForCommand()
        let reader = ArticleReader(inputs: inputs)
        var extractions: [DocumentExtraction] = []
        var texts: [String: String] = [:]
        var skipped = 0
        while let item = reader.next() {
            switch item {
            case .success(let article):
                extractions.append(extractor.extract(id: article.id, text: article.text))
                texts[article.id] = article.text
            case .failure(let issue):
                skipped += 1
                StandardError.line("claimgraph: skipped \(issue)")
            }
        }
        guard !extractions.isEmpty else {
            StandardError.line(ProgressText.nothingRead(from: inputs, skipped: skipped, ignored: reader.ignoredFiles,
                                                        outcome: "nothing scored"))
            throw ClaimGraphExit.failure
        }
        let goldIDs = corpus.documents.map(\.id)
        let known = Set(goldIDs)
        let articleIDs = extractions.map(\.articleID)
        let unmatched = articleIDs.filter { !known.contains($0) }
        if unmatched.count == articleIDs.count {
            StandardError.line("claimgraph: no article id matches the gold file \(file): articles "
                + nameList(unmatched) + "; gold ids " + nameList(goldIDs))
            throw ClaimGraphExit.failure
        }
        if !unmatched.isEmpty {
            skipped += unmatched.count
            StandardError.line("claimgraph: skipped \(unmatched.count) article(s) whose id the gold file lacks: "
                + nameList(unmatched))
        }
        let read = Set(articleIDs)
        let absent = goldIDs.filter { !read.contains($0) }
        if !absent.isEmpty {
            StandardError.line("claimgraph: \(absent.count) gold document(s) have no article (scored as misses): "
                + nameList(absent))
        }
        let report = Scorer(gold: corpus).score(extractions)
        if json {
            print(report.json())
        } else {
            print(report.table())
            if details { print(report.details(articles: texts)) }
        }
        if skipped > 0 { throw ClaimGraphExit.partial }
    }
}
