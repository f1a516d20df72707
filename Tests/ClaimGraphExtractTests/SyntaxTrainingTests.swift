import Foundation
import Testing
@testable import ClaimGraphExtract

/// Training: the perceptron learns, and the same data give the same model bytes.
@Suite struct SyntaxTrainingTests {
    /// A tiny synthetic treebank: determiner–noun–verb sentences with an optional object.
    static let treebank: String = {
        let nouns = ["dog", "cat", "bird", "man", "child"], verbs = ["sees", "likes", "finds"]
        var out = ""
        var k = 0
        for n1 in nouns {
            for v in verbs {
                for n2 in nouns where n2 != n1 {
                    k += 1
                    out += "# sent_id = \(k)\n"
                    out += "1\tthe\t_\tDET\t_\t_\t2\tdet\t_\t_\n2\t\(n1)\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
                    out += "3\t\(v)\t_\tVERB\t_\t_\t0\troot\t_\t_\n4\ta\t_\tDET\t_\t_\t5\tdet\t_\t_\n"
                    out += "5\t\(n2)\t_\tNOUN\t_\t_\t3\tdobj\t_\t_\n6\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n"
                }
            }
        }
        return out
    }()

    static func corpus() throws -> TrainingCorpus {
        var cache: [String: LexicalFeatures] = [:]
        var corpus = TrainingCorpus()
        try corpus.append(try CoNLLU.parse(treebank, source: "synthetic"), source: "synthetic", cache: &cache)
        return corpus
    }

    static func trainBoth() throws -> (tagger: [UInt8], parser: [UInt8]) {
        let corpus = try corpus()
        var tagger = TaggerTrainer()
        tagger.epochs = 3
        let t = tagger.train(silver: corpus, gold: TrainingCorpus(), wordNet: [:], tune: [], log: { _ in })
        var parser = ParserTrainer()
        parser.epochs = 3
        let p = try parser.train(corpus, tune: nil, log: { _ in })
        return (t.bytes, p.bytes)
    }

    @Test func trainingTwiceGivesIdenticalBytes() throws {
        let first = try Self.trainBoth(), second = try Self.trainBoth()
        #expect(first.tagger.count > 100 && first.parser.count > 100)
        #expect(first.tagger == second.tagger)
        #expect(first.parser == second.parser)
    }

    @Test func trainedModelsLoadAndReproduceTheirTrainingData() throws {
        let (taggerBytes, parserBytes) = try Self.trainBoth()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let taggerFile = folder.appendingPathComponent("t.model"), parserFile = folder.appendingPathComponent("p.model")
        try Data(taggerBytes).write(to: taggerFile)
        try Data(parserBytes).write(to: parserFile)
        let model = try SyntaxModel(taggerFile: taggerFile, parserFile: parserFile)
        let words = ["the", "cat", "finds", "a", "bird", "."].map { LexicalFeatures(form: $0) }
        let tags = model.tag(words)
        #expect(tags == [.DET, .NOUN, .VERB, .DET, .NOUN, .PUNCT])
        let (heads, labels) = model.parse(words, tags: tags)
        #expect(heads == [1, 2, -1, 4, 2, 2])
        #expect(labels.map { model.labelName($0) } == ["det", "nsubj", "root", "det", "dobj", "punct"])
    }

    @Test func modelFileErrorsAreReported() throws {
        let (taggerBytes, _) = try Self.trainBoth()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let truncated = folder.appendingPathComponent("truncated.model")
        try Data(taggerBytes.prefix(taggerBytes.count / 2)).write(to: truncated)
        #expect(throws: SyntaxModelError.self) { _ = try Tagger(contentsOf: truncated) }
        let wrongKind = folder.appendingPathComponent("tagger-as-parser.model")
        try Data(taggerBytes).write(to: wrongKind)
        #expect(throws: SyntaxModelError.self) { _ = try DependencyParser(contentsOf: wrongKind) }
    }

    @Test func perceptronFitsASeparableSet() {
        // Three classes; each instance has a bias, a class cue and a distractor shared across classes.
        let bias = FeatureKey.make(0, 0)
        var instances: [([UInt64], Int)] = []
        for i in 0..<30 {
            let cls = i % 3
            instances.append(([bias, FeatureKey.make(1, UInt64(cls)), FeatureKey.make(2, UInt64(i % 5))], cls))
        }
        var model = PerceptronTrainer(classCount: 3)
        var mistakes = 0
        for _ in 0..<10 {
            mistakes = 0
            for (keys, cls) in instances {
                var scores = [Float](repeating: 0, count: 3)
                keys.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { model.score(k.baseAddress!, 3, into: $0.baseAddress!) } }
                let guess = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
                if guess != cls { mistakes += 1 }
                keys.withUnsafeBufferPointer { model.update($0.baseAddress!, 3, truth: cls, guess: guess) }
                model.tick()
            }
        }
        #expect(mistakes == 0, "the last epoch should be error-free")
        let weights = ScoreTable(model.averaged(threshold: 0), layout: .identity(3))
        for (keys, cls) in instances {
            var scores = [Int32](repeating: 0, count: weights.layout.width)
            keys.withUnsafeBufferPointer { k in
                scores.withUnsafeMutableBufferPointer { weights.accumulate(k.baseAddress!, 3, into: $0.baseAddress!, chunks: 0..<1) }
            }
            #expect(scores[0..<3].indices.max { scores[$0] < scores[$1] } == cls)
        }
    }

    @Test func oracleCostsAreZeroAlongTheGoldPath() throws {
        // Following a zero-cost transition at every step must rebuild the gold tree exactly.
        let corpus = try Self.corpus()
        let r = corpus.range(0)
        let n = r.count
        var gold = (0..<n).map { corpus.heads[r.lowerBound + $0] == -1 ? Int32(n) : corpus.heads[r.lowerBound + $0] }
        var goldLabels = [Int32](repeating: 1, count: n) // label 0 root, 1 any other
        var ints = [Int32](repeating: 0, count: ArcEagerState.wordsNeeded(n))
        var masks = [UInt64](repeating: 0, count: ArcEagerState.masksNeeded(n))
        let rootLabel = 0
        gold.withUnsafeMutableBufferPointer { g in
            goldLabels.withUnsafeMutableBufferPointer { gl in
                for i in 0..<n where g[i] == Int32(n) { gl[i] = Int32(rootLabel) }
                ints.withUnsafeMutableBufferPointer { iw in
                    masks.withUnsafeMutableBufferPointer { m in
                        let oracle = ArcEagerOracle(gold: UnsafePointer(g.baseAddress!), goldLabels: UnsafePointer(gl.baseAddress!))
                        var state = ArcEagerState(n: n, words: iw.baseAddress!, masks: m.baseAddress!)
                        var steps = 0
                        while !state.isTerminal && steps < 4 * n {
                            let costs = oracle.costs(state)
                            let move = (0..<6).first { state.isValid($0, labelCount: 2, rootLabel: rootLabel)
                                && oracle.isZeroCost($0, state, costs, labelCount: 2) }
                            guard let move else { Issue.record("no zero-cost move"); return }
                            state.apply(move, labelCount: 2)
                            steps += 1
                        }
                        #expect(state.isTerminal)
                        for i in 0..<n { #expect(state.heads[i] == g[i], "word \(i)") }
                    }
                }
            }
        }
    }
}
