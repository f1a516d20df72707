import ClaimGraphModel

/// Splits article scalars into tokens: words (with inner hyphens, apostrophes and
/// dotted initialisms), numbers, punctuation, quote marks, possessive `'s` and newlines.
enum Tokenizer {
    /// The abbreviations that keep their period, ASCII ones packed one byte a letter (all are
    /// shorter than nine letters), for a test that builds no string.
    private static let packedAbbreviations: [UInt64] = WordClass.abbreviation.words.compactMap(pack).sorted()
    private static let abbreviationSet = Set(WordClass.abbreviation.words)
    /// Words longer than this are never looked up as abbreviations.
    static let longestAbbreviation = WordClass.abbreviation.words.map(\.unicodeScalars.count).max() ?? 0

    private static func pack(_ word: String) -> UInt64? {
        var key: UInt64 = 0
        for s in word.unicodeScalars {
            guard s.isASCII, word.unicodeScalars.count <= 8 else { return nil }
            key = key << 8 | UInt64(s.value)
        }
        return key
    }

    /// Whether the lowercase form of `s[a..<b]` is an abbreviation that keeps its period.
    static func isAbbreviation(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var key: UInt64 = 0
        for k in a..<b {
            let v = s[k].value
            guard v < 0x80 else { return abbreviationSet.contains(ScalarString.lowercase(s, a..<b)) }
            key = key << 8 | UInt64(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
        }
        var lo = 0, hi = packedAbbreviations.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if packedAbbreviations[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < packedAbbreviations.count && packedAbbreviations[lo] == key
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.isLowercase
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C }
        return s == "\u{A0}" || s.properties.isWhitespace
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// Whether `s[a..<b]` reads "L" or "L.L" or "L.L.L" (single letters joined by periods).
    static func isInitialPattern(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard (b - a) % 2 == 1 else { return false }
        var k = a
        while k < b {
            if (k - a) % 2 == 0 { if !isLetter(s[k]) { return false } } else if s[k] != "." { return false }
            k += 1
        }
        return true
    }

    /// Tokenizes the scalars; `words` gives each form its ids.
    /// - Complexity: O(n) in the number of scalars.
    static func tokenize<Words: WordInterner>(_ s: [Unicode.Scalar], words: inout Words) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        let n = s.count
        var i = 0
        let newline = words.newline
        func make(_ a: Int, _ b: Int, _ kind: Token.Kind, abbrev: Bool = false, double: Bool = false) -> Token {
            var plain = true
            for k in a..<b where !s[k].isASCII || isUppercase(s[k]) { plain = false; break }
            let ids = s.withUnsafeBufferPointer { words.intern($0, a..<b, plain: plain) }
            return Token(start: a, end: b, form: ids.form, lower: ids.lower, kind: kind, isCapitalized: isUppercase(s[a]),
                         isAbbreviation: abbrev, isDoubleQuote: double)
        }
        while i < n {
            let c = s[i]
            if c == "\n" || c == "\u{2029}" || c == "\u{2028}" {
                var j = i + 1
                while j < n, s[j] == "\n" || isSpace(s[j]) { j += 1 }
                tokens.append(Token(start: i, end: i + 1, form: newline, lower: newline, kind: .newline,
                                    isCapitalized: false, isAbbreviation: false, isDoubleQuote: false))
                i = j
                continue
            }
            if isSpace(c) { i += 1; continue }
            if isLetter(c) || isDigit(c) {
                let a = i
                var numeric = isDigit(c)
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if isLetter(d) || isDigit(d) || !d.isASCII && d.properties.generalCategory == .nonspacingMark {
                        if !isDigit(d) && !(d == "s" || d == "k" || d == "m") { numeric = false }
                        j += 1
                        continue
                    }
                    let next: Unicode.Scalar? = j + 1 < n ? s[j + 1] : nil
                    guard let nx = next else { break }
                    if (isHyphen(d) || d == "_") && (isLetter(nx) || isDigit(nx)) { j += 1; continue }
                    if isApostrophe(d) && isLetter(nx) {
                        // Possessive 's at a word end is its own token.
                        if (nx == "s" || nx == "S") && (j + 2 >= n || !isLetter(s[j + 2])) { break }
                        j += 1
                        continue
                    }
                    if (d == "," || d == ".") && isDigit(nx) && j > a && isDigit(s[j - 1]) { j += 1; continue }
                    if d == "." && isLetter(nx) && (j + 2 >= n || !isLetter(s[j + 2])) && isInitialPattern(s, a, j) {
                        j += 1
                        continue
                    }
                    break
                }
                var abbrev = false
                if j < n && s[j] == "." {
                    let dotted = s[a..<j].contains(".")
                    let initial = j - a == 1 && isUppercase(s[a])
                    if dotted || initial
                        || (j - a <= longestAbbreviation && isAbbreviation(s, a, j)) {
                        j += 1
                        abbrev = true
                    }
                }
                // "U.S.-based": keep going after a dotted initialism joined by a hyphen.
                if abbrev && j + 1 < n && isHyphen(s[j]) && isLetter(s[j + 1]) {
                    j += 1
                    while j < n, isLetter(s[j]) || isDigit(s[j]) || (isHyphen(s[j]) && j + 1 < n && isLetter(s[j + 1])) { j += 1 }
                    abbrev = false
                }
                tokens.append(make(a, j, numeric ? .number : .word, abbrev: abbrev))
                i = j
                continue
            }
            if isApostrophe(c) && i + 1 < n && (s[i + 1] == "s" || s[i + 1] == "S") && i > 0 && (isLetter(s[i - 1]) || isDigit(s[i - 1]))
                && (i + 2 >= n || !isLetter(s[i + 2])) {
                tokens.append(make(i, i + 2, .possessive))
                i += 2
                continue
            }
            let prev: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < n ? s[i + 1] : nil
            let prevOpen = prev == nil || isSpace(prev!) || prev == "\n" || prev == "(" || prev == "[" || prev == "\u{2014}" || prev == "\u{2013}"
            // Two apostrophes (or backticks) for a double quote mark, as some archives write it: ''…''.
            if (c == "'" && next == "'") || (c == "`" && next == "`") {
                tokens.append(make(i, i + 2, c == "`" || prevOpen ? .openQuote : .closeQuote, double: true))
                i += 2
                continue
            }
            switch c {
            case "\u{201C}", "\u{AB}", "\u{201E}":
                tokens.append(make(i, i + 1, .openQuote, double: true))
            case "\u{201D}", "\u{BB}":
                tokens.append(make(i, i + 1, .closeQuote, double: true))
            case "\"":
                tokens.append(make(i, i + 1, prevOpen ? .openQuote : .closeQuote, double: true))
            case "\u{2018}":
                tokens.append(make(i, i + 1, .openQuote))
            case "\u{2019}", "'":
                let opens = prevOpen && next != nil && (isLetter(next!) || isDigit(next!))
                tokens.append(make(i, i + 1, opens ? .openQuote : .closeQuote))
            default:
                tokens.append(make(i, i + 1, .punct))
            }
            i += 1
        }
        return tokens
    }
}
