import Testing
@testable import ClaimGraphExtract

/// Names of the persons one sentence yields.
private func persons(_ text: String) -> [String] { extract(text).persons.map(\.name) }

@Test func nameRunsAcrossMiddleInitials() {
    #expect(persons("Judge Helena P. Varga wrote the opinion.") == ["Helena P. Varga"])
    #expect(persons("Conrad T Mbeki said the vote was fair.") == ["Conrad T Mbeki"])
    // With and without the initial, and the surname alone, it is one person.
    let r = extract("Judge Helena P. Varga wrote the opinion. Helena Varga later said it stood. Varga declined more comment.")
    #expect(r.persons.count == 1)
    #expect(r.persons.first?.name == "Helena P. Varga")
    // Hard negative: a one-letter word after a name that ends the sentence is no initial.
    #expect(persons("The choice was left to Mayor Paul Ostrander. A committee will meet.") == ["Paul Ostrander"])
}

@Test func tokensInsideOutletPhrasesStartNoPerson() {
    #expect(persons("The Kansas City Star reported that the mill would close.").isEmpty)
    #expect(persons("A report in the Salt Lake Tribune said the dam would be repaired.").isEmpty)
    // Hard negative: a person named after the outlet phrase is still found.
    #expect(persons("The New York Times quoted Senator Alma Quist as saying no.") == ["Alma Quist"])
}

@Test func sentenceEndDoesNotTitleTheNextWord() {
    #expect(persons("He spoke with the governor. Unclear was whether the bill would pass.").isEmpty)
    #expect(persons("They met at the office. Mostly the talks went well.").isEmpty)
    // Hard negative: a split plural title abbreviation still titles the name.
    #expect(persons("Sens. Mark Tolvey and Ruth Anand objected.") == ["Mark Tolvey", "Ruth Anand"])
}

@Test func partOfATitleDoesNotTitleOneWord() {
    // "House" ends "Speaker of the House" but is no title of "Budget".
    #expect(!persons("Ana Ruiz, who sits on the House Budget Committee, said the plan was dead.").contains("Budget"))
    // Hard negative: a whole title phrase still makes a one-word person.
    #expect(persons("Speaker of the House Tillman said the plan was dead.") == ["Tillman"])
}

@Test func placeAndInstitutionHeadsEndNonPersonNames() {
    #expect(persons("Maple Hill said the school would reopen.").isEmpty)
    #expect(persons("Residents of Walnut Creek said the water was safe.").isEmpty)
    #expect(persons("Students at Oliver Tambo University said the fees were too high.").isEmpty)
    #expect(persons("She received the Gregor T. Lind Award on Friday.").isEmpty)
    // Hard negatives: a given name or title with a surname-like head is a person, and so is the surname alone.
    let r = extract("Fiona Hargreave-Hill met Diana Park in Seoul. Park said the talks went well.")
    #expect(r.persons.map(\.name) == ["Fiona Hargreave-Hill", "Diana Park"])
    #expect(r.persons.last?.aliases == ["Park"])
    #expect(persons("Rep. Carl Forest said the bill was dead.") == ["Carl Forest"])
}

@Test func photoCreditBeforeSlashIsAPerson() {
    #expect(persons("Protesters gather in the square. Tarek Oudji/AFP/Getty Images") == ["Tarek Oudji"])
    // Hard negative: a slash between ordinary capitalized words makes no person.
    #expect(persons("The Input/Output Layer was redesigned.").isEmpty)
}

@Test func hyphenatedGivenNameNeedsTwoGivenParts() {
    #expect(persons("Jean-Paul Ostrowe, a retired diplomat, said the border was calm.").contains("Jean-Paul Ostrowe"))
    #expect(persons("Historians called the Anglo-Zulu War a turning point.").isEmpty)
}

@Test func appositiveRoleMakesAPerson() {
    #expect(persons("Oyelaran Kute, a senior economist at the bank, expects rates to rise.") == ["Oyelaran Kute"])
    #expect(persons("Tevita Lolohea, president of the rugby union, welcomed the ruling.") == ["Tevita Lolohea"])
    // Hard negatives: a role noun that is not the head of the appositive, or a possessor, makes no person.
    #expect(persons("Fidelity Search, one private investigator firm, sells data.").isEmpty)
    #expect(persons("They flew to Camp Sorrel, the president's retreat.").isEmpty)
}

@Test func loneGivenNameSpeakingIsAPerson() {
    #expect(persons("The crowd waited. Gustavo said the bus was late.") == ["Gustavo"])
    // Hard negatives: an ambiguous given name or a lone given name without a speech verb is no person.
    #expect(persons("The crowd waited. Will said nothing.").isEmpty)
    #expect(persons("The crowd waited. Gustavo arrived late.").isEmpty)
}

@Test func ambiguousGivenNameBeforeAnUncommonWordIsAPerson() {
    #expect(persons("Josh Pemberton attacked the survey on Wednesday.") == ["Josh Pemberton"])
    // Hard negative: an ambiguous given name before a common word is a phrase, not a person.
    #expect(persons("Will Power matters, the coach wrote on the board.").isEmpty)
}

@Test func commonWordsAloneMakeNoPerson() {
    // Capitalized common words before a speech verb are a heading or programme, not a person.
    #expect(persons("Disability Insurance said the claims had doubled.").isEmpty)
    #expect(persons("The review, said Seeds director Ana Varela, was fair.") == ["Ana Varela"])
    // A common word after a role noun is no surname ...
    #expect(persons("The party analyst Statistics was not there.").isEmpty)
    // ... but a whole title still makes one ("Mr. Baker").
    #expect(persons("Mr. Baker said the bread was late.") == ["Baker"])
}

@Test func titleInsideAnOrganizationNameMakesNoPerson() {
    #expect(persons("A study for the Office of Justice Programs said crime fell.").isEmpty)
    // Hard negative: the same title before an uncommon surname still makes a person.
    #expect(persons("The ruling of Justice Okonkwo was final.") == ["Okonkwo"])
}
