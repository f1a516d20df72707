import Testing
@testable import ClaimGraphExtract

// Rules: reporting-verb forms used as nouns, infinitives, "agree to", names that only modify the
// speaker phrase, outlet names read as persons, pronoun gender from given names, passive agents.

@Test func reportingFormUsedAsNounIsNoStatement() {
    // A modifier, a number or a following "of"/"were" marks the noun.
    #expect(extract("Markets fell. Initial claims were 230,000 last week, the labour office data showed.").statements.allSatisfy { !$0.text.contains("230,000") || $0.cue != "claims" })
    #expect(extract("Markets fell. Continuing claims rose to 1.8 million in the week.").statements.isEmpty)
    #expect(extract("Talks resumed. Senator Ruth Okafor kept a 2019 promise and voted against the bill.").statements.isEmpty)
    #expect(extract("Talks resumed. Lawmakers questioned Tomas Berg about his past claims that fraud was rare.").statements.allSatisfy { $0.cue != "claims" })
    #expect(extract("Talks resumed. She found media reports on the audit disturbing.").statements.allSatisfy { $0.cue != "reports" })
    // Hard negatives: a present-tense reporting verb after a speaker head still counts.
    let r = extract("Talks resumed. Opposition ministers claim that the vote was rigged.")
    #expect(r.statements.count == 1)
    #expect(extract("Talks resumed. Tomas Berg claims the vote was rigged.").statements.first?.speaker == .person("Tomas Berg"))
    #expect(extract("Talks resumed. State media reports that the border is closed.").statements.count == 1)
}

@Test func infinitiveAcrossAdverbIsNoReport() {
    // The refusal is a stance (kept for spans, never exported), the infinitive no report.
    let refused = extract("Talks resumed. Tomas Berg refused to immediately say whether the plant would close.").statements
    #expect(refused.map(\.kind) == [.stance])
    #expect(refused.filter(\.isExported).isEmpty)
    let declined = extract("Talks resumed. The ministry declined to publicly comment on the report.").statements
    #expect(declined.map(\.kind) == [.stance])
    #expect(declined.filter(\.isExported).isEmpty)
    // Hard negative: a finite verb after an adverb still reports.
    #expect(extract("Talks resumed. Tomas Berg later said the plant would close.").statements.count == 1)
}

@Test func agreeToIsAnActionNotSpeech() {
    #expect(extract("Talks resumed. Negotiators agreed to a phased cut of tariffs.").statements.isEmpty)
    #expect(extract("Talks resumed. President Ana Duarte agreed to postpone the tariff rise.").statements.isEmpty)
    // Hard negative: "agreed that" reports what was said.
    #expect(extract("Talks resumed. President Ana Duarte agreed that the tariff rise was a mistake.").statements.count == 1)
}

@Test func nameThatModifiesTheHeadIsNotTheSpeaker() {
    let a = extract("Voters gathered. Helena Marsh spoke first. “The money is there,” said a longtime Marsh associate.")
    #expect(a.statements.count == 1)
    #expect(a.statements.first?.speaker != .person("Helena Marsh"))
    let b = extract("Voters gathered. Helena Marsh spoke first. One of Marsh's attorneys, Peter Quill, noted that the case was closed.")
    #expect(b.statements.first?.speaker == .person("Peter Quill"))
    // Hard negatives: two named speakers joined by "and … both", and a possessive before the named head.
    let c = extract("Voters gathered. Helena Marsh and Senator Peter Quill both said they would vote no.")
    #expect(c.statements.first.map { $0.speaker == .person("Helena Marsh") || $0.speaker == .person("Peter Quill") } == true)
    let d = extract("Voters gathered. Marsh's spokesman Peter Quill said the case was closed.")
    #expect(d.statements.first?.speaker == .person("Peter Quill"))
}

@Test func outletNameIsNotAPersonSpeaker() {
    let r = extract("Voters gathered. “The money is gone,” the New York Times reported on Monday.")
    #expect(r.statements.count == 1)
    if case .person = r.statements.first?.speaker { Issue.record("an outlet read as a person") }
    // Hard negative: an outlet only spoken of inside the content is no credit and no speaker.
    let n = extract("Voters gathered. Helena Marsh said the New York Times had misquoted her.")
    #expect(n.statements.first?.speaker == .person("Helena Marsh"))
    #expect(n.statements.first?.outlets.isEmpty == true)
}

@Test func pronounSkipsPersonOfOtherGender() {
    let r = extract("Voters gathered. Margaret Olsen spoke after Richard Haines. “We will win,” she said. “The count is wrong,” he said.")
    #expect(r.statements.count == 2)
    #expect(r.statements.first?.speaker == .person("Margaret Olsen"))
    #expect(r.statements.last?.speaker == .person("Richard Haines"))
    // Hard negative: a name of unknown gender stays a candidate for either pronoun.
    let n = extract("Voters gathered. Kim Sorensen took the stage. “We will win,” she said.")
    #expect(n.statements.first?.speaker == .person("Kim Sorensen"))
}

@Test func passiveAgentBeforeAdverbIsTheSpeaker() {
    let r = extract("Talks resumed. The reports were firmly rejected by Brazil ever since the summit.")
    #expect(r.statements.first?.speaker == .country("BR"))
    #expect(r.statements.first?.polarity == .denial)
    // Hard negative: a passive without an agent names no speaker.
    #expect(extract("Talks resumed. The reports were firmly rejected at the summit.").statements.isEmpty)
}

@Test func spokeWithoutContentIsNoStatement() {
    #expect(extract("Voters gathered. Helena Marsh spoke first, after Peter Quill.").statements.isEmpty)
    // Hard negative: "spoke" before a quote introduces it.
    #expect(extract("Voters gathered. Helena Marsh spoke: “We will not give up.”").statements.count == 1)
}

