import ClaimGraphExtract
import Testing
@testable import ClaimGraphEvaluate

/// A two-document corpus with one statement of each speaker type, and an extraction of it.
enum StatementFixture {
    static let corpus = GoldCorpus(corpus: "fixture", documents: [
        GoldDocument(
            id: "d1",
            persons: [GoldPerson(name: "John Kirby", aliases: ["Kirby"], countries: ["US"])],
            outlets: [GoldOutlet(name: "Reuters", aliases: ["Reuters news agency"]),
                      GoldOutlet(name: "Iran International")],
            statements: [
                gold("John Kirby", .person, .claim, "Iran is helping Russia", outlets: ["Reuters"]),
                gold("IR", .country, .denial, "the claim"),
                gold("Russian embassy in Tehran", .organization, .denial, "never sent"),
                gold("an official from a European country", .anonymous, .either, "drones were delivered"),
                gold("John Kirby", .person, .denial, "not true"),
                gold("Iran International", .organization, .claim, "has learned",
                     outlets: ["Iran International"]),
            ]),
        GoldDocument(
            id: "d2",
            persons: [GoldPerson(name: "Nasser Kanaani", countries: ["IR"])],
            statements: [gold("Nasser Kanaani", .person, .denial, "groundless claims")]),
    ])

    static let article = "Analysts said Tehran is lying."

    static let extraction = DocumentExtraction(
        articleID: "d1",
        persons: [PersonRecord(name: "John Kirby", aliases: ["Kirby"], countries: ["US"])],
        organizations: [OrganizationRecord(name: "Russian Embassy", countries: ["RU"])],
        outlets: [OutletRecord(name: "Reuters News Agency"), OutletRecord(name: "Iran International")],
        statements: [
            record(.person("John Kirby"), "“Iran is  helping Russia”, with drones", outlets: ["Reuters News Agency"]),
            record(.country("ir"), "the claim", .denial),
            record(.organization("Russian Embassy"), "Russia never sent drones", .denial, outlets: ["TASS"]),
            record(.unnamed("the official from a European country"), "Drones were delivered in summer"),
            record(.person("John Kirby"), "that is not true"),
            record(.outlet("Iran International"), "Iran International has learned that",
                   outlets: ["Iran International"]),
            record(.unnamed("analysts"), "Tehran is lying", sentence: 0..<30),
            record(.person("John Kirby"), "something else"),
        ])

    static var report: EvaluationReport {
        Scorer(gold: corpus).score([
            extraction,
            DocumentExtraction(articleID: "zz", statements: [record(.country("US"), "ignored")]),
        ])
    }
}

