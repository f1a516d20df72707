/// The parser's feature templates, after Zhang & Nivre (2011): words and tags of
/// the stack top (S0), the one under it (S1) and the first three buffer words
/// (N0–N2); S0's head and grand-head; leftmost and rightmost children and their
/// labels; the S0–N0 distance; valencies and label sets; tag pairs and triples.
///
/// Shared by training and parsing, so both see exactly the same keys.
enum ParserFeatures {
    /// Bump when a template changes: model files record the version they were trained with.
    static let version: UInt32 = 1
    /// The most keys `extract` writes.
    static let maxCount = 76

    /// The first key of every state: the bias, a feature every state has.
    static let biasKey = FeatureKey.make(0, 0)

    static let noWord: UInt64 = 0x4E4F_4E45_0000_0003
    static let rootWord: UInt64 = 0x524F_4F54_0000_0004
    static let noTag: UInt64 = 19
    static let rootTag: UInt64 = 18
    static let noLabel: UInt64 = 255
    static let unlabelled: UInt64 = 254

    /// The distance bucket of S0–N0.
    @inline(__always)
    static func distance(_ s0: Int, _ n0: Int) -> UInt64 {
        if s0 < 0 { return 0 }
        let d = n0 - s0
        switch d {
        case ...4: return UInt64(d)
        case 5...6: return 5
        case 7...10: return 6
        default: return 7
        }
    }

