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
        var text = form
        if let ascii = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? LexicalFeatures(ascii: $0) : nil }) {
            self = ascii
        } else {
            self.init(unicode: form)
        }
    }

    /// The features of any form, through its Unicode scalars and its lowercase string
    /// (`init(form:)` takes it for forms that are not ASCII).
    init(unicode form: String) {
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

    /// The same features for an ASCII form, from its bytes (its lowercase form has the same
    /// length, A–Z folded to a–z), without making strings or scalar arrays.
    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func folded(_ b: UInt8) -> UInt64 { UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        @inline(__always) func hash(_ range: Range<Int>, seed: UInt64) -> UInt64 {
            var h = FNV1a64(seed: seed)
            for i in range { h.add(folded(bytes[i])) }
            return h.value
        }
        let n = bytes.count
        lower = hash(0..<n, seed: 1)
        prefix = hash(0..<min(n, 1), seed: 2)
        suffix = hash(max(0, n - 3)..<n, seed: 3)
        suffix2 = hash(max(0, n - 2)..<n, seed: 5)
        var h = FNV1a64(seed: 4)
        var last: UInt32? = nil
        for b in bytes {
            let c: UInt32
            switch b {
            case 0x41...0x5A: c = 88 // X
            case 0x61...0x7A: c = 120 // x
            case 0x30...0x39: c = 100 // d
            default: c = UInt32(b)
            }
            if last != c { h.add(UInt64(c)); last = c }
        }
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
