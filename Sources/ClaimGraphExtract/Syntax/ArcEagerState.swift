/// A configuration of the arc-eager transition system over a sentence of `n`
/// words, with a virtual root at index `n` that sits at the end of the buffer
/// (so the root attaches last, by a left arc from it).
///
/// The state lives in caller-provided memory (`wordsNeeded(n)` Int32s and
/// `masksNeeded(n)` UInt64s), so parsing allocates nothing per token.
///
/// Transitions (classes of the parser's classifier):
///   0 SHIFT, 1 REDUCE, 2 + l LEFT-ARC with label l, 2 + L + l RIGHT-ARC with label l.
struct ArcEagerState {
    static func wordsNeeded(_ n: Int) -> Int { 9 * (n + 1) }
    static func masksNeeded(_ n: Int) -> Int { 2 * (n + 1) }

    let n: Int
    let stack: UnsafeMutablePointer<Int32>
    let heads: UnsafeMutablePointer<Int32>
    let labels: UnsafeMutablePointer<Int32>
    let left1: UnsafeMutablePointer<Int32>, left2: UnsafeMutablePointer<Int32>
    let right1: UnsafeMutablePointer<Int32>, right2: UnsafeMutablePointer<Int32>
    let leftCount: UnsafeMutablePointer<Int32>, rightCount: UnsafeMutablePointer<Int32>
    let leftLabels: UnsafeMutablePointer<UInt64>, rightLabels: UnsafeMutablePointer<UInt64>
    /// Number of words on the stack.
    var depth = 0
    /// First word of the buffer (`n` is the root).
    var buffer = 0

    init(n: Int, words: UnsafeMutablePointer<Int32>, masks: UnsafeMutablePointer<UInt64>) {
        self.n = n
        let m = n + 1
        stack = words
        heads = words + m
        labels = words + 2 * m
        left1 = words + 3 * m
        left2 = words + 4 * m
        right1 = words + 5 * m
        right2 = words + 6 * m
        leftCount = words + 7 * m
        rightCount = words + 8 * m
        leftLabels = masks
        rightLabels = masks + m
        (words + m).initialize(repeating: -1, count: 6 * m)
        leftCount.initialize(repeating: 0, count: 2 * m)
        masks.initialize(repeating: 0, count: 2 * m)
    }

    var isTerminal: Bool { buffer == n && depth == 0 }
    /// The top of the stack, or -1.
    var top: Int { depth > 0 ? Int(stack[depth - 1]) : -1 }
    /// The word under the top, or -1.
    var second: Int { depth > 1 ? Int(stack[depth - 2]) : -1 }

    static let shift = 0, reduce = 1

    /// Whether a transition is allowed. `rootLabel` is the label id of the root attachment,
    /// the only label a left arc from the virtual root takes, and one no other arc takes.
    @inline(__always)
    func isValid(_ cls: Int, labelCount: Int, rootLabel: Int) -> Bool {
        switch cls {
        case ArcEagerState.shift: return buffer < n
        case ArcEagerState.reduce: return depth > 0 && heads[top] >= 0
        case let c where c < 2 + labelCount:
            guard depth > 0, heads[top] < 0 else { return false }
            return (buffer == n) == (c - 2 == rootLabel)
        default:
            return depth > 0 && buffer < n && cls - 2 - labelCount != rootLabel
        }
    }

    @inline(__always)
    mutating func apply(_ cls: Int, labelCount: Int) {
        switch cls {
        case ArcEagerState.shift:
            stack[depth] = Int32(buffer); depth += 1; buffer += 1
        case ArcEagerState.reduce:
            depth -= 1
        case let c where c < 2 + labelCount:
            depth -= 1
            attach(dependent: Int(stack[depth]), head: buffer, label: c - 2)
        default:
            attach(dependent: buffer, head: top, label: cls - 2 - labelCount)
            stack[depth] = Int32(buffer); depth += 1; buffer += 1
        }
    }

