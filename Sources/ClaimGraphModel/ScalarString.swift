/// Strings built from runs of Unicode scalars by writing their UTF-8 directly.
///
/// `String.UnicodeScalarView.append(contentsOf:)` validates and re-encodes one
/// scalar at a time; the pipeline builds a string for every token and every
/// evidence span, so this is the one fast way it does so.
public enum ScalarString {
    /// The text of `scalars[range]`.
    @inlinable
    public static func make(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { make($0, range, lowercase: false) }
    }

    /// The text of `scalars[range]` in lowercase: ASCII letters folded byte by byte,
    /// anything else through `String.lowercased()`.
    @inlinable
    public static func lowercase(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { buffer in
            for k in range where !buffer[k].isASCII { return make(buffer, range, lowercase: false).lowercased() }
            return make(buffer, range, lowercase: true)
        }
    }

    /// The UTF-8 length of `scalars[range]`.
    @inlinable
    static func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        var count = 0
        for k in range {
            let v = scalars[k].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return count
    }

    @inlinable
    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercase: Bool) -> String {
        let count = utf8Count(scalars, range)
        return String(unsafeUninitializedCapacity: count) { bytes in
            var o = 0
            for k in range {
                let v = scalars[k].value
                if v < 0x80 {
                    let upper = lowercase && v >= 0x41 && v <= 0x5A
                    bytes[o] = UInt8(truncatingIfNeeded: upper ? v | 0x20 : v)
                    o += 1
                } else if v < 0x800 {
                    bytes[o] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    bytes[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    o += 2
                } else if v < 0x10000 {
                    bytes[o] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    bytes[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    bytes[o + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    o += 3
                } else {
                    bytes[o] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    bytes[o + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    bytes[o + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    bytes[o + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    o += 4
                }
            }
            return o
        }
    }
}

extension ScalarString {
    /// The scalar value that starts at byte `i` of valid UTF-8, and its length in bytes.
    @inlinable @inline(__always)
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// The Unicode scalars of `text`, decoded from its UTF-8 directly.
    ///
    /// `Array(text.unicodeScalars)` counts and then copies through the scalar view's
    /// iterator; a Swift string is valid UTF-8, so counting lead bytes and decoding
    /// them by hand does the same work several times faster.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes { count &+= (byte & 0xC0 != 0x80) ? 1 : 0 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, o = 0
                while i < bytes.count {
                    let (value, length) = decode(bytes, at: i)
                    // A value decoded from valid UTF-8 is a scalar value; the checked init costs a call per scalar.
                    out[o] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    i += length
                    o += 1
                }
                initialized = o
            }
        }
    }
}
