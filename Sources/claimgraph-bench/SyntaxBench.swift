import Foundation
import ClaimGraphIngest
import ClaimGraphExtract

/// Tagger and parser throughput over the benchmark corpus, one core.
enum SyntaxBench {
    /// Every sentence's lexical features, flat, with sentence starts.
    struct Sentences {
        var words: [LexicalFeatures] = []
        var starts: [Int] = [0]
    }

    static func sentences(_ articles: [Article], extractor: Extractor) -> Sentences {
        var result = Sentences()
        for article in articles {
            for sentence in extractor.sentenceFeatures(text: article.text) {
                result.words.append(contentsOf: sentence)
                result.starts.append(result.words.count)
            }
        }
        return result
    }

    /// Seconds to tag every sentence, then to parse every tagged sentence.
    static func run(_ text: Sentences, model: SyntaxModel) -> (tag: Double, parse: Double) {
        let n = text.words.count
        var tags = [UPOS](repeating: .X, count: n)
        var heads = [Int32](repeating: 0, count: n)
        var labels = [DependencyLabel](repeating: DependencyLabel(rawValue: 0), count: n)
        var tagSeconds = 0.0, parseSeconds = 0.0
        text.words.withUnsafeBufferPointer { words in
            tags.withUnsafeMutableBufferPointer { tagBuffer in
                tagSeconds = Clock.measure {
                    for s in 0..<(text.starts.count - 1) {
                        let r = text.starts[s]..<text.starts[s + 1]
                        model.tag(UnsafeBufferPointer(rebasing: words[r]), into: UnsafeMutableBufferPointer(rebasing: tagBuffer[r]))
                    }
                }
            }
            tags.withUnsafeBufferPointer { tagBuffer in
                heads.withUnsafeMutableBufferPointer { h in
                    labels.withUnsafeMutableBufferPointer { l in
                        parseSeconds = Clock.measure {
                            for s in 0..<(text.starts.count - 1) {
                                let r = text.starts[s]..<text.starts[s + 1]
                                model.parse(UnsafeBufferPointer(rebasing: words[r]), tags: UnsafeBufferPointer(rebasing: tagBuffer[r]),
                                            heads: UnsafeMutableBufferPointer(rebasing: h[r]),
                                            labels: UnsafeMutableBufferPointer(rebasing: l[r]))
                            }
                        }
                    }
                }
            }
        }
        return (tagSeconds, parseSeconds)
    }
}
