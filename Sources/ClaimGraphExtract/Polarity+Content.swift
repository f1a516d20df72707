/// Decides claim or denial from the reporting verb and the content.
enum PolarityRule {
    static let concessives: WordSet = ["although", "though", "while", "whilst", "whereas", "despite"]
    static let negatedAux: WordSet = ["do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "will", "cannot"]

    /// Denial when the verb denies, the content calls something false, or its main clause is
    /// negated with a non-modal auxiliary ("we never sent", "does not export").
    static func polarity(verbDenies: Bool, content: Range<Int>, doc: Document) -> Polarity {
        if verbDenies { return .denial }
        let tokens = doc.tokens
        let range = tokenRange(of: content, doc: doc)
        guard !range.isEmpty else { return .claim }
        let lower: (Int) -> TokenTrie.Key? = { $0 < range.upperBound ? (tokens[$0].lower, tokens[$0].lowerHash) : nil }
        for i in range {
            if let m = doc.lex.denialCueTrie.longestMatch(from: i, hashedKey: lower), m.payloads.contains(where: { $0 != 0 }) {
                return .denial
            }
        }
        if ["if", "unless", "should", "when"].contains(tokens[range.lowerBound].lower) { return .claim }
        var first = range.lowerBound
        // A leading concession ("Although others armed Ukraine, we never sent …"): read the main clause.
        if concessives.contains(lowerOf: tokens[first]),
           let comma = (first..<min(range.upperBound, first + 30)).first(where: { tokens[$0].text == "," }) {
            first = comma + 1
        }
        var i = first
        while i < min(range.upperBound, first + 8) {
            let t = tokens[i]
            if t.lower == "never" { return .denial }
            if t.lower == "not" || t.lower == "n't", i > first, negatedAux.contains(lowerOf: tokens[i - 1]) {
                // "is not going to", "will not be able to": an intention, not a denial.
                if i + 2 < range.upperBound, tokens[i + 1].lower == "going", tokens[i + 2].lower == "to" { return .claim }
                return .denial
            }
            if t.lower == "that" || t.lower == "if" || t.text == "," { break }
            i += 1
        }
        return .claim
    }

    /// Tokens whose start lies in the scalar range.
    static func tokenRange(of content: Range<Int>, doc: Document) -> Range<Int> {
        let tokens = doc.tokens
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start < content.lowerBound { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < tokens.count, tokens[end].start < content.upperBound { end += 1 }
        return lo..<end
    }
}
