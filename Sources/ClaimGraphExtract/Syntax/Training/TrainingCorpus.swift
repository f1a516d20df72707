import Foundation

/// Sentences for training or tuning, flattened: per word its lexical features,
/// its UPOS tag, its head (sentence-local, -1 for the root; -2 if the file had none)
/// and its label name id.
public struct TrainingCorpus {
    public private(set) var words: [LexicalFeatures] = []
    public private(set) var tags: [UInt8] = []
    public private(set) var heads: [Int32] = []
    public private(set) var labels: [String] = []
    /// Sentence k is words `starts[k]..<starts[k + 1]`.
    public private(set) var starts: [Int] = [0]

    public init() {}

    public var sentenceCount: Int { starts.count - 1 }
    public var tokenCount: Int { words.count }

    public func range(_ sentence: Int) -> Range<Int> { starts[sentence]..<starts[sentence + 1] }

    /// Appends sentences; a UPOS outside the 17 tags is an error naming the sentence.
    public mutating func append(_ sentences: some Collection<CoNLLUSentence>, source: String,
                                cache: inout [String: LexicalFeatures]) throws {
        for (k, sentence) in sentences.enumerated() {
            for i in 0..<sentence.count {
                let form = sentence.forms[i]
                let features: LexicalFeatures
                if let cached = cache[form] { features = cached } else {
                    features = LexicalFeatures(form: form)
                    cache[form] = features
                }
                guard let tag = UPOS(name: sentence.upos[i]) else {
                    throw CoNLLUError(source: source, line: 0,
                                      reason: "sentence \(k + 1), word \(i + 1): UPOS '\(sentence.upos[i])' is not one of the 17 tags")
                }
                words.append(features)
                tags.append(tag.rawValue)
                heads.append(Int32(sentence.heads[i] - 1) < -1 ? -2 : Int32(sentence.heads[i] - 1))
                labels.append(sentence.deprels[i])
            }
            starts.append(words.count)
        }
    }

    /// Reads a CoNLL-U file into a corpus; `split` sentences from the end go into a second one.
    public static func load(_ url: URL, holdOut: Int = 0,
                            cache: inout [String: LexicalFeatures]) throws -> (train: TrainingCorpus, heldOut: TrainingCorpus) {
        let sentences = try CoNLLU.read(contentsOf: url)
        let cut = max(0, sentences.count - holdOut)
        var train = TrainingCorpus(), held = TrainingCorpus()
        try train.append(sentences[..<cut], source: url.path, cache: &cache)
        try held.append(sentences[cut...], source: url.path, cache: &cache)
        return (train, held)
    }
}

extension TrainingCorpus {
    /// The first sentences, up to about `tokens` words.
    public func prefix(tokens: Int) -> TrainingCorpus {
        var sentences = 0
        while sentences < sentenceCount && starts[sentences + 1] <= tokens { sentences += 1 }
        var copy = TrainingCorpus()
        let end = starts[sentences]
        copy.words = Array(words[..<end])
        copy.tags = Array(tags[..<end])
        copy.heads = Array(heads[..<end])
        copy.labels = Array(labels[..<end])
        copy.starts = Array(starts[...sentences])
        return copy
    }
}

extension TrainingCorpus {
    /// Replaces the tags with those a tagger model assigns, so that a parser trains
    /// (and is tuned) on tags like the ones it will be given; returns their accuracy
    /// against the tags they replace.
    public mutating func retag(withTaggerFile url: URL) throws -> Double {
        let tagger = try Tagger(contentsOf: url)
        var predicted = [UInt8](repeating: 0, count: tokenCount)
        words.withUnsafeBufferPointer { w in
            predicted.withUnsafeMutableBufferPointer { p in
                for s in 0..<sentenceCount {
                    let r = range(s)
                    tagger.tag(w.baseAddress! + r.lowerBound, r.count, into: p.baseAddress! + r.lowerBound)
                }
            }
        }
        let same = zip(predicted, tags).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        tags = predicted
        return tokenCount == 0 ? 0 : Double(same) / Double(tokenCount)
    }
}
