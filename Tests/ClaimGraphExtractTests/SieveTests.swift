import Testing
@testable import ClaimGraphExtract

/// The attribution sieves, one group per sieve, with sentences written for these tests and
/// hard negatives: what each sieve must find, and what it must let go (with the reason).
@Suite struct SieveTests {
    private func statements(_ text: String) -> [StatementRecord] { extract(text).statements }

    private func rejections(_ text: String) -> [AttributionExplanation.Rejection] {
        sharedExtractor.explain(id: "t", text: text).rejections
    }

    @Test func everyStatementNamesItsSieveAndTheOrderIsFixed() {
        #expect(SieveOrder.names == ["headline-separator", "reporting-verb", "according-to", "noun-cue", "quote-continuation"])
        let found = statements("Talks resumed. Mayor Ines Varga said the bridge would reopen. “It is safe,” she added.")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { SieveOrder.names.contains($0.sieve) })
        // The reporting-verb sieve names the content rule that found each content, in a fixed order.
        #expect(ContentRule.allCases.map(\.rawValue) == ["complement-clause", "report-inside", "passive-subject", "infinitive", "object",
                                                         "of-about-phrase", "that-clause-below", "quote-before", "trailing-report",
                                                         "clause-after", "colon"])
        #expect(found.filter { $0.sieve == "reporting-verb" }.allSatisfy { ContentRule(rawValue: $0.contentRule) != nil })
        #expect(found.filter { $0.sieve != "reporting-verb" }.allSatisfy { $0.contentRule.isEmpty })
    }

    @Test func reportingVerbTakesTheClauseWithThatInsideTheSpan() {
        let text = "Talks resumed. Mayor Ines Varga said that the bridge would reopen in May."
        let s = statements(text)
        #expect(s.count == 1)
        #expect(s.first?.sieve == "reporting-verb")
        #expect(s.first?.text == "the bridge would reopen in May")
        let scalars = Array(text.unicodeScalars)
        let content = s.first.map { String(String.UnicodeScalarView(scalars[$0.content])) }
        #expect(content == "that the bridge would reopen in May")
        #expect(s.first.flatMap { $0.cueSpan.map { String(String.UnicodeScalarView(scalars[$0])) } } == "said")
        #expect(offsetsHold(extract(text), text))
    }

    @Test func quoteBeforeTheReportingClauseKeepsItsMarks() {
        let text = "“The dam will hold,” the engineer Piet Smit said on Friday."
        let s = statements(text)
        #expect(s.count == 1)
        #expect(s.first?.directQuote == true)
        #expect(s.first?.text == "The dam will hold")
        let scalars = Array(text.unicodeScalars)
        #expect(s.first.map { String(String.UnicodeScalarView(scalars[$0.content])) } == "“The dam will hold,”")
    }

    @Test func interruptedQuoteIsOneStatementInTwoFragments() {
        let text = "“We are ready,” Ines Varga said. “The roads are open.”"
        let s = statements(text)
        #expect(s.count == 1)
        #expect(s.first?.contentFragments.count == 2)
        #expect(s.first?.text == "We are ready The roads are open")
        #expect(offsetsHold(extract(text), text))
    }

    @Test func cueTakesAuxiliariesAdverbsAndColon() {
        #expect(statements("Talks resumed. Ines Varga has also said that fees will rise.").first?.cue == "has also said")
        #expect(statements("Talks resumed. Ines Varga added: “Fees will rise.”").first?.cue == "added:")
    }

    @Test func unresolvedAndUnnamedSourcesAreKept() {
        // No antecedent for "he": the statement stays, with an unnamed source.
        let s = statements("He said, “We have some big plans for the coming month.”")
        #expect(s.count == 1)
        #expect(s.first?.speaker == .unnamed("He"))
        #expect(statements("Talks resumed. The campaign says the advert will air nationally.").first?.speaker == .unnamed("The campaign"))
    }

    @Test func beliefsAreTheirOwnKind() {
        let s = statements("Talks resumed. Many economists believe that prices will fall.")
        #expect(s.count == 1)
        #expect(s.first?.kind == .belief)
        #expect(statements("Talks resumed. The survey found that wages rose.").first?.kind == .belief)
        // Hard negative: a speech verb stays speech.
        #expect(statements("Talks resumed. The ministry announced that wages rose.").first?.kind == .speech)
    }

    @Test func rejectedCandidatesCarryTheirReason() {
        let text = "Talks resumed. Ines Varga did not say whether fees would rise."
        #expect(statements(text).isEmpty)
        #expect(rejections(text).map(\.reason).contains("negated"))
        // A cue word used as a noun in a sentence that is parsed for another cue.
        let noun = "Talks resumed. Ines Varga said the claims were old."
        #expect(statements(noun).count == 1)
        #expect(rejections(noun).contains { $0.reason.hasPrefix("not a verb here") })
        // "let us know" is no one's report.
        #expect(statements("Please let us know if you have trouble with comments.").isEmpty)
        #expect(rejections("Please let us know if you have trouble with comments.").contains { $0.reason.hasPrefix("the subject is an object pronoun") })
    }

    @Test func accordingToMakesAStatementOrCreditsTheOutlet() {
        let s = statements("Talks resumed. The talks collapsed on Monday, according to two diplomats.")
        #expect(s.first?.sieve == "according-to")
        #expect(s.first?.text == "The talks collapsed on Monday")
        // An outlet after "according to" credits the sentence's statement instead.
        let c = statements("Talks resumed. Ines Varga said the talks collapsed, according to Reuters.")
        #expect(c.count == 1)
        #expect(c.first?.speaker == .person("Ines Varga"))
        #expect(c.first?.outlets == ["Reuters"])
    }

    @Test func headlineSeparatorNeedsASpeakerBeforeIt() {
        let s = statements("Pentagon: no troops will be sent\n\nThe Pentagon spoke on Monday.")
        #expect(s.first?.sieve == "headline-separator")
        // Hard negative: a word that names no one before the colon.
        #expect(statements("Update: no troops will be sent\n\nThe Pentagon spoke on Monday.").isEmpty)
    }

    @Test func quoteContinuationNeedsASentenceOpeningQuote() {
        // A scare quote in narration after a direct quote continues nothing.
        let text = "“We are ready,” Ines Varga said. Critics see the plan as a “gamble” for the city."
        let s = statements(text)
        #expect(s.first?.speaker == .person("Ines Varga"))
        #expect(s.first?.contentFragments.count == 1)
        #expect(!s.contains { $0.sieve == "quote-continuation" })
        #expect(rejections(text).contains { $0.sieve == "quote-continuation" })
    }

    @Test func pronounPrefersTheSpeakerBeforeIt() {
        let r = extract("Voters gathered. Senator Ruth Okafor arrived early. Tomas Berg said the count was slow. “We will win,” he said.")
        #expect(r.statements.last?.speaker == .person("Tomas Berg"))
    }
}
