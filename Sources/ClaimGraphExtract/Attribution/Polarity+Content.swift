/// Decides claim or denial from the reporting verb and the content.
enum PolarityRule {
    /// Denial when the verb denies, the content calls something false, or its main clause is
    /// negated with a non-modal auxiliary ("we never sent", "does not export").
    static func polarity(verbDenies: Bool, content: Range<Int>, doc: Document) -> Polarity {
        if verbDenies { return .denial }
        let tokens = doc.tokens
        let range = tokenRange(of: content, doc: doc)
        guard !range.isEmpty else { return .claim }
        let lower: (Int) -> WordID? = { $0 < range.upperBound ? tokens[$0].lower : nil }
        for i in range {
            if let m = doc.lex.denialCueTrie.longestMatch(from: i, key: lower), m.payloads.contains(where: { $0 != 0 }) {
                return .denial
            }
        }
        if doc.has(range.lowerBound, .conditional) { return .claim }
        var first = range.lowerBound
        // A leading concession ("Although others armed Ukraine, we never sent …"): read the main clause.
        if doc.has(first, .concessive),
           let comma = (first..<min(range.upperBound, first + 30)).first(where: { doc.has($0, .comma) }) {
            first = comma + 1
        }
        var i = first
        while i < min(range.upperBound, first + 8) {
            if doc.has(i, .never) { return .denial }
            if doc.has(i, .not) || doc.has(i, .nt), i > first, doc.has(i - 1, .negatedAux) {
                // "is not going to", "will not be able to": an intention, not a denial.
                if i + 2 < range.upperBound, doc.has(i + 1, .going), doc.has(i + 2, .to) { return .claim }
                return .denial
            }
            if doc.has(i, .that) || doc.has(i, .if) || doc.has(i, .comma) { break }
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
