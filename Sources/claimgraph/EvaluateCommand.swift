import ArgumentParser
import Foundation
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphEvaluate

/// `claimgraph evaluate`: score the extraction against hand annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the extraction against a gold annotation file.",
        discussion: """
        Runs the extraction on INPUT (as for export) and compares it with the gold file: \
        persons, affiliations, statements (core: speakers who are persons; extended: all \
        speakers), polarity and reported-by, each with precision, recall and F1. The gold \
        format is documented in the README ("Evaluating against your own annotations").

        \(ClaimGraphExit.helpText)
        """
    )

    @Option(help: ArgumentHelp("Gold annotation file (JSON).", valueName: "file"))
    var gold: String

    @Argument(help: ArgumentHelp("Articles to read, as for export.", valueName: "input"))
    var inputs: [String]

    @Flag(help: "Also list every miss and every false hit, with its sentence.")
    var details = false

    @Flag(help: "Print the figures as JSON instead of a table.")
    var json = false

    func run() throws {
        let corpus: GoldCorpus
        do {
            corpus = try GoldCorpus.load(from: URL(fileURLWithPath: gold))
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
            StandardError.line("claimgraph: no article could be read from \(inputs.joined(separator: " "))")
            throw ClaimGraphExit.failure
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
