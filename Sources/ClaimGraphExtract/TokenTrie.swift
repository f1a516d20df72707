/// A trie over word ids that finds the longest multi-word entry starting at a token.
///
/// Keys are word ids of the shared vocabulary (exact or lowercase, as the owner chose);
/// payloads are small integers into a table the owner keeps. Edges live in one
/// open-addressing table keyed by (parent node, word id).
struct TokenTrie: Sendable {
    private var edges: [UInt64] = Array(repeating: .max, count: 16)
    private var children: [Int32] = Array(repeating: 0, count: 16)
    private var mask = 15
    private var edgeCount = 0
    private var payloads: [[Int32]] = [[]]

    /// Adds a phrase given as the ids of its words; empty phrases are ignored.
    mutating func insert(_ phrase: [WordID], payload: Int32) {
        guard !phrase.isEmpty else { return }
        var node: Int32 = 0
        for word in phrase {
            if let next = child(node, word) {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                addEdge(Self.edge(node, word), next)
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    /// The longest entry starting at `start`: its token count and payloads, or nil.
    /// - Parameter key: the word id of the token at an index, or nil past the end.
    @inline(__always)
    func longestMatch(from start: Int, key: (Int) -> WordID?) -> (length: Int, payloads: [Int32])? {
        var node: Int32 = 0
        var best: (Int, Int32)?
        var index = start
        while let k = key(index), let next = child(node, k) {
            node = next
            index += 1
            if !payloads[Int(node)].isEmpty { best = (index - start, node) }
        }
        return best.map { ($0.0, payloads[Int($0.1)]) }
    }

    var isEmpty: Bool { payloads.count == 1 }

    @inline(__always)
    private static func edge(_ parent: Int32, _ word: WordID) -> UInt64 {
        UInt64(UInt32(bitPattern: parent)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private func position(_ edge: UInt64) -> Int {
        let mixed = edge &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }

    @inline(__always)
    private func child(_ parent: Int32, _ word: WordID) -> Int32? {
        let e = Self.edge(parent, word)
        var i = position(e)
        while edges[i] != .max {
            if edges[i] == e { return children[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    private mutating func addEdge(_ edge: UInt64, _ child: Int32) {
        if (edgeCount + 1) * 2 > mask + 1 { grow() }
        var i = position(edge)
        while edges[i] != .max { i = (i + 1) & mask }
        edges[i] = edge
        children[i] = child
        edgeCount += 1
    }

    private mutating func grow() {
        let old = (edges, children)
        let size = (mask + 1) * 2
        edges = Array(repeating: .max, count: size)
        children = Array(repeating: 0, count: size)
        mask = size - 1
        edgeCount = 0
        for k in old.0.indices where old.0[k] != .max { addEdge(old.0[k], old.1[k]) }
    }
}
