/// A trie over token strings that finds the longest multi-word entry starting at a token.
///
/// Keys are token texts (already case-normalized by the caller); payloads are small integers
/// into a table the owner keeps.
struct TokenTrie: Sendable {
    private var children: [[String: Int32]] = [[:]]
    private var payloads: [Int32: [Int32]] = [:]

    /// Adds a phrase given as its tokens; empty phrases are ignored.
    mutating func insert(_ words: [String], payload: Int32) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            if let next = children[Int(node)][word] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                children[Int(node)][word] = next
                node = next
            }
        }
        if !(payloads[node]?.contains(payload) ?? false) { payloads[node, default: []].append(payload) }
    }

    /// The longest entry starting at `start`: its token count and payloads, or nil.
    /// - Parameter key: the normalized key of the token at an index, or nil past the end.
    func longestMatch(from start: Int, key: (Int) -> String?) -> (length: Int, payloads: [Int32])? {
        var node: Int32 = 0
        var best: (Int, [Int32])?
        var index = start
        while let word = key(index), let next = children[Int(node)][word] {
            node = next
            index += 1
            if let found = payloads[node] { best = (index - start, found) }
        }
        return best
    }

    var isEmpty: Bool { children.count == 1 }
}
