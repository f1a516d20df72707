import ClaimGraphModel

/// Turning names and ids into IRI path segments (RFC 3987).
enum IRIText {
    /// `text` with every character that is not `iunreserved` percent-encoded
    /// as UTF-8, so any id becomes one valid path segment.
    static func segment(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnreserved(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    out += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0xF)
                }
            }
        }
        return out
    }

    /// A readable slug: lower-cased letters and digits of any script, runs of
    /// anything else as one `-`, then percent-encoded where still needed.
    static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let props = scalar.properties
            if props.isAlphabetic || props.numericType != nil {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(scalar)
            } else if props.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return segment(String(out))
    }

    /// Whether `slug` (made by `slug(_:)` from `key`) is `key` with `-` for
    /// each space, percent-encoded where needed, so that no other key has the
    /// same slug: true for "jake sullivan" → "jake-sullivan"; false for a key
    /// with a `-`, a double space, or a character the slug drops or folds.
    static func slugReadsBack(_ slug: String, _ key: String) -> Bool {
        !key.contains("-") && slug == segment(String(key.unicodeScalars.map { $0 == " " ? "-" : Character($0) }))
    }

    /// Eight hex digits of FNV-1a over the UTF-8 bytes: short, stable, not secret.
    static func shortHash(_ text: String) -> String {
        let hash = FNV1a32.hash(utf8: text)
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// RFC 3987 `iunreserved`: ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar.
    static func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E: return true
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xEFFFD: return (scalar.value & 0xFFFE) != 0xFFFE
        default: return false
        }
    }

    private static func hexDigit(_ value: UInt8) -> String {
        String(UnicodeScalar(value < 10 ? 0x30 + value : 0x41 + value - 10))
    }
}
