import Foundation
import Testing
@testable import ClaimGraphExtract

/// A missing or malformed lexicon is an error at start-up that names the file and the line.
@Suite struct LexiconFileTests {
    /// A copy of the bundled lexicon folder, changed by `edit`.
    private func copy(_ edit: (URL) throws -> Void) throws -> URL {
        let bundled = try Lexicons.bundledFolder()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicons-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: folder)
        try edit(folder)
        return folder
    }

    @Test func theBundledLexiconsLoad() throws {
        let folder = try copy { _ in }
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicons = try Lexicons(directory: folder)
        let said = try #require(lexicons.words.id("said"))
        #expect(lexicons.verb(said)?.kind == .speech)
        let believes = try #require(lexicons.words.id("believes"))
        #expect(lexicons.verb(believes)?.kind == .belief)
        // A form both files could claim stays a speech verb.
        let suggested = try #require(lexicons.words.id("suggested"))
        #expect(lexicons.verb(suggested)?.kind == .speech)
        let denied = try #require(lexicons.words.id("denied"))
        #expect(lexicons.verb(denied)?.takesObject == true)
    }

    @Test func aMissingFileIsNamed() throws {
        let folder = try copy { try FileManager.default.removeItem(at: $0.appendingPathComponent("belief-verbs.tsv")) }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ExtractorError.self) { try Lexicons(directory: folder) }
        do { _ = try Lexicons(directory: folder) } catch {
            #expect("\(error)".hasPrefix("belief-verbs.tsv"))
        }
    }

    @Test func aBadColumnValueNamesFileAndLine() throws {
        let folder = try copy { dir in
            let file = dir.appendingPathComponent("speech-verbs.tsv")
            var text = try String(contentsOf: file, encoding: .utf8)
            text += "\nmumble\tmumbled|mumbles\tclaim\treport\tsometimes\t-\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOf: folder.appendingPathComponent("speech-verbs.tsv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        do {
            _ = try Lexicons(directory: folder)
            Issue.record("a malformed row loaded")
        } catch {
            #expect("\(error)" == "speech-verbs.tsv, line \(lines - 1): content \"sometimes\" is not clause, object or any")
        }
    }
}
