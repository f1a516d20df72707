import Foundation
import Testing

/// Identical input gives identical bytes, whatever the run and the order in
/// which the file system lists a folder.
@Suite(.serialized) struct DeterminismTests {
    @Test func sameInputSameBytesWhateverTheCreationOrder() throws {
        let scratch = try Scratch()
        let corpus = ToolRunner.packageRoot.path + "/Corpus"
        var articles: [(String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus).sorted() {
            articles.append((name, try String(contentsOfFile: corpus + "/" + name, encoding: .utf8)))
        }
        // Names whose orders differ by case, accents, digits and scripts.
        let names = ["B.txt", "a.txt", "é.txt", "Z10.txt", "z2.txt", "Ω.txt", "sub/ä.txt", "sub/A.txt", "_.txt", "10.txt"]
        func fill(_ folder: String, order: [Int]) throws {
            for i in order {
                try scratch.write(folder + "/" + names[i], articles[i % articles.count].1 + " (\(i))")
            }
            try scratch.write(folder + "/lines.jsonl",
                              HostileInputTests.json(["id": "j", "text": articles[0].1]) + "\n")
        }
        var random = FaultTests.SplitMix(state: 99)
        try fill("one", order: Array(names.indices))
        try fill("two", order: names.indices.reversed())
        try fill("three", order: names.indices.shuffled(using: &random))
        var outputs: [[Data]] = []
        for (folder, jobs) in [("one", "1"), ("two", "2"), ("three", "3"), ("one", "4")] {
            let out = scratch.path + "/out-\(folder)-\(jobs)"
            let result = try ChildProcess.run(["export", scratch.path + "/" + folder, "--out", out, "-q", "--jobs", jobs])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try ExportCommandTests.files.map { try Data(contentsOf: URL(fileURLWithPath: out + "/" + $0)) })
        }
        for other in outputs.dropFirst() {
            for (index, name) in ExportCommandTests.files.enumerated() {
                #expect(other[index] == outputs[0][index], "\(name) differs between runs")
            }
        }
        #expect(outputs[0].allSatisfy { !$0.isEmpty })
    }
}
