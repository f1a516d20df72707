import Foundation

/// Trains the dependency parser: greedy arc-eager with the dynamic oracle and
/// exploration (after the first epoch, the parser follows its own mistakes with
/// probability `explore`), an averaged perceptron over `ParserFeatures`.
///
/// Sentences that are not projective trees are skipped.
public struct ParserTrainer {
    public var epochs = 5
    public var seed: UInt64 = 20_251_202
    public var explore = 0.9
    public var threshold: Float = 0.05
    /// Longest sentence trained on (the oracle is quadratic in length).
    public var maxLength = 150
    /// Other pruning thresholds to report (model size and tuning score) after the last epoch.
    public var reportThresholds: [Float] = []

    public init() {}

    public struct Result {
        public var bytes: [UInt8]
        public var labelNames: [String]
        public var skipped: Int
    }

    /// Label names: the sorted distinct DEPRELs of the corpus.
    static func labelNames(_ corpus: TrainingCorpus) -> [String] {
        var names = Set(corpus.labels)
        names.insert("root")
        return names.sorted()
    }

    public func train(_ corpus: TrainingCorpus, tune: TrainingCorpus?, log: (String) -> Void) throws -> Result {
        let names = ParserTrainer.labelNames(corpus)
        guard names.count <= 126 else { throw SyntaxModelError.malformed("training data", "\(names.count) labels, at most 126") }
        var labelIds: [String: Int32] = [:]
        for (i, name) in names.enumerated() { labelIds[name] = Int32(i) }
        let labelCount = names.count
        let rootLabel = names.firstIndex(of: "root")!
        // Gold heads in parser indices (root word → n) and label ids; -1 marks a sentence to skip.
        var gold = [Int32](repeating: 0, count: corpus.tokenCount)
        var goldLabels = [Int32](repeating: 0, count: corpus.tokenCount)
        var usable: [Int32] = []
        var skipped = 0
        for s in 0..<corpus.sentenceCount {
            let r = corpus.range(s)
            var ok = r.count <= maxLength
            for i in r {
                let h = corpus.heads[i]
                gold[i] = h == -1 ? Int32(r.count) : h
                goldLabels[i] = labelIds[corpus.labels[i]] ?? 0
                if h < -1 { ok = false }
                if (h == -1) != (goldLabels[i] == Int32(rootLabel)) { ok = false }
            }
            if ok { ok = gold.withUnsafeBufferPointer { ArcEagerOracle.isProjectiveTree($0.baseAddress! + r.lowerBound, r.count) } }
            if ok { usable.append(Int32(s)) } else { skipped += 1 }
        }
        log("parser: \(usable.count) sentences, \(skipped) skipped (non-projective, unlabelled or longer than \(maxLength)), \(labelCount) labels")
        var model = PerceptronTrainer(classCount: 2 + 2 * labelCount)
        var rng = SplitMix64(seed: seed)
        var parser = try DependencyParser(weights: model.averaged(threshold: threshold), labelNames: names)
        for epoch in 1...max(1, epochs) {
            usable.deterministicShuffle(&rng)
            var right = 0, steps = 0
            let started = Date()
            for s in usable {
                let r = corpus.range(Int(s))
                corpus.words.withUnsafeBufferPointer { words in
                    corpus.tags.withUnsafeBufferPointer { tags in
                        gold.withUnsafeBufferPointer { g in
                            goldLabels.withUnsafeBufferPointer { gl in
                                let oracle = ArcEagerOracle(gold: g.baseAddress! + r.lowerBound, goldLabels: gl.baseAddress! + r.lowerBound)
                                let (ok, seen) = trainSentence(words.baseAddress! + r.lowerBound, tags.baseAddress! + r.lowerBound, r.count,
                                                               oracle: oracle, labelCount: labelCount, rootLabel: rootLabel,
                                                               explore: epoch > 1 ? explore : 0, rng: &rng, model: &model)
                                right += ok; steps += seen
                            }
                        }
                    }
                }
            }
            parser = try DependencyParser(weights: model.averaged(threshold: threshold), labelNames: names)
            var line = String(format: "parser epoch %d: %.0f s, train transitions %@, %d features", epoch,
                              Date().timeIntervalSince(started), percent(right, steps), model.featureCount)
            if let tune {
                let (uas, las) = ParserTrainer.attachment(parser, tune)
                line += ", tune UAS \(uas) LAS \(las)"
            }
            log(line)
        }
        for t in reportThresholds {
            let other = try DependencyParser(weights: model.averaged(threshold: t), labelNames: names)
            var line = "parser at threshold \(t): \(other.serialized().count) bytes"
            if let tune {
                let (uas, las) = ParserTrainer.attachment(other, tune)
                line += ", tune UAS \(uas) LAS \(las)"
            }
            log(line)
        }
        return Result(bytes: parser.serialized(), labelNames: names, skipped: skipped)
    }

