/// The characters XML 1.0 can carry, the one definition every layer uses.
public enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production):
    /// tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The first character of valid UTF-8 that XML 1.0 forbids (`isAllowed`), or nil.
    ///
    /// In valid UTF-8 only a C0 byte or a sequence starting EF (U+FFFE, U+FFFF) can
    /// be forbidden, so only those are decoded and checked; eight bytes are skipped
    /// at a time while none of them is one.
    public static func firstForbidden(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var i = 0
        let n = b.count
        if let base = b.baseAddress {
            while i &+ 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // A byte below 0x20, or a byte equal to EF (a zero byte after the XOR).
                let control = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let ef = word ^ 0xEFEF_EFEF_EFEF_EFEF
                if control != 0 || (ef &- 0x0101_0101_0101_0101) & ~ef & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 8
            }
        }
        while i < n {
            let c = b[i]
            if c < 0x20 || c == 0xEF {
                let (value, length) = ScalarString.decode(b, at: i)
                if let decoded = Unicode.Scalar(value), !isAllowed(decoded) { return value }
                i += length
                continue
            }
            i += 1
        }
        return nil
    }

    /// `firstForbidden` for a string.
    public static func firstForbidden(_ text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { firstForbidden($0) }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    ///
    /// One scalar becomes one scalar, so offsets into the text stay valid.
    public static func replacingForbidden(_ text: String) -> String {
        guard firstForbidden(text) != nil else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }
}
