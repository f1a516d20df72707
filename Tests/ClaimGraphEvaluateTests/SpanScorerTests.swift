import ClaimGraphExtract
import Testing
@testable import ClaimGraphEvaluate

/// The span scorer on hand-made cases; every expected figure is worked out by hand in the comments.
@Suite struct SpanScorerTests {
    typealias F = SpanFixture

    @Test func exactAndOverlapPerComponent() {
        let text = "Officials said on Monday that the talks failed. The minister denied it."
        func s(_ part: String) -> Range<Int> { F.span(part, in: text) }
        let gold = F.document("a", text, [
            (.source, [s("Officials")]), (.cue, [s("said")]), (.content, [s("that the talks failed")]),
            (.attribution, [s("said")]),
            (.source, [s("The minister")]), (.cue, [s("denied")]), (.content, [s("it")]),
            (.attribution, [s("denied")]),
        ])
        let found = [
            // Source exact, cue exact, content overlaps only.
            F.statement(source: s("Officials"), cue: s("said"), content: s("the talks failed"), in: text),
            // Source overlaps only, cue exact, content exact.
            F.statement(source: s("minister"), cue: s("denied"), content: s("it"), in: text),
            // No speaker and no cue: a content unit only, a false hit.
            F.statement(source: nil, cue: nil, content: s("Monday"), in: text),
        ]
        let report = F.score([gold], ["a": found])
        // Source: gold 2, found 2, exact 1, overlap 2.
        #expect(report[.source] == ComponentScore(component: .source, gold: 2, found: 2, exact: 1, overlap: 2))
        #expect(report[.source].exact.f1 == 0.5)
        #expect(report[.source].overlap.f1 == 1)
        // Cue: the Attribution triggers are not cues; gold 2, found 2, both exact.
        #expect(report[.cue] == ComponentScore(component: .cue, gold: 2, found: 2, exact: 2, overlap: 2))
        // Content: gold 2, found 3; exact 1: P 1/3, R 1/2, F1 2·(1/6)/(5/6) = 0.4;
        // overlap 2: P 2/3, R 1, F1 2·(2/3)/(5/3) = 0.8.
        let content = report[.content]
        #expect(content == ComponentScore(component: .content, gold: 2, found: 3, exact: 1, overlap: 2))
        #expect(abs(content.exact.precision! - 1.0 / 3) < 1e-12)
        #expect(content.exact.recall == 0.5)
        #expect(abs(content.exact.f1! - 0.4) < 1e-12)
        #expect(abs(content.overlap.f1! - 0.8) < 1e-12)
        #expect(report.statements == 3)
        #expect(report.sourceOrigins == [.given: 2, .empty: 1])
        // Misses and false hits: content "that the talks failed" (overlaps), "the talks failed", "Monday";
        // source "The minister" and "minister".
        #expect(report.items.filter { $0.side == .gold }.map(\.text).sorted() == ["The minister", "that the talks failed"])
        #expect(report.items.filter { $0.side == .system }.map(\.text).sorted() == ["Monday", "minister", "the talks failed"])
        let monday = report.items.first { $0.text == "Monday" }!
        #expect(monday.overlapPartner == nil)
        #expect(monday.sentenceText == "Officials said on Monday that the talks failed.")
        #expect(report.items.first { $0.text == "minister" }!.partnerText == "The minister")
    }

    @Test func surroundingWhiteSpaceIsTrimmedOnBothSides() {
        let text = "He said on Monday that it failed."
        let monday = F.span("on Monday", in: text)
        // Gold with a trailing space, system with a leading one: both are "on Monday".
        let gold = F.document("a", text, [(.content, [monday.lowerBound..<(monday.upperBound + 1)])])
        let found = [F.statement(source: nil, cue: nil, content: (monday.lowerBound - 1)..<monday.upperBound, in: text)]
        let report = F.score([gold], ["a": found])
        #expect(report[.content] == ComponentScore(component: .content, gold: 1, found: 1, exact: 1, overlap: 1))
        // A span of white space only is no unit.
        let blank = F.span(" ", in: text)
        let none = F.score([gold], ["a": [F.statement(source: nil, cue: nil, content: blank, in: text)]])
        #expect(none[.content].found == 0)
        #expect(none[.content].exact.precision == nil)
        #expect(none[.content].exact.recall == 0)
    }

