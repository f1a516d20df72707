import ClaimGraphModel

/// A strict reader of W3C RDF 1.1 N-Triples that feeds a `TripleSink`.
///
/// Accepts comments, blank lines, UCHAR and ECHAR escapes, language tags,
/// datatypes and blank nodes; refuses relative IRIs, IRIs holding forbidden
/// characters (also when written as `\u` escapes), bad escapes, invalid UTF-8
/// and anything that is Turtle but not N-Triples. It does not call `finish()`,
/// so several inputs can feed one sink.
///
/// ```swift
/// try NTriplesParser().parse("<http://a/s> <http://a/p> \"o\" .\n", into: collector)
/// ```
public struct NTriplesParser: Sendable {
    public init() {}

    /// Parses `text`.
    /// - Throws: `SerializerError.syntax` with the 1-based line and byte column,
    ///   or whatever the sink throws.
    public func parse(_ text: String, into sink: TripleSink) throws {
        var copy = text
        try copy.withUTF8 { try parse(bytes: $0, into: sink) }
    }

    /// Parses UTF-8 `bytes`.
    public func parse(_ bytes: [UInt8], into sink: TripleSink) throws {
        try bytes.withUnsafeBufferPointer { try parse(bytes: $0, into: sink) }
    }

    func parse(bytes: UnsafeBufferPointer<UInt8>, into sink: TripleSink) throws {
        _ = try parse(bytes: bytes, firstLine: 1) { triple, _ in try sink.triple(triple) }
    }

    /// Parses `bytes`, whose first line is line `firstLine` of the input, giving
    /// each triple with its line to `body`.
    /// - Returns: the line number after the last line break.
    public func parse(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int,
               _ body: (Triple, Int) throws -> Void) throws -> Int {
        var reader = Reader(b: bytes, line: firstLine)
        try reader.validateUTF8()
        while !reader.atEnd {
            reader.skipSpaces()
            if reader.atEnd { break }
            let c = reader.peek
            if c == 0x0A || c == 0x0D { reader.newline(); continue }
            if c == 0x23 { reader.skipComment(); continue }
            let line = reader.line
            let triple = try reader.triple()
            try body(triple, line)
        }
        return reader.line
    }
}

/// The cursor of `NTriplesParser`.
private struct Reader {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var line: Int
    var lineStart = 0

    init(b: UnsafeBufferPointer<UInt8>, line: Int = 1) {
        self.b = b
        self.line = line
    }

    var atEnd: Bool { i >= b.count }
    var peek: UInt8 { b[i] }

    func fail(_ reason: String, at position: Int? = nil) -> SerializerError {
        .syntax(line: line, column: (position ?? i) - lineStart + 1, reason: reason)
    }

