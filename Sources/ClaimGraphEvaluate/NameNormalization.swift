import Foundation

/// The string normalizations the scorer compares with (FORMAT.md, "Scoring").
public enum NameNormalization {
    /// Apostrophe-like characters removed from names: ' ’ ʼ ‘ ` and kin.
    static let apostrophes: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{02BC}", "\u{2018}", "`", "\u{00B4}", "\u{2032}", "\u{02B9}", "\u{201B}",
    ]
    /// Hyphens, dashes and minus signs.
    static let dashes: Set<Unicode.Scalar> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
        "\u{FE58}", "\u{FE63}", "\u{FF0D}", "\u{00AD}",
    ]
    /// Double-quote-like characters, mapped to `"` in content.
    static let doubleQuotes: Set<Unicode.Scalar> = [
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}", "\u{FF02}",
    ]
    /// Single-quote-like characters, mapped to `'` in content.
    static let singleQuotes: Set<Unicode.Scalar> = [
        "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2039}", "\u{203A}", "`", "\u{2032}",
    ]

    /// Normalizes a name: NFKD, marks removed, case-folded, apostrophes and
    /// hyphens removed, white space collapsed.
    ///
    ///     NameNormalization.name("Hossein  Amir-Abdollahian")  // "hossein amirabdollahian"
    ///     NameNormalization.name("Kan’ani")                    // "kanani"
    ///     NameNormalization.name("Zelenskŷ")                   // "zelensky"
    public static func name(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if isMark(scalar) || apostrophes.contains(scalar) || dashes.contains(scalar) { continue }
            scalars.append(scalar)
        }
        return collapseWhiteSpace(caseFold(String(scalars)))
    }

    /// Normalizes statement content for cue matching: curly and angle quotes
    /// made plain, dashes made `-`, white space collapsed, case-folded.
    ///
    ///     NameNormalization.content("“We  have\nnot” — sold")  // "\"we have not\" - sold"
    public static func content(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if doubleQuotes.contains(scalar) {
                scalars.append("\"")
            } else if singleQuotes.contains(scalar) {
                scalars.append("'")
            } else if dashes.contains(scalar) {
                scalars.append("-")
            } else {
                scalars.append(scalar)
            }
        }
        return collapseWhiteSpace(caseFold(String(scalars)))
    }

    /// Whether `text` contains `cue`, both normalized with `content(_:)`.
    ///
    /// An empty cue is contained in nothing.
    public static func contentContains(_ text: String, cue: String) -> Bool {
        let needle = Array(content(cue).utf8)
        guard !needle.isEmpty else { return false }
        let haystack = Array(content(text).utf8)
        return haystack.firstRange(of: needle) != nil
    }

    /// The words of a name or description: `name(_:)`, then periods dropped
    /// ("U.S." → "us") and other punctuation treated as space.
    ///
    ///     NameNormalization.words("the U.S. officials,")  // ["the", "us", "officials"]
    public static func words(_ text: String) -> [String] {
        var scalars = String.UnicodeScalarView()
        for scalar in name(text).unicodeScalars {
            if scalar == "." { continue }
            let letterOrDigit = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            scalars.append(letterOrDigit ? scalar : " ")
        }
        return String(scalars).split(separator: " ").map(String.init)
    }

    /// Whether one word sequence equals the other or contains it as whole, consecutive words.
    ///
    ///     wordsOverlap(["foreign", "ministry"], ["the", "foreign", "ministry"])  // true
    ///     wordsOverlap(["post"], ["washington", "posts"])                        // false
    public static func wordsOverlap(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return long.firstRange(of: short) != nil
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Lower-cases, and applies the full case folds that lower-casing misses.
    private static func caseFold(_ text: String) -> String {
        var folded = text.lowercased()
        if folded.contains("ß") { folded = folded.replacingOccurrences(of: "ß", with: "ss") }
        if folded.contains("ς") { folded = folded.replacingOccurrences(of: "ς", with: "σ") }
        return folded
    }

    private static func collapseWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
