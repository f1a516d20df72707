/// Bytes → article text: UTF-8, or UTF-16 where a byte-order mark says so.
///
/// Text is decoded only where the encoding is certain; anything else is an
/// issue, never a guess. Binary content (NUL bytes, a PDF or image saved as
/// text) is refused before decoding.
public enum TextDecoding {
    /// Decodes a whole file's bytes.
    /// - Throws: `IngestIssue` with kind `binary`, `invalidEncoding` or `empty`.
    public static func decode(_ bytes: [UInt8], at location: String) throws(IngestIssue) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try checked(utf8: bytes[3...], at: location)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try utf16(bytes[2...], bigEndian: bytes[0] == 0xFE, at: location)
        }
        if let kind = binarySignature(bytes) {
            throw IngestIssue(.binary, at: location, "binary content (\(kind)), not text")
        }
        return try checked(utf8: bytes[...], at: location)
    }

    /// Checks a JSON string value from a JSON line: NUL and other binary markers.
    public static func checkText(_ text: String, at location: String) throws(IngestIssue) {
        // `utf8.contains` walks the view index by index; a contiguous scan is many times faster.
        let hasNUL = text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0)
        if hasNUL {
            throw IngestIssue(.binary, at: location, "binary content (NUL bytes), not text")
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw IngestIssue(.empty, at: location, "empty article (no text)")
        }
    }

    /// Names the kind of binary content when the bytes look like a known format or contain NUL.
    static func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PDF", Array("%PDF-".utf8)), ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
            ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", Array("GIF8".utf8)),
            ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip data", [0x1F, 0x8B]),
        ]
        for (name, magic) in signatures where bytes.starts(with: magic) { return name }
        if bytes.contains(0) { return "NUL bytes" }
        return nil
    }

    private static func checked(utf8 bytes: ArraySlice<UInt8>, at location: String) throws(IngestIssue) -> String {
        if let offset = firstInvalidUTF8(bytes) {
            throw IngestIssue(.invalidEncoding, at: location,
                              "not valid UTF-8 at byte \(offset) (no byte-order mark says otherwise)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return try nonEmpty(text, at: location)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, at location: String) throws(IngestIssue) -> String {
        guard bytes.count % 2 == 0 else {
            throw IngestIssue(.invalidEncoding, at: location, "UTF-16 with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        // Lone surrogates become U+FFFD: the BOM makes the encoding certain, and
        // one bad unit should not lose the article.
        let text = String(decoding: units, as: UTF16.self)
        if text.utf8.contains(0) {
            throw IngestIssue(.binary, at: location, "binary content (NUL characters), not text")
        }
        return try nonEmpty(text, at: location)
    }

    private static func nonEmpty(_ text: String, at location: String) throws(IngestIssue) -> String {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw IngestIssue(.empty, at: location, "empty article (no text)")
        }
        return text
    }

    /// The offset of the first byte that breaks UTF-8 well-formedness, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i - bytes.startIndex
            }
            guard end - i >= length else { return i - bytes.startIndex }
            let second = bytes[i + 1]
            guard second >= lower && second <= upper else { return i - bytes.startIndex }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i - bytes.startIndex }
            i += length
        }
        return nil
    }
}
