import Foundation
import Testing

/// A seeded fuzzing campaign over extraction and every writer.
///
/// Environment: `CLAIMGRAPH_FUZZ_COUNT` (inputs, default 1000),
/// `CLAIMGRAPH_FUZZ_SEED` (default 20240611), `CLAIMGRAPH_FUZZ_START` (first
/// input index, to replay one), `CLAIMGRAPH_FUZZ_TRACE` (a file that holds the
/// index of the input being run, to name the one that crashed the process),
/// `CLAIMGRAPH_FUZZ_DUMP` (a folder to write each input and its Turtle into, for replays).
@Suite struct FuzzCampaignTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func campaignFindsNoFailure() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["CLAIMGRAPH_FUZZ_COUNT"].flatMap { Int($0) } ?? 1000
        let seed = environment["CLAIMGRAPH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_240_611
        let start = environment["CLAIMGRAPH_FUZZ_START"].flatMap { Int($0) } ?? 0
        let trace = environment["CLAIMGRAPH_FUZZ_TRACE"].map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        let generator = try FuzzGenerator(corpus: Self.packageRoot.appendingPathComponent("Corpus"))
        let oracle = try FuzzOracle()
        let turtle = TurtleBatch(size: 500)
        var failures: [String] = []
        var rejected = 0
        let clock = ContinuousClock(), began = clock.now
        for index in start..<(start + count) {
            if let trace, trace >= 0 {
                let line = Array("\(index)\n".utf8)
                _ = line.withUnsafeBytes { pwrite(trace, $0.baseAddress, $0.count, 0) }
            }
            let input = generator.input(seed: seed, index: index)
            let outcome = oracle.check(input)
            if !outcome.decoded { rejected += 1 }
            for problem in outcome.problems { failures.append("input \(index): \(problem)") }
            failures += turtle.add(outcome.turtle, index: index)
            if let dump = environment["CLAIMGRAPH_FUZZ_DUMP"] {   // for replaying one input by hand
                try Data(input.bytes).write(to: URL(fileURLWithPath: dump + "/input-\(index).txt"))
                try Data(outcome.turtle).write(to: URL(fileURLWithPath: dump + "/input-\(index).ttl"))
            }
            if index > start && index % 10_000 == 0 {
                print("fuzz: \(index - start) inputs, \(failures.count) failures, \(clock.now - began)")
            }
        }
        failures += turtle.flush()
        if let trace, trace >= 0 { close(trace) }
        let elapsed = clock.now - began
        print("fuzz: \(count) inputs (from \(start)), seed \(seed), \(rejected) rejected by ingest and fuzzed repaired, "
              + "\(turtle.checked) Turtle documents through rapper, \(failures.count) failures, \(elapsed)")
        for failure in failures.prefix(50) { print("fuzz failure: seed \(seed) \(failure)") }
        #expect(failures.isEmpty, "seed \(seed): \(failures.prefix(20).joined(separator: "\n"))")
        // Every Turtle document went through rapper: the check never skips itself.
        #expect(TurtleBatch.available, "rapper (raptor2-utils) is needed for the Turtle check")
        #expect(turtle.checked == count)
    }

    /// Inputs that once broke something, replayed on every run.
    @Test func hostileExtremesDoNotBreakTheWriters() throws {
        let oracle = try FuzzOracle()
        // The XML check itself tells well-formed from broken.
        #expect(FuzzOracle.xmlError(Array("<a x=\"1\">&amp;</a>".utf8)) == nil)
        #expect(FuzzOracle.xmlError(Array("<a>\u{1}</a>".utf8)) != nil)
        #expect(FuzzOracle.xmlError(Array("<a><b></a>".utf8)) != nil)
        let turtle = TurtleBatch(size: 100)
        let texts: [[UInt8]] = [
            [], Array(" ".utf8), Array("\u{201C}".utf8), Array("\"\"\"\"\"".utf8),
            Array("He said \"".utf8) + [0xFF], Array(repeating: 0x22, count: 5000),
            Array(String(repeating: "\u{201C}a\u{201D} said Kirby. ", count: 500).utf8),
            Array("\u{FEFF}\u{FFFE}\u{0}\u{1}\u{202E}Kirby said: \"\u{D7FF}\u{E000}\u{FFFF}\u{10FFFF}\"".utf8),
            Array("Kirby said: \"]]>&lt;<!-- \\\" \\u0000 \"\"\" '''\" .".utf8),
        ]
        var failures: [String] = []
        for (n, bytes) in texts.enumerated() {
            let outcome = oracle.check(FuzzInput(id: "extreme \(n) <>\"{}|^`%", bytes: bytes, outlet: "A & B <C>", title: "\u{0}"))
            failures += outcome.problems.map { "extreme \(n): \($0)" }
            failures += turtle.add(outcome.turtle, index: n)
        }
        // Found by fuzzing: ids that start with a character that may only follow in a
        // Turtle local name (a combining mark, U+00B7, U+203F) must be written as full IRIs.
        for (n, id) in ["\u{301}x", "\u{B7}y", "\u{203F}z"].enumerated() {
            let outcome = oracle.check(FuzzInput(id: id, bytes: Array("Kirby said \"no\".".utf8), outlet: "\u{1}\u{FFFE}", title: nil))
            failures += outcome.problems.map { "leading \(n): \($0)" }
            failures += turtle.add(outcome.turtle, index: 100 + n)
        }
        failures += turtle.flush()
        #expect(failures.isEmpty, "\(failures)")
    }
}
