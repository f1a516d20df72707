import ClaimGraphExtract
import Foundation
import Testing
@testable import ClaimGraphEvaluate

/// The span report's table, details and JSON.
@Suite struct SpanReportTests {
    typealias F = SpanFixture
    static let text = "Officials said on Monday that the talks failed. The minister denied it."

    /// Source: gold 2, found 2, exact 1, overlap 2. Cue: 2, 2, 2, 2. Content: 2, 3, 1, 2.
    static let report: SpanReport = {
        let text = Self.text
        func s(_ part: String) -> Range<Int> { F.span(part, in: text) }
        let gold = F.document("a", text, [
            (.source, [s("Officials")]), (.cue, [s("said")]), (.content, [s("that the talks failed")]),
            (.source, [s("The minister")]), (.cue, [s("denied")]), (.content, [s("it")]),
        ])
        return F.score([gold, F.document("b", "Nothing here.", [])], ["a": [
            F.statement(source: s("Officials"), cue: s("said"), content: s("the talks failed"), in: text),
            F.statement(source: s("minister"), cue: s("denied"), content: s("it"), in: text),
            F.statement(source: nil, cue: nil, content: s("Monday"), in: text),
        ]])
    }()

    @Test func tableIsFixedWidthWithExactAndOverlapColumns() {
        let lines = Self.report.table().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "span     gold  found  exact  precision  recall     F1  overlap  precision  recall     F1")
        #expect(lines[1] == "source      2      2      1      0.500   0.500  0.500        2      1.000   1.000  1.000")
        #expect(lines[2] == "cue         2      2      2      1.000   1.000  1.000        2      1.000   1.000  1.000")
        #expect(lines[3] == "content     2      3      1      0.333   0.500  0.400        2      0.667   1.000  0.800")
        #expect(Set(lines[0...3].map(\.count)).count == 1)
        #expect(lines[5] == "2 articles, 3 statements; source spans: 2 given by extraction, 1 empty; cue spans: 2 given by extraction, 1 empty")
        #expect(lines.last == "")
    }

    @Test func detailsGroupMissesAndFalseHitsByArticleAndSentence() {
        let details = Self.report.details()
        #expect(details.hasPrefix("test: 2 misses and 3 false hits (exact matching)\n"))
        let article: String = [
            "a  source 1 missed, 1 false; cue 0 missed, 0 false; content 1 missed, 2 false",
            "  sentence \"Officials said on Monday that the talks failed.\"",
            "    false  content  \"Monday\" 18-24",
            "    miss   content  \"that the talks failed\" 25-46  overlaps \"the talks failed\"",
            "    false  content  \"the talks failed\" 30-46  overlaps \"that the talks failed\"",
            "  sentence \"The minister denied it.\"",
            "    miss   source   \"The minister\" 48-60  overlaps \"minister\"",
            "    false  source   \"minister\" 52-60  overlaps \"The minister\"",
        ].joined(separator: "\n")
        #expect(details.contains("\n" + article + "\n"), "\(details)")
        // An article with nothing to show is left out.
        #expect(!details.contains("\nb  "))
    }

    @Test func jsonHasFiguresOriginsArticlesAndItemsOnRequest() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.json().utf8)) as? [String: Any])
        #expect(object["corpus"] as? String == "test")
        #expect(object["statements"] as? Int == 3)
        let figures = try #require(object["figures"] as? [String: [String: Any]])
        let content = try #require(figures["content"])
        #expect(content["gold"] as? Int == 2)
        #expect(content["found"] as? Int == 3)
        let exact = try #require(content["exact"] as? [String: Any])
        #expect(exact["matched"] as? Int == 1)
        #expect(exact["precision"] as? Double == 0.3333)
        #expect(exact["f1"] as? Double == 0.4)
        let overlap = try #require(content["overlap"] as? [String: Any])
        #expect(overlap["recall"] as? Double == 1)
        let origins = try #require(object["origins"] as? [String: [String: Int]])
        #expect(origins["source"] == ["given": 2, "empty": 1])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["a", "b"])
        // Article b has no gold and no system units: its ratios are null, not left out.
        let b = try #require((articles[1]["figures"] as? [String: [String: Any]])?["source"]?["exact"] as? [String: Any])
        #expect(b["precision"] is NSNull)
        #expect(object["items"] == nil)

        let detailed = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.json(details: true).utf8)) as? [String: Any])
        let items = try #require(detailed["items"] as? [[String: Any]])
        #expect(items.count == 5)
        let monday = try #require(items.first { $0["text"] as? String == "Monday" })
        #expect(monday["kind"] as? String == "false")
        #expect(monday["start"] as? Int == 18)
        #expect(monday["sentence"] as? String == "Officials said on Monday that the talks failed.")
    }

    @Test func sentencesAroundSpans() {
        let text = Array("It rained. Sen. Smith said no. “Fine.” Then J. Doe left!\nNext line.".unicodeScalars)
        func around(_ part: String) -> String {
            SpanText.string(text, SpanText.sentence(around: F.span(part, in: String(String.UnicodeScalarView(text))), in: text))
        }
        #expect(around("said") == "Sen. Smith said no.")
        #expect(around("Fine") == "“Fine.”")
        #expect(around("Doe") == "Then J. Doe left!")
        #expect(around("Next") == "Next line.")
        #expect(around("no. “Fine") == "Sen. Smith said no. “Fine.”")
    }
}
