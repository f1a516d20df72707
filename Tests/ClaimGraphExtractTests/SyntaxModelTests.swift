import Foundation
import Testing
@testable import ClaimGraphExtract

/// The shipped tagger and parser: they load, and a fixed text gets the tags and
/// heads recorded here (a model change must update this fixture knowingly).
@Suite struct SyntaxModelTests {
    static let model: SyntaxModel = { try! SyntaxModel.bundled() }()

    @Test func bundledModelIsLoadedOncePerProcess() throws {
        #expect(try SyntaxModel.bundled() === SyntaxModel.bundled())
        #expect(try SyntaxModel.loadBundled() !== SyntaxModel.bundled())
    }

    @Test func bundledModelLoadsFast() throws {
        let start = Date()
        let model = try SyntaxModel.loadBundled()
        let seconds = Date().timeIntervalSince(start)
        #expect(model.labelNames.contains("root"))
        #expect(model.labelNames.contains("nsubj"))
        #expect(model.label(named: "dobj") != nil)
        #expect(seconds < 2, "loading took \(seconds) s")
    }

    /// Sentence, then the expected tags and 1-based heads (0 = root), as `claimgraph parse` prints them.
    static let fixture: [(String, String, String)] = [
        ("The mayor said on Tuesday that the new bridge would open next spring .",
         "DET NOUN VERB ADP PROPN SCONJ DET ADJ NOUN AUX VERB ADP NOUN PUNCT",
         "2 3 0 3 4 11 9 9 11 11 3 3 12 12"),
        ("Critics , however , doubt that the city can pay for it .",
         "NOUN PUNCT ADV PUNCT VERB SCONJ DET NOUN AUX VERB ADP PRON PUNCT",
         "5 5 5 5 0 10 8 10 10 5 10 11 5"),
        ("\" We will not raise taxes , \" she told reporters in Lisbon .",
         "PUNCT PRON AUX PART VERB NOUN PUNCT PUNCT PRON VERB NOUN ADP PROPN PUNCT",
         "10 5 5 5 10 5 10 10 10 0 10 10 12 10"),
        ("The report was written by two economists at the central bank .",
         "DET NOUN AUX VERB ADP NUM NOUN ADP DET ADJ NOUN PUNCT",
         "2 4 4 0 4 7 5 4 11 11 8 4"),
        ("Hello",
         "INTJ",
         "0"),
    ]

    @Test func fixedTextGetsTheRecordedTagsAndHeads() {
        for (sentence, expectedTags, expectedHeads) in Self.fixture {
            let words = sentence.split(separator: " ").map { LexicalFeatures(form: String($0)) }
            let tags = Self.model.tag(words)
            let (heads, labels) = Self.model.parse(words, tags: tags)
            #expect(tags.map(\.name).joined(separator: " ") == expectedTags, "\(sentence)")
            #expect(heads.map { String($0 + 1) }.joined(separator: " ") == expectedHeads, "\(sentence)")
            #expect(heads.filter { $0 == -1 }.count == 1, "one root")
            #expect(labels.count == words.count)
        }
    }

    @Test func concurrentCallsAgreeWithSerialOnes() async {
        let sentences = Self.fixture.map { $0.0.split(separator: " ").map { LexicalFeatures(form: String($0)) } }
        let serial = sentences.map { Self.model.parse($0, tags: Self.model.tag($0)).heads }
        let parallel = await withTaskGroup(of: (Int, [Int32]).self) { group in
            for round in 0..<8 {
                for (k, words) in sentences.enumerated() {
                    group.addTask { _ = round; return (k, Self.model.parse(words, tags: Self.model.tag(words)).heads) }
                }
            }
            var results: [(Int, [Int32])] = []
            for await r in group { results.append(r) }
            return results
        }
        for (k, heads) in parallel { #expect(heads == serial[k]) }
    }

    @Test func emptyAndOneWordSentences() {
        #expect(Self.model.tag([]).isEmpty)
        let one = [LexicalFeatures(form: "Hello")]
        let (heads, _) = Self.model.parse(one, tags: Self.model.tag(one))
        #expect(heads == [-1])
    }
}
