import ClaimGraphModel

/// Small text rules of the graph stage.
enum OutletKey {
    /// The merge key of an outlet name: case-folded, without a leading "The".
    static func key(_ name: String) -> String {
        var folded = name.lowercased().trimmingWhitespace()
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }
}

enum DateText {
    /// Whether `text` is an `xsd:date` lexical form `YYYY-MM-DD` with a real month and day.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

enum StatementLabel {
    /// A short label for a statement node: its text, cut at 80 characters.
    static func make(_ text: String) -> String {
        let clean = XMLCharacters.replacingForbidden(text)
        // Never more scalars than UTF-8 bytes: a short text needs no count.
        guard clean.utf8.count > 80 else { return clean }
        // The UTF-8 offset where the 80th scalar starts, found by counting lead bytes.
        var scalars = 0
        var cut: String.Index? = nil
        var index = clean.utf8.startIndex
        for byte in clean.utf8 {
            if byte & 0xC0 != 0x80 {
                if scalars == 79 { cut = index }
                scalars += 1
                if scalars > 80 { break }
            }
            index = clean.utf8.index(after: index)
        }
        guard scalars > 80, let cut else { return clean }
        return String(clean.unicodeScalars[..<cut]) + "…"
    }
}

enum ScalarText {
    /// The scalars of `text` in `range` (clamped to the text).
    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let count = scalars.count
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        return ScalarString.make(scalars, lower..<upper)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
