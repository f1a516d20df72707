import Foundation

/// Trains the UPOS tagger: builds the word lexicon from the training data (and
/// WordNet), then runs the averaged perceptron over shuffled sentences for some
/// epochs, greedy left to right on its own predicted history.
public struct TaggerTrainer {
    public var epochs = 5
    /// Times the gold corpus is seen per epoch (the silver corpus once).
    public var goldRepeat = 3
    public var seed: UInt64 = 20_251_201
    /// Averaged weights below this magnitude are pruned from the model.
    public var threshold: Float = 0.05
    /// A word seen at least this often (weighted), with one tag at least `sureShare` of the time, is tagged without scoring.
    public var sureMinCount = 20
    public var sureShare = 0.995
    /// Other pruning thresholds to report (model size and tuning accuracy) after the last epoch.
    public var reportThresholds: [Float] = []

    public init() {}

    /// A trained tagger: its file bytes and the number of features it kept.
    public struct Result {
        public var bytes: [UInt8]
        public var featureCount: Int
    }

    public func train(silver: TrainingCorpus, gold: TrainingCorpus, wordNet: [UInt64: UInt32],
                      tune: [(name: String, corpus: TrainingCorpus)], log: (String) -> Void) -> Result {
        let lexicon = buildLexicon([(silver, 1), (gold, goldRepeat)], wordNet: wordNet)
        let corpora = [silver, gold]
        var order: [(Int32, Int32)] = []
        for s in 0..<silver.sentenceCount { order.append((0, Int32(s))) }
        for _ in 0..<goldRepeat { for s in 0..<gold.sentenceCount { order.append((1, Int32(s))) } }
        var rng = SplitMix64(seed: seed)
        var model = PerceptronTrainer(classCount: UPOS.count)
        var tagger = Tagger(weights: model.averaged(threshold: threshold), lexicon: lexicon)
        for epoch in 1...max(1, epochs) {
            order.deterministicShuffle(&rng)
            var correct = 0, total = 0
            for (c, s) in order {
                let corpus = corpora[Int(c)]
                let range = corpus.range(Int(s))
                corpus.words.withUnsafeBufferPointer { words in
                    corpus.tags.withUnsafeBufferPointer { gold in
                        let w = words.baseAddress! + range.lowerBound, g = gold.baseAddress! + range.lowerBound
                        let (right, seen) = trainSentence(w, g, range.count, lexicon: lexicon, model: &model)
                        correct += right; total += seen
                    }
                }
            }
            tagger = Tagger(weights: model.averaged(threshold: threshold), lexicon: lexicon)
            var line = "tagger epoch \(epoch): train \(percent(correct, total)), \(model.featureCount) features"
            for (name, corpus) in tune { line += ", \(name) \(percent(TaggerTrainer.accuracy(tagger, corpus)))" }
            log(line)
        }
        for t in reportThresholds {
            let other = Tagger(weights: model.averaged(threshold: t), lexicon: lexicon)
            var line = "tagger at threshold \(t): \(other.serialized().count) bytes"
            for (name, corpus) in tune { line += ", \(name) \(percent(TaggerTrainer.accuracy(other, corpus)))" }
            log(line)
        }
        return Result(bytes: tagger.serialized(), featureCount: tagger.weights!.featureCount)
    }

