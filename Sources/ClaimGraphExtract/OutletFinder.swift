/// Finds news outlets named in a span of tokens: lexicon entries and "X news agency",
/// "state-run X" patterns; photo credits ("REUTERS/Name", "via Getty Images") are skipped.
enum OutletFinder {
    struct Found { var name: String; var surface: String; var tokens: Range<Int> }

    static let socialNetworks: WordSet = ["facebook", "twitter", "x", "instagram", "telegram", "youtube", "tiktok", "whatsapp"]

    static func outlets(in r: Range<Int>, doc: Document, skip: (Int) -> Bool = { _ in false }) -> [Found] {
        let tokens = doc.tokens
        var found: [Found] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if skip(i) { i += 1; continue }
            if doc.outletLen[i] > 0 {
                let end = i + Int(doc.outletLen[i])
                let outlet = doc.lex.outlets[Int(doc.outletIdx[i])]
                if !isCredit(i, end, doc: doc) && !socialNetworks.contains(outlet.name.lowercased()) {
                    var e = end
                    // "the IRNA news agency"
                    if e + 1 < tokens.count, tokens[e].lower == "news", tokens[e + 1].lower == "agency" { e += 2 }
                    found.append(Found(name: outlet.name, surface: doc.text(tokens: i..<e), tokens: i..<e))
                }
                i = end
                continue
            }
            // "the Xinhua news agency", "the Tasnim News Agency"
            if tokens[i].lower == "news", i + 1 < r.upperBound, tokens[i + 1].lower == "agency", i > r.lowerBound {
                var a = i
                while a > r.lowerBound, tokens[a - 1].kind == .word, tokens[a - 1].isCapitalized,
                      !Vocabulary.capitalizedStopwords.contains(lowerOf: tokens[a - 1]), doc.countryLen[a - 1] == 0, i - a < 3 { a -= 1 }
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

    /// Words before an outlet that make it the channel of a statement: "told Reuters",
    /// "according to AFP", "in an interview with CNN", "quoted by Fars", "said on Al Jazeera".
    static let creditWordsBefore: WordSet = ["to", "with", "by", "on", "in", "from", "according", "told", "tells", "telling"]
    /// Modifiers skipped between a credit word and the outlet ("the state-run IRNA").
    static let outletModifiers: WordSet = ["the", "a", "an", "state-run", "state", "official", "semi-official", "state-owned",
                                               "news", "agency", "public", "private", "pan-arab", "broadcaster", "newspaper", "daily"]

    /// Whether an outlet found in a reporting frame credits the statement rather than being
    /// only spoken of ("before the Post article was published"): a credit word comes before
    /// it, or a speech verb follows it ("Reuters reported", "AFP and Reuters reported").
    static func isCreditPosition(_ f: Found, doc: Document) -> Bool {
        let tokens = doc.tokens
        var a = f.tokens.lowerBound - 1
        while a >= 0, tokens[a].kind == .word,
              outletModifiers.contains(lowerOf: tokens[a]) || (doc.countryLen[a] > 0 && doc.countryForm[a] == .demonym) { a -= 1 }
        if a >= 0, creditWordsBefore.contains(lowerOf: tokens[a]) || doc.lex.verbs[lowerOf: tokens[a]] != nil { return true }
        var b = f.tokens.upperBound
        while b < tokens.count, tokens[b].kind == .possessive || (tokens[b].kind == .word && outletModifiers.contains(lowerOf: tokens[b])) { b += 1 }
        guard b < tokens.count else { return false }
        if tokens[b].lower == "and" || tokens[b].text == "," {
            if b + 1 < tokens.count, doc.outletLen[b + 1] > 0 { return true }
        }
        // "Reuters reported", "CNN, citing …", "a Reuters report", "a CNN interview".
        return doc.lex.verbs[lowerOf: tokens[b]] != nil || ["report", "reports", "interview", "interviews", "citing", "cited"].contains(tokens[b].lower)
            && !(a >= 0 && ["before", "after", "since", "until", "about", "against", "of"].contains(tokens[a].lower))
    }

    /// Whether an outlet at tokens `a..<b` is a photo credit.
    static func isCredit(_ a: Int, _ b: Int, doc: Document) -> Bool {
        let tokens = doc.tokens
        if a > 0, tokens[a - 1].text == "/" || tokens[a - 1].lower == "via" || tokens[a - 1].lower == "photo" { return true }
        if b < tokens.count, tokens[b].text == "/" { return true }
        return false
    }
}
