import Foundation
import Testing
import ClaimGraphModel
import ClaimGraphSerialize

/// A corpus of hostile inputs, generated here (never committed): every bad one
/// is reported by name and skipped, the good ones are exported, the files valid.
@Suite(.serialized) struct HostileInputTests {
    static let quote = "Foreign Minister Jane Doe said: \u{201C}We will not accept the proposal.\u{201D} "
        + "\"The talks are over,\" she told Reuters on Monday."

    /// The hostile ids that must survive as identifiers and produce valid IRIs.
    static let hostileIDs = ["a b c", "<>\"{}|^`\\", "100%25 & %zz", "北京報道", "Москва-1", "مقال", "../../etc/passwd", "tab\there"]

    /// Writes the hostile corpus into `scratch/in` and returns what is expected of it.
    static func makeCorpus(_ scratch: Scratch) throws -> (goodIDs: [String], badNames: [String]) {
        var good: [String] = []
        var bad: [String] = []
        // Good ones, some with awkward but legal content.
        try scratch.write("in/good.txt", quote)
        good.append("good.txt")
        let controls = "Officials said \u{1}\u{7}\u{1B}[31m \u{202E}txet desrever\u{202C} \u{2066}isolated\u{2069} "
            + "\u{FFFE}\u{FFFF}\u{85}\u{7F} and the minister said \u{201C}No \u{200F}deal\u{200E} today.\u{201D}"
        try scratch.write("in/controls.txt", controls)
        good.append("controls.txt")
        let long = String(repeating: "A", count: 100_000)
        try scratch.write("in/long-string.txt", "The spokesman said \u{201C}\(long).\u{201D} Kirby said \"\(String(repeating: "é", count: 50_000))\".")
        good.append("long-string.txt")
        // UTF-16 with byte-order marks; the little-endian one has a lone high surrogate.
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in Array(quote.utf16) + [0xD800, 0x0041] { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try scratch.write("in/utf16le.txt", le)
        good.append("utf16le.txt")
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in Array(quote.utf16) + [0xDC00] { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        try scratch.write("in/utf16be.txt", be)
        good.append("utf16be.txt")
        try scratch.write("in/bom-utf8.txt", [0xEF, 0xBB, 0xBF] + Array(quote.utf8))
        good.append("bom-utf8.txt")

        // Bad files.
        try scratch.write("in/invalid-utf8.txt", Array("Caf".utf8) + [0xE9, 0x20] + Array(quote.utf8))
        try scratch.write("in/utf16-odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42])
        try scratch.write("in/nul.txt", Array("text".utf8) + [0] + Array(quote.utf8))
        try scratch.write("in/scan.txt", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8))
        try scratch.write("in/image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try scratch.write("in/empty.txt", "")
        try scratch.write("in/blank.txt", " \n\t\r\n\u{3000}\u{A0} \n")
        bad += ["invalid-utf8.txt: not valid UTF-8 at byte 3", "utf16-odd.txt: UTF-16", "nul.txt: binary content (NUL",
                "scan.txt: binary content (PDF)", "image.txt: binary content (PNG", "empty.txt: empty article",
                "blank.txt: empty article"]
        // The same file name twice: the second is a duplicate id.
        try scratch.write("in/a/dup.txt", quote)
        try scratch.write("in/b/dup.txt", quote)
        good.append("dup.txt")
        bad.append("b/dup.txt: duplicate article id")
        // Links: a loop to itself, a folder loop, a dangling link (unreadable even for root).
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.path + "/in/self.txt", withDestinationPath: "self.txt")
        try fm.createSymbolicLink(atPath: scratch.path + "/in/c", withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: scratch.path + "/in/dangling.txt", withDestinationPath: "missing/nowhere.txt")
        bad += ["self.txt: symbolic link loop", "in/c: symbolic link loop", "dangling.txt: cannot read"]
        if geteuid() != 0 {
            try scratch.write("in/secret.txt", quote)
            chmod(scratch.path + "/in/secret.txt", 0)
            bad.append("secret.txt: cannot open: Permission denied")
        }

        // JSON Lines with every kind of bad line, and hostile ids.
        var lines: [String] = []
        for (n, id) in hostileIDs.enumerated() {
            lines.append(json(["id": id, "text": "Line \(n). " + quote, "outlet": "The <Daily> & \"Planet\""]))
            good.append(id)
        }
        // Metadata with characters XML forbids (regression: the outlet reached RDF/XML raw and failed the export).
        lines.append(json(["id": "controls-in-metadata", "text": quote, "outlet": "Daily\u{1}News\u{FFFE}",
                           "title": "Title\u{1B}[0m", "url": "http://example.org/\u{7}", "date": "2024\u{0}"]))
        good.append("controls-in-metadata")
        let first = lines.count
        lines.append("{broken")
        lines.append(json(["id": "no-text"]))
        lines.append(json(["id": hostileIDs[0], "text": "Again."]))
        lines.append("{\"id\": \"number\", \"text\": 5}")
        lines.append("[1, 2, 3]")
        lines.append("{\"id\": \"nul\", \"text\": \"a\\u0000b\"}")
        lines.append(json(["id": "blank", "text": " \n\t "]))
        bad += ["lines.jsonl:\(first + 1): malformed JSON", "lines.jsonl:\(first + 2): no \"text\" field",
                "lines.jsonl:\(first + 3): duplicate article id", "lines.jsonl:\(first + 4): \"text\" is not a string",
                "lines.jsonl:\(first + 5): expected a JSON object", "lines.jsonl:\(first + 6): binary content (NUL",
                "lines.jsonl:\(first + 7): empty article"]
        var bytes = Array(lines.joined(separator: "\n").utf8) + [0x0A]
        bytes += Array("{\"id\": \"latin1\", \"text\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8)
        bad.append("lines.jsonl:\(first + 8): not valid UTF-8")
        try scratch.write("in/lines.jsonl", bytes)
        return (good, bad)
    }

    static func json(_ object: [String: String]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func hostileCorpusIsReportedAndTheRestExported() throws {
        let scratch = try Scratch()
        let (goodIDs, badNames) = try Self.makeCorpus(scratch)
        let result = try ChildProcess.run(["export", scratch.path + "/in", "--out", scratch.path + "/out"], timeout: 300)
        #expect(result.status == 1, "\(result.stderr)")
        let skipped = result.stderr.split(separator: "\n").filter { $0.hasPrefix("claimgraph: skipped ") }
        for name in badNames {
            #expect(skipped.contains { $0.contains(name) }, "not reported: \(name)\n\(result.stderr)")
        }
        #expect(skipped.count == badNames.count, "\(result.stderr)")
        #expect(result.stderr.contains("exported \(goodIDs.count) articles"), "\(result.stderr)")
        #expect(try scratch.names("out") == ExportCommandTests.files)
        let problems = OutputValidation.problems(in: scratch.path + "/out")
        #expect(problems.isEmpty, "\(problems)")
        let identifiers = Set(try OutputValidation.triples(scratch.path + "/out/graph.nt")
            .filter { $0.predicate == DCTerms.identifier }.compactMap { $0.object.literal?.lexical })
        for id in goodIDs { #expect(identifiers.contains(id), "missing article \(id.debugDescription)") }
        #expect(identifiers.count == goodIDs.count)
        // Characters XML forbids never reach a file.
        let turtle = try scratch.read("out/graph.ttl")
        #expect(!turtle.contains(0x01) && !turtle.contains(0x1B) && !turtle.contains(0x07))
    }

    @Test func hundredMegabyteArticleIsRejectedInBoundedTimeAndMemory() throws {
        let scratch = try Scratch()
        try scratch.write("in/good.txt", Self.quote)
        let path = scratch.path + "/in/huge.txt"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let block = Data(String(repeating: "The minister said \"no\". ", count: 43_000).utf8)   // ~1 MB
        for _ in 0..<100 { handle.write(block) }
        try handle.close()
        let result = try ChildProcess.run(["export", scratch.path + "/in", "--out", scratch.path + "/out", "-q"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("huge.txt: article of 10") && result.stderr.contains("over the limit"), "\(result.stderr)")
        #expect(result.maxRSS < 300 << 20, "peak RSS \(result.maxRSS >> 20) MiB")
        #expect(result.seconds < 60)
        // The same as one JSON line on standard input: skipped without being held.
        let line = scratch.path + "/huge.jsonl"
        _ = FileManager.default.createFile(atPath: line, contents: nil)
        let lines = try FileHandle(forWritingTo: URL(fileURLWithPath: line))
        lines.write(Data((Self.json(["id": "ok", "text": Self.quote]) + "\n{\"id\": \"huge\", \"text\": \"").utf8))
        for _ in 0..<100 { lines.write(block) }
        lines.write(Data("\"}\n".utf8))
        try lines.close()
        let stdin = try ChildProcess.run(["export", "-", "--out", scratch.path + "/out2", "-q"], stdinPath: line)
        #expect(stdin.status == 1, "\(stdin.stderr)")
        #expect(stdin.stderr.contains("<stdin>:2: line of") && stdin.stderr.contains("over the limit"), "\(stdin.stderr)")
        #expect(stdin.maxRSS < 300 << 20, "peak RSS \(stdin.maxRSS >> 20) MiB")
        #expect(OutputValidation.problems(in: scratch.path + "/out2").isEmpty)
    }

    @Test func tenMillionCharacterLineEndsInBoundedTime() throws {
        let scratch = try Scratch()
        // Words and quotes but no newline and no sentence end for 10 million characters.
        var text = ""
        text.reserveCapacity(10_000_100)
        let words = ["the", "minister", "said", "\u{201C}never", "Kirby", "denied", "Iran\u{201D}", "and", "Reuters", "x,"]
        var i = 0
        while text.utf8.count < 10_000_000 { text += words[i % words.count]; text += " "; i += 1 }
        try scratch.write("in/one-line.txt", text)
        try scratch.write("in/lines.jsonl", Self.json(["id": "one-line-json", "text": text]))   // no final newline
        let result = try ChildProcess.run(["export", scratch.path + "/in", "--out", scratch.path + "/out", "-q"], timeout: 600)
        // Processed or rejected, but named and ended in bounded time and memory.
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        if result.status == 1 { #expect(result.stderr.contains("one-line")) }
        #expect(result.seconds < 300, "took \(result.seconds) s")
        #expect(result.maxRSS < 2_000 << 20, "peak RSS \(result.maxRSS >> 20) MiB")
        #expect(OutputValidation.problems(in: scratch.path + "/out").isEmpty)
    }
}
