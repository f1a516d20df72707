import ClaimGraphExtract
@testable import ClaimGraphEvaluate

/// Builds span-scoring cases from text and the phrases to mark in it.
enum SpanFixture {
    /// The code-point offsets of occurrence `nth` (from 0) of `part` in `text`.
    static func span(_ part: String, in text: String, nth: Int = 0) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
        var seen = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            if seen == nth { return start..<(start + needle.count) }
            seen += 1
        }
        fatalError("\"\(part)\" (\(nth)) is not in \"\(text)\"")
    }

    /// A gold article: each mark is a type and the fragments' phrases (first occurrences).
    static func document(_ id: String, _ text: String, _ marks: [(BratSpanType, [Range<Int>])]) -> BratDocument {
        BratDocument(id: id, text: text, spans: marks.enumerated().map { index, mark in
            BratSpan(id: "T\(index + 1)", type: mark.0, fragments: mark.1)
        })
    }

    /// An extracted statement with the given spans (source and cue recorded, not searched).
    static func statement(source: Range<Int>?, cue: Range<Int>?, content: Range<Int>, in text: String,
                          sentence: Range<Int>? = nil) -> StatementRecord {
        let scalars = Array(text.unicodeScalars)
        return StatementRecord(speaker: .unnamed("x"), speakerMention: source.map { SpanText.string(scalars, $0) } ?? "",
                               cue: cue.map { SpanText.string(scalars, $0) } ?? "", polarity: .claim,
                               content: content, text: SpanText.string(scalars, content), directQuote: false,
                               sentence: sentence ?? 0..<scalars.count, speakerSpan: source, cueSpan: cue)
    }

    static func score(_ documents: [BratDocument], _ statements: [String: [StatementRecord]]) -> SpanReport {
        SpanScorer(corpus: BratCorpus(name: "test", documents: documents))
            .score(statements.map { DocumentExtraction(articleID: $0.key, statements: $0.value) })
    }
}
