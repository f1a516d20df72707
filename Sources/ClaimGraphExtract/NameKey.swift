import Foundation

/// Merge keys for names, deterministic and dependent on the name only.
public enum NameKey {
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "m", "herr"]

    /// The key under which spellings of one person's name merge.
    ///
    /// Folds case and diacritics, drops honorifics, apostrophes, hyphens and periods, and
    /// collapses doubled letters of transliteration:
    /// `NameKey.person("Mr. Nasser Kan’ani") == NameKey.person("Nasser Kanaani")` ("nasser kanani").
    public static func person(_ name: String) -> String {
        let words = fold(name).split(separator: " ").map(String.init).filter { !$0.isEmpty }
        var kept = words
        while kept.count > 1, honorifics.contains(kept[0]) { kept.removeFirst() }
        return kept.joined(separator: " ")
    }

    /// The key of one name word ("Amir-Abdollahian" → "amirabdolahian").
    static func word(_ word: String) -> String { fold(word) }

    /// Case and mark folding, punctuation removal and doubled-letter collapse.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " "
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            var c = scalar
            if Tokenizer.isLetter(c) || Tokenizer.isDigit(c) {
                if c.properties.isUppercase, let lower = c.properties.lowercaseMapping.unicodeScalars.first { c = lower }
                if c == last { continue }
            } else if c == " " || c == "\t" || c == "\n" || c == "\u{A0}" {
                c = " "
                if last == " " { continue }
            } else {
                // Apostrophes, hyphens, periods and other marks vanish.
                continue
            }
            out.append(c)
            last = c
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        while result.hasPrefix(" ") { result.removeFirst() }
        return result
    }
}
