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
    /// The children of every sentence token, flat: those of local token k, in text order, are
    /// `childList[childStart[k]..<childStart[k + 1]]`.
    private let childStart: [Int]
    private let childList: [Int]
    /// Per sentence token (local index): the first and last token of its subtree.
    private let low: [Int32], high: [Int32]

    init?(sentence si: Int, doc: Document) {
        let syntax = doc.syntax
        guard syntax.parsed[si] else { return nil }
        let range = doc.sentences[si].tokens
        tokens = range
        heads = Array(syntax.heads[range])
        labels = Array(syntax.labels[range])
        tags = Array(syntax.tags[range])
        words = doc.syntaxWords(ofSentence: si)
        let n = range.count, first = range.lowerBound
        // A head inside the sentence, as a local index, or -1.
        @inline(__always) func localHead(_ k: Int, _ heads: [Int32]) -> Int {
            let h = Int(heads[k])
            return h >= 0 && range.contains(h) ? h - first : -1
        }
        var start = [Int](repeating: 0, count: n + 1)
        for k in 0..<n where localHead(k, heads) >= 0 { start[localHead(k, heads) + 1] += 1 }
        for k in 0..<n { start[k + 1] += start[k] }
        var list = [Int](repeating: 0, count: start[n])
        var fill = start
        for k in 0..<n {
            let h = localHead(k, heads)
            guard h >= 0 else { continue }
            list[fill[h]] = first + k
            fill[h] += 1
        }
        childStart = start
        childList = list
        // Subtree bounds bottom-up: the tokens in breadth-first order from the roots, then, from
        // the last, each token's span widened by its children's.
        var order: [Int] = []
        order.reserveCapacity(n)
        for k in 0..<n where localHead(k, heads) < 0 { order.append(k) }
        var next = 0
        while next < order.count {
            let k = order[next]
            next += 1
            for c in list[start[k]..<start[k + 1]] { order.append(c - first) }
        }
        var low = (0..<n).map { Int32(first + $0) }, high = low
        for k in order.reversed() {
            for c in list[start[k]..<start[k + 1]] {
                low[k] = min(low[k], low[c - first])
                high[k] = max(high[k], high[c - first])
            }
        }
        self.low = low
        self.high = high
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

    func children(_ t: Int) -> ArraySlice<Int> {
        let k = t - tokens.lowerBound
        return childList[childStart[k]..<childStart[k + 1]]
    }

    /// The first child of `t` with label `label`.
    func child(_ t: Int, _ label: DependencyLabel?) -> Int? {
        guard let label else { return nil }
        return children(t).first { self.label($0) == label }
    }

    func hasChild(_ t: Int, _ label: DependencyLabel?) -> Bool { child(t, label) != nil }

    /// The tokens `t` dominates, itself included: a contiguous range.
    func subtree(_ t: Int) -> Range<Int> {
        let k = t - tokens.lowerBound
        return Int(low[k])..<(Int(high[k]) + 1)
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
