/// A trie over token strings that finds the longest multi-word entry starting at a token.
///
/// Keys are token texts (already case-normalized by the caller) with their
/// `WordHash`; payloads are small integers into a table the owner keeps.
/// Edges live in one open-addressing table keyed by (parent node, word).
struct TokenTrie: Sendable {
    /// A word and its `WordHash`, as the tokenizer computed it.
    typealias Key = (word: String, hash: UInt64)

    private var parents: [Int32] = Array(repeating: -1, count: 16)
    private var hashes: [UInt64] = Array(repeating: 0, count: 16)
    private var words: [String] = Array(repeating: "", count: 16)
    private var children: [Int32] = Array(repeating: 0, count: 16)
    private var mask = 15
    private var edgeCount = 0
    private var payloads: [[Int32]] = [[]]

    /// Adds a phrase given as its tokens; empty phrases are ignored.
    mutating func insert(_ phrase: [String], payload: Int32) {
        guard !phrase.isEmpty else { return }
        var node: Int32 = 0
        for word in phrase {
            let hash = WordHash.of(word)
            if let next = child(node, word, hash) {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                addEdge(node, word, hash, next)
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// The longest entry starting at `start`: its token count and payloads, or nil.
    /// - Parameter key: the normalized key of the token at an index, or nil past the end.
    func longestMatch(from start: Int, hashedKey key: (Int) -> Key?) -> (length: Int, payloads: [Int32])? {
        var node: Int32 = 0
        var best: (Int, [Int32])?
        var index = start
        while let k = key(index), let next = child(node, k.word, k.hash) {
            node = next
            index += 1
            if !payloads[Int(node)].isEmpty { best = (index - start, payloads[Int(node)]) }
        }
        return best
    }

    var isEmpty: Bool { payloads.count == 1 }

    @inline(__always)
    private func position(_ parent: Int32, _ hash: UInt64) -> Int {
        let mixed = hash &+ UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 31)) & mask
    }

    @inline(__always)
    private func child(_ parent: Int32, _ word: String, _ hash: UInt64) -> Int32? {
        var i = position(parent, hash)
        while parents[i] >= 0 {
            if hashes[i] == hash && parents[i] == parent && words[i] == word { return children[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func addEdge(_ parent: Int32, _ word: String, _ hash: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > mask + 1 { grow() }
        var i = position(parent, hash)
        while parents[i] >= 0 { i = (i + 1) & mask }
        parents[i] = parent
        hashes[i] = hash
        words[i] = word
        children[i] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let old = (parents, hashes, words, children)
        let size = (mask + 1) * 2
        parents = Array(repeating: -1, count: size)
        hashes = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        children = Array(repeating: 0, count: size)
        mask = size - 1
        edgeCount = 0
        for k in old.0.indices where old.0[k] >= 0 { addEdge(old.0[k], old.2[k], old.1[k], old.3[k]) }
    }
}
