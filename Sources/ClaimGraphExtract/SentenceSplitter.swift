/// A sentence: a range of token indices, within one paragraph.
struct Sentence: Sendable {
    var tokens: Range<Int>
    var paragraph: Int
}

/// Splits tokens into sentences and paragraphs.
///
/// Every newline ends a paragraph (scraped text uses single newlines as paragraph breaks).
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
/// the next token opens a quote or starts with a capital or a digit. Abbreviations such as
/// "Mr." or "Feb." never end a sentence; dotted initialisms ("U.S.") end one only before a
/// word that commonly opens a sentence.
enum SentenceSplitter {
    static let sentenceOpeners: WordSet = [
        "the", "he", "she", "it", "they", "we", "i", "in", "but", "this", "that", "these", "those", "a", "an",
        "on", "at", "as", "its", "his", "her", "their", "our", "there", "then", "and", "so", "meanwhile",
        "however", "yet", "after", "before", "when", "while", "if", "some", "many", "officials", "earlier",
    ]

    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        var i = 0
        let n = tokens.count
        func close(_ end: Int) {
            if end > start { sentences.append(Sentence(tokens: start..<end, paragraph: paragraph)) }
            start = end
        }
        while i < n {
            // Fields are read in place: copying a token retains its two strings.
            let kind = tokens[i].kind
            if kind == .newline {
                close(i)
                start = i + 1
                if !sentences.isEmpty && sentences.last!.paragraph == paragraph { paragraph += 1 }
                i += 1
                continue
            }
            var ends = false
            if kind == .punct, tokens[i].text == "." || tokens[i].text == "!" || tokens[i].text == "?" || tokens[i].text == "\u{2026}" {
                ends = true
            } else if tokens[i].isAbbreviation, tokens[i].text.utf8.filter({ $0 == 0x2E }).count >= 2 {
                // "U.S." ends a sentence only before a usual sentence opener.
                if i + 1 < n, tokens[i + 1].isCapitalized, sentenceOpeners.contains(lowerOf: tokens[i + 1]) { ends = true }
                if i + 1 < n, tokens[i + 1].kind == .newline { ends = true }
            }
            if ends {
                var j = i + 1
                while j < n, tokens[j].kind == .closeQuote || tokens[j].text == ")" || tokens[j].text == "]"
                        || (tokens[j].kind == .punct && (tokens[j].text == "." || tokens[j].text == "!" || tokens[j].text == "?")) {
                    j += 1
                }
                if j >= n || tokens[j].kind == .newline || tokens[j].kind == .openQuote
                    || tokens[j].isCapitalized || tokens[j].kind == .number {
                    close(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(n)
        return sentences
    }
}
