import ClaimGraphModel

/// One article prepared for extraction: scalars, tokens, sentences, quotes and lexicon matches.
///
/// Built per `extract` call and never shared between threads.
final class Document {
    let lex: Lexicons
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// The shared vocabulary and this document's overlay, which the token ids index.
    let words: DocumentWords
    let sentences: [Sentence]
    let quotes: [Quote]
    /// The tagger and parser the document's syntax comes from (nil: a document without syntax).
    let syntaxModel: SyntaxModel?
    /// Tags for every token and the trees of the sentences that can carry an attribution,
    /// computed the first time something reads them (a document's rules that need no syntax
    /// pay nothing for it).
    private(set) lazy var syntax: DocumentSyntax = {
        guard let model = syntaxModel else { preconditionFailure("Document made without a syntax model") }
        return DocumentSyntax(doc: self, model: model, scope: .attributionSentences)
    }()
    /// Sentence index of each token (newlines take the following sentence's index).
    let sentenceOf: [Int32]
    /// Index of the quote a token lies inside (between the marks), or -1.
    let quoteOf: [Int32]
    /// Longest country phrase starting at a token: length (0 if none), country index, form.
    let countryLen: [UInt8]
    let countryIdx: [Int32]
    let countryForm: [Lexicons.CountryForm]
    let outletLen: [UInt8]
    let outletIdx: [Int32]
    let institutionLen: [UInt8]
    let institutionIdx: [Int32]
    let titleLen: [UInt8]

    init(text: String, lexicons: Lexicons, syntaxModel: SyntaxModel? = nil) {
        lex = lexicons
        self.syntaxModel = syntaxModel
        scalars = ScalarString.scalars(of: text)
        var words = DocumentWords(shared: lexicons.words)
        tokens = Tokenizer.tokenize(scalars, words: &words)
        self.words = words
        sentences = SentenceSplitter.split(tokens, scalars: scalars, words: lexicons.words)
        quotes = QuoteFinder.find(tokens, words: lexicons.words)
        let n = tokens.count
        var sentenceOf: [Int32] = Array(repeating: -1, count: n)
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.tokens { sentenceOf[t] = Int32(index) }
        }
        var quoteOf: [Int32] = Array(repeating: -1, count: n)
        for (index, quote) in quotes.enumerated() {
            let end = quote.closed ? quote.closeToken : quote.closeToken + 1
            if quote.openToken + 1 < end {
                for t in (quote.openToken + 1)..<end { quoteOf[t] = Int32(index) }
            }
        }
        var countryLen: [UInt8] = Array(repeating: 0, count: n)
        var countryIdx: [Int32] = Array(repeating: -1, count: n)
        var countryForm: [Lexicons.CountryForm] = Array(repeating: .name, count: n)
        var outletLen: [UInt8] = Array(repeating: 0, count: n)
        var outletIdx: [Int32] = Array(repeating: -1, count: n)
        var institutionLen: [UInt8] = Array(repeating: 0, count: n)
        var institutionIdx: [Int32] = Array(repeating: -1, count: n)
        var titleLen: [UInt8] = Array(repeating: 0, count: n)
        let toks = tokens
        let exact: (Int) -> WordID? = { $0 < n && toks[$0].kind != .newline ? toks[$0].form : nil }
        let lower: (Int) -> WordID? = { $0 < n && toks[$0].kind != .newline ? toks[$0].lower : nil }
        // Titles are keyed without an abbreviation's final period ("Sen." → "sen").
        let bare: (Int) -> WordID? = { [words] in
            guard $0 < n, toks[$0].kind != .newline else { return nil }
            return toks[$0].isAbbreviation ? words.bare(toks[$0].lower) : toks[$0].lower
        }
        for i in 0..<n where toks[i].kind == .word || toks[i].kind == .number {
            if let m = lexicons.countryTrie.longestMatch(from: i, key: exact) {
                countryLen[i] = UInt8(min(m.length, 255))
                let p = m.payloads[0]
                countryIdx[i] = p / 4
                countryForm[i] = Lexicons.CountryForm(rawValue: p % 4) ?? .name
            }
            if let m = lexicons.outletTrie.longestMatch(from: i, key: exact),
               !(i + m.length < n && toks[i + m.length].kind == .word && toks[i + m.length].isCapitalized) {
                outletLen[i] = UInt8(min(m.length, 255))
                outletIdx[i] = m.payloads[0]
            }
            if let m = lexicons.institutionTrie.longestMatch(from: i, key: lower) {
                institutionLen[i] = UInt8(min(m.length, 255))
                institutionIdx[i] = m.payloads[0]
            }
            if let m = lexicons.titleTrie.longestMatch(from: i, key: bare) {
                titleLen[i] = UInt8(min(m.length, 255))
            }
        }
        self.sentenceOf = sentenceOf
        self.quoteOf = quoteOf
        self.countryLen = countryLen
        self.countryIdx = countryIdx
        self.countryForm = countryForm
        self.outletLen = outletLen
        self.outletIdx = outletIdx
        self.institutionLen = institutionLen
        self.institutionIdx = institutionIdx
        self.titleLen = titleLen
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

    // MARK: word tests

    /// Whether token `i` is in word class `c` (by its lowercase form; by its form for `byForm` classes).
    @inline(__always)
    func has(_ i: Int, _ c: WordClass) -> Bool {
        lex.words.has(c.byForm ? tokens[i].form : tokens[i].lower, c)
    }

    /// Whether token `i`, without the final period of an abbreviation ("Sen." → "sen"), is in class `c`.
    @inline(__always)
    func hasPeriodless(_ i: Int, _ c: WordClass) -> Bool {
        lex.words.has(words.periodless(tokens[i].lower), c)
    }

    /// The spelling facts of token `i`'s lowercase form.
    @inline(__always)
    func shape(_ i: Int) -> WordShape { words.shape(tokens[i].lower) }

    /// The speech verb token `i` is a form of.
    @inline(__always)
    func verb(_ i: Int) -> Lexicons.Verb? { lex.verb(tokens[i].lower) }

    /// Whether token `i` is a speech verb form.
    @inline(__always)
    func isVerb(_ i: Int) -> Bool { lex.words.has(tokens[i].lower, .speechVerb) }

    /// The form of token `i` as written, for text that leaves extraction (name keys).
    func formText(_ i: Int) -> String { words.string(tokens[i].form) }

    /// The lowercase form of token `i`, for text that leaves extraction.
    func lowerText(_ i: Int) -> String { words.string(tokens[i].lower) }

    // MARK: for the tagger and the parser

    /// The lexical features of every token, in token order (overlay forms computed once each).
    var features: [LexicalFeatures] { words.features(of: tokens, memo: &overlayFeatures) }

    /// The lexical features of the given tokens only: what the tagger needs for the sentences
    /// in scope, without computing features for the forms of the others.
    func features(of range: Range<Int>) -> [LexicalFeatures] { words.features(of: tokens[range], memo: &overlayFeatures) }

    private var overlayFeatures: [LexicalFeatures?] = []

    /// Whether token `t` is a word of its sentence for the tagger and the parser (every token
    /// but a newline).
    @inline(__always)
    func isSyntaxWord(_ t: Int) -> Bool { tokens[t].kind != .newline }

    /// The tokens of sentence `si` that the tagger and the parser read, in order.
    func syntaxWords(ofSentence si: Int) -> [Int] { sentences[si].tokens.filter(isSyntaxWord) }
}