    @inline(__always)
    private func attach(dependent d: Int, head h: Int, label: Int) {
        heads[d] = Int32(h)
        labels[d] = Int32(label)
        let d32 = Int32(d)
        if d < h {
            leftCount[h] += 1
            leftLabels[h] |= 1 << UInt64(label & 63)
            if left1[h] < 0 || d32 < left1[h] { left2[h] = left1[h]; left1[h] = d32 }
            else if left2[h] < 0 || d32 < left2[h] { left2[h] = d32 }
        } else {
            rightCount[h] += 1
            rightLabels[h] |= 1 << UInt64(label & 63)
            if right1[h] < 0 || d32 > right1[h] { right2[h] = right1[h]; right1[h] = d32 }
            else if right2[h] < 0 || d32 > right2[h] { right2[h] = d32 }
        }
    }
}

extension ArcEagerState {
    /// The move when only one is allowed (the stack is empty, or only the root is
    /// left in the buffer), which is what `bestValid` picks whatever the scores; nil otherwise.
    @inline(__always)
    func soleValidMove(labelCount: Int, rootLabel: Int) -> Int? {
        if depth == 0 { return ArcEagerState.shift }
        if buffer == n { return heads[top] >= 0 ? ArcEagerState.reduce : 2 + rootLabel }
        return nil
    }

    /// Where a score buffer holds each transition's score: shift, reduce, and
    /// the left and right arcs with label l at `left + l` and `right + l`.
    struct Lanes {
        let shift: Int, reduce: Int, left: Int, right: Int

        /// Class order (see the type's comment): shift 0, reduce 1, left arcs from 2, right arcs from 2 + L.
        static func classOrder(labelCount: Int) -> Lanes { Lanes(shift: 0, reduce: 1, left: 2, right: 2 + labelCount) }

        /// The parser's scoring order: the left arcs first, in chunks of their own, then shift,
        /// reduce and the right arcs. A state whose top already has a head allows no left arc,
        /// so it needs only the chunks after the left arcs (`scoredChunks`).
        static func scoring(labelCount: Int) -> Lanes {
            let left = (labelCount + 15) / 16 * 16
            return Lanes(shift: left, reduce: left + 1, left: 0, right: left + 2)
        }

        /// The layout of a `ScoreTable` that fills scores in these lanes.
        func layout(labelCount: Int) -> ScoreLayout {
            let lanes = [shift, reduce] + (0..<labelCount).map { left + $0 } + (0..<labelCount).map { right + $0 }
            return ScoreLayout(lanes: lanes, width: (lanes.max()! + 16) / 16 * 16)
        }
    }

    /// The highest-scoring allowed transition (there is always one until the state
    /// is terminal); ties go to the lower class, in the order shift, reduce, left
    /// arcs, right arcs. `scores` holds them in `lanes`.
    @inline(__always)
    func bestValid<Score: Comparable>(_ scores: UnsafePointer<Score>, lanes: Lanes, labelCount: Int, rootLabel: Int) -> Int {
        let hasTop = depth > 0
        let topHasHead = hasTop && heads[top] >= 0
        // With the root alone in the buffer, one move is allowed: reduce, or the root's left arc.
        guard buffer < n else { return topHasHead ? ArcEagerState.reduce : (hasTop ? 2 + rootLabel : -1) }
        var best = ArcEagerState.shift
        var bestScore = scores[lanes.shift]
        @inline(__always) func consider(_ c: Int, _ lane: Int) {
            let score = scores[lane]
            if score > bestScore { best = c; bestScore = score }
        }
        @inline(__always) func considerArcs(_ first: Int, _ lane: Int) {
            for l in 0..<rootLabel { consider(first &+ l, lane &+ l) }
            for l in (rootLabel + 1)..<labelCount { consider(first &+ l, lane &+ l) }
        }
        if topHasHead { consider(ArcEagerState.reduce, lanes.reduce) }
        if hasTop && !topHasHead { considerArcs(2, lanes.left) }
        if hasTop { considerArcs(2 + labelCount, lanes.right) }
        return best
    }

    /// The chunks of `Lanes.scoring` that hold the classes this state allows.
    @inline(__always)
    func scoredChunks(labelCount: Int, chunkCount: Int) -> Range<Int> {
        depth > 0 && heads[top] >= 0 ? (labelCount + 15) / 16..<chunkCount : 0..<chunkCount
    }
}
