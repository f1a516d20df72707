import Testing
@testable import ClaimGraphExtract

@Test func invertedSaidAfterQuoteTakesTheQuote() {
    let r = extract("Talks resumed. “We will not sign this deal,” said Maria Lopes.")
    #expect(r.statements.count == 1)
    #expect(r.statements.first?.speaker == .person("Maria Lopes"))
    #expect(r.statements.first?.text == "We will not sign this deal")
    // Hard negative: the speaker's name is never the content.
    #expect(!r.statements.contains { $0.text.contains("Lopes") })
}

@Test func invertedSaidAfterPlainClauseTakesTheClause() {
    let r = extract("Talks resumed. The harvest will be late this year, said Pedro Alvarez.")
    #expect(r.statements.first?.speaker == .person("Pedro Alvarez"))
    #expect(r.statements.first?.text == "The harvest will be late this year")
}

@Test func quoteBeforeSubjectVerbWinsOverTrailingModifier() {
    let r = extract("Talks resumed. “The plan was written for the farmers,” Maria Lopes said shortly after the vote failed.")
    #expect(r.statements.first?.text == "The plan was written for the farmers")
    // Hard negative: a "that" clause after the verb stays the content.
    let n = extract("Talks resumed. Maria Lopes said on Monday that the plan was dead.")
    #expect(n.statements.first?.text == "the plan was dead")
}

@Test func addresseeAfterToldIsNotContent() {
    let r = extract("Talks resumed. The bridge was never safe, Maria Lopes told Pedro Alvarez.")
    #expect(r.statements.count == 1)
    #expect(r.statements.first?.speaker == .person("Maria Lopes"))
    #expect(r.statements.first?.text == "The bridge was never safe")
    #expect(!r.statements.contains { $0.text == "Alvarez" || $0.text == "Pedro Alvarez" })
}

@Test func modalBeforeVerbIsNoReport() {
    // The belief is reported; the possible argument inside it is not.
    let belief = extract("Talks resumed. Economists believe she could argue for lower rates.").statements
    #expect(belief.count == 1)
    #expect(belief.first?.kind == .belief)
    #expect(belief.first?.cue == "believe")
    #expect(extract("Talks resumed. The Interior Ministry announced that it would propose new fees.").statements.count == 1)
    // Hard negative: a past reporting verb still counts.
    #expect(extract("Talks resumed. Maria Lopes argued that rates were too high.").statements.count == 1)
}

@Test func pronounRespectsHonorificGender() {
    let r = extract("Mr. Pedro Alvarez met Ms. Maria Lopes. “The budget is fine,” she said. “The budget is broken,” he said.")
    #expect(r.statements.first { $0.text == "The budget is fine" }?.speaker == .person("Maria Lopes"))
    #expect(r.statements.first { $0.text == "The budget is broken" }?.speaker == .person("Pedro Alvarez"))
}

@Test func whatSubjectClaimsIsNoReport() {
    #expect(extract("Talks resumed. Maria Lopes filled the hall with what Maria Lopes claims are 900 people.").statements.isEmpty)
    #expect(extract("Talks resumed. Maria Lopes claims that 900 people came.").statements.count == 1)
}

@Test func nestedAccordingToAfterThatKeepsTheInnerClause() {
    let r = extract("Talks resumed. Maria Lopes claimed that according to local officials, the dam had cracked.")
    // Nested attributions, as PARC marks them: Lopes's content holds the officials' one.
    #expect(r.statements.contains { $0.speaker == .person("Maria Lopes") && $0.text.hasSuffix("the dam had cracked") })
    #expect(r.statements.contains { $0.speaker == .unnamed("local officials") && $0.text == "the dam had cracked" })
    #expect(!r.statements.contains { $0.text.hasPrefix("Talks") })
}

@Test func inTheArticleCreditsTheOutletOfTheArticleSpokenOf() {
    let text = "It began with an article published in The Guardian. In the article, writers Maria Lopes and Pedro Alvarez claim that the dam had cracked."
    let r = extract(text)
    #expect(r.statements.count == 2)
    #expect(r.statements.allSatisfy { $0.outlets == ["The Guardian"] || $0.outlets == ["Guardian"] })
    // Hard negative: without an earlier article, "In the article" credits nothing.
    let n = extract("It began in spring. In the article, Maria Lopes claims that the dam had cracked.")
    #expect(n.statements.first?.outlets.isEmpty == true)
}

@Test func clauseOnlyVerbNeedsThatQuoteOrColon() {
    #expect(extract("Talks resumed. Chile and Peru maintain close trade ties.").statements.isEmpty)
    #expect(extract("Talks resumed. The Interior Ministry responded to the report within a day.").statements.isEmpty)
    // Hard negative: with a "that" clause the same verbs report speech.
    #expect(extract("Talks resumed. Maria Lopes maintained that the dam was safe.").statements.count == 1)
}
