import Foundation

/// The averaged-perceptron UPOS tagger: greedy, left to right, over the
/// features of `TaggerFeatures`, with the word lexicon of `TagLexicon`.
///
/// Immutable; every call keeps its scratch on the stack.
final class Tagger: Sendable {
    /// The weights in the file's form, for `serialized()`: kept by a tagger made
    /// in training; one read from a file drops them once they are laid out for scoring.
    let weights: SparseWeights?
    let lexicon: TagLexicon
    /// The weights as scored, and the scores of the bias feature (every token's
    /// first key), which each score buffer starts from.
    private let table: ScoreTable
    private let bias: [Int32]

    init(weights: SparseWeights, lexicon: TagLexicon, keepingFileForm: Bool = true) {
        self.weights = keepingFileForm ? weights : nil
        self.lexicon = lexicon
        table = ScoreTable(weights, layout: .identity(UPOS.count))
        bias = table.scores(of: TaggerFeatures.biasKey)
    }

    /// Loads a tagger file (see `ModelFile`).
    convenience init(contentsOf url: URL) throws {
        var reader = try ModelReader(contentsOf: url)
        let header = try reader.header(kind: .tagger)
        guard header.featureSet == TaggerFeatures.version else {
            throw reader.fail("tagger feature set \(header.featureSet), this build reads \(TaggerFeatures.version)")
        }
        guard header.names == UPOS.names else { throw reader.fail("tag names differ from the 17 UPOS tags") }
        let weights = try SparseWeights(reading: &reader, classCount: UPOS.count)
        let lexicon = try TagLexicon(reading: &reader)
        guard reader.offset == reader.bytes.count else { throw reader.fail("trailing bytes") }
        self.init(weights: weights, lexicon: lexicon, keepingFileForm: false)
    }

    /// The file's bytes (a tagger made in training only).
    func serialized() -> [UInt8] {
        guard let weights else { preconditionFailure("a tagger read from a file is not written back") }
        var writer = ModelWriter()
        writer.header(kind: .tagger, featureSet: TaggerFeatures.version, names: UPOS.names)
        weights.write(to: &writer)
        lexicon.write(to: &writer)
        return writer.bytes
    }

    /// Tags `n` words into `tags` (raw UPOS values).
    func tag(_ words: UnsafePointer<LexicalFeatures>, _ n: Int, into tags: UnsafeMutablePointer<UInt8>) {
        guard n > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { ambiguity in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { sure in
                let amb = ambiguity.baseAddress!, sureTags = sure.baseAddress!
                for i in 0..<n {
                    let info = lexicon.lookup(words[i].lower)
                    amb[i] = info.ambiguity
                    sureTags[i] = info.sureTag ?? 255
                }
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maxCount) { keys in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: bias.count) { scores in
                        let k = keys.baseAddress!, s = scores.baseAddress!
                        let table = self.table, chunks = 0..<table.layout.chunkCount
                        bias.withUnsafeBufferPointer { bias in
                            for i in 0..<n {
                                if sureTags[i] != 255 { tags[i] = sureTags[i]; continue }
                                // Key 0 is the bias, already in the scores.
                                let count = TaggerFeatures.extract(i, n, words, amb, tags, into: k)
                                s.update(from: bias.baseAddress!, count: bias.count)
                                table.accumulate(k + 1, count - 1, into: s, chunks: chunks)
                                var best = 0
                                for c in 1..<UPOS.count where s[c] > s[best] { best = c }
                                tags[i] = UInt8(best)
                            }
                        }
                    }
                }
            }
        }
    }
}
