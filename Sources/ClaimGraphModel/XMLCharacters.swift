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

    /// Whether `text` holds a character XML 1.0 forbids, read from its UTF-8: a C0
    /// control other than tab, LF and CR, U+007F is allowed, C1 controls are allowed,
    /// surrogates cannot occur in a Swift string, so only U+FFFE and U+FFFF
    /// (EF BF BE, EF BF BF) remain beyond the controls.
    @inlinable
    public static func hasForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A && b != 0x0D { return true }
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    ///
    /// One scalar becomes one scalar, so offsets into the text stay valid.
    public static func replacingForbidden(_ text: String) -> String {
        guard hasForbidden(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }
}
