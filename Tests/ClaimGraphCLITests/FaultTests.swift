import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Faults during an export: SIGKILL at random points, SIGINT, a full disk.
/// Whatever happens, a final file name holds a complete file or nothing new.
@Suite(.serialized) struct FaultTests {
    /// A seeded generator, so a failing run can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A few thousand synthetic news-like articles with quotes, as JSON Lines.
    static func syntheticCorpus(count: Int, seed: UInt64) -> String {
        var random = SplitMix(state: seed)
        let people = ["John Kirby", "Maria Zakharova", "Antony Blinken", "Hossein Amir-Abdollahian", "Olaf Scholz", "Wang Wenbin"]
        let roles = ["spokesman", "foreign minister", "president", "spokeswoman", "defence minister"]
        let countries = ["Iran", "Russia", "Ukraine", "China", "Germany", "the United States"]
        let outlets = ["Reuters", "AFP", "IRNA", "the BBC", "Al Jazeera"]
        let verbs = ["said", "told reporters", "denied", "rejected claims", "insisted", "added"]
        var lines = ""
        for n in 0..<count {
            var text = ""
            for _ in 0..<Int.random(in: 4...9, using: &random) {
                let who = people.randomElement(using: &random)!, role = roles.randomElement(using: &random)!
                let country = countries.randomElement(using: &random)!, other = countries.randomElement(using: &random)!
                let outlet = outlets.randomElement(using: &random)!, verb = verbs.randomElement(using: &random)!
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text += "\u{201C}\(country) will not accept any threat from \(other),\u{201D} \(who), the \(role), \(verb), according to \(outlet). "
                case 1: text += "\(who) \(verb) that \(country) had supplied weapons to \(other), \(outlet) reported. "
                default: text += "The \(role) of \(country), \(who), \(verb): \"We have nothing to do with it.\" "
                }
            }
            lines += HostileInputTests.json(["id": "news-\(n)", "text": text, "outlet": outlets[n % outlets.count],
                                             "date": "2024-0\(1 + n % 9)-1\(n % 10)"]) + "\n"
        }
        return lines
    }

    static let graphFiles = ExportCommandTests.files

    @Test func sigkillNeverLeavesAPartialFileUnderAFinalName() throws {
        let scratch = try Scratch()
        let input = try scratch.write("news.jsonl", Self.syntheticCorpus(count: 1500, seed: 7)).path
        let complete = try ChildProcess.run(["export", input, "--out", scratch.path + "/ref", "-q"])
        #expect(complete.status == 0, "\(complete.stderr)")
        let reference = try Dictionary(uniqueKeysWithValues: Self.graphFiles.map { ($0, try scratch.read("ref/" + $0)) })
        #expect(complete.seconds > 0.5, "corpus too small to interrupt: \(complete.seconds) s")
        var random = SplitMix(state: 20_240_611)
        for round in 0..<6 {
            let out = scratch.path + "/out\(round)"
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            if round % 2 == 0 {   // a previous complete export in place
                for (name, bytes) in reference { try bytes.write(to: URL(fileURLWithPath: out + "/" + name)) }
            }
            let delay = Double.random(in: 0.05...(complete.seconds * 1.1), using: &random)
            let child = try ChildProcess(ToolRunner.executable.path, ["export", input, "--out", out, "-q"])
            usleep(UInt32(delay * 1_000_000))
            child.send(SIGKILL)
            _ = child.wait()
            for name in try FileManager.default.contentsOfDirectory(atPath: out) where !name.hasPrefix(".") {
                #expect(Self.graphFiles.contains(name), "round \(round): unexpected file \(name)")
                if let bytes = reference[name] {
                    #expect(try scratch.read("out\(round)/" + name) == bytes,
                            "round \(round) (kill after \(delay) s): \(name) is partial or different")
                }
            }
            if round % 2 == 0 {
                #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out)).isSuperset(of: Self.graphFiles))
            }
        }
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func signalExits128PlusNumberAndLeavesNoTemporaryFiles(signalNumber: Int32, status: Int32) throws {
        let scratch = try Scratch()
        let input = try scratch.write("news.jsonl", Self.syntheticCorpus(count: 3000, seed: 11)).path
        for name in Self.graphFiles { try scratch.write("out/" + name, "previous \(name)") }
        let child = try ChildProcess(ToolRunner.executable.path, ["export", input, "--out", scratch.path + "/out", "-q"])
        usleep(400_000)
        child.send(signalNumber)
        let outcome = child.wait()
        #expect(outcome.status == status, "status \(String(describing: outcome.status)) signal \(String(describing: outcome.signal)): \(outcome.stderr)")
        #expect(outcome.stderr.contains("interrupted"))
        let left = try scratch.names("out")
        #expect(left == Self.graphFiles, "temporary files left: \(left)")
        for name in Self.graphFiles {
            #expect(String(decoding: try scratch.read("out/" + name), as: UTF8.self) == "previous \(name)")
        }
    }

    @Test func fullDiskFailsWithExit2AndKeepsPreviousFiles() throws {
        let scratch = try Scratch()
        for name in Self.graphFiles { try scratch.write("out/" + name, "previous \(name)") }
        // RLIMIT_FSIZE stands in for a full disk: writes past 64 blocks fail with EFBIG.
        let script = "trap '' XFSZ; ulimit -f 64 && exec \"$0\" \"$@\""
        let corpus = ToolRunner.packageRoot.path + "/Corpus"
        let outcome = try ChildProcess("/bin/sh", ["-c", script, ToolRunner.executable.path,
                                                   "export", corpus, "--out", scratch.path + "/out"]).wait()
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("File too large"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write \(scratch.path)/out/graph."), "the message names no file: \(outcome.stderr)")
        #expect(outcome.stderr.contains("no output file was replaced"), "\(outcome.stderr)")
        let left = try scratch.names("out")
        #expect(left == Self.graphFiles, "temporary files left: \(left)")
        for name in Self.graphFiles {
            #expect(String(decoding: try scratch.read("out/" + name), as: UTF8.self) == "previous \(name)")
        }
    }
}
