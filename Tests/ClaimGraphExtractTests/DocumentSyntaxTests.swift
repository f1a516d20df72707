import Testing
@testable import ClaimGraphExtract

/// The syntax the extractor computes for a document: every token tagged, the sentences that
/// can carry an attribution parsed, with heads as document token indices.
@Suite struct DocumentSyntaxTests {
    static func analysed(_ text: String, _ scope: DocumentSyntax.Scope = .attributionSentences) -> (Document, DocumentSyntax) {
        let doc = document(text)
        return (doc, DocumentSyntax(doc: doc, model: sharedExtractor.syntaxModel, scope: scope))
    }

    /// The index of the first token whose form is `form`.
    static func token(_ doc: Document, _ form: String) -> Int {
        doc.tokens.indices.first { doc.formText($0) == form }!
    }

    @Test func reportingSentencesAreParsedOthersLeftAlone() {
        let (doc, syntax) = Self.analysed("The river rose overnight. The mayor said the bridge was closed.")
        #expect(doc.sentences.count == 2)
        #expect(syntax.parsed == [false, true])
        // Sentence one has no cue: no tags, no tree.
        let rose = Self.token(doc, "rose")
        #expect(syntax.tags[rose] == .X)
        #expect(syntax.heads[rose] == DocumentSyntax.notParsed)
        // Sentence two: "said" is the root, "mayor" its subject, "closed" its complement;
        // heads are indices into the document's tokens, not the sentence's.
        let said = Self.token(doc, "said"), mayor = Self.token(doc, "mayor"), closed = Self.token(doc, "closed")
        #expect(syntax.heads[said] == DocumentSyntax.root)
        #expect(syntax.heads[mayor] == Int32(said))
        #expect(sharedExtractor.syntaxModel.labelName(syntax.labels[mayor]) == "nsubj")
        #expect(syntax.heads[closed] == Int32(said))
        #expect(sharedExtractor.syntaxModel.labelName(syntax.labels[closed]) == "ccomp")
    }

    @Test func allSentencesScopeParsesEverySentence() {
        let (_, syntax) = Self.analysed("The river rose overnight. Schools stayed shut.", .allSentences)
        #expect(syntax.parsed == [true, true])
    }

    @Test func newlineTokensStayOutOfTheTrees() {
        let (doc, syntax) = Self.analysed("Officials said on Monday\nthat talks would resume.", .allSentences)
        for t in doc.tokens.indices where doc.tokens[t].kind == .newline {
            #expect(syntax.heads[t] == DocumentSyntax.notParsed)
        }
        // Every other head points at a word of the same sentence.
        for t in doc.tokens.indices where doc.tokens[t].kind != .newline && syntax.heads[t] >= 0 {
            let h = Int(syntax.heads[t])
            #expect(doc.tokens[h].kind != .newline)
            #expect(doc.sentenceOf[h] == doc.sentenceOf[t])
        }
    }

    // MARK: which sentences can carry an attribution

    static func inScope(_ text: String) -> [Bool] {
        let doc = document(text)
        return doc.sentences.indices.map { AttributionScope.mayAttribute($0, doc: doc) }
    }

    @Test func cuesPutASentenceInScope() {
        #expect(Self.inScope("Prices fell, according to the ministry.") == [true])
        #expect(Self.inScope("Analysts believe the deal will hold.") == [true])
        #expect(Self.inScope("“We will rebuild,” the governor promised.") == [true])
        #expect(Self.inScope("The minister denied the report.") == [true])
    }

    @Test func quotesAndHeadlinesAloneNeedNoParse() {
        // The sieves that read a quote with no reporting verb, or a headline's separator, work
        // on tokens: such sentences are tagged, not parsed.
        #expect(Self.inScope("Ukraine war: Kyiv braces for new strikes\nThe city was quiet.") == [false, false])
        #expect(Self.inScope("“The roads are open.” The city was quiet.") == [false, false])
        // Hard negative: a headline with a reporting verb is parsed.
        #expect(Self.inScope("Kyiv says strikes will go on\nThe city was quiet.") == [true, false])
    }

    @Test func overlongSentencesAreNotParsed() {
        let long = Array(repeating: "the minister said the plan", count: 60).joined(separator: " and ") + "."
        #expect(Self.inScope(long) == [false])
        #expect(Self.inScope("The minister said the plan would work.") == [true])
    }

    @Test func hardNegativesStayOutOfScope() {
        // An apostrophe is not a quote mark; a noun that looks like a cue is not one.
        #expect(Self.inScope("The cities’ roads were flooded by the storm.") == [false])
        #expect(Self.inScope("The council's budget grew by a third.") == [false])
    }
}
