import Testing
@testable import ClaimGraphExtract

/// The scoring tables find exactly what the model file's table holds: `ScoreTable`
/// for every key (present, absent, sharing a fingerprint and a home slot), and the
/// parser's direct tables and lexical keys for every state along real parses.
@Suite struct ScoreTableTests {
    /// Random weights over 20 classes: runs of 1 to 20 entries, and pairs of keys that
    /// share their fingerprint and home slot (the first in key order is the one found).
    static func weights(seed: UInt64) -> (SparseWeights, colliding: [UInt64]) {
        var rng = SplitMix64(seed: seed)
        var keys = Set<UInt64>()
        var colliding: [UInt64] = []
        while keys.count < 3_000 {
            let key = rng.next() | 1
            keys.insert(key)
            if keys.count % 50 == 0 {
                // Same top bits (home slot for any table under 2^20 slots) and low 32 bits.
                let twin = key ^ (UInt64(1 + rng.next() % 0xFFF) << 32)
                keys.insert(twin)
                colliding.append(twin)
            }
        }
        var features: [(key: UInt64, entries: [(cls: UInt8, weight: Float)])] = []
        for key in keys.sorted() {
            let length = Int(1 + rng.next() % 20)
            var classes = Set<UInt8>()
            while classes.count < length { classes.insert(UInt8(rng.next() % 20)) }
            let entries = classes.sorted().map { (cls: $0, weight: Float(Int(rng.next() % 2001) - 1000) / 100) }
            features.append((key, entries))
        }
        return (SparseWeights(classCount: 20, features: features), colliding)
    }

    /// Lanes in reverse class order, so a wrong lane shows.
    static let layout = ScoreLayout(lanes: (0..<20).map { 31 - $0 }, width: 32)

    static func expected(_ weights: SparseWeights, _ keys: [UInt64]) -> [Int32] {
        var scores = [Int32](repeating: 0, count: layout.width)
        for key in keys {
            for e in weights.entries(of: key) { scores[layout.lanes[e.cls]] &+= Int32(e.weight) }
        }
        return scores
    }

    @Test func everyKeyGetsTheFileTablesEntries() {
        let (weights, colliding) = Self.weights(seed: 11)
        let table = ScoreTable(weights, layout: Self.layout)
        #expect(table.denseCount > 0 && table.denseCount < weights.featureCount, "rows and slot entries both used")
        var rng = SplitMix64(seed: 12)
        var probes: [UInt64] = colliding
        for i in 0..<weights.slotCount where weights.slots[i] != 0 {
            // A stored key's home is at or before its slot; rebuild one key per slot from its fingerprint.
            probes.append(UInt64(i) << (64 - UInt64(weights.slotCount.trailingZeroBitCount)) | (weights.slots[i] >> 32))
        }
        for _ in 0..<3_000 { probes.append(rng.next() | 1) }
        var found = 0
        for key in probes {
            let expected = Self.expected(weights, [key])
            if expected.contains(where: { $0 != 0 }) { found += 1 }
            #expect(table.scores(of: key) == expected, "key \(String(key, radix: 16))")
        }
        #expect(found > 2_000, "most probes hit a feature (\(found))")
    }

    @Test func manyKeysSumAndChunksAreHonoured() {
        let (weights, _) = Self.weights(seed: 21)
        let table = ScoreTable(weights, layout: Self.layout)
        var rng = SplitMix64(seed: 22)
        var stored: [UInt64] = []
        for i in 0..<weights.slotCount where weights.slots[i] != 0 {
            stored.append(UInt64(i) << (64 - UInt64(weights.slotCount.trailingZeroBitCount)) | (weights.slots[i] >> 32))
        }
        for _ in 0..<200 {
            let keys = (0..<40).map { _ in rng.next() % 3 == 0 ? rng.next() | 1 : stored[Int(rng.next() % UInt64(stored.count))] }
            let expected = Self.expected(weights, keys)
            for chunks in [0..<2, 1..<2, 0..<1] {
                var scores = [Int32](repeating: 0, count: 32)
                keys.withUnsafeBufferPointer { k in
                    scores.withUnsafeMutableBufferPointer {
                        table.accumulate(k.baseAddress!, k.count, into: $0.baseAddress!, chunks: chunks)
                    }
                }
                let lanes = (16 * chunks.lowerBound)..<(16 * chunks.upperBound)
                #expect(Array(scores[lanes]) == Array(expected[lanes]), "chunks \(chunks)")
            }
        }
    }