    /// One sentence of training; returns (correct, scored) counts.
    private func trainSentence(_ words: UnsafePointer<LexicalFeatures>, _ gold: UnsafePointer<UInt8>, _ n: Int,
                               lexicon: TagLexicon, model: inout PerceptronTrainer) -> (Int, Int) {
        var correct = 0, seen = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { amb in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { predicted in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maxCount) { keys in
                    withUnsafeTemporaryAllocation(of: Float.self, capacity: UPOS.count) { scores in
                        let a = amb.baseAddress!, p = predicted.baseAddress!, k = keys.baseAddress!, s = scores.baseAddress!
                        var sure = [UInt8](repeating: 255, count: n)
                        for i in 0..<n {
                            let info = lexicon.lookup(words[i].lower)
                            a[i] = info.ambiguity
                            sure[i] = info.sureTag ?? 255
                        }
                        for i in 0..<n {
                            if sure[i] != 255 { p[i] = sure[i]; continue }
                            let count = TaggerFeatures.extract(i, n, words, a, p, into: k)
                            s.initialize(repeating: 0, count: UPOS.count)
                            model.score(k, count, into: s)
                            var best = 0
                            for c in 1..<UPOS.count where s[c] > s[best] { best = c }
                            model.update(k, count, truth: Int(gold[i]), guess: best)
                            model.tick()
                            p[i] = UInt8(best)
                            seen += 1
                            if best == Int(gold[i]) { correct += 1 }
                        }
                    }
                }
            }
        }
        return (correct, seen)
    }

    /// The lexicon: tags seen (weighted counts), WordNet categories, sure tags.
    func buildLexicon(_ corpora: [(TrainingCorpus, Int)], wordNet: [UInt64: UInt32]) -> TagLexicon {
        var index: [UInt64: Int] = [:]
        var counts: [Int32] = []
        for (corpus, weight) in corpora {
            for i in 0..<corpus.tokenCount {
                let h = corpus.words[i].lower
                let slot: Int
                if let known = index[h] { slot = known } else {
                    slot = index.count
                    index[h] = slot
                    counts.append(contentsOf: repeatElement(0, count: UPOS.count))
                }
                counts[slot * UPOS.count + Int(corpus.tags[i])] += Int32(weight)
            }
        }
        var keys = Set(index.keys)
        keys.formUnion(wordNet.keys)
        var words: [(hash: UInt64, info: TagLexicon.Info)] = []
        for h in keys.sorted() {
            var mask: UInt32 = 0
            var sure: UInt8? = nil
            if let slot = index[h] {
                let seen = counts[(slot * UPOS.count)..<((slot + 1) * UPOS.count)].reduce(0) { $0 + Int($1) }
                if seen < 2 && wordNet[h] == nil { continue } // a single sighting says no more than the word feature
                let row = counts[(slot * UPOS.count)..<((slot + 1) * UPOS.count)]
                let total = row.reduce(0) { $0 + Int($1) }
                var bestTag = 0
                for (t, c) in row.enumerated() {
                    if Double(c) >= 0.05 * Double(total) && c > 0 { mask |= 1 << UInt32(t) }
                    if c > row[row.startIndex + bestTag] { bestTag = t }
                }
                if total >= sureMinCount && Double(row[row.startIndex + bestTag]) >= sureShare * Double(total) {
                    sure = UInt8(bestTag)
                }
            }
            words.append((h, TagLexicon.Info(tagMask: mask, wordNet: wordNet[h] ?? 0, sureTag: sure)))
        }
        return TagLexicon(words: words)
    }

    /// The share of words of `corpus` that `tagger` tags right.
    static func accuracy(_ tagger: Tagger, _ corpus: TrainingCorpus) -> (Int, Int) {
        var correct = 0
        var predicted = [UInt8](repeating: 0, count: corpus.tokenCount)
        corpus.words.withUnsafeBufferPointer { words in
            predicted.withUnsafeMutableBufferPointer { out in
                for s in 0..<corpus.sentenceCount {
                    let r = corpus.range(s)
                    tagger.tag(words.baseAddress! + r.lowerBound, r.count, into: out.baseAddress! + r.lowerBound)
                }
            }
        }
        for i in 0..<corpus.tokenCount where predicted[i] == corpus.tags[i] { correct += 1 }
        return (correct, corpus.tokenCount)
    }
}

func percent(_ pair: (Int, Int)) -> String { percent(pair.0, pair.1) }

func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : String(format: "%.2f%%", 100 * Double(part) / Double(whole))
}