    @Test func eachFragmentOfADiscontinuousSpanIsOneUnit() {
        let text = "“We won,” he said, “and we will win again.”"
        let first = F.span("“We won,”", in: text), second = F.span("“and we will win again.”", in: text)
        let gold = F.document("a", text, [(.content, [first, second])])
        // One system span over both fragments: overlap pairs it with one of them only.
        // Exact 0; overlap 1: P 1/1, R 1/2, F1 2/3.
        let whole = F.score([gold], ["a": [F.statement(source: nil, cue: nil, content: first.lowerBound..<second.upperBound, in: text)]])
        #expect(whole[.content] == ComponentScore(component: .content, gold: 2, found: 1, exact: 0, overlap: 1))
        #expect(abs(whole[.content].overlap.f1! - 2.0 / 3) < 1e-12)
        // A system span that is exactly the second fragment: exact 1, P 1, R 1/2.
        let part = F.score([gold], ["a": [F.statement(source: nil, cue: nil, content: second, in: text)]])
        #expect(part[.content] == ComponentScore(component: .content, gold: 2, found: 1, exact: 1, overlap: 1))
        #expect(part[.content].exact.recall == 0.5)
        #expect(part.items.map(\.text) == ["“We won,”"])
    }

    @Test func duplicatesOnEitherSideAreOneUnit() {
        let text = "“We won,” he said, “and we will win again.”"
        let first = F.span("“We won,”", in: text), second = F.span("“and we will win again.”", in: text)
        let he = F.span("he", in: text), said = F.span("said", in: text)
        // The source written twice in gold; two statements sharing "he" and "said".
        let gold = F.document("a", text, [(.source, [he]), (.cue, [said]), (.content, [first]),
                                          (.source, [he]), (.cue, [said]), (.content, [second])])
        let found = [F.statement(source: he, cue: said, content: first, in: text),
                     F.statement(source: he, cue: said, content: second, in: text)]
        let report = F.score([gold], ["a": found])
        #expect(report[.source] == ComponentScore(component: .source, gold: 1, found: 1, exact: 1, overlap: 1))
        #expect(report[.cue] == ComponentScore(component: .cue, gold: 1, found: 1, exact: 1, overlap: 1))
        #expect(report[.content] == ComponentScore(component: .content, gold: 2, found: 2, exact: 2, overlap: 2))
        #expect(report.items.isEmpty)
    }

    @Test func overlapMatchingIsOneToOne() {
        let text = "Smith said we won and we will win again."
        let won = F.span("we won", in: text), again = F.span("we will win again", in: text)
        // Two gold contents, one system span over both: 1 overlap hit (P 1/1, R 1/2).
        let two = F.document("a", text, [(.content, [won]), (.content, [again])])
        let wide = F.score([two], ["a": [F.statement(source: nil, cue: nil, content: won.lowerBound..<again.upperBound, in: text)]])
        #expect(wide[.content] == ComponentScore(component: .content, gold: 2, found: 1, exact: 0, overlap: 1))
        // One gold content, two system spans inside it: 1 overlap hit (P 1/2, R 1/1).
        let one = F.document("a", text, [(.content, [won.lowerBound..<again.upperBound])])
        let narrow = F.score([one], ["a": [F.statement(source: nil, cue: nil, content: won, in: text),
                                           F.statement(source: nil, cue: nil, content: again, in: text)]])
        #expect(narrow[.content] == ComponentScore(component: .content, gold: 1, found: 2, exact: 0, overlap: 1))
        #expect(narrow[.content].overlap.precision == 0.5)
        #expect(narrow[.content].overlap.recall == 1)
        // A maximum matching, not a greedy one: system A overlaps gold X and Y, system B only X.
        // Greedy X–A would leave B and Y unpaired; the matching pairs X–B and Y–A: 2 hits.
        let x = F.span("Smith said", in: text), y = F.span("we won", in: text)
        let pair = F.document("a", text, [(.content, [x]), (.content, [y])])
        let crossing = F.score([pair], ["a": [
            F.statement(source: nil, cue: nil, content: F.span("said we", in: text), in: text),
            F.statement(source: nil, cue: nil, content: F.span("Smith", in: text), in: text),
        ]])
        #expect(crossing[.content].overlapHits == 2)
    }

