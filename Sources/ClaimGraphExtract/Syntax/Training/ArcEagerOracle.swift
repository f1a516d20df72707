/// The dynamic oracle of the arc-eager system (Goldberg & Nivre 2012) for a
/// projective gold tree: how many gold arcs each transition would make
/// unreachable from the current configuration.
///
/// Gold heads use the parser's indices: the root word's head is `n`.
struct ArcEagerOracle {
    let gold: UnsafePointer<Int32>
    let goldLabels: UnsafePointer<Int32>

    /// Structural costs of SHIFT, REDUCE, LEFT-ARC and RIGHT-ARC (meaningful where allowed).
    func costs(_ state: ArcEagerState) -> (shift: Int, reduce: Int, left: Int, right: Int) {
        let n = state.n, b = state.buffer, s = state.top
        var shift = 0, right = 0, left = 0, reduce = 0
        if b < n {
            let gb = Int(gold[b])
            if gb > b { right += 1 }
            for d in 0..<state.depth {
                let k = Int(state.stack[d])
                if gb == k { shift += 1; if k != s { right += 1 } }
                if Int(gold[k]) == b && state.heads[k] < 0 { shift += 1; right += 1 }
            }
        }
        if s >= 0 {
            var dependentsAhead = 0
            for k in b..<n where Int(gold[k]) == s { dependentsAhead += 1 }
            reduce = dependentsAhead
            left = dependentsAhead + (Int(gold[s]) > b ? 1 : 0)
        }
        return (shift, reduce, left, right)
    }

    /// Whether transition `cls` costs nothing, labels included, given the structural `costs`.
    func isZeroCost(_ cls: Int, _ state: ArcEagerState, _ costs: (shift: Int, reduce: Int, left: Int, right: Int),
                    labelCount: Int) -> Bool {
        switch cls {
        case ArcEagerState.shift: return costs.shift == 0
        case ArcEagerState.reduce: return costs.reduce == 0
        case let c where c < 2 + labelCount:
            guard costs.left == 0 else { return false }
            let s = state.top
            return Int(gold[s]) != state.buffer || Int(goldLabels[s]) == c - 2
        default:
            guard costs.right == 0 else { return false }
            let b = state.buffer
            return Int(gold[b]) != state.top || Int(goldLabels[b]) == cls - 2 - labelCount
        }
    }

    /// Whether the tree (heads in 0...n, `n` the root) is acyclic and projective.
    static func isProjectiveTree(_ heads: UnsafePointer<Int32>, _ n: Int) -> Bool {
        for i in 0..<n {
            guard heads[i] >= 0, Int(heads[i]) <= n, Int(heads[i]) != i else { return false }
            var j = i, steps = 0
            while j != n {
                j = Int(heads[j]); steps += 1
                if steps > n { return false }
            }
        }
        for i in 0..<n {
            let a = min(i, Int(heads[i])), b = max(i, Int(heads[i]))
            for j in 0..<n {
                let c = min(j, Int(heads[j])), d = max(j, Int(heads[j]))
                if (a < c && c < b && b < d) || (c < a && a < d && d < b) { return false }
            }
        }
        return true
    }
}
