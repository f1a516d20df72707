import ArgumentParser
import Foundation
import ClaimGraphIngest
import ClaimGraphExtract

/// `claimgraph explain`: which sieve made each statement, and why candidates were let go.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, sentence by sentence, the statements the attribution sieves found and the candidates they rejected.",
        discussion: """
        INPUT is what export reads (.txt files, folders, .jsonl files, - for JSON Lines on \
        standard input). For each article, every sentence where a sieve found a statement or \
        let a candidate go is printed with its number (1-based, as --sentence takes it), then:

          + SIEVE[/RULE]  KIND POLARITY[  SCOPE]  source "…" → SPEAKER  cue "…"  content "…" [START-END]
          - SIEVE  "…" [START-END]: REASON

        RULE names the content rule inside the sieve (the reporting-verb sieve's: \
        \(ContentRuleNames.all.joined(separator: ", "))). KIND is speech, belief or stance; \
        SCOPE is printed when the statement is not exported (nested, headline, restatement, \
        coordinated, question; stances are never exported). Offsets are Unicode scalar offsets \
        in the article text, end exclusive. The sieves run in this order: \
        \(SieveNames.all.joined(separator: ", ")).

        Exit status: 0 every article explained; 1 some inputs skipped (each reported on \
        standard error); 2 nothing could be read; 64 invalid command line.
        """
    )

    @Argument(help: ArgumentHelp("Articles to read, as for export.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Only this sentence of each article (1-based), printed even when nothing was found in it.",
                               valueName: "n"))
    var sentence: Int?

    @Option(help: ArgumentHelp("Only the article with this id (file name or JSON Lines id).", valueName: "id"))
    var article: String?

    func validate() throws {
        if let sentence, sentence < 1 { throw ValidationError("--sentence counts from 1") }
    }

    func run() throws {
        let extractor = try Extractor.loadForCommand()
        let reader = ArticleReader(inputs: inputs)
        var out = ""
        var explained = 0, skipped = 0
        while let item = reader.next() {
            switch item {
            case .success(let a):
                if let article, a.id != article { continue }
                explained += 1
                out += ExplanationText.render(extractor.explain(id: a.id, text: a.text), text: a.text, only: sentence.map { $0 - 1 })
                if out.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(out.utf8)); out = "" }
            case .failure(let issue):
                skipped += 1
                StandardError.line("claimgraph: skipped \(issue)")
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if explained == 0 {
            StandardError.line("claimgraph: no article could be read from \(inputs.joined(separator: " "))"
                               + (article.map { " with id \($0)" } ?? ""))
            throw ClaimGraphExit.failure
        }
        if skipped > 0 { throw ClaimGraphExit.partial }
    }
}

/// The text `claimgraph explain` prints for one article.
enum ExplanationText {
    static func render(_ e: AttributionExplanation, text: String, only: Int?) -> String {
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String {
            let clamped = max(0, min(r.lowerBound, scalars.count))..<max(0, min(r.upperBound, scalars.count))
            var s = String(String.UnicodeScalarView(scalars[clamped]))
            s = s.replacingOccurrences(of: "\n", with: " ")
            return s
        }
        var found: [Int: [StatementRecord]] = [:]
        for s in e.extraction.statements {
            let anchor = s.cueSpan?.lowerBound ?? s.content.lowerBound
            if let k = e.sentence(containing: anchor) { found[k, default: []].append(s) }
        }
        var rejected: [Int: [AttributionExplanation.Rejection]] = [:]
        for r in e.rejections { rejected[r.sentence, default: []].append(r) }
        var out = "# article \(e.extraction.articleID)\n"
        for k in e.sentences.indices {
            if let only, k != only { continue }
            let statements = found[k] ?? [], rejections = rejected[k] ?? []
            if only == nil && statements.isEmpty && rejections.isEmpty { continue }
            out += "sentence \(k + 1) [\(e.sentences[k].lowerBound)-\(e.sentences[k].upperBound)]: \(slice(e.sentences[k]))\n"
            for s in statements {
                let source = s.speakerSpan.map { "\"\(slice($0))\"" } ?? "-"
                let cue = s.cueSpan.map { "\"\(slice($0))\"" } ?? "\"\(s.cue)\""
                let rule = s.contentRule.isEmpty ? "" : "/\(s.contentRule)"
                let scope = s.scope == .body ? "" : "  \(s.scope.rawValue)"
                out += "  + \(s.sieve)\(rule)  \(s.kind.rawValue) \(s.polarity.rawValue)\(scope)  source \(source) → \(speakerText(s.speaker))"
                out += "  cue \(cue)  content \"\(slice(s.content))\" [\(s.content.lowerBound)-\(s.content.upperBound)]"
                if s.contentFragments.count > 1 { out += " in \(s.contentFragments.count) fragments" }
                if !s.outlets.isEmpty { out += "  reported by \(s.outlets.joined(separator: ", "))" }
                out += "\n"
            }
            for r in rejections {
                out += "  - \(r.sieve)  \"\(slice(r.span))\" [\(r.span.lowerBound)-\(r.span.upperBound)]: \(r.reason)\n"
            }
        }
        return out
    }

    static func speakerText(_ speaker: Speaker) -> String {
        switch speaker {
        case .person(let name): "person \(name)"
        case .country(let code): "country \(code)"
        case .organization(let name): "organization \(name)"
        case .outlet(let name): "outlet \(name)"
        case .unnamed(let description): "unnamed source \"\(description)\""
        }
    }
}
