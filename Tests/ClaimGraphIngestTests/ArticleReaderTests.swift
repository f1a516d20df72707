import Foundation
import Testing
@testable import ClaimGraphIngest

/// A scratch folder removed when the test ends.
final class ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "claimgraph-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

func readAll(_ inputs: [String], limits: IngestLimits = .default) -> (articles: [Article], issues: [IngestIssue]) {
    let reader = ArticleReader(inputs: inputs, limits: limits)
    var articles: [Article] = []
    var issues: [IngestIssue] = []
    while let item = reader.next() {
        switch item {
        case .success(let article): articles.append(article)
        case .failure(let issue): issues.append(issue)
        }
    }
    return (articles, issues)
}

@Suite struct ArticleReaderTests {
    @Test func folderIsReadRecursivelyInNameOrder() throws {
        let scratch = try ScratchFolder()
        try scratch.write("b.txt", "Second article.")
        try scratch.write("a.txt", "First article.")
        try scratch.write("sub/c.txt", "Third article.")
        try scratch.write("notes.md", "ignored")
        try scratch.write(".hidden.txt", "ignored")
        let (articles, issues) = readAll([scratch.path])
        #expect(issues.isEmpty)
        #expect(articles.map(\.id) == ["a.txt", "b.txt", "c.txt"])
        #expect(articles[0].text == "First article.")
        #expect(articles[2].origin.hasSuffix("sub/c.txt"))
    }

    @Test func jsonLinesCarryMetadata() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write("news.jsonl", """
        {"id": "x1", "text": "Hello “world”.", "title": "T", "outlet": "Reuters", "date": "2022-10-31", "url": "https://example.org/a"}

        {"id": 7, "text": "Numeric id."}\r
        {"text": "No id."}
        """)
        let (articles, issues) = readAll([file])
        #expect(issues.isEmpty)
        #expect(articles.map(\.id) == ["x1", "7", "news.jsonl:4"])
        #expect(articles[0].outlet == "Reuters" && articles[0].date == "2022-10-31" && articles[0].title == "T")
        #expect(articles[0].url == "https://example.org/a")
        #expect(articles[0].text == "Hello “world”.")
        #expect(articles[1].origin == file + ":3")
    }

    @Test func hostileInputsAreReportedAndSkipped() throws {
        let scratch = try ScratchFolder()
        try scratch.write("01-good.txt", "A good article.")
        try scratch.write("02-latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x2E])            // "Café." in Latin-1
        try scratch.write("03-nul.txt", [0x41, 0x00, 0x42])
        try scratch.write("04-pdf.txt", Array("%PDF-1.4\n...".utf8))
        try scratch.write("05-empty.txt", "")
        try scratch.write("06-blank.txt", " \n\t\n")
        try scratch.write("07-utf16.txt", [0xFF, 0xFE] + Array("Hi there.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try scratch.write("08-bom.txt", [0xEF, 0xBB, 0xBF] + Array("With a BOM.".utf8))
        try scratch.write("09-lines.jsonl", """
        {"id": "ok", "text": "Fine."}
        {"id": "broken", "text": "no closing brace"
        {"id": "notext"}
        {"id": "ok", "text": "Duplicate id."}
        {"id": "nul", "text": "a\\u0000b"}
        [1, 2]
        """)
        try FileManager.default.createDirectory(atPath: scratch.path + "/10-folder.txt/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/11-loop", withDestinationPath: scratch.path)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/12-self.txt", withDestinationPath: scratch.path + "/12-self.txt")

        let (articles, issues) = readAll([scratch.path, scratch.path + "/missing.txt"])
        #expect(articles.map(\.id) == ["01-good.txt", "07-utf16.txt", "08-bom.txt", "ok"])
        #expect(articles[1].text == "Hi there.")
        #expect(articles[2].text == "With a BOM.")
        let kinds = issues.map(\.kind)
        #expect(kinds.contains(.notFound))
        #expect(kinds.filter { $0 == .invalidEncoding }.count == 1)
        #expect(kinds.filter { $0 == .binary }.count == 3)
        #expect(kinds.filter { $0 == .empty }.count == 2)
        #expect(kinds.filter { $0 == .malformedJSON }.count == 2)
        #expect(kinds.contains(.missingText))
        #expect(kinds.contains(.duplicateID))
        #expect(kinds.filter { $0 == .symlinkLoop }.count == 2)
        // Every message names the file, and JSON Lines issues name the line.
        #expect(issues.allSatisfy { $0.location.contains(scratch.path) || $0.location.contains("missing.txt") })
        #expect(issues.contains { $0.location.hasSuffix("09-lines.jsonl:2") && $0.kind == .malformedJSON })
        #expect(issues.contains { $0.location.hasSuffix("09-lines.jsonl:4") && $0.kind == .duplicateID })
        #expect(issues.first { $0.kind == .invalidEncoding }!.description.contains("byte 3"))
    }

    @Test func oversizedInputsAreRejectedWithinBounds() throws {
        let scratch = try ScratchFolder()
        let limits = IngestLimits(maxArticleBytes: 1000, maxLineBytes: 4000)
        try scratch.write("big.txt", String(repeating: "word ", count: 1000))
        let long = "{\"id\": \"long\", \"text\": \"" + String(repeating: "x", count: 10_000) + "\"}"
        let file = try scratch.write("lines.jsonl", long + "\n{\"id\": \"after\", \"text\": \"Still read.\"}\n" + String(repeating: "y", count: 9000))
        let (articles, issues) = readAll([scratch.path + "/big.txt", file], limits: limits)
        #expect(articles.map(\.id) == ["after"])
        #expect(issues.count == 3)
        #expect(issues.allSatisfy { $0.kind == .tooLarge })
        #expect(issues[1].location.hasSuffix("lines.jsonl:1"))
        #expect(issues[2].location.hasSuffix("lines.jsonl:3"))
    }

    @Test func invalidUTF8IsLocated() {
        #expect(TextDecoding.firstInvalidUTF8(Array("héllo".utf8)[...]) == nil)
        #expect(TextDecoding.firstInvalidUTF8([0x61, 0xC3][...]) == 1)             // truncated
        #expect(TextDecoding.firstInvalidUTF8([0xED, 0xA0, 0x80][...]) == 0)       // surrogate
        #expect(TextDecoding.firstInvalidUTF8([0xC0, 0xAF][...]) == 0)             // overlong
        #expect(TextDecoding.firstInvalidUTF8([0xF0, 0x9F, 0x98, 0x80][...]) == nil)
    }
}
