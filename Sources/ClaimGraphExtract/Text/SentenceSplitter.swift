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
    /// The sentences of `tokens`, cut from `scalars` with word ids of `words`.
    static func split(_ tokens: [Token], scalars: [Unicode.Scalar], words: Lexemes) -> [Sentence] {
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
            let kind = tokens[i].kind
            if kind == .newline {
                close(i)
                start = i + 1
                if !sentences.isEmpty && sentences.last!.paragraph == paragraph { paragraph += 1 }
                i += 1
                continue
            }
            var ends = false
            if kind == .punct, words.has(tokens[i].form, .sentenceFinal) {
                ends = true
            } else if tokens[i].isAbbreviation, (tokens[i].start..<tokens[i].end).count(where: { scalars[$0] == "." }) >= 2 {
                // "U.S." ends a sentence only before a usual sentence opener.
                if i + 1 < n, tokens[i + 1].isCapitalized, words.has(tokens[i + 1].lower, .sentenceOpener) { ends = true }
                if i + 1 < n, tokens[i + 1].kind == .newline { ends = true }
            }
            if ends {
                var j = i + 1
                while j < n, tokens[j].kind == .closeQuote || words.has(tokens[j].form, .closingBracket)
                        || (tokens[j].kind == .punct && words.has(tokens[j].form, .stop)) {
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