    mutating func skipSpaces() { while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 } }

    mutating func newline() {
        while i < b.count, b[i] == 0x0A || b[i] == 0x0D {
            if b[i] == 0x0A || !(i + 1 < b.count && b[i + 1] == 0x0A) { line += 1; lineStart = i + 1 }
            i += 1
        }
    }

    mutating func skipComment() { while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 } }

    /// Walks the whole input once, so later slices decode without checks.
    mutating func validateUTF8() throws {
        var k = 0
        var ln = line
        var ls = 0
        while k < b.count {
            // Eight ASCII bytes without a line feed at once.
            if k &+ 8 <= b.count, let base = b.baseAddress {
                let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0, !Escaping.hasZeroByte(w ^ 0x0A0A_0A0A_0A0A_0A0A) { k &+= 8; continue }
            }
            let c = b[k]
            if c < 0x80 {
                if c == 0x0A { ln += 1; ls = k + 1 }
                k += 1; continue
            }
            let length: Int
            var minimum: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: throw SerializerError.syntax(line: ln, column: k - ls + 1, reason: "invalid UTF-8")
            }
            guard k + length <= b.count else { throw SerializerError.syntax(line: ln, column: k - ls + 1, reason: "truncated UTF-8") }
            var value = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for j in 1..<length {
                let d = b[k + j]
                guard d & 0xC0 == 0x80 else { throw SerializerError.syntax(line: ln, column: k - ls + 1, reason: "invalid UTF-8") }
                value = value << 6 | UInt32(d & 0x3F)
            }
            minimum = length == 2 ? 0x80 : minimum
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
                throw SerializerError.syntax(line: ln, column: k - ls + 1, reason: "invalid UTF-8")
            }
            k += length
        }
    }

    mutating func triple() throws -> Triple {
        let subject: Term
        switch peek {
        case 0x3C: subject = .iri(try iri())
        case 0x5F: subject = .blank(try blankNode())
        default: throw fail("expected an IRI or a blank node as subject")
        }
        skipSpaces()
        guard !atEnd, peek == 0x3C else { throw fail("expected an IRI as predicate") }
        let predicate = try iri()
        skipSpaces()
        guard !atEnd else { throw fail("expected an object") }
        let object: Term
        switch peek {
        case 0x3C: object = .iri(try iri())
        case 0x5F: object = .blank(try blankNode())
        case 0x22: object = .literal(try literal())
        default: throw fail("expected an IRI, a blank node or a literal as object")
        }
        skipSpaces()
        guard !atEnd, peek == 0x2E else { throw fail("expected '.' after the object") }
        i += 1
        skipSpaces()
        if !atEnd {
            if peek == 0x23 { skipComment() }
            else if peek != 0x0A && peek != 0x0D { throw fail("expected the end of the line after '.'") }
        }
        return try Triple(subject, predicate, object)
    }

    /// `<…>` with UCHAR escapes; absolute, no forbidden character.
    mutating func iri() throws -> IRI {
        let start = i
        i += 1
        // The common case: no escape, so the IRI is the (already validated) UTF-8 up to '>'.
        var end = i
        while end < b.count, b[end] != 0x3E, b[end] != 0x5C { end += 1 }
        if end < b.count, b[end] == 0x3E {
            let body = UnsafeBufferPointer(rebasing: b[i..<end])
            if let bad = Escaping.firstForbiddenInIRIRef(body) {
                i += body.firstIndex(of: bad)!
                throw fail("character forbidden in IRIs")
            }
            let string = String(decoding: body, as: UTF8.self)
            guard Escaping.hasScheme(body) else { throw fail("relative IRI <\(string)>", at: start) }
            i = end + 1
            return IRI(unchecked: string)
        }
        var value = String.UnicodeScalarView()
        while true {
            guard !atEnd else { throw fail("unterminated IRI", at: start) }
            let c = b[i]
            if c == 0x3E { i += 1; break }
            if c == 0x5C {
                let at = i
                guard i + 1 < b.count, b[i + 1] == 0x75 || b[i + 1] == 0x55 else { throw fail("only \\u and \\U escapes are allowed in an IRI") }
                let scalar = try uchar()
                if scalar.value < 0x80, Escaping.isForbiddenInIRIRef(scalar.value) {
                    throw fail("escape for a character forbidden in IRIs", at: at)
                }
                value.append(scalar)
                continue
            }
            if c < 0x80 {
                if Escaping.isForbiddenInIRIRef(UInt32(c)) { throw fail("character forbidden in IRIs") }
                value.append(Unicode.Scalar(c)); i += 1
            } else {
                let (s, len) = ScalarString.decode(b, at: i)
                value.append(Unicode.Scalar(s)!); i += len
            }
        }
        let string = String(value)
        var copy = string
        guard copy.withUTF8({ Escaping.hasScheme($0) }) else { throw fail("relative IRI <\(string)>", at: start) }
        return IRI(unchecked: string)
    }

    /// `\uXXXX` or `\UXXXXXXXX` at `i`.
    mutating func uchar() throws -> Unicode.Scalar {
        let at = i
        let digits = b[i + 1] == 0x75 ? 4 : 8
        guard i + 2 + digits <= b.count else { throw fail("truncated \\u escape", at: at) }
        var value: UInt32 = 0
        for k in 0..<digits {
            let d = b[i + 2 + k]
            let v: UInt32
            switch d {
            case 0x30...0x39: v = UInt32(d - 0x30)
            case 0x41...0x46: v = UInt32(d - 0x41 + 10)
            case 0x61...0x66: v = UInt32(d - 0x61 + 10)
            default: throw fail("bad hex digit in escape", at: at)
            }
            value = value << 4 | v
        }
        guard let scalar = Unicode.Scalar(value) else { throw fail("escape for a non-character U+\(TermChecks.hex(value))", at: at) }
        i += 2 + digits
        return scalar
    }

    /// `_:label` per BLANK_NODE_LABEL.
    mutating func blankNode() throws -> BlankNode {
        guard i + 1 < b.count, b[i + 1] == 0x3A else { throw fail("expected '_:'") }
        i += 2
        let start = i
        guard !atEnd else { throw fail("empty blank node label") }
        let (first, firstLength) = ScalarString.decode(b, at: i)
        guard Escaping.isPNCharsU(first) || (0x30...0x39).contains(first) else { throw fail("bad first character of a blank node label") }
        i += firstLength
        while !atEnd {
            let (c, len) = ScalarString.decode(b, at: i)
            if Escaping.isPNChars(c) || c == 0x2E { i += len } else { break }
        }
        // A label cannot end with '.': give it back (it ends the triple).
        while b[i - 1] == 0x2E { i -= 1 }
        return BlankNode(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
    }

    /// `"…"` with ECHAR and UCHAR, then `@lang` or `^^<iri>`.
    mutating func literal() throws -> Literal {
        let start = i
        i += 1
        // The UTF-8 of the value, built only once an escape is met; else the value is the input's bytes.
        var unescaped: [UInt8]? = nil
        var runStart = i
        while true {
            guard !atEnd else { throw fail("unterminated string", at: start) }
            let c = b[i]
            if c == 0x22 { break }
            if c == 0x0A || c == 0x0D { throw fail("line break inside a string") }
            if c != 0x5C { i += 1; continue }
            if unescaped == nil { unescaped = [] }
            unescaped!.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
            guard i + 1 < b.count else { throw fail("unterminated escape") }
            let escaped: UInt8
            switch b[i + 1] {
            case 0x74: escaped = 0x09
            case 0x62: escaped = 0x08
            case 0x6E: escaped = 0x0A
            case 0x72: escaped = 0x0D
            case 0x66: escaped = 0x0C
            case 0x22, 0x27, 0x5C: escaped = b[i + 1]
            case 0x75, 0x55:
                unescaped!.append(contentsOf: String(try uchar()).utf8)
                runStart = i
                continue
            default: throw fail("bad escape in a string")
            }
            unescaped!.append(escaped)
            i += 2
            runStart = i
        }
        let run = UnsafeBufferPointer(rebasing: b[runStart..<i])
        let lexical: String
        if var value = unescaped {
            value.append(contentsOf: run)
            lexical = String(decoding: value, as: UTF8.self)
        } else {
            lexical = String(decoding: run, as: UTF8.self)
        }
        i += 1
        if !atEnd, peek == 0x40 {
            i += 1
            let tagStart = i
            while !atEnd, (0x41...0x5A).contains(peek) || (0x61...0x7A).contains(peek) || (0x30...0x39).contains(peek) || peek == 0x2D { i += 1 }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: b[tagStart..<i]), as: UTF8.self)
            guard Escaping.isLanguageTag(tag) else { throw fail("bad language tag", at: tagStart) }
            return Literal(lexical, language: tag)
        }
        if i + 1 < b.count, b[i] == 0x5E, b[i + 1] == 0x5E {
            i += 2
            guard !atEnd, peek == 0x3C else { throw fail("expected a datatype IRI after '^^'") }
            return Literal(lexical, datatype: try iri())
        }
        return Literal(lexical, datatype: XSD.string)
    }
}
