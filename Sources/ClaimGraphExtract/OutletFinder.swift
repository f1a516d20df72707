/// Finds news outlets named in a span of tokens: lexicon entries and "X news agency",
/// "state-run X" patterns; photo credits ("REUTERS/Name", "via Getty Images") are skipped.
enum OutletFinder {
    struct Found { var name: String; var surface: String; var tokens: Range<Int> }

    static func outlets(in r: Range<Int>, doc: Document, skip: (Int) -> Bool = { _ in false }) -> [Found] {
        let tokens = doc.tokens
        var found: [Found] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if skip(i) { i += 1; continue }
            if doc.outletLen[i] > 0 {
                let end = i + Int(doc.outletLen[i])
                let outlet = doc.lex.outlets[Int(doc.outletIdx[i])]
                if !isCredit(i, end, doc: doc) && !outlet.isSocialNetwork {
                    var e = end
                    // "the IRNA news agency"
                    if e + 1 < tokens.count, doc.has(e, .news), doc.has(e + 1, .agency) { e += 2 }
                    found.append(Found(name: outlet.name, surface: doc.text(tokens: i..<e), tokens: i..<e))
                }
                i = end
                continue
            }
            // "the Xinhua news agency", "the Tasnim News Agency"
            if doc.has(i, .news), i + 1 < r.upperBound, doc.has(i + 1, .agency), i > r.lowerBound {
                var a = i
                while a > r.lowerBound, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized,
                      !doc.has(a - 1, .capitalizedStopword), doc.countryLen[a - 1] == 0, i - a < 3 { a -= 1 }
                if a < i, !found.contains(where: { $0.tokens.contains(a) }) {
                    let name = doc.text(tokens: a..<i)
                    found.append(Found(name: tokens[i].isCapitalized ? doc.text(tokens: a..<(i + 2)) : name,
                                       surface: doc.text(tokens: a..<(i + 2)), tokens: a..<(i + 2)))
                }
            }
            i += 1
        }
        return found
    }

    /// Whether an outlet found in a reporting frame credits the statement rather than being
    /// only spoken of ("before the Post article was published"): a credit word comes before
    /// it, or a speech verb follows it ("Reuters reported", "AFP and Reuters reported").
    static func isCreditPosition(_ f: Found, doc: Document) -> Bool {
        let tokens = doc.tokens
        var a = f.tokens.lowerBound - 1
        while a >= 0, tokens[a].kind == .word,
              doc.has(a, .outletModifier) || (doc.countryLen[a] > 0 && doc.countryForm[a] == .demonym) { a -= 1 }
        if a >= 0, doc.has(a, .creditWordBefore) || doc.isVerb(a) { return true }
        var b = f.tokens.upperBound
        while b < tokens.count, tokens[b].kind == .possessive || (tokens[b].kind == .word && doc.has(b, .outletModifier)) { b += 1 }
        guard b < tokens.count else { return false }
        if doc.has(b, .and) || doc.has(b, .comma) {
            if b + 1 < tokens.count, doc.outletLen[b + 1] > 0 { return true }
            // "…, PressTV, noted, “…”": a comma the writer put before the outlet's verb.
            if doc.has(b, .comma), b + 1 < tokens.count, doc.isVerb(b + 1) { return true }
        }
        // "Reuters reported", "CNN, citing …", "a Reuters report", "a CNN interview".
        return doc.isVerb(b) || doc.has(b, .creditNoun)
            && !(a >= 0 && doc.has(a, .aboutPreposition))
    }

    /// Whether an outlet at tokens `a..<b` is a photo credit.
    static func isCredit(_ a: Int, _ b: Int, doc: Document) -> Bool {
        let tokens = doc.tokens
        if a > 0, doc.has(a - 1, .slash) || doc.has(a - 1, .via) || doc.has(a - 1, .photo) { return true }
        if b < tokens.count, doc.has(b, .slash) { return true }
        return false
    }
}
