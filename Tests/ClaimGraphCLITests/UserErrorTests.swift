import Foundation
import Testing

/// The errors a newcomer meets first: each says in words what is wrong, with
/// the exit status the README gives (2 nothing could be done, 64 invalid
/// command line), and a run that writes nothing leaves no folder behind.
@Suite(.serialized) struct UserErrorTests {
    @Test func aRunThatWritesNothingLeavesNoFolder() throws {
        let scratch = try Scratch()
        let missing = try ToolRunner.run(["export", scratch.path + "/nope", "--out", scratch.path + "/out"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothing written"), "\(missing.stderr)")
        #expect(!scratch.exists("out"))
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try ToolRunner.run(["export", scratch.path + "/empty", "--out", scratch.path + "/a/b/c", "--jobs", "2"])
        #expect(empty.status == 2)
        #expect(!scratch.exists("a"), "the parents this run created are removed too")
        // A folder that was there before stays, empty as it was.
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("kept"), withIntermediateDirectories: true)
        let kept = try ToolRunner.run(["export", scratch.path + "/empty", "--out", scratch.path + "/kept"])
        #expect(kept.status == 2)
        #expect(try scratch.names("kept") == [])
    }

    @Test func outputFolderErrorsSayWhatIsWrong() throws {
        let scratch = try Scratch()
        try scratch.write("afile", "x")
        let file = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/afile/sub"])
        #expect(file.status == 2)
        #expect(file.stderr.contains("cannot create output folder \(scratch.path)/afile/sub: \(scratch.path)/afile is a file, not a folder"),
                "\(file.stderr)")
        #expect(!file.stderr.contains("NSCocoaErrorDomain"))
        #expect(String(decoding: try scratch.read("afile"), as: UTF8.self) == "x")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/dangling", withDestinationPath: scratch.path + "/gone")
        let link = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/dangling/out"])
        #expect(link.status == 2)
        #expect(link.stderr.contains("dangling is a symbolic link to something that does not exist"), "\(link.stderr)")
    }

    @Test func noArticleSaysWhichFilesAreReadAndNamesTheIgnoredOnes() throws {
        let scratch = try Scratch()
        for name in ["story.docx", "notes.pdf", "scan.png", "z.rtf"] { try scratch.write("in/" + name, "not read") }
        let result = try ToolRunner.run(["export", scratch.path + "/in", "--out", scratch.path + "/out"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no article could be read from \(scratch.path)/in"), "\(result.stderr)")
        #expect(result.stderr.contains(".txt, .jsonl and .ndjson files only"), "\(result.stderr)")
        #expect(result.stderr.contains("in/story.docx"), "\(result.stderr)")
        #expect(result.stderr.contains("and 1 more"), "\(result.stderr)")
        #expect(!scratch.exists("out"))
    }

    @Test func unknownCommandsAndOptionsNameTheNearest() throws {
        let scratch = try Scratch()
        let command = try ToolRunner.run(["exprt", "Corpus", "--out", scratch.path + "/o"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("unknown command 'exprt'; did you mean 'export'?"), "\(command.stderr)")
        let option = try ToolRunner.run(["export", "Corpus", "--output", scratch.path + "/o"])
        #expect(option.status == 64)
        #expect(option.stderr.contains("unknown option '--output'; did you mean '--out'?"), "\(option.stderr)")
        #expect(!option.stderr.contains("Missing expected argument"))
        let far = try ToolRunner.run(["export", "Corpus", "--out", scratch.path + "/o", "--zzzzzz"])
        #expect(far.status == 64)
        #expect(far.stderr.contains("unknown option '--zzzzzz'; the options are --out, --format"), "\(far.stderr)")
        #expect(!scratch.exists("o"))
        // Known spellings still pass the check.
        let fine = try ToolRunner.run(["export", "Corpus", "--out=" + scratch.path + "/o", "-f", "nt", "-q"])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    /// `--strict` stops the pipeline with the writer threads running, removes
    /// their files only after they have ended, and exits 2 from `run()`.
    @Test func strictStopsCleanlyWithWriterThreads() throws {
        let scratch = try Scratch()
        let quote = "Foreign Minister Jane Doe said: \u{201C}We will not accept the proposal.\u{201D} "
        for n in 0..<300 { try scratch.write("in/a\(1000 + n).txt", String(repeating: quote, count: 20)) }
        try scratch.write("in/z-bad.txt", [0x00, 0x01])
        let result = try ToolRunner.run(["export", scratch.path + "/in", "--out", scratch.path + "/out", "--strict", "--jobs", "2"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("z-bad.txt: binary content"), "\(result.stderr)")
        #expect(result.stderr.contains("--strict: stopping at the first skipped input; nothing written"), "\(result.stderr)")
        #expect(!scratch.exists("out"), "no temporary file and no folder left behind")
    }
}
