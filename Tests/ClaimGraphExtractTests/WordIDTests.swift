import Testing
@testable import ClaimGraphExtract
import ClaimGraphModel

/// The word-id layer: shared vocabulary, per-document overlay, word classes, shapes, tries and
/// the features handed to a tagger.
@Suite struct WordIDTests {
    static var lexemes: Lexemes { sharedExtractor.lexicons.words }

    @Test func lexiconAndClassWordsAreSharedWithTheirLowercase() throws {
        let words = Self.lexemes
        for word in ["said", "the", "Washington", "Iran", "spokesman", "n't", ","] {
            let id = try #require(words.id(word), "\(word)")
            #expect(Int(id) < words.count)
            #expect(words.strings[Int(id)] == word)
            #expect(words.strings[Int(words.lowerIDs[Int(id)])] == ScalarString.lowercase(Array(word.unicodeScalars), 0..<word.unicodeScalars.count))
        }
        #expect(words.has(words.id("the")!, .determiner))
        #expect(words.has(words.id("said")!, .speechVerb))
        #expect(!words.has(words.id("said")!, .determiner))
        #expect(words.has("spokesman", .personRole))
        #expect(!words.has("Zyxwv", .personRole))
    }

    @Test func unknownFormsGetOneOverlayIdPerDocumentAndNoClass() {
        let doc = document("Qwertzu met Qwertzu. QWERTZU said so.")
        let shared = Self.lexemes.count
        let forms = doc.tokens.indices.filter { doc.formText($0) == "Qwertzu" }.map { doc.tokens[$0].form }
        #expect(forms.count == 2)
        #expect(Set(forms).count == 1)
        #expect(Int(forms[0]) >= shared)
        #expect(WordClass.allCases.allSatisfy { !doc.words.has(forms[0], $0) })
        // Two spellings of one unknown word share one overlay lowercase entry.
        let shout = doc.tokens.indices.first { doc.formText($0) == "QWERTZU" }!
        #expect(doc.tokens[shout].form != forms[0])
        #expect(doc.tokens[shout].lower == doc.tokens.first { $0.form == forms[0] }!.lower)
        #expect(doc.lowerText(shout) == "qwertzu")
    }

    @Test func anUnknownSpellingOfAKnownWordKeepsTheSharedLowercase() {
        let doc = document("Officials SAID the deal was over.")
        let i = doc.tokens.indices.first { doc.formText($0) == "SAID" }!
        #expect(Int(doc.tokens[i].form) >= Self.lexemes.count)
        #expect(doc.tokens[i].lower == Self.lexemes.id("said"))
        #expect(doc.isVerb(i))
    }

    @Test func multiWordLexiconPhrasesMatchOverIds() {
        let doc = document("Sen. Ann Roe met the United States envoy and the Washington Post.")
        let sen = doc.tokens.indices.first { doc.formText($0) == "Sen." }!
        #expect(doc.titleLen[sen] > 0)
        let united = doc.tokens.indices.first { doc.formText($0) == "United" }!
        #expect(doc.countryLen[united] == 2)
        #expect(doc.countryCode(at: united) == "US")
        let the = doc.tokens.indices.last { doc.formText($0) == "the" }!
        #expect(doc.outletLen[the] == 3)
    }

    @Test func shapesAgreeWithTheStringTests() {
        let samples = ["recently", "ally", "family", "wasn't", "isn’t", "denying", "saying", "renewed", "obsequious", "seeds", "Jean-Lin", "ever", "x"]
        let doc = document(samples.joined(separator: " "))
        for i in doc.tokens.indices {
            let w = doc.lowerText(i)
            let shape = doc.shape(i)
            #expect(shape.contains(.endsLy) == w.hasSuffix("ly"), "\(w)")
            #expect(shape.contains(.lyAdverb) == (w.hasSuffix("ly") && w.count > 4), "\(w)")
            #expect(shape.contains(.endsNt) == (w.hasSuffix("n't") || w.hasSuffix("n\u{2019}t")), "\(w)")
            #expect(shape.contains(.endsIng) == w.hasSuffix("ing"), "\(w)")
            #expect(shape.contains(.endsEd) == w.hasSuffix("ed"), "\(w)")
        }
        let family = doc.tokens.indices.first { doc.formText($0) == "family" }!
        #expect(!doc.shape(family).contains(.adverbLike))
        let recently = doc.tokens.indices.first { doc.formText($0) == "recently" }!
        #expect(doc.shape(recently).contains(.adverbLike))
    }

    @Test func featuresFollowTheTokensAndTheirForms() {
        let doc = document("Ms. Zyxwv told reporters: “We will rebuild.”\nNew line.")
        #expect(doc.features.count == doc.tokens.count)
        for (i, token) in doc.tokens.enumerated() {
            #expect(doc.features[i] == LexicalFeatures(form: doc.words.string(token.form)))
        }
        // The words the tagger reads: every token of the sentence but newlines, in order.
        for si in doc.sentences.indices {
            let words = doc.syntaxWords(ofSentence: si)
            #expect(words == doc.sentences[si].tokens.filter { doc.tokens[$0].kind != .newline })
            #expect(!words.isEmpty)
        }
        #expect(doc.tokens.contains { $0.kind == .newline })
        #expect(!doc.sentences.indices.flatMap(doc.syntaxWords).contains { doc.tokens[$0].kind == .newline })
    }
}
