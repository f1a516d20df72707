import Testing
@testable import ClaimGraphExtract

/// `SentenceTree`'s children and subtrees, kept flat and computed once, agree with a walk over
/// the parse's heads done afresh for every question.
@Suite struct SentenceTreeTests {
    static let text = """
        The foreign minister said on Monday that the talks, which began in Vienna, would resume \
        "within days." "We have some big plans," he told reporters.
        According to officials, the ministry denied the reports and added that nothing had changed.
        """

    /// The children of `t` in text order and its subtree's bounds, from the heads alone.
    static func naive(_ t: Int, _ syntax: DocumentSyntax, in range: Range<Int>) -> (children: [Int], subtree: Range<Int>) {
        let children = range.filter { Int(syntax.heads[$0]) == t }
        var low = t, high = t
        var stack = [t]
        while let n = stack.popLast() {
            for c in range where Int(syntax.heads[c]) == n {
                low = min(low, c)
                high = max(high, c)
                stack.append(c)
            }
        }
        return (children, low..<(high + 1))
    }

    @Test func childrenAndSubtreesMatchAWalkOverTheHeads() throws {
        let doc = document(Self.text)
        let syntax = doc.syntax
        var checked = 0
        for si in doc.sentences.indices where syntax.parsed[si] {
            let tree = try #require(SentenceTree(sentence: si, doc: doc))
            let range = doc.sentences[si].tokens
            for t in range {
                let expected = Self.naive(t, syntax, in: range)
                #expect(Array(tree.children(t)) == expected.children, "token \(doc.formText(t))")
                #expect(tree.subtree(t) == expected.subtree, "token \(doc.formText(t))")
                checked += 1
            }
        }
        // Every sentence of the text has a cue, so all three are parsed.
        #expect(syntax.parsed.filter { $0 }.count == 3)
        #expect(checked == doc.sentences.reduce(0) { $0 + $1.tokens.count })
    }

    @Test func aSentenceWithoutAParseHasNoTree() {
        let doc = document("The river rose overnight. The mayor said the bridge was closed.")
        #expect(SentenceTree(sentence: 0, doc: doc) == nil)
        #expect(SentenceTree(sentence: 1, doc: doc) != nil)
    }

    @Test func wordCountIsTheSplitCountUpToItsLimit() {
        let samples = FastPathTests.asciiSamples(count: 500) + ["  two  words ", "a\u{301} b", " \u{301}x y", "", "   "]
        for sample in samples {
            let split = sample.split(separator: " ").count
            #expect(Attributor.wordCount(sample, upTo: 7) == min(split, 7), "\(sample.debugDescription)")
            #expect(Attributor.wordCount(sample, upTo: 100) == split, "\(sample.debugDescription)")
        }
    }
}
