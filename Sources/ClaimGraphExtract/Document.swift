import ClaimGraphModel

/// One article prepared for extraction: scalars, tokens, sentences, quotes and lexicon matches.
///
/// Built per `extract` call and never shared between threads.
final class Document {
    let lex: Lexicons
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    let quotes: [Quote]
    /// Sentence index of each token (newlines take the following sentence's index).
    private(set) var sentenceOf: [Int32]
    /// Index of the quote a token lies inside (between the marks), or -1.
    private(set) var quoteOf: [Int32]
    /// Longest country phrase starting at a token: length (0 if none), country index, form.
    private(set) var countryLen: [UInt8]
    private(set) var countryIdx: [Int32]
    private(set) var countryForm: [Lexicons.CountryForm]
    private(set) var outletLen: [UInt8]
    private(set) var outletIdx: [Int32]
    private(set) var institutionLen: [UInt8]
    private(set) var institutionIdx: [Int32]
    private(set) var titleLen: [UInt8]

    init(text: String, lexicons: Lexicons) {
        lex = lexicons
        scalars = ScalarString.scalars(of: text)
        tokens = Tokenizer.tokenize(scalars)
        sentences = SentenceSplitter.split(tokens)
        quotes = QuoteFinder.find(tokens)
        let n = tokens.count
        sentenceOf = Array(repeating: -1, count: n)
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.tokens { sentenceOf[t] = Int32(index) }
        }
        quoteOf = Array(repeating: -1, count: n)
        for (index, quote) in quotes.enumerated() {
            let end = quote.closed ? quote.closeToken : quote.closeToken + 1
            if quote.openToken + 1 < end {
                for t in (quote.openToken + 1)..<end { quoteOf[t] = Int32(index) }
            }
        }
        countryLen = Array(repeating: 0, count: n)
        countryIdx = Array(repeating: -1, count: n)
        countryForm = Array(repeating: .name, count: n)
        outletLen = Array(repeating: 0, count: n)
        outletIdx = Array(repeating: -1, count: n)
        institutionLen = Array(repeating: 0, count: n)
        institutionIdx = Array(repeating: -1, count: n)
        titleLen = Array(repeating: 0, count: n)
        let toks = tokens
        let exact: (Int) -> TokenTrie.Key? = { $0 < n && toks[$0].kind != .newline ? (toks[$0].text, toks[$0].textHash) : nil }
        let lower: (Int) -> TokenTrie.Key? = { $0 < n && toks[$0].kind != .newline ? (toks[$0].lower, toks[$0].lowerHash) : nil }
        let bare: (Int) -> TokenTrie.Key? = {
            guard $0 < n, toks[$0].kind != .newline else { return nil }
            let w = toks[$0].lower
            guard toks[$0].isAbbreviation, w.hasSuffix("."), !w.dropLast().includes(byte: 0x2E) else { return (w, toks[$0].lowerHash) }
            let stripped = String(w.dropLast())
            return (stripped, WordHash.of(stripped))
        }
        for i in 0..<n where toks[i].kind == .word || toks[i].kind == .number {
            if let m = lexicons.countryTrie.longestMatch(from: i, hashedKey: exact) {
                countryLen[i] = UInt8(min(m.length, 255))
                let p = m.payloads[0]
                countryIdx[i] = p / 4
                countryForm[i] = Lexicons.CountryForm(rawValue: p % 4) ?? .name
            }
            if let m = lexicons.outletTrie.longestMatch(from: i, hashedKey: exact),
               !(i + m.length < n && toks[i + m.length].kind == .word && toks[i + m.length].isCapitalized) {
                outletLen[i] = UInt8(min(m.length, 255))
                outletIdx[i] = m.payloads[0]
            }
            if let m = lexicons.institutionTrie.longestMatch(from: i, hashedKey: lower) {
                institutionLen[i] = UInt8(min(m.length, 255))
                institutionIdx[i] = m.payloads[0]
            }
            if let m = lexicons.titleTrie.longestMatch(from: i, hashedKey: bare) {
                titleLen[i] = UInt8(min(m.length, 255))
            }
        }
    }

    /// The text of scalars `range`.
    func text(_ range: Range<Int>) -> String {
        ScalarString.make(scalars, range)
    }

    /// The text of tokens `range` as written, spaces included.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The country code matched at token `i`, if a country phrase starts there.
    func countryCode(at i: Int) -> String? {
        countryLen[i] > 0 ? lex.countryCodes[Int(countryIdx[i])] : nil
    }

    /// Whether token `i` is a word with the given lowercase text.
    @inline(__always)
    func isWord(_ i: Int, _ word: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].lower == word
    }
}
