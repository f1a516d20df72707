import Foundation

/// The greedy arc-eager dependency parser: an averaged perceptron over the
/// features of `ParserFeatures` picks one transition at a time.
///
/// Immutable; every call keeps its scratch on the stack.
final class DependencyParser: Sendable {
    /// The weights in the file's form, for `serialized()`: kept by a parser made
    /// in training; one read from a file drops them once they are laid out for scoring.
    let weights: SparseWeights?
    /// The weights as scored (in `ArcEagerState.Lanes.scoring`), and the scores of the
    /// bias feature, the first key of every state, which each score buffer starts from.
    let table: ScoreTable
    let atomTable: AtomTemplateTable
    let lanes: ArcEagerState.Lanes
    let bias: [Int32]
    /// The label names, in label-id order; `rootLabel` is the id of "root".
    let labelNames: [String]
    let rootLabel: Int
    /// The label given to extra root attachments when a parse ends with several ("dep").
    let fallbackLabel: Int

    init(weights: SparseWeights, labelNames: [String], keepingFileForm: Bool = true) throws {
        guard let root = labelNames.firstIndex(of: "root") else {
            throw SyntaxModelError.malformed("parser", "no label named root")
        }
        guard weights.classCount == 2 + 2 * labelNames.count else {
            throw SyntaxModelError.malformed("parser", "\(weights.classCount) classes for \(labelNames.count) labels")
        }
        self.weights = keepingFileForm ? weights : nil
        lanes = .scoring(labelCount: labelNames.count)
        table = ScoreTable(weights, layout: lanes.layout(labelCount: labelNames.count))
        bias = table.scores(of: ParserFeatures.biasKey)
        atomTable = AtomTemplateTable(table, labelCount: labelNames.count)
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
        do { try self.init(weights: weights, labelNames: header.names, keepingFileForm: false) } catch {
            throw reader.fail("\(error)")
        }
    }

    /// The file's bytes (a parser made in training only).
    func serialized() -> [UInt8] {
        guard let weights else { preconditionFailure("a parser read from a file is not written back") }
        var writer = ModelWriter()
        writer.header(kind: .parser, featureSet: ParserFeatures.version, names: labelNames)
        weights.write(to: &writer)
        return writer.bytes
    }

    /// The room `score` needs: UInt64s for keys and atoms, UInt32s for slot copies.
    static let keyScratch = ParserFeatures.maxCount + ParserFeatures.Atom.count
    var slotScratch: Int { atomTable.templateCount }

    /// Writes the scores of the moves from `state` into `scores` (`table.layout.width`
    /// long; the moves in `lanes`, right in the chunks `state.scoredChunks` names):
    /// the features of `ParserFeatures.extract`, with the bias in the scores from
    /// the start and the atom templates' slots from their direct tables.
    @inline(__always)
    func score(_ state: ArcEagerState, _ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>,
               keys: UnsafeMutablePointer<UInt64>, slots: UnsafeMutablePointer<UInt32>, into scores: UnsafeMutablePointer<Int32>) {
        let atoms = keys + ParserFeatures.maxCount
        let at = ParserFeatures.positions(state)
        ParserFeatures.atoms(at, state, tags, into: atoms)
        ParserFeatures.lexicalKeys(at, state, words, atoms, into: keys)
        atomTable.slots(atoms, into: slots)
        bias.withUnsafeBufferPointer { scores.update(from: $0.baseAddress!, count: $0.count) }
        table.accumulate(keys, ParserFeatures.lexicalTemplates.count, known: atomTable.copies, slots, atomTable.templateCount,
                         into: scores, chunks: state.scoredChunks(labelCount: labelNames.count, chunkCount: table.layout.chunkCount))
    }

    /// Parses `n` tagged words: `heads[i]` the head's index or -1 for the root, `labels[i]` the label id.
    func parse(_ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>, _ n: Int,
               heads: UnsafeMutablePointer<Int32>, labels: UnsafeMutablePointer<UInt8>) {
        guard n > 0 else { return }
        let labelCount = labelNames.count, rootLabel = self.rootLabel, lanes = self.lanes
        for i in 0..<n { precondition(tags[i] < UPOS.count, "tag \(tags[i]) is no UPOS tag") }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: ArcEagerState.wordsNeeded(n)) { ints in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ArcEagerState.masksNeeded(n)) { masks in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: DependencyParser.keyScratch) { keys in
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: slotScratch) { slots in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: table.layout.width) { scoreBuffer in
            let scores = scoreBuffer.baseAddress!
            var state = ArcEagerState(n: n, words: ints.baseAddress!, masks: masks.baseAddress!)
            while !state.isTerminal {
                let move: Int
                if let sole = state.soleValidMove(labelCount: labelCount, rootLabel: rootLabel) {
                    move = sole
                } else {
                    score(state, words, tags, keys: keys.baseAddress!, slots: slots.baseAddress!, into: scores)
                    move = state.bestValid(scores, lanes: lanes, labelCount: labelCount, rootLabel: rootLabel)
                }
                state.apply(move, labelCount: labelCount)
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
        }
        }
        }
        }
        }
    }
}