    /// Writes the keys of configuration `state` into `keys`; returns their number.
    @inline(__always)
    static func extract(_ state: ArcEagerState, _ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>,
                        into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let n = state.n
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 || i > n ? noWord : (i == n ? rootWord : words[i].lower) }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 || i > n ? noTag : (i == n ? rootTag : UInt64(tags[i])) }
        @inline(__always) func l(_ i: Int) -> UInt64 {
            i < 0 || i >= n ? noLabel : (state.labels[i] < 0 ? unlabelled : UInt64(state.labels[i]))
        }
        @inline(__always) func at(_ array: UnsafeMutablePointer<Int32>, _ i: Int) -> Int { i < 0 ? -1 : Int(array[i]) }

        let s0 = state.top, s1 = state.second
        let n0 = state.buffer
        let n1 = n0 + 1 <= n ? n0 + 1 : -1
        let n2 = n0 + 2 <= n ? n0 + 2 : -1
        let s0h = at(state.heads, s0), s0h2 = at(state.heads, s0h)
        let s0l = at(state.left1, s0), s0l2 = at(state.left2, s0)
        let s0r = at(state.right1, s0), s0r2 = at(state.right2, s0)
        let n0l = at(state.left1, n0), n0l2 = at(state.left2, n0)

        let s0w = w(s0), s0p = p(s0), n0w = w(n0), n0p = p(n0)
        let n1w = w(n1), n1p = p(n1), n2w = w(n2), n2p = p(n2)
        let s0wp = s0w ^ (s0p &* 0x9E37_79B9), n0wp = n0w ^ (n0p &* 0x9E37_79B9)
        let s0lp = p(s0l), s0rp = p(s0r), n0lp = p(n0l), s0hp = p(s0h)
        let d = distance(s0, n0)
        let s0vl = s0 < 0 ? 0 : UInt64(min(state.leftCount[s0], 9))
        let s0vr = s0 < 0 ? 0 : UInt64(min(state.rightCount[s0], 9))
        let n0vl = UInt64(min(state.leftCount[n0], 9))
        let s0sl = s0 < 0 ? 0 : state.leftLabels[s0], s0sr = s0 < 0 ? 0 : state.rightLabels[s0]
        let n0sl = state.leftLabels[n0]

        var k = 0
        @inline(__always) func add(_ key: UInt64) { keys[k] = key; k += 1 }
        add(biasKey)
        // Single words.
        add(FeatureKey.make(1, s0w)); add(FeatureKey.make(2, s0p)); add(FeatureKey.make(3, s0wp))
        add(FeatureKey.make(4, n0w)); add(FeatureKey.make(5, n0p)); add(FeatureKey.make(6, n0wp))
        add(FeatureKey.make(7, n1w)); add(FeatureKey.make(8, n1p)); add(FeatureKey.make(9, n1w ^ (n1p &* 0x9E37_79B9)))
        add(FeatureKey.make(10, n2w)); add(FeatureKey.make(11, n2p)); add(FeatureKey.make(12, n2w ^ (n2p &* 0x9E37_79B9)))
        // Pairs of S0 and N0.
        add(FeatureKey.make(13, s0wp, n0wp)); add(FeatureKey.make(14, s0wp, n0w)); add(FeatureKey.make(15, s0w, n0wp))
        add(FeatureKey.make(16, s0wp, n0p)); add(FeatureKey.make(17, s0p, n0wp)); add(FeatureKey.make(18, s0w, n0w))
        add(FeatureKey.make(19, s0p | n0p << 8))
        // Tag pairs and triples.
        add(FeatureKey.make(20, n0p | n1p << 8)); add(FeatureKey.make(21, n0p | n1p << 8 | n2p << 16))
        add(FeatureKey.make(22, s0p | n0p << 8 | n1p << 16)); add(FeatureKey.make(23, s0hp | s0p << 8 | n0p << 16))
        add(FeatureKey.make(24, s0p | s0lp << 8 | n0p << 16)); add(FeatureKey.make(25, s0p | s0rp << 8 | n0p << 16))
        add(FeatureKey.make(26, s0p | n0p << 8 | n0lp << 16))
        // Distance.
        add(FeatureKey.make(27, s0w, d)); add(FeatureKey.make(28, s0p | d << 8)); add(FeatureKey.make(29, n0w, d))
        add(FeatureKey.make(30, n0p | d << 8)); add(FeatureKey.make(31, s0w, n0w, d)); add(FeatureKey.make(32, s0p | n0p << 8 | d << 16))
        // Valency.
        add(FeatureKey.make(33, s0w, s0vr)); add(FeatureKey.make(34, s0p | s0vr << 8)); add(FeatureKey.make(35, s0w, s0vl))
        add(FeatureKey.make(36, s0p | s0vl << 8)); add(FeatureKey.make(37, n0w, n0vl)); add(FeatureKey.make(38, n0p | n0vl << 8))
        // Heads and children.
        add(FeatureKey.make(39, w(s0h))); add(FeatureKey.make(40, s0hp)); add(FeatureKey.make(41, l(s0)))
        add(FeatureKey.make(42, w(s0l))); add(FeatureKey.make(43, s0lp)); add(FeatureKey.make(44, l(s0l)))
        add(FeatureKey.make(45, w(s0r))); add(FeatureKey.make(46, s0rp)); add(FeatureKey.make(47, l(s0r)))
        add(FeatureKey.make(48, w(n0l))); add(FeatureKey.make(49, n0lp)); add(FeatureKey.make(50, l(n0l)))
        // Third order.
        add(FeatureKey.make(51, w(s0h2))); add(FeatureKey.make(52, p(s0h2))); add(FeatureKey.make(53, l(s0h)))
        add(FeatureKey.make(54, w(s0l2))); add(FeatureKey.make(55, p(s0l2))); add(FeatureKey.make(56, l(s0l2)))
        add(FeatureKey.make(57, w(s0r2))); add(FeatureKey.make(58, p(s0r2))); add(FeatureKey.make(59, l(s0r2)))
        add(FeatureKey.make(60, w(n0l2))); add(FeatureKey.make(61, p(n0l2))); add(FeatureKey.make(62, l(n0l2)))
        add(FeatureKey.make(63, s0p | s0lp << 8 | p(s0l2) << 16)); add(FeatureKey.make(64, s0p | s0rp << 8 | p(s0r2) << 16))
        add(FeatureKey.make(65, s0p | s0hp << 8 | p(s0h2) << 16)); add(FeatureKey.make(66, n0p | n0lp << 8 | p(n0l2) << 16))
        // Label sets.
        add(FeatureKey.make(67, s0w, s0sr)); add(FeatureKey.make(68, s0p, s0sr)); add(FeatureKey.make(69, s0w, s0sl))
        add(FeatureKey.make(70, s0p, s0sl)); add(FeatureKey.make(71, n0w, n0sl)); add(FeatureKey.make(72, n0p, n0sl))
        // The word under the top, and the labels of S0's and N0's children with the tags.
        add(FeatureKey.make(73, p(s1) | s0p << 8 | n0p << 16)); add(FeatureKey.make(74, w(s1), s0p))
        add(FeatureKey.make(75, s0p | l(s0) << 8 | n0p << 16))
        return k
    }
}