    @Test func figuresArePooledOverArticles() {
        let text = "Smith said we won and we will win again."
        let won = F.span("we won", in: text), again = F.span("we will win again", in: text)
        let smith = F.span("Smith", in: text)
        let a = F.document("a", text, [(.content, [won])])
        let b = F.document("b", text, [(.content, [won]), (.content, [again]), (.content, [smith])])
        let report = F.score([a, b], ["a": [F.statement(source: nil, cue: nil, content: won, in: text)],
                                      "b": [F.statement(source: nil, cue: nil, content: F.span("said", in: text), in: text)],
                                      "unknown": [F.statement(source: nil, cue: nil, content: won, in: text)]])
        // a: 1 of 1; b: 0 of 3, 1 false. Pooled: P 1/2, R 1/4 (the mean of per-article recalls would be 1/2).
        #expect(report[.content] == ComponentScore(component: .content, gold: 4, found: 2, exact: 1, overlap: 1))
        #expect(report[.content].exact.recall == 0.25)
        #expect(report.articles.map(\.id) == ["a", "b"])
        #expect(report.articles[1].components[2] == ComponentScore(component: .content, gold: 3, found: 1, exact: 0, overlap: 0))
        // The extraction of an id the corpus lacks is ignored.
        #expect(report.statements == 2)
    }

    @Test func systemSpansInsideDiscardRegionsAreNotCounted() {
        let text = "Officials said the talks failed. Follow us on Twitter, he said."
        let discard = F.span("Follow us on Twitter, he said.", in: text)
        let gold = F.document("a", text, [(.discard, [discard]), (.content, [F.span("the talks failed", in: text)])])
        let found = [F.statement(source: F.span("he", in: text, nth: 1), cue: F.span("said", in: text, nth: 1),
                                 content: F.span("Follow us on Twitter", in: text), in: text),
                     F.statement(source: nil, cue: nil, content: F.span("the talks failed", in: text), in: text)]
        let report = F.score([gold], ["a": found])
        #expect(report[.source] == ComponentScore(component: .source, gold: 0, found: 0, exact: 0, overlap: 0, discarded: 1))
        #expect(report[.content] == ComponentScore(component: .content, gold: 1, found: 1, exact: 1, overlap: 1, discarded: 1))
    }

    @Test func overlapHitsNeverFallBelowExactHits() {
        // Seeded random spans over a short text: the one-to-one overlap matching always
        // contains at least as many pairs as equal offsets give.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func spans(_ count: Int) -> [Range<Int>] {
            (0..<count).map { _ in let start = next(30); return start..<(start + 1 + next(8)) }
        }
        for _ in 0..<200 {
            let gold = Array(Set(spans(1 + next(6)))), system = Array(Set(spans(1 + next(6)) + gold.prefix(next(3))))
            let matching = UnitMatching(gold: gold, system: system)
            #expect(matching.overlapHits >= matching.exactHits)
            #expect(matching.overlapHits <= min(gold.count, system.count))
            let partners = matching.overlapPartner.compactMap { $0 }
            #expect(Set(partners).count == partners.count)
        }
    }
}
