import ClaimGraphExtract
import Foundation
import Testing
@testable import ClaimGraphEvaluate

@Suite struct EvaluationReportTests {
    @Test func tableIsFixedWidth() {
        let lines = StatementFixture.report.table().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "figure                 gold  found  match  precision  recall     F1")
        #expect(lines[1] == "persons                   2      1      1      1.000   0.500  0.667")
        #expect(lines[4] == "statements (extended)     7      8      6      0.750   0.857  0.800")
        #expect(lines[7] == "polarity (accuracy)                   5/6                     0.833")
        #expect(lines.last == "")
        #expect(Set(lines.dropLast().map(\.count)) == [67])
    }

    @Test func undefinedRatiosPrintAsDash() {
        let report = Scorer(gold: GoldCorpus(documents: [GoldDocument(id: "a")])).score([])
        #expect(report.table().contains("persons                   0      0      0          -       -      -"))
    }

    @Test func detailsListMissesAndFalseHitsWithSentences() {
        let details = StatementFixture.report.details(articles: ["d1": StatementFixture.article])
        #expect(details.contains("\n  miss   d2  person \"Nasser Kanaani\"  denial  cue \"groundless claims\"\n"))
        #expect(details.contains("\n  false  d1  unnamed \"analysts\"  claim  text \"Tehran is lying\"\n"
            + "         sentence \"Analysts said Tehran is lying.\"\n"))
        #expect(details.contains("\n  wrong  d1  person \"John Kirby\"  gold denial  found claim  cue \"not true\"\n"))
        #expect(details.contains("\n  false  d1  organization \"Russian Embassy\"  outlet \"TASS\""))
        #expect(details.contains("\n  d2  gold 1  found 0  match 0  (no extraction)\n"))
        // Without the article, no sentence line.
        #expect(!StatementFixture.report.details().contains("sentence"))
        // Deterministic.
        #expect(details == StatementFixture.report.details(articles: ["d1": StatementFixture.article]))
    }

    @Test func quotingAndExcerptsAreSafe() {
        #expect(quoted("a \"b\"\n c\\") == #""a \"b\" c\\""#)
        #expect(excerpt("héllo world", 1..<5) == "éllo")
        #expect(excerpt("abc", 2..<10) == "c")
        #expect(excerpt("abc", 5..<9) == nil)
    }

    @Test func jsonCarriesFiguresAndNulls() throws {
        let data = Data(StatementFixture.report.json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let figures = try #require(object["figures"] as? [String: [String: Any]])
        #expect(figures["statements_extended"]?["matched"] as? Int == 6)
        #expect(figures["statements_core"]?["gold"] as? Int == 3)
        #expect(figures["polarity"]?["agreed"] as? Int == 5)
        #expect(figures["reported_by"]?["precision"] as? Double == 0.6667)
        #expect(object["corpus"] as? String == "fixture")

        let empty = Scorer(gold: GoldCorpus(documents: [GoldDocument(id: "a")])).score([]).json()
        let emptyObject = try #require(try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [String: Any])
        let persons = try #require((emptyObject["figures"] as? [String: [String: Any]])?["persons"])
        #expect(persons["precision"] is NSNull)
        #expect(persons.keys.sorted() == ["f1", "found", "gold", "matched", "precision", "recall"])
    }

    /// An extraction copied from the sample gold scores 1 everywhere.
    @Test func goldAsExtractionScoresPerfectly() throws {
        let corpus = try GoldCorpus.load(from: sampleURL)
        let report = Scorer(gold: corpus).score(corpus.documents.map(extraction(copying:)))
        for figure in [report.persons, report.affiliations, report.statementsCore,
                       report.statementsExtended, report.reportedBy] {
            #expect(figure.gold == figure.matched && figure.found == figure.matched, "\(figure)")
        }
        #expect(report.statementsExtended.matched == 78)
        #expect(report.statementsCore.matched == 36)
        #expect(report.polarity == AccuracyFigure(agreed: 78, total: 78))
    }
}

/// A perfect extraction of a gold document: every name, outlet and statement (cue as text).
private func extraction(copying document: GoldDocument) -> DocumentExtraction {
    let outletNames = Set(document.outlets.map(\.name))
    return DocumentExtraction(
        articleID: document.id,
        persons: document.persons.map { PersonRecord(name: $0.name, aliases: $0.aliases, countries: $0.countries) },
        outlets: document.outlets.map { OutletRecord(name: $0.name, aliases: $0.aliases) },
        statements: document.statements.map { statement in
            let speaker: Speaker = switch statement.speakerType {
            case .person: .person(statement.speaker)
            case .country: .country(statement.speaker)
            case .organization: outletNames.contains(statement.speaker)
                ? .outlet(statement.speaker) : .organization(statement.speaker)
            case .anonymous: .unnamed(statement.speaker)
            }
            return record(speaker, statement.cue, statement.type == .denial ? .denial : .claim,
                          outlets: statement.outlets)
        })
}
