import ClaimGraphModel

/// What the tagger and the parser read of one word form, computed once per
/// distinct form (one vocabulary entry), never per token.
///
/// The values are hashes of the form's lexical attributes, so a model's
/// features do not depend on the order in which a vocabulary assigned ids.
public struct LexicalFeatures: Sendable, Equatable {
    /// Hash of the lowercase form (the key of the tagger's word lexicon too).
    public var lower: UInt64
    /// Hash of the first scalar, lowercased.
    public var prefix: UInt64
    /// Hash of the last three scalars, lowercased.
    public var suffix: UInt64
    /// Hash of the collapsed word shape ("Xxxx" → "Xx", "1,000" → "d,d").
    public var shape: UInt64
    /// Hash of the last two scalars, lowercased.
    public var suffix2: UInt64

    public init(form: String) {
        let scalars = Array(form.unicodeScalars)
        let lowered = form.lowercased()
        let lowerScalars = Array(lowered.unicodeScalars)
        lower = LexicalFeatures.hash(lowerScalars[...], seed: 1)
        prefix = LexicalFeatures.hash(lowerScalars.prefix(1), seed: 2)
        suffix = LexicalFeatures.hash(lowerScalars.suffix(3), seed: 3)
        suffix2 = LexicalFeatures.hash(lowerScalars.suffix(2), seed: 5)
        var shapeScalars: [UInt32] = []
        for s in scalars {
            let c: UInt32
            if Tokenizer.isUppercase(s) { c = 88 } // X
            else if Tokenizer.isLowercase(s) { c = 120 } // x
            else if s.value >= 0x30 && s.value <= 0x39 { c = 100 } // d
            else { c = s.value }
            if shapeScalars.last != c { shapeScalars.append(c) }
        }
        var h = FNV1a64(seed: 4)
        for c in shapeScalars { h.add(UInt64(c)) }
        shape = h.value
    }

    /// The `lower` hash a form would get, for building lexicons keyed by it.
    public static func lowerHash(of form: String) -> UInt64 {
        hash(Array(form.lowercased().unicodeScalars)[...], seed: 1)
    }

    @inline(__always)
    static func hash<S: Sequence<Unicode.Scalar>>(_ scalars: S, seed: UInt64) -> UInt64 {
        var h = FNV1a64(seed: seed)
        for s in scalars { h.add(UInt64(s.value)) }
        return h.value
    }
}
