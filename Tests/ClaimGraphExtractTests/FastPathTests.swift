import Testing
import Foundation
@testable import ClaimGraphExtract

/// The ASCII fast paths of the text layer give exactly what the general Unicode paths give.
@Suite struct FastPathTests {
    /// A deterministic stream of ASCII strings rich in case, spaces, apostrophes and doubled letters.
    static func asciiSamples(count: Int) -> [String] {
        let alphabet = Array("aAbBoOeE  -'.\tzZ09Mr.".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            var view = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) + 1 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                view.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            return String(view)
        }
    }

    @Test func asciiNameFoldingEqualsTheUnicodeFolding() {
        for sample in Self.asciiSamples(count: 2000) {
            #expect(NameKey.foldASCII(sample) == NameKey.foldUnicode(sample), "\(sample.debugDescription)")
        }
        #expect(NameKey.fold("Mr. Nasser Kan'ani") == NameKey.fold("Mr. Nasser Kan’ani"))
    }

    @Test func asciiLexicalFeaturesEqualTheUnicodeOnes() {
        let singles = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
        let pairs = ["Ab", "aB", "A1", "1,000", "U.S.", "McCain", "co-op", "IT'S", "e-mail", "x", ""]
        for sample in Self.asciiSamples(count: 2000) + singles + pairs {
            #expect(LexicalFeatures(form: sample) == LexicalFeatures(unicode: sample), "\(sample.debugDescription)")
        }
        // Forms that are not ASCII take the Unicode path and still differ from their ASCII look-alikes.
        #expect(LexicalFeatures(form: "Zürich") == LexicalFeatures(unicode: "Zürich"))
        #expect(LexicalFeatures(form: "Zürich").lower != LexicalFeatures(form: "Zurich").lower)
        #expect(LexicalFeatures(form: "SAID").lower == LexicalFeatures(form: "said").lower)
        #expect(LexicalFeatures(form: "SAID").shape != LexicalFeatures(form: "said").shape)
    }

    @Test func tokenTextAndLowercaseMatchTheStandardLibrary() {
        let text = "Ünal Çelik said: \"U.S. Gen. O'NEIL met ΣΩΚΡΑΤΗΣ in Zürich\"; straße 𝔘𝔫𝔦 İstanbul."
        let doc = document(text)
        let scalars = doc.scalars
        for token in doc.tokens where token.kind != .newline {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(doc.words.string(token.form) == String(view))
            #expect(doc.words.string(token.lower) == String(view).lowercased())
            #expect(token.isCapitalized == scalars[token.start].properties.isUppercase)
        }
    }

    @Test func spacesAreUnicodeWhitespaceExceptNewline() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value), scalar != "\n" else { continue }
            #expect(Tokenizer.isSpace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    /// Whether `needle` occurs in `hay`, by comparing UTF-8 at every start.
    static func naiveIncludes(_ hay: String, _ needle: String) -> Bool {
        let h = Array(hay.utf8), n = Array(needle.utf8)
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        for start in 0...(h.count - n.count) where Array(h[start..<(start + n.count)]) == n { return true }
        return false
    }

    @Test func byteSubstringSearchAgreesWithTheNaiveSearch() {
        let samples: [String] = Self.asciiSamples(count: 300) + ["Kan’ani", "Zürich", "中文 text", ""]
        let needles: [String] = Array(samples.prefix(60)) + ["a", "Mr.", "’", "ü", " "]
        for hay in samples {
            for needle in needles {
                #expect(hay.includes(needle) == Self.naiveIncludes(hay, needle), "\(hay.debugDescription) / \(needle.debugDescription)")
            }
        }
        #expect("foreign minister".includes(byte: 0x20))
        #expect(!"minister".includes(byte: 0x20))
    }

    @Test func personKeysDropLeadingHonorificsButKeepALoneOne() {
        #expect(NameKey.person("Mr. Dr. Nasser  Kan’ani") == "naser kanani")
        #expect(NameKey.person("Mr.") == "mr")
        #expect(NameKey.person("Sir Mr") == "mr")
        #expect(NameKey.person("  Misty Jones ") == "misty jones")
    }

    @Test func lexiconFieldsAreTrimmedOfSpacesTabsAndNoBreakSpaces() {
        let cases: [(String, String)] = [(" \tIran\u{A0} ", "Iran"), ("\u{A0}\u{A0}", ""), ("Côte d’Ivoire", "Côte d’Ivoire"), ("", "")]
        for (raw, expected) in cases {
            let trimmed = Array(raw.utf8).withUnsafeBufferPointer { Lexicons.trimmed($0[...]) }
            #expect(trimmed == expected)
        }
        let lines = Array("a\r\nb\n\nc".utf8).withUnsafeBufferPointer { Lexicons.lines($0).map { String(decoding: $0, as: UTF8.self) } }
        #expect(lines == ["a", "b", "c"])
    }
}

@Test func punctuationTrimmingMatchesFoundation() {
    for word in ["Ali,", "\"Ali\"", "(Ali)", "Ali", "$Ali+", "«Ali»", "--", "", "O'Neil.", "¿Qué?", "Ali…", "_x_"] {
        #expect(Lexemes.trimmingPunctuation(Substring(word)) == word.trimmingCharacters(in: .punctuationCharacters), "\(word)")
    }
}
