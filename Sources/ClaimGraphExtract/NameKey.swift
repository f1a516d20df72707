import Foundation

/// Merge keys for names, deterministic and dependent on the name only.
public enum NameKey {
    /// The honorifics a key drops (`WordClass.honorific`); keys are text, so a set of strings.
    static let honorifics = Set(WordClass.honorific.words)

    /// The key under which spellings of one person's name merge.
    ///
    /// Folds case and diacritics, drops honorifics, apostrophes, hyphens and periods, and
    /// collapses doubled letters of transliteration:
    /// `NameKey.person("Mr. Nasser Kan’ani") == NameKey.person("Nasser Kanaani")` ("naser kanani").
    public static func person(_ name: String) -> String {
        droppingHonorifics(fold(name))
    }

    /// The key under which the graph merges a person across documents, and
    /// from which the person's IRI is made: as `person`, but letters stay as
    /// written, so that the IRI reads like the name.
    ///
    /// `NameKey.spelling("Mr. Jake Sullivan") == "jake sullivan"`, where
    /// `person` gives "jake sulivan". Spellings that differ only in doubled
    /// letters ("Nasser Kanaani", "Nasser Kanani") stay apart: an IRI must be a
    /// function of the key alone, and the doubled-letter fold cannot be undone.
    public static func spelling(_ name: String) -> String {
        droppingHonorifics(fold(name, collapsingDoubles: false))
    }

    /// `key` without leading honorifics.
    private static func droppingHonorifics(_ folded: String) -> String {
        // `fold` leaves single spaces between words and none at the ends.
        var key = folded
        while let space = key.utf8.firstIndex(of: 0x20), honorifics.contains(String(key[..<space])) {
            key = String(key[key.utf8.index(after: space)...])
        }
        return key
    }

    /// The key of one name word ("Amir-Abdollahian" → "amirabdolahian").
    static func word(_ word: String) -> String { fold(word) }

    /// Case and mark folding, punctuation removal and doubled-letter collapse.
    static func fold(_ text: String, collapsingDoubles: Bool = true) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 })
            ? foldASCII(text, collapsingDoubles: collapsingDoubles)
            : foldUnicode(text, collapsingDoubles: collapsingDoubles)
    }

    /// `fold` for any text: compatibility decomposition, then scalar by scalar.
    static func foldUnicode(_ text: String, collapsingDoubles: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " "
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            var c = scalar
            if Tokenizer.isLetter(c) || Tokenizer.isDigit(c) {
                if c.properties.isUppercase, let lower = c.properties.lowercaseMapping.unicodeScalars.first { c = lower }
                if collapsingDoubles && c == last { continue }
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

    /// `fold` for ASCII text, byte by byte (no decomposition is needed).
    static func foldASCII(_ text: String, collapsingDoubles: Bool = true) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var last: UInt8 = 0x20
        for byte in text.utf8 {
            var c = byte
            let lowered = c | 0x20
            if (lowered >= 0x61 && lowered <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                if c >= 0x41 && c <= 0x5A { c = lowered }
                if collapsingDoubles && c == last { continue }
            } else if c == 0x20 || c == 0x09 || c == 0x0A {
                c = 0x20
                if last == 0x20 { continue }
            } else {
                continue
            }
            bytes.append(c)
            last = c
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
