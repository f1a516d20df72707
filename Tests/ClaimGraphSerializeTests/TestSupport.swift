import ClaimGraphModel
@testable import ClaimGraphSerialize
import Foundation
import Testing

/// Helpers shared by the serializer tests: external tools, paths, fixtures.
enum Support {
    /// The package root, from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The W3C test graphs and the GraphML schema, `../shared/conformance` beside the
    /// package (data the repository does not carry). A test that needs it and finds
    /// nothing there fails, naming this path.
    static var conformance: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")
    }

    static let rapper = "/usr/bin/rapper"
    static let xmllint = "/usr/bin/xmllint"

    struct ToolResult { var status: Int32; var stdout: [UInt8]; var stderr: String }

    /// Runs a tool on `input` written to a temporary file; fails the test
    /// (never skips) when the tool is missing.
    static func run(_ tool: String, _ arguments: [String], input: [UInt8], suffix: String) throws -> ToolResult {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            Issue.record("required tool \(tool) is missing")
            throw CocoaError(.fileNoSuchFile)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).\(suffix)")
        try Data(input).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments + [file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, stdout: [UInt8](outData),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Parses `bytes` with rapper (`-i syntax`) and reads its N-Triples back.
    static func rapperTriples(_ bytes: [UInt8], syntax: String) throws -> [Triple] {
        let result = try run(rapper, ["-q", "-i", syntax, "-o", "ntriples"], input: bytes, suffix: "in")
        #expect(result.status == 0, "rapper failed: \(result.stderr)")
        let collector = TripleCollector()
        try NTriplesParser().parse(result.stdout, into: collector)
        return collector.triples
    }

    /// Writes `triples` with `make` and returns the bytes.
    static func write(_ triples: [Triple], prefixes: [(name: String, namespace: IRI)] = Vocabulary.prefixes,
                      _ make: (ByteOutput) -> TripleSink) throws -> [UInt8] {
        let output = MemoryOutput()
        let sink = make(output)
        try sink.prefixes(prefixes)
        for triple in triples { try sink.triple(triple) }
        try sink.finish()
        return output.bytes
    }

    /// Runs one escaping function on `text` and returns what it wrote.
    static func escaped(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, OutputBuffer) -> Void) -> String {
        let output = MemoryOutput()
        let buffer = OutputBuffer(output: output, capacity: 64)
        var copy = text
        copy.withUTF8 { body($0, buffer) }
        try? buffer.flush()
        return output.string
    }

    /// Strings that break naive writers.
    static let hostile: [String] = {
        let controls = String((1...0x1F).map { Character(Unicode.Scalar($0)!) })
        return [
            "quote \" and ' and \"\"\" and \"\"",
            "\"", "ends with quote\"", "\"\"\"", "back\\slash \\\\ \\u0041 \\n \\",
            "line\nfeed\n\nand more\n", "carriage\rreturn\r\n", "tab\there", controls,
            "del\u{7F} c1\u{85}\u{9F}", "emoji 😀 family 👩‍👩‍👧 clef 𝄞 cjk 漢字",
            "bidi \u{202E}evil\u{202C} \u{2066}isolate\u{2069} \u{200F}",
            "markup <a href=\"x\">&amp;</a> ]]> <!-- -->", "", " leading and trailing ",
            String(repeating: "long \"text\" line\n", count: 6000),
        ]
    }()

    /// Hostile strings that XML 1.0 cannot hold.
    static let xmlForbidden: [String] = ["nul \u{0} here", "bell \u{7}", "nonchar \u{FFFE}", "nonchar \u{FFFF}", "esc \u{1B}[31m"]

    static let base = "https://example.org/claimgraph/"
    static func iri(_ path: String) -> IRI { IRI(unchecked: base + path) }
}
