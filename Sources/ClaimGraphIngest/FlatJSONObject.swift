/// The common shape of a JSON Lines article, read without Foundation: one object whose
/// values are all strings.
///
/// `JSONSerialization` builds a dictionary of boxed values for every line and costs
/// about ten times as much as the scan below. This reader accepts only what it fully
/// understands (valid JSON, an object, string values, no repeated key) and answers nil
/// for anything else, so the caller falls back to `JSONSerialization`, whose values
/// and error messages stay the reference.
enum FlatJSONObject {
    /// The object's keys and string values, or nil when the line is not such an object.
    static func parse(_ bytes: [UInt8]) -> [String: String]? {
        bytes.withUnsafeBufferPointer { buffer -> [String: String]? in
            var reader = Reader(bytes: buffer)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func object() -> [String: String]? {
            skipSpace()
            guard next() == UInt8(ascii: "{") else { return nil }
            var fields: [String: String] = [:]
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard next() == UInt8(ascii: ":") else { return nil }
                    skipSpace()
                    guard let value = string(), fields.updateValue(value, forKey: key) == nil else { return nil }
                    skipSpace()
                    let separator = next()
                    if separator == UInt8(ascii: "}") { break }
                    guard separator == UInt8(ascii: ",") else { return nil }
                }
            }
            skipSpace()
            return i == bytes.count ? fields : nil
        }

        /// A JSON string at the cursor, escapes decoded; nil when there is none or it is malformed.
        mutating func string() -> String? {
            guard next() == UInt8(ascii: "\"") else { return nil }
            var out: [UInt8] = []
            while true {
                // A run of plain bytes, copied in one piece.
                let run = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
                guard let b = next() else { return nil }
                if b == UInt8(ascii: "\"") {
                    let tail = UnsafeBufferPointer(rebasing: bytes[run..<(i - 1)])
                    if out.isEmpty { return String(decoding: tail, as: UTF8.self) }
                    out.append(contentsOf: tail)
                    return String(decoding: out, as: UTF8.self)
                }
                guard b == UInt8(ascii: "\\") else { return nil }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<(i - 1)]))
                guard let e = next() else { return nil }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = hex4() else { return nil }
                    var value = UInt32(unit)
                    if (0xD800...0xDBFF).contains(unit) {
                        // A high surrogate must be followed by an escaped low one; anything else goes to the fallback.
                        guard next() == UInt8(ascii: "\\"), next() == UInt8(ascii: "u"), let low = hex4(),
                              (0xDC00...0xDFFF).contains(low) else { return nil }
                        value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(value) else { return nil }
                    out.append(contentsOf: String(scalar).utf8)
                default: return nil
                }
            }
        }

        mutating func hex4() -> UInt16? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt16 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt16(digit)
                i += 1
            }
            return value
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func next() -> UInt8? {
            guard i < bytes.count else { return nil }
            defer { i += 1 }
            return bytes[i]
        }
    }
}
