import Foundation
import Testing
@testable import ClaimGraphEvaluate

/// The BRAT reader on small `.ann` files written for these tests.
@Suite struct BratDocumentTests {
    /// Offsets below count code points: "é" is one, "👍" is one (two UTF-16 units).
    static let text = "Café 👍: “We won,” he said, “and we will win again.”\nIt was reported that\nthe talks failed.\n"

    static func parse(_ ann: String, text: String = text) throws(BratError) -> BratDocument {
        try BratDocument.parse(id: "a", text: text, annotations: ann, file: "a.ann")
    }

    /// The code-point offsets of the first occurrence of `part` in `text`.
    static func span(_ part: String, in text: String = text) -> Range<Int> {
        let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        fatalError("\(part) not in text")
    }

    static func offsets(_ part: String) -> String {
        let r = span(part)
        return "\(r.lowerBound) \(r.upperBound)"
    }

    @Test func readsSpansDiscontinuousFragmentsAndEvents() throws {
        let first = Self.span("“We won,”"), second = Self.span("“and we will win again.”")
        let ann = """
        T1\tSource \(Self.offsets("he"))\the
        T2\tCue \(Self.offsets("said"))\tsaid
        T3\tContent \(first.lowerBound) \(first.upperBound);\(second.lowerBound) \(second.upperBound)\t“We won,” “and we will win again.”
        T4\tAttribution \(Self.offsets("said"))\tsaid
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        """
        let document = try Self.parse(ann)
        #expect(document.spans.map(\.id) == ["T1", "T2", "T3", "T4"])
        #expect(document.spans(of: .content) == [BratSpan(id: "T3", type: .content, fragments: [first, second])])
        #expect(document.spans(of: .source)[0].fragments == [Self.span("he")])
        // "he" starts after "Café 👍: “We won,” ": 18 code points (19 UTF-16 units).
        #expect(Self.span("he") == 18..<20)
        #expect(document.events == [BratEvent(id: "E1", type: .attribution, trigger: "T4", arguments: [
            BratArgument(role: "Content", target: "T3"), BratArgument(role: "Cue", target: "T2"),
            BratArgument(role: "Source", target: "T1"),
        ])])
        #expect(document.events[0].targets(role: "Source") == ["T1"])
    }

    @Test func noSourceEventsDiscardOtherTypesAndNotes() throws {
        let ann = """
        T1\tCue \(Self.offsets("was reported"))\twas reported
        T2\tAttribution-no-source \(Self.offsets("was reported"))\twas reported
        T3\tDiscard \(Self.offsets("Café"))\tCafé
        T4\tDiscuss \(Self.offsets("won"))\twon
        E1\tAttribution-no-source:T2 Cue:T1\u{20}
        E2\tOpinion:T4 Arg:T1
        #1\tAnnotatorNotes T1\tIs this a cue?
        A1\tNegated E1

        """
        let document = try Self.parse(ann)
        // The trigger type and Discuss are not kept types; Discard is.
        #expect(document.spans.map(\.type) == [.cue, .discard])
        #expect(document.events.count == 1)
        #expect(document.events[0].type == .attributionNoSource)
        #expect(document.events[0].trigger == "T2")
        #expect(document.events[0].targets(role: "Source").isEmpty)
        #expect(document.events[0].targets(role: "Cue") == ["T1"])
    }

    @Test func textWithLineBreaksContinuesOnTheNextLines() throws {
        let content = Self.span("that\nthe talks failed.")
        let ann = """
        T1\tContent \(content.lowerBound) \(content.upperBound)\tthat
        the talks failed.
        T2\tCue \(Self.offsets("was reported"))\twas reported
        """
        let document = try Self.parse(ann)
        #expect(document.spans.map(\.id) == ["T1", "T2"])
        #expect(document.spans[0].fragments == [content])
        // CRLF line ends are read too.
        let crlf = try Self.parse(ann.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.spans == document.spans)
    }

    /// Each malformed line is an error naming the file and its line.
    @Test(arguments: [
        ("T1\tSource 0 4\tCafé\nthis line is no annotation", 2, "no tab"),
        ("T1\tSource 0 x\tCafé", 1, "are not \"start end\""),
        ("T1\tSource 4 4\t", 1, "do not make a span"),
        ("T1\tSource -1 4\tCafé", 1, "are not \"start end\""),
        ("T1\tSource 0 4;9\tCafé", 1, "are not \"start end\""),
        ("\nT1\tSource 70 900\tx", 2, "past the end of the text"),
        ("T1\tSource 0 4\tCafe", 1, "is not the article's text"),
        // "he" in UTF-16 units (the emoji counted twice) is one past the code points.
        ("T1\tSource 19 21\the", 1, "is not the article's text"),
        ("T1\tSource 0 4\tCafé\nT1\tCue 0 4\tCafé", 2, "duplicate id T1"),
        ("T1\tSource 0 4\tCafé\nE1\tAttribution:T9 Source:T1", 2, "refers to T9"),
        ("T1\tSource 0 4\tCafé\nE1\tAttribution:T1 Source", 2, "is not \"Role:ID\""),
        ("X1\tSource 0 4\tCafé", 1, "unknown annotation kind"),
        ("T1\tSource 0 4", 1, "no text field"),
        ("T1\tContent \(offsets("that\nthe"))\tthat", 1, "ends inside"),
    ])
    func malformedLinesAreErrors(ann: String, line: Int, words: String) {
        do {
            _ = try Self.parse(ann)
            Issue.record("no error for \(ann)")
        } catch {
            #expect(error.file == "a.ann")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(words), "\(error)")
            #expect(error.description.hasPrefix("a.ann:\(line): "))
        }
    }

    @Test func folderPairsTextsWithAnnotationsAndReportsTheRest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brat-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        // A byte-order mark is a code point of the text: "Hi" is at 1..<3.
        try write("a.txt", [0xEF, 0xBB, 0xBF] + Array("Hi there.".utf8))
        try write("a.ann", Array("T1\tSource 1 3\tHi\n".utf8))
        try write("b.txt", Array("No annotations.".utf8))
        try write("c.ann", Array("".utf8))
        try write("d.txt", Array("Bad.".utf8))
        try write("d.ann", Array("T1\tSource 0 9\tBad.\n".utf8))
        try write("e.txt", [0x48, 0xFF, 0x69])
        try write("e.ann", [])
        try write(".hidden.txt", Array("x".utf8))
        let corpus = try BratCorpus.load(folder: folder.path)
        #expect(corpus.name == folder.lastPathComponent)
        #expect(corpus.documents.map(\.id) == ["a"])
        #expect(corpus.documents[0].spans[0].fragments == [1..<3])
        let issues = corpus.issues.map(\.description)
        #expect(issues.count == 4, "\(issues)")
        #expect(issues.contains { $0.hasSuffix("/b.txt: no b.ann beside it") })
        #expect(issues.contains { $0.hasSuffix("/c.ann: no c.txt beside it") })
        #expect(issues.contains { $0.hasSuffix("/d.ann:1: T1: end 9 is past the end of the text (4 code points)") })
        #expect(issues.contains { $0.hasSuffix("/e.txt: not UTF-8 text") })
        #expect(throws: BratError.self) { try BratCorpus.load(folder: folder.path + "/missing") }
    }
}
