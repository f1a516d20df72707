/// The lexical forms that Turtle may write bare: each check holds only when
/// the form fits both Turtle's grammar and the datatype's lexical space.
extension Escaping {
    /// `[+-]?[0-9]+`: Turtle INTEGER and `xsd:integer`.
    static func isBareInteger(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        return digits(b, &i) > 0 && i == b.count
    }

    /// `[+-]?[0-9]*\.[0-9]+`: Turtle DECIMAL (a subset of `xsd:decimal`).
    static func isBareDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        _ = digits(b, &i)
        guard i < b.count, b[i] == 0x2E else { return false }
        i += 1
        return digits(b, &i) > 0 && i == b.count
    }

    /// Turtle DOUBLE (mantissa and exponent; a subset of `xsd:double`).
    static func isBareDouble(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        let whole = digits(b, &i)
        var fraction = 0
        if i < b.count, b[i] == 0x2E { i += 1; fraction = digits(b, &i) }
        guard whole + fraction > 0, i < b.count, b[i] == 0x65 || b[i] == 0x45 else { return false }
        i += 1
        if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        return digits(b, &i) > 0 && i == b.count
    }

    /// `true` or `false` (not `1` or `0`, which Turtle cannot write bare).
    static func isBareBoolean(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.elementsEqual("true".utf8) || b.elementsEqual("false".utf8)
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int {
        let start = i
        while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        return i - start
    }
}
