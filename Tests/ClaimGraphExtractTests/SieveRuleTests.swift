import Testing
@testable import ClaimGraphExtract

/// The smaller rules inside the sieves, each with sentences written for these tests and a hard
/// negative: what a rule must find, and what it must leave alone.
@Suite struct SieveRuleTests {
    private func exported(_ text: String) -> [StatementRecord] { extract(text).statements.filter(\.isExportedSpeechAct) }

    private func speakerNames(_ s: [StatementRecord]) -> [String] {
        s.map {
            switch $0.speaker {
            case .person(let n): return n
            case .country(let c): return c
            case .organization(let n), .outlet(let n), .unnamed(let n): return n
            }
        }
    }

    // MARK: sources

    @Test func anOutletsQuotedObjectPronounSpeaks() {
        let text = "Mayor Ines Varga visited the port on Monday. “The bridge is safe,” Reuters quoted her as saying."
        let s = exported(text)
        #expect(speakerNames(s) == ["Ines Varga"])
        #expect(s.first?.outlets == ["Reuters"])
        // An object pronoun that no outlet quotes is no one's report.
        let negative = exported("“Let us know by Friday,” the notice said.")
        #expect(!speakerNames(negative).contains("us"))
    }

    @Test func namedMembersOfAGroupSpeak() {
        let s = exported("Western governments, especially France and Germany, accused Moscow of stalling the talks.")
        #expect(Set(s.map(\.speaker)) == [.country("FR"), .country("DE")])
        let negative = exported("Western governments accused Moscow of stalling the talks.")
        #expect(negative.count == 1)
        if case .unnamed = negative.first?.speaker {} else { Issue.record("expected an unnamed source, got \(String(describing: negative.first?.speaker))") }
    }

    @Test func theSubjectFollowsAFrontedPrepositionalPhrase() {
        let text = "During a call with his Polish counterpart Jan Nowak, Chilean Foreign Minister Ana Reyes said that Chile would send aid."
        #expect(speakerNames(exported(text)) == ["Ana Reyes"])
        let negative = exported("Piotr Nowak, the Polish foreign minister, said that Poland would send aid.")
        #expect(speakerNames(negative) == ["Piotr Nowak"])
        // "Jan" may be a month: an unnamed description, without the appositive's comma.
        let month = exported("Jan Nowak, the Polish foreign minister, said that Poland would send aid.")
        #expect(month.allSatisfy { !speakerNames([$0])[0].hasSuffix(",") })
    }

    @Test func aParticipleAfterAPieceOfWritingIsThePiecesReport() {
        let text = "The dispute began with an article published last week in the Guardian, alleging that the club had hidden its debts."
        let s = exported(text)
        #expect(s.map(\.speaker) == [.outlet("The Guardian")])
        #expect(s.first?.text == "the club had hidden its debts")
        // A participle after a person's phrase stays that person's.
        let negative = exported("The dispute began when coach Leo Brandt spoke to the board, alleging that the club had hidden its debts.")
        #expect(!s.isEmpty)
        #expect(!negative.contains { if case .outlet = $0.speaker { return true } else { return false } })
    }

    @Test func aNamingParticipleIsNoReport() {
        #expect(extract("Investors backed a company called Harmony Foods last year.").statements.allSatisfy { $0.cue != "called" })
        #expect(extract("They favor what are called progressive taxes.").statements.allSatisfy { $0.cue != "are called" })
        // "called" with a source and an object complement still reports.
        #expect(exported("Union leaders called the pension plan a betrayal.").count == 1)
    }

    // MARK: content

    @Test func aStanceVerbsOfPhraseIsItsContent() {
        let s = exported("The opposition boasted of a record turnout in the northern provinces.")
        #expect(s.count == 1)
        #expect(s.first?.text == "of a record turnout in the northern provinces")
        // A neutral reporting verb's object is what it reports on, not a statement.
        #expect(exported("The minister described the scene at the border crossing.").isEmpty)
    }

    @Test func whatTheObjectIsCalledBelongsToTheContent() {
        let s = exported("Union leaders called the new pension plan a betrayal of older workers.")
        #expect(s.first?.text == "called the new pension plan a betrayal of older workers")
        // A neutral verb's object and its complement are no statement.
        #expect(exported("The board named the new stadium a landmark.").isEmpty)
    }

