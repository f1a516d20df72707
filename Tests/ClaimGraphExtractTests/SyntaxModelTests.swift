import Foundation
import Testing
@testable import ClaimGraphExtract

/// The shipped tagger and parser: they load, and a fixed text gets the tags and
/// heads recorded here (a model change must update this fixture knowingly).
@Suite struct SyntaxModelTests {
    static let model: SyntaxModel = { try! SyntaxModel.bundled() }()

    @Test func bundledModelLoadsFast() throws {
        let start = Date()
        let model = try SyntaxModel.bundled()
        let seconds = Date().timeIntervalSince(start)
        #expect(model.labelNames.contains("root"))
        #expect(model.labelNames.contains("nsubj"))
        #expect(model.label(named: "dobj") != nil)
        #expect(seconds < 2, "loading took \(seconds) s")
    }

    /// Sentence, then the expected tags and 1-based heads (0 = root), as `claimgraph parse` prints them.
    static let fixture: [(String, String, String)] = [
        ("The mayor said .", "DET NOUN VERB PUNCT", "2 3 0 3"),
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
