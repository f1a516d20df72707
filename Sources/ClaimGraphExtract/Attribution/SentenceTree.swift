/// The dependency tree of one parsed sentence, in document token indices: heads, labels,
/// children and subtrees, for the sieves to walk.
///
/// The parser is projective (arc-eager), so every subtree is a contiguous run of tokens.
struct SentenceTree {
    let tokens: Range<Int>
    private let heads: [Int32]
    private let labels: [DependencyLabel]
    private let tags: [UPOS]
    private let words: [Int]
    /// Per sentence token (local index): its children, in text order.
    private let kids: [[Int]]

    init?(sentence si: Int, doc: Document) {
        let syntax = doc.syntax
        guard syntax.parsed[si] else { return nil }
        let range = doc.sentences[si].tokens
        tokens = range
        heads = Array(syntax.heads[range])
        labels = Array(syntax.labels[range])
        tags = Array(syntax.tags[range])
        words = doc.syntaxWords(ofSentence: si)
        var kids = [[Int]](repeating: [], count: range.count)
        for t in range {
            let h = syntax.heads[t]
            if h >= 0, range.contains(Int(h)) { kids[Int(h) - range.lowerBound].append(t) }
        }
        self.kids = kids
    }

    /// The words of the sentence (newline tokens left out), in order.
    var wordTokens: [Int] { words }

    func tag(_ t: Int) -> UPOS { tags[t - tokens.lowerBound] }
    func label(_ t: Int) -> DependencyLabel { labels[t - tokens.lowerBound] }

    /// The head of `t`, nil for the root (or a token outside the tree).
    func head(_ t: Int) -> Int? {
        let h = heads[t - tokens.lowerBound]
        return h >= 0 ? Int(h) : nil
    }

    func children(_ t: Int) -> [Int] { kids[t - tokens.lowerBound] }

    /// The first child of `t` with label `label`.
    func child(_ t: Int, _ label: DependencyLabel?) -> Int? {
        guard let label else { return nil }
        return children(t).first { self.label($0) == label }
    }

    func hasChild(_ t: Int, _ label: DependencyLabel?) -> Bool { child(t, label) != nil }

    /// The tokens `t` dominates, itself included: a contiguous range.
    func subtree(_ t: Int) -> Range<Int> {
        var low = t, high = t
        var stack = [t]
        while let n = stack.popLast() {
            for c in children(n) {
                low = min(low, c)
                high = max(high, c)
                stack.append(c)
            }
        }
        return low..<(high + 1)
    }

    /// The subtree of `t` without the subtree of its descendant `cut`: the part on the larger
    /// side of `cut` when `cut` lies inside.
    func subtree(_ t: Int, without cut: Int) -> Range<Int> {
        let whole = subtree(t), inner = subtree(cut)
        let before = whole.lowerBound..<max(whole.lowerBound, inner.lowerBound)
        let after = min(whole.upperBound, inner.upperBound)..<whole.upperBound
        return before.count >= after.count ? before : after
    }

    /// Whether `a` dominates `b` (or is `b`).
    func dominates(_ a: Int, _ b: Int) -> Bool {
        var n: Int? = b
        var steps = 0
        while let x = n, steps <= tokens.count {
            if x == a { return true }
            n = head(x)
            steps += 1
        }
        return false
    }
}