    @Test func aClauseRightAfterANeutralVerbIsTheRestOfTheSentence() {
        // The partial quote and the run-on clause mislead the parser; the rest of the sentence opens
        // with a subject and holds a verb.
        let s = exported("Marta Ruiz said the council’s plans and its budget “fall short of what the town needs.”")
        #expect(s.count == 1)
        #expect(s.first?.text.hasPrefix("the council’s plans and its budget") == true)
        // "maintain" is a report only with a clause: "maintain economic ties" is none.
        #expect(exported("Chile and Peru maintain economic ties but have struggled to agree on fishing rights.").isEmpty)
        // No verb after "said": nothing to report.
        #expect(exported("Marta Ruiz said nothing at the meeting on Monday.").allSatisfy { !$0.text.contains("at the meeting") })
    }

    @Test func aTrailingReportingClauseTakesTheSentenceBeforeItsComma() {
        let s = exported("In the last round, the inspectors will test every well, regional officials said.")
        #expect(s.count == 1)
        #expect(s.first?.text == "In the last round, the inspectors will test every well")
        let inverted = exported("The plant will close by March, said Omar Haddad, the union’s regional secretary.")
        #expect(inverted.first?.text == "The plant will close by March")
        // A participle after a comma is no trailing report.
        #expect(exported("The agency ignored the warning, instead repeating its old forecast.").isEmpty)
    }

    @Test func continuedReportsOnlyAQuoteAClauseOrAColon() {
        let s = exported("Mayor Ines Varga spoke first. “We will rebuild the school,” she continued.")
        #expect(s.contains { $0.cue == "continued" && $0.text == "We will rebuild the school" })
        // "continue" with an object or an infinitive is no report.
        #expect(exported("The talks continued the tradition that started in 1990.").isEmpty)
        #expect(exported("Prices continued to rise in the spring.").isEmpty)
        #expect(exported("She continued her speech by thanking the volunteers.").isEmpty)
    }

    @Test func anAsClauseReportsTheSentenceAroundIt() {
        let s = exported("As the historian Clara Vidal wrote, the treaty changed nothing for the farmers.")
        #expect(s.first?.text == "the treaty changed nothing for the farmers")
    }

    @Test func anObjectAndInfinitiveAfterAClauseVerb() {
        let s = exported("The rapporteur urged the agency to release its files on the case.")
        #expect(s.first?.text.hasSuffix("the agency to release its files on the case") == true)
        // Without an object, an infinitive after a clause-only verb is no report.
        #expect(exported("The rapporteur maintained to the end.").isEmpty)
    }

    @Test func aThatClauseMisreadAsRelativeIsTheContent() {
        let s = exported("Officials have claimed on several occasions that they respect the truce.")
        #expect(s.first?.text == "they respect the truce")
        // A relative "that" followed by its verb is no content clause.
        let negative = exported("She said it at meetings that were closed to the press.")
        #expect(!negative.contains { $0.text.hasPrefix("were closed") })
    }

    @Test func aClauseEndingOnItsCoordinatorRunsOn() {
        let s = exported("The agency has alleged that the firm sold not only rifles, but also drones to the rebels in the east.")
        #expect(s.count == 1)
        #expect(s.first?.text.hasSuffix("drones to the rebels in the east") == true)
        // A clause that ends normally keeps its end.
        let negative = exported("The agency has alleged that the firm sold rifles, but the firm denied it.")
        #expect(negative.first?.text == "the firm sold rifles")
    }

    @Test func aComplementBeforeASubjectlessVerbIsNotItsContent() {
        let s = exported("Talks stalled and several unions, mainly the dockers, are still blaming the port for the delays.")
        #expect(!s.contains { $0.text.hasPrefix("Talks stalled") })
        let positive = exported("The plan will fail, the mayor said.")
        #expect(positive.first?.text == "The plan will fail")
    }

    @Test func theOccasionBetweenVerbAndContentBelongsToTheCue() {
        let s = exported("The union said in a statement that the strike would go on.")
        #expect(s.first?.cue == "said in a statement")
        // A time or an addressee there does not.
        #expect(exported("The union said on Tuesday that the strike would go on.").first?.cue == "said")
        #expect(exported("Union leader Omar Haddad told reporters that the strike would go on.").first?.cue == "told")
    }

