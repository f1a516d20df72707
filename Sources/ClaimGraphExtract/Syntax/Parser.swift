import Foundation

/// The greedy arc-eager dependency parser: an averaged perceptron over the
/// features of `ParserFeatures` picks one transition at a time.
///
/// Immutable; every call keeps its scratch on the stack.
final class DependencyParser: Sendable {
    let weights: SparseWeights
    /// The weights as scored (`ArcEagerState.scoreLayout`), and the scores of the
    /// bias feature, the first key of every state, which each score buffer starts from.
    private let table: ScoreTable
    private let bias: [Int32]
    /// The label names, in label-id order; `rootLabel` is the id of "root".
    let labelNames: [String]
    let rootLabel: Int
    /// The label given to extra root attachments when a parse ends with several ("dep").
    let fallbackLabel: Int

    init(weights: SparseWeights, labelNames: [String]) throws {
        guard let root = labelNames.firstIndex(of: "root") else {
            throw SyntaxModelError.malformed("parser", "no label named root")
        }
        guard weights.classCount == 2 + 2 * labelNames.count else {
            throw SyntaxModelError.malformed("parser", "\(weights.classCount) classes for \(labelNames.count) labels")
        }
        self.weights = weights
        table = ScoreTable(weights, layout: ArcEagerState.scoreLayout(labelCount: labelNames.count), denseFrom: 8)
        bias = table.scores(of: ParserFeatures.biasKey)
        self.labelNames = labelNames
        rootLabel = root
        fallbackLabel = labelNames.firstIndex(of: "dep") ?? root
    }

    var labelCount: Int { labelNames.count }

    /// Loads a parser file (see `ModelFile`).
    convenience init(contentsOf url: URL) throws {
        var reader = try ModelReader(contentsOf: url)
        let header = try reader.header(kind: .parser)
        guard header.featureSet == ParserFeatures.version else {
            throw reader.fail("parser feature set \(header.featureSet), this build reads \(ParserFeatures.version)")
        }
        guard header.names.count <= 126 else { throw reader.fail("\(header.names.count) labels") }
        let weights = try SparseWeights(reading: &reader, classCount: 2 + 2 * header.names.count)
        guard reader.offset == reader.bytes.count else { throw reader.fail("trailing bytes") }
        do { try self.init(weights: weights, labelNames: header.names) } catch {
            throw reader.fail("\(error)")
        }
    }

    func serialized() -> [UInt8] {
        var writer = ModelWriter()
        writer.header(kind: .parser, featureSet: ParserFeatures.version, names: labelNames)
        weights.write(to: &writer)
        return writer.bytes
    }

    /// Parses `n` tagged words: `heads[i]` the head's index or -1 for the root, `labels[i]` the label id.
    func parse(_ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>, _ n: Int,
               heads: UnsafeMutablePointer<Int32>, labels: UnsafeMutablePointer<UInt8>) {
        guard n > 0 else { return }
        let labelCount = labelNames.count, rootLabel = self.rootLabel
        let table = self.table, lanes = table.layout.lanes, chunkCount = table.layout.chunkCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: ArcEagerState.wordsNeeded(n)) { ints in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ArcEagerState.masksNeeded(n)) { masks in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ParserFeatures.maxCount) { keyBuffer in
                    bias.withUnsafeBufferPointer { bias in lanes.withUnsafeBufferPointer { lane in
                        let keys = keyBuffer.baseAddress!
                        var state = ArcEagerState(n: n, words: ints.baseAddress!, masks: masks.baseAddress!)
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: bias.count) { scoreBuffer in
                            let scores = scoreBuffer.baseAddress!
                            while !state.isTerminal {
                                let move: Int
                                if let sole = state.soleValidMove(labelCount: labelCount, rootLabel: rootLabel) {
                                    move = sole
                                } else {
                                    // Key 0 is the bias, already in the scores.
                                    let count = ParserFeatures.extract(state, words, tags, into: keys)
                                    scores.update(from: bias.baseAddress!, count: bias.count)
                                    table.accumulate(keys + 1, count - 1, into: scores,
                                                     chunks: state.scoredChunks(labelCount: labelCount, chunkCount: chunkCount))
                                    move = state.bestValid(labelCount: labelCount, rootLabel: rootLabel) { scores[lane[$0]] }
                                }
                                state.apply(move, labelCount: labelCount)
                            }
                        }
                        var root = -1
                        for i in 0..<n {
                            var head = state.heads[i]
                            var label = state.labels[i]
                            if head == Int32(n) {
                                if root < 0 { root = i; head = -1 } else { head = Int32(root); label = Int32(fallbackLabel) }
                            }
                            heads[i] = head
                            labels[i] = UInt8(truncatingIfNeeded: label)
                        }
                    } }
                }
            }
        }
    }
}
