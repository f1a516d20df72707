import Foundation

/// The part-of-speech tagger and the dependency parser, loaded from their model files.
///
/// Immutable and thread-safe: any number of threads may tag and parse at once;
/// each call keeps its scratch on its own stack and allocates nothing per token.
public final class SyntaxModel: Sendable {
    let tagger: Tagger
    let parser: DependencyParser

    /// The models shipped in the package, loaded once per process and shared
    /// (they are immutable; every extractor reads the same tables).
    public static func bundled() throws -> SyntaxModel { try shared.get() }

    private static let shared = Result { try loadBundled() }

    /// The models shipped in the package (`Models/tagger.model`, `Models/parser.model`), loaded afresh.
    public static func loadBundled() throws -> SyntaxModel {
        guard let tagger = Bundle.module.url(forResource: "tagger", withExtension: "model", subdirectory: "Models") else {
            throw SyntaxModelError.missingBundledModel("Models/tagger.model")
        }
        guard let parser = Bundle.module.url(forResource: "parser", withExtension: "model", subdirectory: "Models") else {
            throw SyntaxModelError.missingBundledModel("Models/parser.model")
        }
        return try SyntaxModel(taggerFile: tagger, parserFile: parser)
    }

    /// Loads a tagger file and a parser file (each read with one read).
    public init(taggerFile: URL, parserFile: URL) throws {
        tagger = try Tagger(contentsOf: taggerFile)
        parser = try DependencyParser(contentsOf: parserFile)
    }

    init(tagger: Tagger, parser: DependencyParser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// The dependency label names, indexed by `DependencyLabel.rawValue`.
    public var labelNames: [String] { parser.labelNames }

    /// The name of a label ("nsubj").
    public func labelName(_ label: DependencyLabel) -> String {
        Int(label.rawValue) < parser.labelNames.count ? parser.labelNames[Int(label.rawValue)] : "dep"
    }

    /// The label named `name`, if the parser has it.
    public func label(named name: String) -> DependencyLabel? {
        parser.labelNames.firstIndex(of: name).map { DependencyLabel(rawValue: UInt8($0)) }
    }

    /// Tags one sentence: `tags[i]` for `words[i]` (`tags.count` ≥ `words.count`).
    public func tag(_ words: UnsafeBufferPointer<LexicalFeatures>, into tags: UnsafeMutableBufferPointer<UPOS>) {
        precondition(tags.count >= words.count, "tag buffer shorter than the sentence")
        guard let base = words.baseAddress, !words.isEmpty else { return }
        // UPOS is a UInt8-backed enum without payloads: the same layout as UInt8.
        tags.withMemoryRebound(to: UInt8.self) { raw in
            tagger.tag(base, words.count, into: raw.baseAddress!)
        }
    }

    /// Parses one tagged sentence: `heads[i]` is the index of word i's head in the
    /// sentence, or -1 for the root word; `labels[i]` its dependency label.
    public func parse(_ words: UnsafeBufferPointer<LexicalFeatures>, tags: UnsafeBufferPointer<UPOS>,
                      heads: UnsafeMutablePointer<Int32>, labels: UnsafeMutablePointer<DependencyLabel>, count: Int) {
        guard let base = words.baseAddress, count > 0 else { return }
        precondition(tags.count >= count && words.count >= count, "buffers shorter than the sentence")
        tags.withMemoryRebound(to: UInt8.self) { rawTags in
            labels.withMemoryRebound(to: UInt8.self, capacity: count) { rawLabels in
                parser.parse(base, rawTags.baseAddress!, count, heads: heads, labels: rawLabels)
            }
        }
    }

    /// Parses one tagged sentence (see the pointer form; buffers at least `words.count` long).
    public func parse(_ words: UnsafeBufferPointer<LexicalFeatures>, tags: UnsafeBufferPointer<UPOS>,
                      heads: UnsafeMutableBufferPointer<Int32>, labels: UnsafeMutableBufferPointer<DependencyLabel>) {
        precondition(heads.count >= words.count && labels.count >= words.count, "output buffers shorter than the sentence")
        guard let h = heads.baseAddress, let l = labels.baseAddress else { return }
        parse(words, tags: tags, heads: h, labels: l, count: words.count)
    }

    /// Tags one sentence (convenience; allocates the result).
    public func tag(_ words: [LexicalFeatures]) -> [UPOS] {
        var tags = [UPOS](repeating: .X, count: words.count)
        words.withUnsafeBufferPointer { w in tags.withUnsafeMutableBufferPointer { tag(w, into: $0) } }
        return tags
    }

    /// Parses one tagged sentence (convenience; allocates the result).
    public func parse(_ words: [LexicalFeatures], tags: [UPOS]) -> (heads: [Int32], labels: [DependencyLabel]) {
        precondition(tags.count == words.count, "one tag per word")
        var heads = [Int32](repeating: -1, count: words.count)
        var labels = [DependencyLabel](repeating: DependencyLabel(rawValue: 0), count: words.count)
        words.withUnsafeBufferPointer { w in
            tags.withUnsafeBufferPointer { t in
                heads.withUnsafeMutableBufferPointer { h in
                    labels.withUnsafeMutableBufferPointer { l in parse(w, tags: t, heads: h, labels: l) }
                }
            }
        }
        return (heads, labels)
    }
}
