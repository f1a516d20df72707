/// A quotation: the scalars between its marks, possibly running over several paragraphs.
struct Quote: Sendable {
    /// Token index of the opening mark.
    var openToken: Int
    /// Token index of the closing mark, or of the last token when the mark is missing.
    var closeToken: Int
    /// Whether a closing mark was found.
    var closed: Bool
    /// Scalar span of the quoted text, without the marks.
    var inner: Range<Int>
}

/// Finds top-level quotations: double quotes (straight or curly) and single quotes not nested
/// in double ones. A quote left open at a paragraph end continues when the next paragraph
/// opens with a quote mark; otherwise it stops at the paragraph end.
enum QuoteFinder {
    /// The quotations of `tokens`, whose word ids are of `words`.
    static func find(_ tokens: [Token], words: Lexemes) -> [Quote] {
        var quotes: [Quote] = []
        var open: Int? = nil
        var openDouble = false
        var i = 0
        let n = tokens.count
        func lastContent(before j: Int) -> Int {
            var k = j - 1
            while k > (open ?? 0), tokens[k].kind == .newline { k -= 1 }
            return k
        }
        func finish(_ closeToken: Int, closed: Bool) {
            guard let o = open else { return }
            // An unclosed single mark is an apostrophe, not a quotation.
            if !closed && !openDouble { open = nil; return }
            let innerStart = tokens[o].end
            let innerEnd = closed ? tokens[closeToken].start : tokens[closeToken].end
            if innerEnd > innerStart { quotes.append(Quote(openToken: o, closeToken: closeToken, closed: closed, inner: innerStart..<innerEnd)) }
            open = nil
        }
        while i < n {
            let kind = tokens[i].kind, isDouble = tokens[i].isDoubleQuote
            if kind == .newline {
                if open != nil {
                    // Continue when the next paragraph opens with the same kind of mark.
                    if i + 1 < n, tokens[i + 1].kind == .openQuote, tokens[i + 1].isDoubleQuote == openDouble {
                        i += 2
                        continue
                    }
                    finish(lastContent(before: i), closed: false)
                }
                i += 1
                continue
            }
            if let _ = open {
                let isClose = kind == .closeQuote || (isDouble && openDouble && words.has(tokens[i].form, .straightQuote))
                if isClose && isDouble == openDouble {
                    finish(i, closed: true)
                }
            } else if kind == .openQuote {
                open = i
                openDouble = isDouble
            } else if kind == .closeQuote && words.has(tokens[i].form, .straightQuote) {
                // A straight mark glued to a word start reads as opening ("said,"quote").
                open = i
                openDouble = true
            }
            i += 1
        }
        if open != nil { finish(lastContent(before: n), closed: false) }
        return quotes
    }
}