    private func trainSentence(_ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>, _ n: Int,
                               oracle: ArcEagerOracle, labelCount: Int, rootLabel: Int, explore: Double,
                               rng: inout SplitMix64, model: inout PerceptronTrainer) -> (Int, Int) {
        let classCount = 2 + 2 * labelCount
        var right = 0, steps = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: ArcEagerState.wordsNeeded(n)) { ints in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ArcEagerState.masksNeeded(n)) { masks in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.maxCount) { keyBuffer in
                    withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scoreBuffer in
                        let keys = keyBuffer.baseAddress!, scores = scoreBuffer.baseAddress!
                        var state = ArcEagerState(n: n, words: ints.baseAddress!, masks: masks.baseAddress!)
                        while !state.isTerminal {
                            let count = ParserFeatures.extract(state, words, tags, into: keys)
                            scores.initialize(repeating: 0, count: classCount)
                            model.score(keys, count, into: scores)
                            let guess = state.bestValid(scores, lanes: .classOrder(labelCount: labelCount), labelCount: labelCount, rootLabel: rootLabel)
                            let costs = oracle.costs(state)
                            var best = -1
                            for c in 0..<classCount where state.isValid(c, labelCount: labelCount, rootLabel: rootLabel)
                                && oracle.isZeroCost(c, state, costs, labelCount: labelCount) {
                                if best < 0 || scores[c] > scores[best] { best = c }
                            }
                            let guessIsRight = best < 0 || oracle.isZeroCost(guess, state, costs, labelCount: labelCount)
                            if !guessIsRight { model.update(keys, count, truth: best, guess: guess) } else { right += 1 }
                            model.tick()
                            steps += 1
                            var next = guessIsRight || best < 0 ? guess : best
                            if !guessIsRight && explore > 0 && Double(rng.next() >> 11) / Double(1 << 53) < explore { next = guess }
                            state.apply(next, labelCount: labelCount)
                        }
                    }
                }
            }
        }
        return (right, steps)
    }

    /// Unlabelled and labelled attachment of `parser` on `corpus` (its own tags given).
    static func attachment(_ parser: DependencyParser, _ corpus: TrainingCorpus) -> (String, String) {
        var heads = [Int32](repeating: 0, count: corpus.tokenCount)
        var labels = [UInt8](repeating: 0, count: corpus.tokenCount)
        corpus.words.withUnsafeBufferPointer { words in
            corpus.tags.withUnsafeBufferPointer { tags in
                heads.withUnsafeMutableBufferPointer { h in
                    labels.withUnsafeMutableBufferPointer { l in
                        for s in 0..<corpus.sentenceCount {
                            let r = corpus.range(s)
                            parser.parse(words.baseAddress! + r.lowerBound, tags.baseAddress! + r.lowerBound, r.count,
                                         heads: h.baseAddress! + r.lowerBound, labels: l.baseAddress! + r.lowerBound)
                        }
                    }
                }
            }
        }
        var unlabelled = 0, labelled = 0
        for i in 0..<corpus.tokenCount where heads[i] == corpus.heads[i] {
            unlabelled += 1
            if parser.labelNames[Int(labels[i])] == corpus.labels[i] { labelled += 1 }
        }
        return (percent(unlabelled, corpus.tokenCount), percent(labelled, corpus.tokenCount))
    }
}
