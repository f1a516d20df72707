import ClaimGraphExtract
import Testing
@testable import ClaimGraphEvaluate

@Suite struct ScorerPersonsTests {
    let corpus = GoldCorpus(corpus: "t", documents: [
        GoldDocument(id: "a", persons: [
            GoldPerson(name: "Hossein Amir-Abdollahian", aliases: ["Amir-Abdollahian"], countries: ["IR"]),
            GoldPerson(name: "John Kirby", aliases: ["Kirby"], countries: ["US"]),
        ]),
        GoldDocument(id: "b", persons: [
            GoldPerson(name: "Hossein Amir-Abdollahian", aliases: ["Amirabdollahian"], countries: ["IR"]),
            GoldPerson(name: "Nasser Kanaani", aliases: ["Kanani", "Kan’ani"], countries: ["IR"]),
            GoldPerson(name: "Ellen Nakashima", aliases: ["Nakashima"]),
        ]),
    ])

    @Test func personsAndAffiliationsOverTheCorpus() {
        let report = Scorer(gold: corpus).score([
            DocumentExtraction(articleID: "a", persons: [
                PersonRecord(name: "Hossein Amir\u{2013}Abdollahian", aliases: ["Amir\u{2010}Abdollahian"],
                             countries: ["IR"]),
                PersonRecord(name: "John Kirby", aliases: ["Kirby"], countries: ["IR", "US"]),
            ]),
            DocumentExtraction(articleID: "b", persons: [
                PersonRecord(name: "Amirabdollahian", countries: ["ir"]),
                PersonRecord(name: "Kanʼani"),
                PersonRecord(name: "Nikolai Petrov", countries: ["RU"]),
            ]),
            // Not in gold: ignored.
            DocumentExtraction(articleID: "zz", persons: [PersonRecord(name: "Joe Biden", countries: ["US"])]),
        ])
        #expect(report.persons == Figure(gold: 4, found: 4, matched: 3))
        #expect(report.missedPersons == [PersonItem(name: "Ellen Nakashima", documentIDs: ["b"])])
        #expect(report.spuriousPersons == [PersonItem(name: "Nikolai Petrov", documentIDs: ["b"])])
        #expect(report.affiliations == Figure(gold: 3, found: 4, matched: 2))
        #expect(report.missedAffiliations == [AffiliationItem(person: "Nasser Kanaani", country: "IR")])
        #expect(report.spuriousAffiliations == [
            AffiliationItem(person: "John Kirby", country: "IR"),
            AffiliationItem(person: "Nikolai Petrov", country: "RU"),
        ])
    }

    @Test func extractedPersonsMergeAcrossDocumentsByLabel() {
        let clusters = Scorer.clusters([
            DocumentContext(gold: GoldDocument(id: "a"), extraction: DocumentExtraction(articleID: "a", persons: [
                PersonRecord(name: "Nasser Kanaani", aliases: ["Kanaani"], countries: ["IR"]),
                PersonRecord(name: "Kanani"),
            ]), people: GoldPeople(corpus)),
            DocumentContext(gold: GoldDocument(id: "b"), extraction: DocumentExtraction(articleID: "b", persons: [
                PersonRecord(name: "Kan'ani", aliases: ["Kanaani"]),
            ]), people: GoldPeople(corpus)),
        ])
        #expect(clusters.count == 1)
        #expect(clusters.first?.name == "Nasser Kanaani")
        #expect(clusters.first?.labels == ["nasser kanaani", "kanaani", "kanani"])
        #expect(clusters.first?.documentIDs == ["a", "b"])
    }

    @Test func aPersonExtractedTwiceMatchesOnce() {
        let report = Scorer(gold: corpus).score([
            DocumentExtraction(articleID: "b", persons: [
                PersonRecord(name: "Nasser Kanaani", countries: ["IR"]),
                PersonRecord(name: "Kanani", countries: ["IR"]),
            ]),
        ])
        #expect(report.persons == Figure(gold: 4, found: 2, matched: 1))
        #expect(report.spuriousPersons.map(\.name) == ["Kanani"])
        #expect(report.affiliations == Figure(gold: 3, found: 2, matched: 1))
    }

    @Test func goldDocumentsWithoutExtractionAreMisses() {
        let report = Scorer(gold: corpus).score([])
        #expect(report.persons == Figure(gold: 4, found: 0, matched: 0))
        #expect(report.persons.precision == nil)
        #expect(report.persons.recall == 0)
        #expect(report.persons.f1 == nil)
        #expect(report.documents.map(\.extracted) == [false, false])
    }
}
