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
