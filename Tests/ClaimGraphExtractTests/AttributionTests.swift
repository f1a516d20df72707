import Testing
@testable import ClaimGraphExtract

@Test func directQuoteWithTitledSpeaker() {
    let text = "“We will rebuild the bridge by spring,” Polish Infrastructure Minister Anna Kowalski said on Tuesday."
    let r = extract(text)
    #expect(r.statements.count == 1)
    let s = r.statements[0]
    #expect(s.speaker == .person("Anna Kowalski"))
    #expect(s.directQuote)
    #expect(s.text == "We will rebuild the bridge by spring")
    #expect(r.persons.first?.countries == ["PL"])
    #expect(offsetsHold(r, text))
}

@Test func paraphraseToldOutletCreditsIt() {
    let text = "Chilean Finance Minister Marco Ruiz told Reuters that inflation would ease next year."
    let r = extract(text)
    #expect(r.statements.count == 1)
    #expect(r.statements.first?.outlets == ["Reuters"])
    #expect(r.statements.first?.directQuote == false)
    #expect(r.statements.first?.text.hasPrefix("inflation would ease") == true)
    #expect(r.outlets.map(\.name) == ["Reuters"])
}

@Test func denialVerbAndNegatedContent() {
    let text = "Kenya denied the report. “We never sent any troops across the border,” Kenyan Defence Minister Grace Otieno said."
    let r = extract(text)
    #expect(r.statements.count == 2)
    #expect(r.statements.allSatisfy { $0.polarity == .denial })
    #expect(r.statements.first?.speaker == .country("KE"))
}

@Test func negatedActsQuestionsAndAdjectivalSaidAreNotStatements() {
    let text = "Peru has not denied the sale of the aircraft.\n\n“Why would we hide anything?” Lima’s mayor Rosa Quispe asked.\n\nThe said company filed its accounts late."
    let r = extract(text)
    #expect(r.statements.filter(\.isExportedSpeechAct).isEmpty)
    // The question is kept only as a question, whose asker would speak an answer after it.
    #expect(r.statements.map(\.scope) == [.question])
}

@Test func outletOnlyTalkedAboutIsNotCredited() {
    let text = "Opposition leader Tomas Varga said the BBC documentary about the election was unfair."
    let r = extract(text)
    #expect(r.statements.count == 1)
    #expect(r.statements.first?.outlets.isEmpty == true)
    #expect(r.outlets.isEmpty)
}

@Test func sharedSurnameStaysApartAndBareSurnameGoesToLatest() {
    let text = "Senator David Moreno met Governor Laura Moreno in Austin. “The budget is balanced,” Moreno said."
    let r = extract(text)
    #expect(r.persons.count == 2)
    #expect(r.statements.first?.speaker == .person("Laura Moreno"))
}

@Test func coordinatedVerbsAreOneStatement() {
    // Coordinated verbs are two attributions of one speaker (PARC: a denial of the object, a
    // claim), and one act in the graph: the second is `.coordinated`, its text in the first's.
    let text = "Foreign Minister Ana Duarte denied the accusations and said that her country wanted peace."
    var r = extract(text)
    // ("wanted peace" inside the content is a nested stance.)
    r.statements = r.statements.filter { $0.kind == .speech }
    #expect(r.statements.count == 2)
    #expect(r.statements.first?.polarity == .denial)
    #expect(r.statements.first?.text == "denied the accusations her country wanted peace")
    #expect(r.statements.first?.contentFragments.count == 1)
    #expect(r.statements.last?.speaker == .person("Ana Duarte"))
    #expect(r.statements.last?.scope == .coordinated)
    #expect(r.statements.last?.text == "her country wanted peace")
    #expect(r.statements.filter(\.isExportedSpeechAct).count == 1)
}

@Test func followUpQuoteKeepsOutletInParagraph() {
    let text = "“Prices will fall,” the Xinhua news agency quoted Vice Premier Li Wen as saying. “Demand is stable,” he said."
    let r = extract(text)
    #expect(r.statements.count >= 1)
    #expect(r.statements.allSatisfy { $0.outlets.contains { $0.lowercased().contains("xinhua") } })
    #expect(offsetsHold(r, text))
}

@Test func unnamedSourcesAndCountryMetonyms() {
    let text = "Two senior Brazilian diplomats said the deal was close. Moscow rejected the proposal."
    let r = extract(text)
    #expect(r.statements.contains { if case .unnamed(let d) = $0.speaker { return d.contains("diplomats") }; return false })
    #expect(r.statements.contains { $0.speaker == .country("RU") && $0.polarity == .denial })
}

@Test func photoCreditIsPersonButNotReporter() {
    let text = "Rescuers search the rubble in Izmir. REUTERS/Kemal Aslan\n\nThe governor said more aid was coming."
    let r = extract(text)
    #expect(r.persons.contains { $0.name == "Kemal Aslan" })
    #expect(r.outlets.isEmpty)
}

@Test func nameKeyMergesTransliterations() {
    #expect(NameKey.person("Nasser Kan’ani") == NameKey.person("Nasser Kanaani"))
    #expect(NameKey.person("Amir-Abdollahian") == NameKey.person("Amirabdollahian"))
    #expect(NameKey.person("Mr. Joe Biden") == NameKey.person("Joe Biden"))
    #expect(NameKey.person("John Smith") != NameKey.person("Jane Smith"))
}