    @Test func stancesAreKeptButNeverExported() {
        let r = extract("Senator Mara Holt supports the new pension bill.")
        #expect(r.statements.map(\.kind) == [.stance])
        #expect(r.statements.first?.text == "supports the new pension bill")
        #expect(r.statements.allSatisfy { !$0.isExported })
        // A stance word used as a noun is no attribution.
        #expect(extract("The bill has broad support in the north.").statements.isEmpty)
        // A speech verb beside a stance keeps its claim.
        let both = extract("Senator Mara Holt said that she wants a vote on the bill in May.").statements
        #expect(both.filter(\.isExportedSpeechAct).count == 1)
    }

    // MARK: acts and scopes

    @Test func anAccordingToInsideAnotherContentIsAStatementToo() {
        let s = exported("Two reporters wrote that, according to police officials, the suspect had fled north.")
        #expect(s.contains { $0.sieve == "according-to" })
        #expect(s.contains { $0.sieve == "reporting-verb" })
        // Another nested report stays inside its outer statement.
        let nested = extract("Police officials said that the suspect had claimed that he was innocent.").statements
        #expect(nested.contains { $0.scope == .nested })
    }

    @Test func coordinatedVerbsOfOneSourceAreOneAct() {
        let text = "The ministry denied the reports and said that no troops had crossed the border."
        let all = extract(text).statements
        let s = all.filter(\.isExportedSpeechAct)
        #expect(s.count == 1)
        #expect(s.first?.polarity == .denial)
        #expect(s.first?.text.contains("no troops had crossed the border") == true)
        #expect(all.contains { $0.scope == .coordinated })
        #expect(offsetsHold(extract(text), text))
        // The folded text keeps the evidence valid whatever the order of the contents.
        for t in ["“We will win,” the minister said, and added that the vote had been fair.",
                  "The minister, who denied the reports, said that no troops had crossed and that the border was calm.",
                  "Rebels said on Monday that the town had fallen, and claimed that “Iran” had armed the army."] {
            #expect(offsetsHold(extract(t), t))
        }
        // Two sources in one sentence are two acts.
        let negative = exported("The ministry denied the reports, but the rebels said that troops had crossed the border.")
        #expect(negative.count == 2)
    }

    @Test func theAnswerToAQuestionIsTheAskersStatement() {
        let text = "Senator Mara Holt spoke for an hour. “Is it worth the money?” she asked. “No. The cost is far too high for a town this size.”"
        let s = exported(text)
        #expect(s.count == 1)
        #expect(speakerNames(s) == ["Mara Holt"])
        #expect(s.first?.text.hasPrefix("No. The cost is far too high") == true)
        #expect(offsetsHold(extract(text), text))
        // A question alone is no statement.
        #expect(exported("Senator Mara Holt spoke for an hour. “Is it worth the money?” she asked.").isEmpty)
    }

    // MARK: outlets

    @Test func reportedlyTakesTheOutletOfTheSentenceBefore() {
        let text = "Reuters ran the full interview on Sunday. “We will not sign this deal,” the minister Omar Haddad reportedly said."
        #expect(exported(text).first?.outlets == ["Reuters"])
        let negative = "The paper ran the full interview on Sunday. “We will not sign this deal,” the minister Omar Haddad reportedly said."
        #expect(exported(negative).first?.outlets == [])
        // Without "reportedly" the outlet before is not carried.
        let plain = "Reuters ran the full interview on Sunday. “We will not sign this deal,” the minister Omar Haddad said."
        #expect(exported(plain).first?.outlets == [])
    }

    @Test func anOutletFollowedByACommaAndItsVerbCredits() {
        let text = "He did concede, Reuters, reported, that the plan was late."
        let credited = OutletFinder.outlets(in: 0..<document(text).tokens.count, doc: document(text), skip: { _ in false })
        let doc = document(text)
        #expect(credited.contains { $0.name == "Reuters" && OutletFinder.isCreditPosition($0, doc: doc) })
        let aboutText = "Reuters, the news agency, was fined for its coverage."
        let aboutDoc = document(aboutText)
        let about = OutletFinder.outlets(in: 0..<aboutDoc.tokens.count, doc: aboutDoc, skip: { _ in false })
        #expect(!about.contains { OutletFinder.isCreditPosition($0, doc: aboutDoc) })
    }

    @Test func aRestatementTakesTheOutletCarriedToItsQuote() {
        let text = """
        Mayor Ines Varga said a “modest fee” would apply. “Parking stays free on Sundays,” Reuters quoted her as saying. “A modest fee will apply on weekdays,” she said.
        """
        let s = extract(text).statements.filter(\.isExportedSpeechAct)
        #expect(s.first?.outlets.contains("Reuters") == true)
    }
}
