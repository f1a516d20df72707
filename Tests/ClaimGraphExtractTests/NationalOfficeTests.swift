import Foundation
import Testing
@testable import ClaimGraphExtract

/// Affiliations from offices (`national-offices.tsv`, `office-holders.tsv`, `subdivisions.tsv`)
/// and from the article's country: each rule with its own sentences and hard negatives.
@Suite struct NationalOfficeTests {
    /// The countries of the person named `name`, each with the rule that gave it.
    private func affiliation(_ text: String, _ name: String) -> [String: String] {
        let names = NameFinder(doc: document(text))
        guard let c = names.clusters.first(where: { $0.fullest == name }) else { return ["missing": name] }
        return c.affiliationRules.mapValues(\.rawValue)
    }

    /// A paragraph that speaks of Peru's government: the article country is PE.
    private let peru = "Peruvian officials said the road would reopen. The Peruvian government has promised funds, and Lima's ministry of transport agreed. "

    @Test func anOfficeOfOneStateNamesIt() {
        #expect(affiliation("Chancellor of the Exchequer Tom Ashby said the budget would balance.", "Tom Ashby") == ["GB": "national-office"])
        #expect(affiliation("MdB Klara Vogt warned that the vote was close.", "Klara Vogt") == ["DE": "national-office"])
        #expect(affiliation("Bundestag member Klara Vogt warned that the vote was close.", "Klara Vogt") == ["DE": "title-chain"])
        #expect(affiliation("Taoiseach Sean Dolan said talks would go on.", "Sean Dolan") == ["IE": "national-office"])
        // Hard negative: a generic office in an article about no country names none.
        #expect(affiliation("Chancellor Tom Ashby said the budget would balance.", "Tom Ashby").isEmpty)
        // A demonym before a national office still wins: "Secretary of State" is US only by itself.
        #expect(affiliation("British Secretary of State Ann Wells said the plan would hold.", "Ann Wells") == ["GB": "title-chain"])
    }

    @Test func aPartyStateTagNamesTheUnitedStates() {
        #expect(affiliation("Dana Whitfield (D-N.C.) said the bill would pass.", "Dana Whitfield") == ["US": "party-state"])
        #expect(affiliation("Dana Whitfield, R-Ga., said the bill would pass.", "Dana Whitfield") == ["US": "party-state"])
        #expect(affiliation("Dana Whitfield, D-New Mexico, said the bill would pass.", "Dana Whitfield") == ["US": "party-state"])
        // Hard negatives: no state in the tag, or no tag.
        #expect(affiliation("Dana Whitfield (D-Xyz) said the bill would pass.", "Dana Whitfield").isEmpty)
        #expect(affiliation("Dana Whitfield (2-1) said the bill would pass.", "Dana Whitfield").isEmpty)
    }

    @Test func aStateWithAnOfficeNamesItsFederation() {
        #expect(affiliation("Sen. Ellen Marsh of Ohio said the plant would close.", "Ellen Marsh") == ["US": "state-office"])
        #expect(affiliation("Ohio Gov. Ray Dunn said the plant would close.", "Ray Dunn") == ["US": "state-office"])
        // "Georgia" before an office is the state, not the country.
        #expect(affiliation("Georgia Gov. Ray Dunn said the plant would close.", "Ray Dunn") == ["US": "state-office"])
        #expect(affiliation("Ontario Premier Lisa Grant said the plant would close.", "Lisa Grant") == ["CA": "state-office"])
        // Hard negative: a state with no office is no affiliation ("of Arizona State University" is no state either).
        #expect(affiliation("Ellen Marsh of Arizona State University said the plant would close.", "Ellen Marsh").isEmpty)
    }

    @Test func aHeadOfGovernmentKeepsHisCountryEverywhere() {
        let text = peru + "President Macron said on Monday that France would send engineers."
        #expect(affiliation(text, "Emmanuel Macron") == ["FR": "office-holder"])
        // The surname alone takes the usual full name; a former holder keeps the country too.
        let r = extract(peru + "Former President Obama said the plan was sound.")
        #expect(r.persons.first { $0.aliases.contains("Obama") }?.name == "Barack Obama")
        #expect(r.persons.first { $0.name == "Barack Obama" }?.countries == ["US"])
        // Hard negative: a surname the list leaves out ("May") gives nothing by itself.
        #expect(affiliation("Mr. Johnson said the deal was done.", "Johnson").isEmpty)
    }

    @Test func aGenericOfficeTakesTheArticleCountry() {
        #expect(affiliation(peru + "Interior Minister Rosa Quispe said the police were ready.", "Rosa Quispe") == ["PE": "article-country"])
        #expect(affiliation(peru + "The road was built by Alan Soto, the transport minister, in 2009.", "Alan Soto") == ["PE": "article-country"])
        // Hard negative: two countries named equally give no article country.
        let even = "Peruvian officials said the road would reopen. Chilean officials said it would not. "
            + "The Peruvian government and the Chilean government met. "
        #expect(affiliation(even + "Foreign Minister Rosa Quispe said talks would go on.", "Rosa Quispe").isEmpty)
        // Hard negative: plain mentions of a country ("flights to Peru") are topics, not its government.
        #expect(affiliation("Flights to Peru rose. Peru is popular. Peru was sunny. Foreign Minister Rosa Quispe said so.", "Rosa Quispe").isEmpty)
    }

