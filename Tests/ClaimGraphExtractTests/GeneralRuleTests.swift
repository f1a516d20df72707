import Testing
@testable import ClaimGraphExtract

@Test func roleWithPostingPlaceBeforeNameMakesAPerson() {
    let r = extract("The British ambassador to Chile Rob Tennant said the talks would resume in March.")
    #expect(r.persons.map(\.name) == ["Rob Tennant"])
    #expect(r.persons.first?.countries == ["GB"])
    // Hard negative: no role before "to <country>".
    let n = extract("Ministers flew to Chile Rob said nothing.")
    #expect(n.persons.isEmpty)
}

@Test func coordinatedVerbTakesTheClauseSubject() {
    let r = extract("Last week, the Kenyan president Ruth Wanjiru repeated her pledge and asserted that the dam would be finished.")
    #expect(r.statements.first?.speaker == .person("Ruth Wanjiru"))
    #expect(r.statements.first?.text.hasPrefix("the dam would be finished") == true)
}

@Test func adverbialIngClauseSpeakerIsMainSubject() {
    let r = extract("Ankara issued a statement while firmly rejecting a proposed inquiry into the shipments.")
    #expect(r.statements.contains { $0.speaker == .country("TR") && $0.polarity == .denial && $0.text.contains("proposed inquiry") })
    // Hard negative: a bare -ing form without a subordinator is not a statement.
    #expect(extract("The rejecting party filed papers.").statements.isEmpty)
}

@Test func coordinatedAdverbsBeforeVerb() {
    let r = extract("But Chilean officials have been repeatedly and categorically denying any payment to the contractor.")
    #expect(r.statements.first?.speaker == .unnamed("Chilean officials"))
    #expect(r.statements.first?.polarity == .denial)
}

@Test func outletOnlyMentionedInTheFrameIsNotCredited() {
    let r = extract("Days before the Guardian article was published, the Brazilian embassy in Lima denied that it paid the lobbyists.")
    #expect(r.statements.count == 1)
    #expect(r.statements.first?.outlets.isEmpty == true)
    let c = extract("In an interview with Al Jazeera on Sunday, Foreign Minister Maria Lopes said that the border would reopen.")
    #expect(c.statements.first?.outlets == ["Al Jazeera"])
}

@Test func followUpWithDeterminerMentionKeepsOutlet() {
    let text = "In an interview with the BBC, a senior Nigerian official said that fuel prices would fall. All the subsidies, the official noted, would end in May."
    let r = extract(text)
    #expect(r.statements.count == 2)
    #expect(r.statements.allSatisfy { $0.outlets == ["BBC"] })
}

@Test func concessionThenNegationIsDenialAndIntentIsClaim() {
    let d = extract("“Although other states sold rifles to the rebels, we never shipped any arms,” Peruvian Defence Minister Luis Salas said.")
    #expect(d.statements.first?.polarity == .denial)
    let c = extract("Canadian Trade Minister Anne Roy said Ottawa is not going to wait for the review.")
    #expect(c.statements.first?.polarity == .claim)
    // Hard negative: a plain negated main clause stays a denial.
    let n = extract("Canadian Trade Minister Anne Roy said Ottawa did not receive the letter.")
    #expect(n.statements.first?.polarity == .denial)
}

@Test func indefiniteRoleResolvesToItsOnlyHolder() {
    let text = "Interior Ministry spokeswoman Lina Haddad said the curfew was over. An Interior Ministry spokeswoman later insisted, “the roads are open.”"
    let r = extract(text)
    #expect(r.statements.count == 2)
    #expect(r.statements.allSatisfy { $0.speaker == .person("Lina Haddad") })
    // Hard negative: a role without a capitalized modifier stays unnamed.
    let n = extract("Interior Ministry spokeswoman Lina Haddad said the curfew was over. An official later insisted, “the roads are open.”")
    #expect(n.statements.last?.speaker == .unnamed("official"))
}

@Test func quotedFragmentAndFullQuoteAreOneAct() {
    // Two reports of one act are two attributions (PARC marks both): both kept, one speaker.
    let same = "Polish President Piotr Nowak said Warsaw would “stand by Kyiv” this year. Nowak later said: “Poland will stand by Kyiv as long as it takes.”"
    #expect(extract(same).statements.count == 2)
    #expect(extract(same).statements.allSatisfy { $0.speaker == .person("Piotr Nowak") })
    // Hard negative: different words in the later quote keep two statements.
    let other = "Polish President Piotr Nowak said Warsaw would “stand by Kyiv” this year. Nowak later said: “Poland will never abandon its friends.”"
    #expect(extract(other).statements.count == 2)
}
