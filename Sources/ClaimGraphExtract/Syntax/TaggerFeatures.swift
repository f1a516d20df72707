/// The tagger's feature templates: what it reads around token i, given the
/// tags it already chose for the tokens before i (greedy, left to right).
///
/// Shared by training and tagging, so both see exactly the same keys.
enum TaggerFeatures {
    /// Bump when a template changes: model files record the version they were trained with.
    static let version: UInt32 = 1
    /// The most keys `extract` writes.
    static let maxCount = 24

    /// The first key of every token: the bias, a feature every token has.
    static let biasKey = FeatureKey.make(0, 0)

    /// Stand-ins for positions before the sentence start and after its end.
    static let startWord: UInt64 = 0x5354_4152_5400_0001
    static let endWord: UInt64 = 0x454E_4400_0000_0002
    static let startTag: UInt64 = 17
    static let startTag2: UInt64 = 18

    /// Writes the keys for token `i` of a sentence of `n` tokens into `keys`; returns their number.
    /// `ambiguity[j]` is the lexicon's ambiguity class of token j; `tags[j]` for j < i are the chosen tags.
    @inline(__always)
    static func extract(_ i: Int, _ n: Int, _ words: UnsafePointer<LexicalFeatures>, _ ambiguity: UnsafePointer<UInt64>,
                        _ tags: UnsafePointer<UInt8>, into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let w0 = words[i]
        let wm1 = i >= 1 ? words[i - 1].lower : startWord
        let wm2 = i >= 2 ? words[i - 2].lower : startWord
        let wp1 = i + 1 < n ? words[i + 1].lower : endWord
        let wp2 = i + 2 < n ? words[i + 2].lower : endWord
        let sm1 = i >= 1 ? words[i - 1].suffix : startWord
        let sp1 = i + 1 < n ? words[i + 1].suffix : endWord
        let shp1 = i + 1 < n ? words[i + 1].shape : endWord
        let shm1 = i >= 1 ? words[i - 1].shape : startWord
        let a0 = ambiguity[i]
        let ap1 = i + 1 < n ? ambiguity[i + 1] : 0x40_0000
        let ap2 = i + 2 < n ? ambiguity[i + 2] : 0x40_0000
        let tm1 = i >= 1 ? UInt64(tags[i - 1]) : startTag
        let tm2 = i >= 2 ? UInt64(tags[i - 2]) : startTag2
        keys[0] = biasKey
        keys[1] = FeatureKey.make(1, w0.lower)
        keys[2] = FeatureKey.make(2, w0.suffix)
        keys[3] = FeatureKey.make(3, w0.suffix2)
        keys[4] = FeatureKey.make(4, w0.prefix)
        keys[5] = FeatureKey.make(5, w0.shape)
        keys[6] = FeatureKey.make(6, wm1)
        keys[7] = FeatureKey.make(7, wp1)
        keys[8] = FeatureKey.make(8, wm2)
        keys[9] = FeatureKey.make(9, wp2)
        keys[10] = FeatureKey.make(10, tm1)
        keys[11] = FeatureKey.make(11, tm2)
        keys[12] = FeatureKey.make(12, tm1 | tm2 << 8)
        keys[13] = FeatureKey.make(13, tm1, w0.lower)
        keys[14] = FeatureKey.make(14, sm1)
        keys[15] = FeatureKey.make(15, sp1)
        keys[16] = FeatureKey.make(16, shp1, w0.shape)
        keys[17] = FeatureKey.make(17, a0)
        keys[18] = FeatureKey.make(18, ap1)
        keys[19] = FeatureKey.make(19, ap2)
        keys[20] = FeatureKey.make(20, tm1, a0)
        keys[21] = FeatureKey.make(21, w0.lower, wp1)
        keys[22] = FeatureKey.make(22, shm1, w0.shape)
        keys[23] = FeatureKey.make(23, tm1, w0.suffix)
        return 24
    }
}
