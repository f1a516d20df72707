import ClaimGraphExtract
import Testing
@testable import ClaimGraphEvaluate

/// Where a statement's source and cue spans come from when extraction records no offsets.
@Suite struct StatementSpansTests {
    typealias F = SpanFixture
    static let text = "Iran denied it. Kirby met Kirby. Kirby said Iran lied. According to Kirby, Iran lied."

    static func record(mention: String, cue: String, content: Range<Int>, sentence: Range<Int>,
                       speakerSpan: Range<Int>? = nil) -> StatementRecord {
        StatementRecord(speaker: .person("John Kirby"), speakerMention: mention, cue: cue, polarity: .claim,
                        content: content, text: SpanText.string(Array(text.unicodeScalars), content),
                        directQuote: false, sentence: sentence, speakerSpan: speakerSpan)
    }

    static var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func theOccurrenceNearestTheContentWins() {
        let text = Self.text
        let content = F.span("Iran lied", in: text)
        let whole = 0..<F.span("According", in: text).lowerBound
        // "Kirby" at 16, 26 and 33: the one right before the content (gap 6) wins.
        let spans = StatementSpans(Self.record(mention: "Kirby", cue: "said", content: content, sentence: whole),
                                   in: Self.scalars)
        #expect(spans.source == F.span("Kirby", in: text, nth: 2))
        #expect(spans.cue == F.span("said", in: text))
        #expect(spans.sourceOrigin == .located)
        #expect(spans.content == [content])
    }

    @Test func occurrencesInsideTheContentComeLast() {
        let text = Self.text
        let content = F.span("Iran lied", in: text)
        let whole = 0..<F.span("According", in: text).lowerBound
        // "Iran" inside the content is at gap 0, but the one outside (at 0) is taken.
        let outside = StatementSpans.locate(Array("Iran".unicodeScalars), near: content, within: whole, in: Self.scalars)
        #expect(outside == 0..<4)
        // Within the third sentence alone, only the inside one is left, and it is taken.
        let third = F.span("Kirby said Iran lied.", in: text)
        let inside = StatementSpans.locate(Array("Iran".unicodeScalars), near: content, within: third, in: Self.scalars)
        #expect(inside == content.lowerBound..<(content.lowerBound + 4))
    }

    @Test func exactCaseFirstThenIgnoringCase() {
        let text = Self.text
        let sentence = F.span("According to Kirby, Iran lied.", in: text)
        let content = F.span("Iran lied", in: text, nth: 1)
        let spans = StatementSpans(Self.record(mention: "Kirby", cue: "according to", content: content, sentence: sentence),
                                   in: Self.scalars)
        #expect(spans.cue == F.span("According to", in: text))
        #expect(spans.cueOrigin == .located)
        // No "iran" in exact case: folding finds "Iran" (its only occurrence, inside the content).
        let folded = StatementSpans.locate(Array("iran".unicodeScalars), near: content, within: sentence, in: Self.scalars)
        #expect(folded == content.lowerBound..<(content.lowerBound + 4))
        // With both cases present, the exact case wins even when farther: "he" at 0, not "He" at 12.
        let other = Array("he said it. He lied.".unicodeScalars)
        let lied = 15..<19
        #expect(StatementSpans.locate(Array("he".unicodeScalars), near: lied, within: 0..<other.count, in: other) == 0..<2)
        #expect(StatementSpans.locate(Array("HE".unicodeScalars), near: lied, within: 0..<other.count, in: other) == 12..<14)
    }

    @Test func onlyTheSentenceIsSearched() {
        let text = Self.text
        let third = F.span("Kirby said Iran lied.", in: text)
        let content = F.span("Iran lied", in: text)
        // "met" is in the second sentence only.
        let spans = StatementSpans(Self.record(mention: "met", cue: "denied", content: content, sentence: third),
                                   in: Self.scalars)
        #expect(spans.source == nil)
        #expect(spans.sourceOrigin == .notFound)
        #expect(spans.cue == nil)
        #expect(spans.cueOrigin == .notFound)
    }

    @Test func recordedOffsetsAreUsedAndEmptyMentionsGiveNothing() {
        let text = Self.text
        let content = F.span("Iran lied", in: text)
        let given = F.span("Kirby", in: text)
        let spans = StatementSpans(Self.record(mention: "Kirby", cue: "", content: content, sentence: 0..<text.unicodeScalars.count,
                                               speakerSpan: given), in: Self.scalars)
        #expect(spans.source == given)
        #expect(spans.sourceOrigin == .given)
        #expect(spans.cue == nil)
        #expect(spans.cueOrigin == .empty)
        let blank = StatementSpans(Self.record(mention: "  ", cue: "said", content: content, sentence: 0..<10), in: Self.scalars)
        #expect(blank.source == nil)
        #expect(blank.sourceOrigin == .empty)
    }
}