    @Test func organizationsVisitorsAndPostingsDoNotTakeTheArticleCountry() {
        #expect(affiliation(peru + "Company president Mark Ellison said profits fell.", "Mark Ellison").isEmpty)
        #expect(affiliation(peru + "Hugo Salas, the president of the football club, said the match was off.", "Hugo Salas").isEmpty)
        #expect(affiliation(peru + "The visiting Foreign Minister Lena Berg said the talks went well.", "Lena Berg").isEmpty)
        #expect(affiliation(peru + "Ambassador to Peru Tom Hale said the talks went well.", "Tom Hale").isEmpty)
        #expect(affiliation(peru + "NATO Secretary General Pieter Kool said the talks went well.", "Pieter Kool").isEmpty)
        // A demonym names a visitor's own country: "his Danish counterpart" is DK, not PE.
        #expect(affiliation(peru + "He met his Danish counterpart Lars Holm on Monday.", "Lars Holm") == ["DK": "title-chain"])
        // An ambassador posted elsewhere is the article country's.
        #expect(affiliation(peru + "Ambassador to Chile Tom Hale said the talks went well.", "Tom Hale") == ["PE": "article-country"])
    }

    @Test func theSentenceCountryComesBeforeTheArticleCountry() {
        let text = peru + "In a statement released by Chile's foreign ministry, Foreign Minister Ana Rojas said the border was calm."
        #expect(affiliation(text, "Ana Rojas") == ["CL": "sentence-country"])
        // Hard negative: a sentence that names two governments decides nothing; nor does the article then.
        let two = peru + "After Chile's foreign ministry and Bolivia's foreign ministry met, Foreign Minister Ana Rojas said the border was calm."
        #expect(affiliation(two, "Ana Rojas").isEmpty)
    }

    @Test func titlesInAListShareTheFirstMembersCountry() {
        let text = "Brazilian President Luiz Almeida, Defence Minister Paulo Costa and Deputy Defence Minister Rui Mota visited the plant."
        #expect(affiliation(text, "Paulo Costa") == ["BR": "coordinated-title"])
        #expect(affiliation(text, "Rui Mota") == ["BR": "coordinated-title"])
        // The role stops at the previous name: no "Defence Minister Paulo Costa and Deputy Defence Minister".
        #expect(NameFinder(doc: document(text)).clusters.first { $0.fullest == "Rui Mota" }?.roles == ["Deputy Defence Minister"])
        // Hard negative: a known head of government keeps his own country.
        let mixed = "Brazilian President Luiz Almeida and Prime Minister Narendra Modi visited the plant."
        #expect(affiliation(mixed, "Narendra Modi") == ["IN": "office-holder"])
        // Hard negative: a list member without an office takes nothing.
        #expect(affiliation("Brazilian President Luiz Almeida, Paulo Costa and Rui Mota visited the plant.", "Rui Mota").isEmpty)
    }

    @Test func aNounBeforeARoleKeepsTheDemonymInTheChain() {
        #expect(affiliation("British aid worker Tom Reeve was freed on Monday, officials said.", "Tom Reeve") == ["GB": "title-chain"])
        #expect(affiliation("Guatemalan migrant Rosa Ixim said the shelter was full.", "Rosa Ixim") == ["GT": "title-chain"])
        // Hard negative: a verb before the role word is no modifier, nor a preposition before a possessive.
        #expect(affiliation("Officials from Britain said worker Tom Reeve was freed.", "Tom Reeve").isEmpty)
        let call = NameFinder(doc: document("In a call with his Danish counterpart Lars Holm, the minister agreed."))
        #expect(call.clusters.first?.roles == ["Danish counterpart"])
    }

    @Test func aTitleAfterAGivenNameIsTheSurname() {
        let names = NameFinder(doc: document("Sen. Thomas Major said the vote would wait."))
        #expect(names.clusters.map(\.fullest) == ["Thomas Major"])
        // Hard negatives: an ambiguous given name, and a title that a capitalized word follows.
        #expect(NameFinder(doc: document("Mark Speaker said it was late.")).clusters.allSatisfy { $0.fullest != "Mark Speaker" })
        #expect(NameFinder(doc: document("We met Thomas Major General Ruiz.")).clusters.allSatisfy { $0.fullest != "Thomas Major" })
    }

    @Test func aCountryThatIsAGivenNameOpensANameAfterATitle() {
        #expect(affiliation(peru + "Interior Secretary Jordan Blake said the police were ready.", "Jordan Blake") == ["PE": "article-country"])
        // Hard negative: the country with no title before it is the country.
        #expect(NameFinder(doc: document("Officials in Chad said the well was dry.")).clusters.isEmpty)
    }