@Suite struct ScorerStatementsTests {
    @Test func exactCountsCoreAndExtended() {
        let report = StatementFixture.report
        #expect(report.statementsExtended == Figure(gold: 7, found: 8, matched: 6))
        #expect(report.statementsCore == Figure(gold: 3, found: 3, matched: 2))
        #expect(report.polarity == AccuracyFigure(agreed: 5, total: 6))
        #expect(report.polarityCore == AccuracyFigure(agreed: 1, total: 2))
        #expect(report.reportedBy == Figure(gold: 2, found: 3, matched: 2))
        #expect(report.documents.map(\.statements) == [Figure(gold: 6, found: 8, matched: 6),
                                                      Figure(gold: 1, found: 0, matched: 0)])
        #expect(report.missedStatements.map(\.statement.cue) == ["groundless claims"])
        #expect(report.spuriousStatements.map(\.statement.text) == ["Tehran is lying", "something else"])
        #expect(report.polarityErrors.map(\.gold.cue) == ["not true"])
        #expect(report.spuriousReports.map(\.outlet) == ["TASS"])
        #expect(report.missedReports.isEmpty)
    }

    @Test func eachGoldStatementMatchesAtMostOneExtracted() {
        let corpus = GoldCorpus(documents: [GoldDocument(
            id: "d", persons: [GoldPerson(name: "John Kirby")],
            statements: [gold("John Kirby", .person, .claim, "helping Russia")])])
        let report = Scorer(gold: corpus).score([DocumentExtraction(articleID: "d", statements: [
            record(.person("John Kirby"), "Iran is helping Russia with drones"),
            record(.person("John Kirby"), "Iran is helping Russia"),
        ])])
        #expect(report.statementsExtended == Figure(gold: 1, found: 2, matched: 1))
        // The shorter text is preferred, so the longer one is the false hit.
        #expect(report.spuriousStatements.map(\.statement.text) == ["Iran is helping Russia with drones"])
    }

    @Test func matchingIsMaximumNotGreedy() {
        // The first gold statement prefers the agreeing first record, which only the
        // second gold statement can use; a maximum matching serves both.
        let corpus = GoldCorpus(documents: [GoldDocument(
            id: "d", persons: [GoldPerson(name: "John Kirby")],
            statements: [gold("John Kirby", .person, .claim, "drones"),
                         gold("John Kirby", .person, .claim, "drones to Russia")])])
        let report = Scorer(gold: corpus).score([DocumentExtraction(articleID: "d", statements: [
            record(.person("John Kirby"), "sent drones to Russia", .claim),
            record(.person("John Kirby"), "drones", .denial),
        ])])
        #expect(report.statementsExtended.matched == 2)
        #expect(report.polarity == AccuracyFigure(agreed: 1, total: 2))
    }

    @Test func eitherAgreesWithBoth() {
        let corpus = GoldCorpus(documents: [GoldDocument(
            id: "d", statements: [gold("IR", .country, .either, "but not"),
                                  gold("IR", .country, .either, "months before")])])
        let report = Scorer(gold: corpus).score([DocumentExtraction(articleID: "d", statements: [
            record(.country("IR"), "yes, but not in the war", .claim),
            record(.country("IR"), "sold drones months before", .denial),
        ])])
        #expect(report.polarity == AccuracyFigure(agreed: 2, total: 2))
        #expect(report.statementsCore == Figure(gold: 0, found: 0, matched: 0))
        #expect(report.statementsExtended == Figure(gold: 2, found: 2, matched: 2))
    }

    @Test func speakersMustMatchByType() {
        let corpus = GoldCorpus(documents: [GoldDocument(
            id: "d", persons: [GoldPerson(name: "Hossein Amir-Abdollahian", aliases: ["Amirabdollahian"])],
            outlets: [GoldOutlet(name: "Fars News Agency", aliases: ["Fars"])],
            statements: [
                gold("Hossein Amir-Abdollahian", .person, .claim, "not remain indifferent"),
                gold("Fars News Agency", .organization, .claim, "reported"),
                gold("US administration officials", .anonymous, .claim, "drones"),
                gold("UA", .country, .claim, "shot down"),
            ])])
        let matching = Scorer(gold: corpus).score([DocumentExtraction(
            articleID: "d",
            persons: [PersonRecord(name: "Hossein Amir Abdollahian", aliases: ["Amir-Abdollahian"])],
            outlets: [OutletRecord(name: "Fars")],
            statements: [
                record(.person("Hossein Amir Abdollahian"), "Iran will not remain indifferent"),
                record(.outlet("Fars"), "Fars reported"),
                record(.unnamed("some U.S. administration officials"), "drones were used"),
                record(.country("UA"), "we shot down drones"),
            ])])
        #expect(matching.statementsExtended.matched == 4)

        let wrong = Scorer(gold: corpus).score([DocumentExtraction(
            articleID: "d",
            statements: [
                record(.person("Amir Abdollahian"), "Iran will not remain indifferent"),
                record(.organization("Tasnim"), "Tasnim reported"),
                record(.person("US administration officials"), "drones were used"),
                record(.country("RU"), "we shot down drones"),
            ])])
        #expect(wrong.statementsExtended == Figure(gold: 4, found: 4, matched: 0))
    }
}