    @Test func templatesAreEachDefinedOnce() {
        let ids = [0] + ParserFeatures.lexicalTemplates + ParserFeatures.atomTemplates.map { Int($0.id) }
        #expect(ids.sorted() == Array(0..<ParserFeatures.maxCount))
    }

    /// Along the parses of some sentences, the parser's scores (bias row, direct tables,
    /// lexical keys) equal the scores of all `ParserFeatures.extract` keys looked up by
    /// hash, in every lane the state's moves read, and pick the same move.
    @Test func parserScoresEqualTheHashedLookupOfEveryTemplate() {
        let model = SyntaxModelTests.model
        let parser = model.parser
        let sentences = SyntaxModelTests.fixture.map(\.0) + [
            "Officials in Kyiv said the drones , which Iran denies supplying , struck power stations overnight .",
            "According to the ministry , 14 people were hurt and three of them , including a child , remain in hospital .",
            "\" It is not true , \" the spokesman told reporters , adding that the claims were \" absurd \" .",
        ]
        let width = parser.table.layout.width, chunkCount = parser.table.layout.chunkCount
        let labelCount = parser.labelCount, rootLabel = parser.rootLabel
        var states = 0
        for sentence in sentences {
            let words = sentence.split(separator: " ").map { LexicalFeatures(form: String($0)) }
            let tags = model.tag(words).map(\.rawValue)
            let n = words.count
            var ints = [Int32](repeating: 0, count: ArcEagerState.wordsNeeded(n))
            var masks = [UInt64](repeating: 0, count: ArcEagerState.masksNeeded(n))
            var keys = [UInt64](repeating: 0, count: DependencyParser.keyScratch)
            var slots = [UInt32](repeating: 0, count: parser.slotScratch)
            var all = [UInt64](repeating: 0, count: ParserFeatures.maxCount)
            words.withUnsafeBufferPointer { w in
                tags.withUnsafeBufferPointer { t in
                    ints.withUnsafeMutableBufferPointer { i in
                        masks.withUnsafeMutableBufferPointer { m in
                            var state = ArcEagerState(n: n, words: i.baseAddress!, masks: m.baseAddress!)
                            while !state.isTerminal {
                                if let sole = state.soleValidMove(labelCount: labelCount, rootLabel: rootLabel) {
                                    state.apply(sole, labelCount: labelCount)
                                    continue
                                }
                                var fast = [Int32](repeating: 0, count: width)
                                var reference = [Int32](repeating: 0, count: width)
                                keys.withUnsafeMutableBufferPointer { k in
                                    slots.withUnsafeMutableBufferPointer { s in
                                        fast.withUnsafeMutableBufferPointer {
                                            parser.score(state, w.baseAddress!, t.baseAddress!, keys: k.baseAddress!,
                                                         slots: s.baseAddress!, into: $0.baseAddress!)
                                        }
                                    }
                                }
                                all.withUnsafeMutableBufferPointer { a in
                                    let count = ParserFeatures.extract(state, w.baseAddress!, t.baseAddress!, into: a.baseAddress!)
                                    reference.withUnsafeMutableBufferPointer {
                                        parser.table.accumulate(a.baseAddress!, count, into: $0.baseAddress!, chunks: 0..<chunkCount)
                                    }
                                }
                                let read = state.scoredChunks(labelCount: labelCount, chunkCount: chunkCount)
                                let lanes = (16 * read.lowerBound)..<(16 * read.upperBound)
                                #expect(Array(fast[lanes]) == Array(reference[lanes]))
                                let move = fast.withUnsafeBufferPointer {
                                    state.bestValid($0.baseAddress!, lanes: parser.lanes, labelCount: labelCount, rootLabel: rootLabel)
                                }
                                let referenceMove = reference.withUnsafeBufferPointer {
                                    state.bestValid($0.baseAddress!, lanes: parser.lanes, labelCount: labelCount, rootLabel: rootLabel)
                                }
                                #expect(move == referenceMove)
                                state.apply(move, labelCount: labelCount)
                                states += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(states > 80, "\(states) states scored")
    }
}