    @Test func malformedOfficeRowsNameFileAndLine() throws {
        for (file, row, problem) in [
            ("national-offices.tsv", "zz office\tnationwide\t", "kind \"nationwide\" is not national, context, envoy, international, organization or foreign"),
            ("national-offices.tsv", "zz office\tnational\tQQ", "country \"QQ\" of a national office is no country code"),
            ("office-holders.tsv", "Zed Person\tPutin\tRU\tpresident\t2000\t", "\"Putin\" is also a name or alias on line"),
            ("subdivisions.tsv", "Zedland\t\tQQ", "country \"QQ\" is no country code"),
        ] {
            let bundled = try Lexicons.bundledFolder()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicons-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: bundled, to: folder)
            defer { try? FileManager.default.removeItem(at: folder) }
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8) + row + "\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            do {
                _ = try Lexicons(directory: folder)
                Issue.record("\(file): a malformed row loaded")
            } catch {
                #expect("\(error)".hasPrefix("\(file), line \(line): \(problem)"))
            }
        }
    }
}

/// Person finding that affiliations depend on: places, particles, given names, headlines, leaders.
@Suite struct OfficePersonTests {
    private func people(_ text: String) -> [String] { NameFinder(doc: document(text)).clusters.map(\.fullest) }

    @Test func aRunThatOpensWithAPlaceWordIsAPlace() {
        #expect(people("The case was heard in San Marcos federal court on Friday, lawyers said.").isEmpty)
        #expect(people("Protesters marched through Fort Collins said organizers.").allSatisfy { !$0.contains("Collins") })
        // Hard negative: a title before it makes it a name.
        #expect(people("Sen. Los Ramirez said the bill would pass.").contains("Los Ramirez"))
    }

    @Test func aSurnameWithItsParticleJoinsTheFullName() {
        let r = extract("Sheikh Hamad bin Khalifa spoke first. Later Bin Khalifa said the fund would grow.")
        #expect(r.persons.map(\.name) == ["Hamad bin Khalifa"])
        #expect(r.persons.first?.aliases == ["Bin Khalifa"])
        // Hard negative: two fuller names that end with it keep it apart.
        let two = extract("Hamad bin Khalifa and Tamim bin Khalifa spoke. Later Bin Khalifa said the fund would grow.")
        #expect(two.persons.contains { $0.name == "Bin Khalifa" })
    }

    @Test func aLoneGivenNameJoinsTheOneFullNameThatStartsWithIt() {
        let r = extract("Prince Faisal Al-Rashid opened the hall. On Monday Prince Faisal said the museum would open in May.")
        #expect(r.persons.map(\.name) == ["Faisal Al-Rashid"])
        // Hard negative: a full name that ends with the word takes it as a surname instead; two that start with it, none.
        let two = extract("Faisal Al-Rashid and Faisal Omari met. Prince Faisal said the museum would open.")
        #expect(!two.persons.contains { $0.aliases.contains("Faisal") })
    }

    @Test func aCommonWordInATitleCaseHeadlineIsNoSurname() {
        #expect(people("Next Governor Faces Tough Budget Choices\n\nThe state must cut spending, analysts said.").isEmpty)
        // Hard negative: in running text a titled surname that is a common word is still a name.
        #expect(people("The judge told Governor Baker that the vote would stand.").contains("Baker"))
    }

    @Test func aLeadersSurnameBeforeRegimeIsThePerson() {
        let r = extract("Rebels said the Maduro regime had closed the border.")
        #expect(r.persons.map(\.name) == ["Nicolás Maduro"])
        #expect(r.persons.first?.countries == ["VE"])
        // Hard negative: a surname the office holders do not list is no person by "regime" alone.
        #expect(extract("Rebels said the Fontaine regime had closed the border.").persons.isEmpty)
    }

    @Test func aDemonymOfTheTopicIsNoAffiliation() {
        let text = "“The talks will fail,” said Carl Vinter, a specialist in Iranian politics at the institute."
        #expect(NameFinder(doc: document(text)).clusters.first?.countries.isEmpty == true)
        // Hard negative: a possessive in the appositive still ties: "the head of Iran's ...".
        let own = "“The talks will fail,” said Carl Vinter, the head of Iran's atomic agency."
        #expect(NameFinder(doc: document(own)).clusters.first?.countries == ["IR"])
    }

    @Test func aCountryAcrossAFunctionWordIsNoAffiliation() {
        #expect(NameFinder(doc: document("Talks between Moscow and the Ellison campaign stalled, Ellison said.")).clusters
            .allSatisfy { $0.countries.isEmpty })
        // Hard negative: a country right before the name still ties it.
        #expect(NameFinder(doc: document("Iran's Ali Vaezi said the deal held.")).clusters.first?.countries == ["IR"])
    }
}
