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

    /// The positions a configuration's templates read (-1: none): the stack's top
    /// two, the buffer's first three, S0's head and grand-head, and the two
    /// outermost children on each side of S0 and on the left of N0.
    struct Positions {
        var s0, s1, n0, n1, n2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2: Int
    }

    @inline(__always)
    static func positions(_ state: ArcEagerState) -> Positions {
        @inline(__always) func at(_ array: UnsafeMutablePointer<Int32>, _ i: Int) -> Int { i < 0 ? -1 : Int(array[i]) }
        let n = state.n, s0 = state.top, n0 = state.buffer
        let s0h = at(state.heads, s0)
        return Positions(s0: s0, s1: state.second, n0: n0, n1: n0 + 1 <= n ? n0 + 1 : -1, n2: n0 + 2 <= n ? n0 + 2 : -1,
                         s0h: s0h, s0h2: at(state.heads, s0h), s0l: at(state.left1, s0), s0l2: at(state.left2, s0),
                         s0r: at(state.right1, s0), s0r2: at(state.right2, s0),
                         n0l: at(state.left1, n0), n0l2: at(state.left2, n0))
    }

    /// Atoms: the small values that some templates combine, one slot each: tags
    /// (0–19: a UPOS tag, `rootTag`, `noTag`), labels (below the label count,
    /// `unlabelled`, `noLabel`), the S0–N0 distance bucket (0–7) and valencies (0–9).
    enum Atom {
        static let zero = 0
        static let s0p = 1, n0p = 2, n1p = 3, n2p = 4, s0hp = 5, s0lp = 6, s0rp = 7, n0lp = 8
        static let s0h2p = 9, s0l2p = 10, s0r2p = 11, n0l2p = 12, s1p = 13
        static let s0L = 14, s0lL = 15, s0rL = 16, n0lL = 17, s0hL = 18, s0l2L = 19, s0r2L = 20, n0l2L = 21
        static let distance = 22, s0vr = 23, s0vl = 24, n0vl = 25
        static let count = 26
        static let tags = 1..<14, labels = 14..<22
    }

    /// Writes the `Atom.count` atoms of a configuration into `atoms`.
    @inline(__always)
    static func atoms(_ at: Positions, _ state: ArcEagerState, _ tags: UnsafePointer<UInt8>, into atoms: UnsafeMutablePointer<UInt64>) {
        let n = state.n
        @inline(__always) func p(_ i: Int) -> UInt64 { i < 0 || i > n ? noTag : (i == n ? rootTag : UInt64(tags[i])) }
        @inline(__always) func l(_ i: Int) -> UInt64 {
            i < 0 || i >= n ? noLabel : (state.labels[i] < 0 ? unlabelled : UInt64(state.labels[i]))
        }
        atoms[Atom.zero] = 0
        atoms[Atom.s0p] = p(at.s0); atoms[Atom.n0p] = p(at.n0); atoms[Atom.n1p] = p(at.n1); atoms[Atom.n2p] = p(at.n2)
        atoms[Atom.s0hp] = p(at.s0h); atoms[Atom.s0lp] = p(at.s0l); atoms[Atom.s0rp] = p(at.s0r); atoms[Atom.n0lp] = p(at.n0l)
        atoms[Atom.s0h2p] = p(at.s0h2); atoms[Atom.s0l2p] = p(at.s0l2); atoms[Atom.s0r2p] = p(at.s0r2)
        atoms[Atom.n0l2p] = p(at.n0l2); atoms[Atom.s1p] = p(at.s1)
        atoms[Atom.s0L] = l(at.s0); atoms[Atom.s0lL] = l(at.s0l); atoms[Atom.s0rL] = l(at.s0r); atoms[Atom.n0lL] = l(at.n0l)
        atoms[Atom.s0hL] = l(at.s0h); atoms[Atom.s0l2L] = l(at.s0l2); atoms[Atom.s0r2L] = l(at.s0r2); atoms[Atom.n0l2L] = l(at.n0l2)
        atoms[Atom.distance] = distance(at.s0, at.n0)
        atoms[Atom.s0vr] = at.s0 < 0 ? 0 : UInt64(min(state.rightCount[at.s0], 9))
        atoms[Atom.s0vl] = at.s0 < 0 ? 0 : UInt64(min(state.leftCount[at.s0], 9))
        atoms[Atom.n0vl] = UInt64(min(state.leftCount[at.n0], 9))
    }

    /// The values atom `a` can take, in the order of its codes (`code`).
    static func atomValues(_ a: Int, labelCount: Int) -> [UInt64] {
        switch a {
        case Atom.zero: return [0]
        case Atom.tags: return Array(0...19)
        case Atom.labels: return Array(0..<UInt64(labelCount)) + [unlabelled, noLabel]
        case Atom.distance: return Array(0...7)
        default: return Array(0...9)
        }
    }

    /// The index of atom value `value` in `atomValues` (a label past the label count is `unlabelled` or `noLabel`).
    @inline(__always)
    static func code(_ value: UInt64, labelAtom: Bool, labelCount: Int) -> Int {
        labelAtom && value >= unlabelled ? labelCount + Int(value - unlabelled) : Int(value)
    }

    /// The templates that read atoms only: template `id` has the key
    /// `FeatureKey.make(id, atom a | atom b << 8 | atom c << 16)`.
    static let atomTemplates: [(id: UInt64, a: Int, b: Int, c: Int)] = {
        typealias A = Atom
        let z = A.zero
        return [
            (2, A.s0p, z, z), (5, A.n0p, z, z), (8, A.n1p, z, z), (11, A.n2p, z, z),
            (19, A.s0p, A.n0p, z), (20, A.n0p, A.n1p, z), (21, A.n0p, A.n1p, A.n2p), (22, A.s0p, A.n0p, A.n1p),
            (23, A.s0hp, A.s0p, A.n0p), (24, A.s0p, A.s0lp, A.n0p), (25, A.s0p, A.s0rp, A.n0p), (26, A.s0p, A.n0p, A.n0lp),
            (28, A.s0p, A.distance, z), (30, A.n0p, A.distance, z), (32, A.s0p, A.n0p, A.distance),
            (34, A.s0p, A.s0vr, z), (36, A.s0p, A.s0vl, z), (38, A.n0p, A.n0vl, z),
            (40, A.s0hp, z, z), (41, A.s0L, z, z), (43, A.s0lp, z, z), (44, A.s0lL, z, z),
            (46, A.s0rp, z, z), (47, A.s0rL, z, z), (49, A.n0lp, z, z), (50, A.n0lL, z, z),
            (52, A.s0h2p, z, z), (53, A.s0hL, z, z), (55, A.s0l2p, z, z), (56, A.s0l2L, z, z),
            (58, A.s0r2p, z, z), (59, A.s0r2L, z, z), (61, A.n0l2p, z, z), (62, A.n0l2L, z, z),
            (63, A.s0p, A.s0lp, A.s0l2p), (64, A.s0p, A.s0rp, A.s0r2p), (65, A.s0p, A.s0hp, A.s0h2p),
            (66, A.n0p, A.n0lp, A.n0l2p), (73, A.s1p, A.s0p, A.n0p), (75, A.s0p, A.s0L, A.n0p),
        ]
    }()

    /// The key of atom template `id` over atom values `a`, `b`, `c`.
    @inline(__always)
    static func atomKey(_ id: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        FeatureKey.make(id, a | b << 8 | c << 16)
    }

    /// The templates that read words or label sets, in the order `lexicalKeys` writes their keys.
    static let lexicalTemplates = [1, 3, 4, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 18, 27, 29, 31, 33, 35, 37,
                                   39, 42, 45, 48, 51, 54, 57, 60, 67, 68, 69, 70, 71, 72, 74]

    /// Writes the keys of the `lexicalTemplates` into `keys`, in that order; `atoms` as `atoms` wrote them.
    @inline(__always)
    static func lexicalKeys(_ at: Positions, _ state: ArcEagerState, _ words: UnsafePointer<LexicalFeatures>,
                            _ atoms: UnsafePointer<UInt64>, into keys: UnsafeMutablePointer<UInt64>) {
        let n = state.n
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 || i > n ? noWord : (i == n ? rootWord : words[i].lower) }
        let s0 = at.s0, n0 = at.n0
        let s0w = w(s0), s0p = atoms[Atom.s0p], n0w = w(n0), n0p = atoms[Atom.n0p]
        let n1w = w(at.n1), n1p = atoms[Atom.n1p], n2w = w(at.n2), n2p = atoms[Atom.n2p]
        let s0wp = s0w ^ (s0p &* 0x9E37_79B9), n0wp = n0w ^ (n0p &* 0x9E37_79B9)
        let d = atoms[Atom.distance]
        let s0sl = s0 < 0 ? 0 : state.leftLabels[s0], s0sr = s0 < 0 ? 0 : state.rightLabels[s0]
        let n0sl = state.leftLabels[n0]
        var k = 0
        @inline(__always) func add(_ key: UInt64) { keys[k] = key; k &+= 1 }
        // Single words.
        add(FeatureKey.make(1, s0w)); add(FeatureKey.make(3, s0wp))
        add(FeatureKey.make(4, n0w)); add(FeatureKey.make(6, n0wp))
        add(FeatureKey.make(7, n1w)); add(FeatureKey.make(9, n1w ^ (n1p &* 0x9E37_79B9)))
        add(FeatureKey.make(10, n2w)); add(FeatureKey.make(12, n2w ^ (n2p &* 0x9E37_79B9)))
        // Pairs of S0 and N0.
        add(FeatureKey.make(13, s0wp, n0wp)); add(FeatureKey.make(14, s0wp, n0w)); add(FeatureKey.make(15, s0w, n0wp))
        add(FeatureKey.make(16, s0wp, n0p)); add(FeatureKey.make(17, s0p, n0wp)); add(FeatureKey.make(18, s0w, n0w))
        // Distance.
        add(FeatureKey.make(27, s0w, d)); add(FeatureKey.make(29, n0w, d)); add(FeatureKey.make(31, s0w, n0w, d))
        // Valency.
        add(FeatureKey.make(33, s0w, atoms[Atom.s0vr])); add(FeatureKey.make(35, s0w, atoms[Atom.s0vl]))
        add(FeatureKey.make(37, n0w, atoms[Atom.n0vl]))
        // Heads and children, second and third order.
        add(FeatureKey.make(39, w(at.s0h))); add(FeatureKey.make(42, w(at.s0l))); add(FeatureKey.make(45, w(at.s0r)))
        add(FeatureKey.make(48, w(at.n0l))); add(FeatureKey.make(51, w(at.s0h2))); add(FeatureKey.make(54, w(at.s0l2)))
        add(FeatureKey.make(57, w(at.s0r2))); add(FeatureKey.make(60, w(at.n0l2)))
        // Label sets.
        add(FeatureKey.make(67, s0w, s0sr)); add(FeatureKey.make(68, s0p, s0sr)); add(FeatureKey.make(69, s0w, s0sl))
        add(FeatureKey.make(70, s0p, s0sl)); add(FeatureKey.make(71, n0w, n0sl)); add(FeatureKey.make(72, n0p, n0sl))
        // The word under the top.
        add(FeatureKey.make(74, w(at.s1), s0p))
    }

    /// Writes the keys of configuration `state` into `keys`, key t for template t
    /// (0 the bias); returns their number.
    static func extract(_ state: ArcEagerState, _ words: UnsafePointer<LexicalFeatures>, _ tags: UnsafePointer<UInt8>,
                        into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let at = positions(state)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Atom.count) { atomBuffer in
            let atoms = atomBuffer.baseAddress!
            ParserFeatures.atoms(at, state, tags, into: atoms)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: lexicalTemplates.count) { lexical in
                lexicalKeys(at, state, words, atoms, into: lexical.baseAddress!)
                for (k, t) in lexicalTemplates.enumerated() { keys[t] = lexical[k] }
            }
            for t in atomTemplates { keys[Int(t.id)] = atomKey(t.id, atoms[t.a], atoms[t.b], atoms[t.c]) }
        }
        keys[0] = biasKey
        return maxCount
    }
}
