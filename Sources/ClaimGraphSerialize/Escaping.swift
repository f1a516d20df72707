import ClaimGraphModel
/// Every escaping rule of the writers, one tiny function per lexical context.
///
/// The functions work on UTF-8 bytes (always valid UTF-8: they come from Swift
/// strings) and append to an `OutputBuffer`; the checks return a verdict.
enum Escaping {
    // MARK: Character classes

    /// Turtle's PN_CHARS_BASE, which is also XML's NameStartChar without `:` and `_`.
    static func isPNCharsBase(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
             0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
             0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    /// Turtle's PN_CHARS_U (also XML's NCName start character).
    @inline(__always) static func isPNCharsU(_ c: UInt32) -> Bool { c == 0x5F || isPNCharsBase(c) }

    /// Turtle's PN_CHARS (XML's NCName character, less `.`).
    static func isPNChars(_ c: UInt32) -> Bool {
        switch c {
        case 0x2D, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return isPNCharsU(c)
        }
    }

    @inline(__always) static func isHex(_ c: UInt8) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x46).contains(c) || (0x61...0x66).contains(c)
    }

    /// A control or invisible character that the Turtle writer always writes
    /// as `\uXXXX`: C0, DEL, C1, the bidi controls, U+FFFE and U+FFFF.
    @inline(__always) static func needsUnicodeEscape(_ c: UInt32) -> Bool {
        switch c {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
             0xFFFE, 0xFFFF:
            return true
        default:
            return false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Appends `\uXXXX` or `\UXXXXXXXX` (uppercase hex).
    static func writeUCHAR(_ c: UInt32, to out: OutputBuffer) {
        out.append(UInt8(ascii: "\\"))
        let width: UInt32
        if c <= 0xFFFF { out.append(UInt8(ascii: "u")); width = 4 } else { out.append(UInt8(ascii: "U")); width = 8 }
        var shift = (width - 1) * 4
        while true {
            out.append(hexDigits[Int((c >> shift) & 0xF)])
            if shift == 0 { break }
            shift -= 4
        }
    }

    /// The ECHAR letter for the characters that have one, else nil.
    @inline(__always) static func echar(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x09: return UInt8(ascii: "t")
        case 0x08: return UInt8(ascii: "b")
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x0C: return UInt8(ascii: "f")
        case 0x22: return UInt8(ascii: "\"")
        case 0x5C: return UInt8(ascii: "\\")
        default: return nil
        }
    }

    // MARK: Strings

    /// The body of a Turtle `"…"` string: `"` and `\` and every control as
    /// ECHAR or `\uXXXX`, bidi controls and U+FFFE/U+FFFF as `\uXXXX`.
    ///
    /// `a"b` + newline → `a\"b\n`
    static func writeTurtleShortString(_ b: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) {
        var i = 0
        var start = 0
        let n = b.count
        while i < n {
            // Plain ASCII (printable, not `"` or `\`) is copied in runs, eight bytes at a time where it can.
            if i &+ 8 <= n, let base = b.baseAddress {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0, !hasByteBelow0x20(w), !hasZeroByte(w ^ 0x2222_2222_2222_2222),
                   !hasZeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C), !hasZeroByte(w ^ 0x7F7F_7F7F_7F7F_7F7F) {
                    i &+= 8
                    continue
                }
            }
            let byte = b[i]
            if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C { i += 1; continue }
            if i > start { out.append(UnsafeBufferPointer(rebasing: b[start..<i])) }
            i += writeTurtleCharacter(b, i, to: out)
            start = i
        }
        if n > start { out.append(UnsafeBufferPointer(rebasing: b[start..<n])) }
    }

    /// Writes the character at `b[i]` of a Turtle string that is not plain ASCII
    /// text: an ASCII control, `"` or `\` as ECHAR or UCHAR, any other scalar raw
    /// unless it must be escaped. Returns its length in bytes.
    @inline(__always)
    private static func writeTurtleCharacter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, to out: OutputBuffer) -> Int {
        let byte = b[i]
        if byte < 0x80 {
            if let e = echar(byte) { out.append(0x5C); out.append(e) } else { writeUCHAR(UInt32(byte), to: out) }
            return 1
        }
        let (c, len) = ScalarString.decode(b, at: i)
        if needsUnicodeEscape(c) { writeUCHAR(c, to: out) } else { out.append(UnsafeBufferPointer(rebasing: b[i..<(i + len)])) }
        return len
    }

    /// The body of a Turtle `"""…"""` string: newlines written raw; `\`,
    /// other controls, a `"` followed by `"` and a final `"` escaped.
    static func writeTurtleLongString(_ b: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) {
        var i = 0
        let n = b.count
        while i < n {
            let byte = b[i]
            if byte == 0x0A { out.append(byte); i += 1; continue }
            if byte == 0x22 {
                if i + 1 == n || b[i + 1] == 0x22 { out.append(0x5C) }
                out.append(byte); i += 1; continue
            }
            if byte >= 0x20 && byte < 0x7F && byte != 0x5C { out.append(byte); i += 1; continue }
            i += writeTurtleCharacter(b, i, to: out)
        }
    }

    /// Whether a long string reads better: it holds a line feed.
    static func prefersLongString(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.contains(0x0A)
    }

    /// The body of a canonical N-Triples string: `"` `\` LF CR as ECHAR (RDF
    /// 1.1 canonical form); the other C0 controls (except tab) and DEL as
    /// `\u00XX`, since tools stop at a raw NUL; everything else raw.
    static func writeNTriplesString(_ b: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) {
        var start = 0
        var i = 0
        let n = b.count
        let base = b.baseAddress
        while i < n {
            // Eight bytes that need no escape (none below 0x20, none of `"` `\` DEL) at once.
            if i &+ 8 <= n, let base {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if !hasByteBelow0x20(w), !hasZeroByte(w ^ 0x2222_2222_2222_2222),
                   !hasZeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C), !hasZeroByte(w ^ 0x7F7F_7F7F_7F7F_7F7F) {
                    i &+= 8
                    continue
                }
            }
            let byte = b[i]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F || byte == 0x09 { i += 1; continue }
            if i > start { out.append(UnsafeBufferPointer(rebasing: b[start..<i])) }
            switch byte {
            case 0x22: out.append(StaticString("\\\""))
            case 0x5C: out.append(StaticString("\\\\"))
            case 0x0A: out.append(StaticString("\\n"))
            case 0x0D: out.append(StaticString("\\r"))
            default: writeUCHAR(UInt32(byte), to: out)
            }
            i += 1
            start = i
        }
        if n > start { out.append(UnsafeBufferPointer(rebasing: b[start..<n])) }
    }

    // MARK: IRIs

    /// Whether an ASCII byte may not appear in an IRIREF: controls, space, `<>"{}|^\``, `\`.
    @inline(__always) static func isForbiddenInIRIRef(_ c: UInt32) -> Bool {
        switch c {
        case 0x00...0x20, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true
        default: return false
        }
    }

    /// The first byte of `b` that an IRIREF cannot hold, or nil.
    @inline(__always)
    static func firstForbiddenInIRIRef(_ b: UnsafeBufferPointer<UInt8>) -> UInt8? {
        // `isForbiddenInIRIRef` as two bit masks over ASCII (bytes 0–63, 64–127),
        // literals so that the loop reads no global.
        let low: UInt64 = 0x5000_0005_FFFF_FFFF, high: UInt64 = 0x3800_0001_5000_0000
        guard let base = b.baseAddress else { return nil }
        var i = 0
        let n = b.count
        while i < n {
            // Skip eight bytes at once when none can be forbidden: all ASCII,
            // none below `!`, none of `"` `` ` `` `{` `}`, and none of `<>\^|`
            // (which, with `~`, are the bytes that AND 0xDD maps to 0x1C or 0x5C).
            if i &+ 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let m = w & 0xDDDD_DDDD_DDDD_DDDD
                if w & 0x8080_8080_8080_8080 == 0, !hasByteBelow(w, 0x21),
                   !hasZeroByte(m ^ 0x1C1C_1C1C_1C1C_1C1C), !hasZeroByte(m ^ 0x5C5C_5C5C_5C5C_5C5C),
                   !hasZeroByte(w ^ 0x2222_2222_2222_2222), !hasZeroByte(w ^ 0x6060_6060_6060_6060),
                   !hasZeroByte(w ^ 0x7B7B_7B7B_7B7B_7B7B), !hasZeroByte(w ^ 0x7D7D_7D7D_7D7D_7D7D) {
                    i &+= 8
                    continue
                }
            }
            let end = min(i &+ 8, n)
            while i < end {
                let byte = base[i]
                let forbidden = byte < 64 ? (low &>> UInt64(byte)) & 1 != 0
                                          : byte < 128 && (high &>> UInt64(byte &- 64)) & 1 != 0
                if forbidden { return byte }
                i &+= 1
            }
        }
        return nil
    }

    /// The body of an `<IRIREF>` (Turtle, N-Triples): the IRI as is.
    /// - Returns: the first forbidden byte, or nil when all was written.
    @discardableResult
    static func writeIRIRef(_ b: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) -> UInt8? {
        if let byte = firstForbiddenInIRIRef(b) { return byte }
        out.append(b)
        return nil
    }

    /// Whether `b` starts with an IRI scheme and a colon.
    static func hasScheme(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            let letter = (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
            if i == 0 { if !letter { return false } } else if c == 0x3A { return true }
            else if !(letter || (0x30...0x39).contains(c) || c == 0x2B || c == 0x2D || c == 0x2E) { return false }
            i += 1
        }
        return false
    }

    // MARK: Prefixed names

    /// Whether `c` may follow a backslash in PN_LOCAL: `_~.-!$&'()*+,;=/?#@%`.
    @inline(__always) static func isLocalEscapable(_ c: UInt32) -> Bool {
        switch c {
        case 0x5F, 0x7E, 0x2E, 0x2D, 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D,
             0x2F, 0x3F, 0x23, 0x40, 0x25:
            return true
        default:
            return false
        }
    }

    /// Writes `b` as the PN_LOCAL of a prefixed name, escaping with `\` where
    /// the grammar needs it (a leading `-`, a trailing `.`, `/`, `#`, …).
    /// - Returns: false, writing nothing, when a character can be neither
    ///   written nor escaped: the caller then writes a full IRI.
    static func writePNLocal(_ b: UnsafeBufferPointer<UInt8>, to out: OutputBuffer) -> Bool {
        guard pnLocalPlan(b) else { return false }
        var i = 0
        let n = b.count
        while i < n {
            let (c, len) = ScalarString.decode(b, at: i)
            let first = i == 0
            let last = i + len == n
            if c == 0x25, i + 2 < n, isHex(b[i + 1]), isHex(b[i + 2]) {
                out.append(UnsafeBufferPointer(rebasing: b[i..<(i + 3)])); i += 3; continue
            }
            let raw = c == 0x3A || (first ? (isPNCharsU(c) || (0x30...0x39).contains(c))
                                          : (isPNChars(c) || (c == 0x2E && !last)))
            if !raw { out.append(0x5C) }
            out.append(UnsafeBufferPointer(rebasing: b[i..<(i + len)]))
            i += len
        }
        return true
    }

    /// Whether `b` is a PN_LOCAL written as is, in ASCII: letters, digits, `_`, `-`
    /// and inner `.`, starting with a letter, digit or `_`. The common case, checked in one pass.
    @inline(__always)
    static func isPlainLocal(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, last != 0x2E else { return b.isEmpty }
        if first == 0x2D || first == 0x2E { return false }
        for c in b {
            let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            if !(letter || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D || c == 0x2E) { return false }
        }
        return true
    }

    /// Whether every character of `b` can be written in a PN_LOCAL, raw or escaped.
    static func pnLocalPlan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let (c, len) = ScalarString.decode(b, at: i)
            if !(c == 0x3A || isPNChars(c) || isLocalEscapable(c)) { return false }
            // The first character must be PN_CHARS_U, ':', a digit or an escape:
            // U+00B7, U+0300–U+036F and U+203F–U+2040 may only follow, and cannot be escaped.
            if i == 0, !(c == 0x3A || isPNCharsU(c) || (0x30...0x39).contains(c) || isLocalEscapable(c)) { return false }
            i += len
        }
        return true
    }

    /// Whether `name` is a Turtle PN_PREFIX (or empty).
    static func isPNPrefix(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first else { return true }
        guard isPNCharsBase(first.value) else { return false }
        for (k, s) in scalars.enumerated().dropFirst() {
            if s == "." { if k == scalars.count - 1 { return false } } else if !isPNChars(s.value) { return false }
        }
        return true
    }

    // MARK: Blank nodes

    /// Whether `label` is a Turtle / N-Triples BLANK_NODE_LABEL (after `_:`).
    static func isBlankNodeLabel(_ label: String) -> Bool {
        let scalars = Array(label.unicodeScalars)
        guard let first = scalars.first, isPNCharsU(first.value) || (0x30...0x39).contains(first.value) else { return false }
        for (k, s) in scalars.enumerated().dropFirst() {
            if s == "." { if k == scalars.count - 1 { return false } } else if !isPNChars(s.value) { return false }
        }
        return true
    }

    /// A label valid in the context: `label` itself when `isValid` holds and it
    /// does not start with `x`; otherwise `x` and the hex of its UTF-8 bytes,
    /// so the mapping stays one-to-one.
    ///
    /// `"a b"` → `"x612062"`; `"b1"` → `"b1"`
    static func relabel(_ label: String, isValid: (String) -> Bool) -> String {
        if !label.hasPrefix("x"), isValid(label) { return label }
        var result = "x"
        for byte in label.utf8 {
            result.unicodeScalars.append(Unicode.Scalar(hexDigits[Int(byte >> 4)]))
            result.unicodeScalars.append(Unicode.Scalar(hexDigits[Int(byte & 0xF)]))
        }
        return result
    }

    // MARK: Language tags

    /// Whether `tag` fits `[a-zA-Z]+ ('-' [a-zA-Z0-9]+)*` (Turtle's LANGTAG).
    static func isLanguageTag(_ tag: String) -> Bool {
        var first = true
        var runLength = 0
        for c in tag.utf8 {
            let letter = (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
            if c == 0x2D {
                if runLength == 0 { return false }
                first = false; runLength = 0
            } else if letter || (!first && (0x30...0x39).contains(c)) {
                runLength += 1
            } else {
                return false
            }
        }
        return runLength > 0
    }

    // MARK: XML

    /// Element text, XML's `CharData` production: `<` and `&` as `&lt;` and
    /// `&amp;` (the production forbids them raw), `>` as `&gt;` (so `]]>`
    /// never appears), CR as `&#13;` (a parser reads a raw CR back as LF).
    /// Quotes need nothing in text and are written as they are, so are all
    /// other bytes. The escaped text goes to `emit` in pieces: runs of `b` as
    /// they are, and the references.
    ///
    /// `a<b & "c"` + CR → `a&lt;b &amp; "c"&#13;`
    @inline(__always)
    static func writeCharData(_ b: UnsafeBufferPointer<UInt8>,
                              _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try writeReplacing(b, emit, skip: { w in
            !hasZeroByte(w ^ 0x3C3C_3C3C_3C3C_3C3C) && !hasZeroByte(w ^ 0x3E3E_3E3E_3E3E_3E3E)
                && !hasZeroByte(w ^ 0x2626_2626_2626_2626) && !hasZeroByte(w ^ 0x0D0D_0D0D_0D0D_0D0D)
        }, reference: charDataReference)
    }

    /// An attribute value between `"` quotes, XML's `AttValue` production:
    /// `"` as `&quot;`, tab, LF and CR as `&#9;`, `&#10;` and `&#13;` (a parser
    /// reads them raw as spaces), and what `CharData` escapes (`<` `&` `>`);
    /// every other byte as it is. The pieces go to `emit` as for `writeCharData`.
    ///
    /// `a "b"` + tab → `a &quot;b&quot;&#9;`
    @inline(__always)
    static func writeAttValue(_ b: UnsafeBufferPointer<UInt8>,
                              _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try writeReplacing(b, emit, skip: { w in
            !hasByteBelow0x20(w) && !hasZeroByte(w ^ 0x2222_2222_2222_2222)
                && !hasZeroByte(w ^ 0x3C3C_3C3C_3C3C_3C3C) && !hasZeroByte(w ^ 0x3E3E_3E3E_3E3E_3E3E)
                && !hasZeroByte(w ^ 0x2626_2626_2626_2626)
        }, reference: { c in c == 0x22 ? "&quot;" : c == 0x09 ? "&#9;" : c == 0x0A ? "&#10;" : charDataReference(c) })
    }

    /// The reference `CharData` writes for a byte, or nil when it goes as it is.
    @inline(__always) private static func charDataReference(_ c: UInt8) -> StaticString? {
        switch c {
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x0D: return "&#13;"
        default: return nil
        }
    }

    /// Emits `b` with the bytes `reference` names replaced; `skip` tells, for
    /// eight bytes at once, that none of them is replaced (it may say false
    /// when in doubt: those bytes are then looked at one by one).
    @inline(__always)
    private static func writeReplacing(_ b: UnsafeBufferPointer<UInt8>,
                                       _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void,
                                       skip: (UInt64) -> Bool,
                                       reference: (UInt8) -> StaticString?) rethrows {
        guard let base = b.baseAddress else { return }
        let n = b.count
        var start = 0
        var i = 0
        while i < n {
            if i &+ 8 <= n, skip(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i &+= 8
                continue
            }
            if let replacement = reference(base[i]) {
                if i > start { try emit(UnsafeBufferPointer(rebasing: b[start..<i])) }
                try emit(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = i &+ 1
            }
            i &+= 1
        }
        if n > start { try emit(UnsafeBufferPointer(rebasing: b[start..<n])) }
    }

    /// Whether some byte of the word is zero (exact: no false positives).
    @inline(__always) static func hasZeroByte(_ w: UInt64) -> Bool {
        (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0
    }

    /// Whether some byte of the word is below 0x20 (exact, as the bound is at most 0x80).
    @inline(__always) static func hasByteBelow0x20(_ w: UInt64) -> Bool { hasByteBelow(w, 0x20) }

    /// Whether some byte of the word is below `bound` (exact for bounds up to 0x80).
    @inline(__always) static func hasByteBelow(_ w: UInt64, _ bound: UInt8) -> Bool {
        (w &- 0x0101_0101_0101_0101 &* UInt64(bound)) & ~w & 0x8080_8080_8080_8080 != 0
    }

    /// Whether `name` is an XML NCName.
    static func isNCName(_ name: Substring) -> Bool {
        var first = true
        for s in name.unicodeScalars {
            if first { if !isPNCharsU(s.value) { return false }; first = false }
            else if !(s == "." || isPNChars(s.value)) { return false }
        }
        return !first
    }

    static func isNCName(_ name: String) -> Bool { isNCName(name[...]) }

    /// Splits an IRI into a namespace and the longest NCName that ends it.
    ///
    /// `https://w3id.org/claimgraph/ontology#claimed` → (`…ontology#`, `claimed`);
    /// nil when the IRI does not end in a name character (`http://ex/a/`).
    static func splitQName(_ iri: String) -> (namespace: Substring, local: Substring)? {
        let scalars = iri.unicodeScalars
        var start = scalars.endIndex
        // Longest suffix of name characters…
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            let s = scalars[before]
            if s == "." || isPNChars(s.value) { start = before } else { break }
        }
        // …that begins with a name start character.
        while start < scalars.endIndex, !isPNCharsU(scalars[start].value) { start = scalars.index(after: start) }
        guard start > scalars.startIndex, start < scalars.endIndex else { return nil }
        return (iri[..<start], iri[start...])
    }
}