@Test func repeatedThatIsSpeechButRepeatedObjectIsNot() {
    #expect(extract("Talks resumed. Tomas Berg repeated that the plant would stay open.").statements.count == 1)
    #expect(extract("Talks resumed. Tomas Berg repeated the mistake of his predecessor.").statements.isEmpty)
}

@Test func reportInsideAParaphraseIsANestedAttribution() {
    // PARC marks both layers: the outer content holds the inner attribution whole.
    let a = extract("Talks resumed. Two diplomats told the Daily Planet that Brazil had promised to send more grain.")
    #expect(a.statements.count == 2)
    let outer = a.statements.first { $0.cue == "told" }
    let inner = a.statements.first { $0.speaker == .country("BR") }
    #expect(outer.map { o in inner.map { o.content.contains($0.content.lowerBound) } ?? false } == true)
    let b = extract("Talks resumed. Tomas Berg also said that he had suggested that Chile should send experts.")
    #expect(b.statements.first?.text.hasPrefix("he had suggested") == true)
    #expect(b.statements.first?.cue == "also said")
    // Hard negatives: a second speaker's own clause, and a nested "according to" layer, stay.
    let c = extract("Talks resumed. Tomas Berg said the deal was dead, while Ana Duarte said it could be saved.")
    #expect(c.statements.contains { $0.speaker == .person("Ana Duarte") })
    let d = extract("Talks resumed. Tomas Berg wrote that according to local officials, the dam had failed.")
    #expect(d.statements.contains { $0.speaker == .unnamed("local officials") })
}

@Test func nounFormsOfStateAndQuestionAreNoReports() {
    #expect(extract("Voters gathered. Senator Ruth Okafor flew home to the rural state on Friday.").statements.isEmpty)
    #expect(extract("Voters gathered. Senator Ruth Okafor received a debate question about taxes.").statements.isEmpty)
    // Hard negative: "states that" reports.
    #expect(extract("Voters gathered. Senator Ruth Okafor states that taxes will rise.").statements.count == 1)
}

@Test func pronounSkipsOneWordNameWithoutRole() {
    // "Seeds" opening a sentence is read as a name; "she" goes back to the titled person.
    let r = extract("Voters gathered. Senator Ruth Okafor toured the farm. Seeds were scarce this year. “We need help,” she said.")
    #expect(r.statements.first?.speaker == .person("Ruth Okafor"))
    // Hard negative: a surname with a title stays a valid antecedent.
    let n = extract("Voters gathered. Senator Okafor toured the farm. “We need help,” she said.")
    #expect(n.statements.first?.speaker == .person("Okafor"))
}

@Test func periodOfPreviousSentenceIsNoRole() {
    let r = extract("Voters gathered at the farm. Peter Quill arrived late.")
    #expect(r.persons.first { $0.name == "Peter Quill" }?.roles.isEmpty == true)
    // Hard negative: a title in the name's own sentence is still read.
    let n = extract("Voters gathered at the farm. Senator Peter Quill arrived late.")
    #expect(n.persons.first { $0.name == "Peter Quill" }?.roles == ["Senator"])
}

@Test func wordInsideABodyNameIsNoSpeaker() {
    // "Statistics" in "the Bureau of Farm Statistics" is read as a one-word name; it is no antecedent.
    let r = extract("Prices rose, according to the Bureau of Farm Statistics. “It is a bad year,” he said.")
    #expect(!r.statements.contains { $0.speaker == .person("Statistics") })
    let s = extract("Prices rose. The Senate Foreign Relations Committee said the treaty was dead.")
    #expect(!s.statements.contains { $0.speaker == .person("Relations") })
    // Hard negative: a titled one-word name stays the antecedent of "he".
    let n = extract("Prices rose. Senator Quill spoke. “It is a bad year,” he said.")
    #expect(n.statements.first?.speaker == .person("Quill"))
}

@Test func pronounSkipsNamesInsideTheQuote() {
    let r = extract("Voters gathered. Senator Peter Quill took the stage. “Tomas Berg is 70 years old,” he noted.")
    #expect(r.statements.first?.speaker == .person("Peter Quill"))
    // Hard negative: a name outside quotes is still the antecedent.
    let n = extract("Voters gathered. Tomas Berg took the stage. “I am 70 years old,” he noted.")
    #expect(n.statements.first?.speaker == .person("Tomas Berg"))
}

@Test func contractedNegationAndPronounSubject() {
    #expect(extract("Voters gathered. Tomas Berg didn't answer the question.").statements.isEmpty)
    let r = extract("Voters gathered. In a swipe at Ana Duarte -- he said, “I am very clear about my principles.”")
    #expect(!r.statements.contains { $0.speaker == .person("Ana Duarte") })
    // Hard negative: an uncontracted positive verb still reports.
    #expect(extract("Voters gathered. Tomas Berg answered that he had no plans.").statements.count == 1)
}

@Test func oneWordGivenNameCarriesGender() {
    // "Michael" opening a sentence is a one-word person; "she" skips him.
    let r = extract("Voters gathered. Senator Ruth Okafor arrived early. Michael said the vote was close. “We will win,” she said.")
    #expect(r.statements.last?.speaker == .person("Ruth Okafor"))
    // Hard negative: with "he" the one-word given name is the antecedent, even though it only opens a sentence.
    let n = extract("Voters gathered. Senator Ruth Okafor arrived early. Michael said the vote was close. “We will win,” he said.")
    #expect(n.statements.last?.speaker == .person("Michael"))
}
