import Testing
@testable import ClaimGraphExtract

@Test func splitterKeepsAbbreviationsInitialsAndDecimals() {
    let text = "The U.S. envoy met Gen. Ortiz on Feb. 24 in Lima. Growth was 3.5 percent, J. R. Baird noted. Mr Lee left."
    let doc = document(text)
    #expect(doc.sentences.count == 3)
    #expect(doc.tokens.indices.contains { doc.formText($0) == "U.S." && doc.tokens[$0].isAbbreviation })
    #expect(doc.tokens.indices.contains { doc.formText($0) == "3.5" && doc.tokens[$0].kind == .number })
}

@Test func splitterEndsAtQuoteCloseAndNewlines() {
    let text = "“We are ready.” The talks resumed\nA new paragraph starts here."
    let sentences = document(text).sentences
    #expect(sentences.count == 3)
    #expect(sentences[2].paragraph == 1)
}

@Test func quoteRunsAcrossParagraphsWithoutClosingMark() {
    let text = "She said: “The harvest failed this year.\n\n“We will need help from our neighbours,” she added."
    let quotes = document(text).quotes
    #expect(quotes.count == 1)
    let scalars = Array(text.unicodeScalars)
    var inner = String.UnicodeScalarView(); inner.append(contentsOf: scalars[quotes[0].inner])
    #expect(String(inner).hasPrefix("The harvest failed"))
    #expect(String(inner).hasSuffix("neighbours,"))
}

@Test func unclosedQuoteStopsAtParagraphEnd() {
    let text = "He said “this will not stand\nThe next paragraph is narration."
    let quotes = document(text).quotes
    #expect(quotes.count == 1)
    #expect(quotes[0].closed == false)
    #expect(quotes[0].inner.upperBound <= 28)
}

@Test func nestedSingleQuotesStayInside() {
    let text = "“They called it ‘a farce’ yesterday,” the mayor said."
    let quotes = document(text).quotes
    #expect(quotes.count == 1)
}
