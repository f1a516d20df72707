/// A maximum one-to-one matching between left and right items (Kuhn's augmenting paths).
///
/// `candidates[l]` lists the right items left item `l` may match, best first.
/// Left items are placed in order and each tries its candidates in order, so
/// the result is deterministic, of maximum size, and prefers better candidates
/// where size allows.
///
///     maximumMatching(candidates: [[0, 1], [0]], rightCount: 2)  // [1, 0]
///
/// - Returns: for each left item, its right partner or `nil`.
/// - Complexity: O(L · E) for L left items and E candidate pairs.
func maximumMatching(candidates: [[Int]], rightCount: Int) -> [Int?] {
    var leftOf = [Int?](repeating: nil, count: rightCount)

    func augment(_ left: Int, _ visited: inout [Bool]) -> Bool {
        for right in candidates[left] where !visited[right] {
            visited[right] = true
            if let holder = leftOf[right] {
                guard augment(holder, &visited) else { continue }
            }
            leftOf[right] = left
            return true
        }
        return false
    }

    for left in candidates.indices {
        var visited = [Bool](repeating: false, count: rightCount)
        _ = augment(left, &visited)
    }
    var rightOf = [Int?](repeating: nil, count: candidates.count)
    for (right, left) in leftOf.enumerated() {
        if let left { rightOf[left] = right }
    }
    return rightOf
}
