/// Reads a person's role and countries from the words before and after a name.
enum Affiliation {
    /// Role text and country codes tied to the name at tokens `name`.
    ///
    /// Before the name: a chain of titles, role nouns, demonyms, country possessives and
    /// metonyms ("Iranian Foreign Minister", "US envoy to Iran" — the country after "to" is the
    /// host, not the sender). After it: an appositive ("X, the head of Iran's ...").
    static func around(name: Range<Int>, in doc: Document) -> (String?, Set<String>) {
        let tokens = doc.tokens
        var countries: Set<String> = []
        var role: String? = nil
        let (chain, chainCountries, hasRole) = chainBefore(name.lowerBound - 1, doc: doc)
        if hasRole || !chainCountries.isEmpty {
            countries.formUnion(chainCountries)
            if hasRole, let chain { role = trimmedRole(chain, doc: doc) }
        }
        // "a spokesman for the Iranian Foreign Ministry, Nasser Kan’ani, insisted"
        if role == nil, name.lowerBound >= 2, doc.has(name.lowerBound - 1, .comma) {
            let (c2, cc2, role2) = chainBefore(name.lowerBound - 2, doc: doc)
            if role2, let c2 { role = trimmedRole(c2, doc: doc); countries.formUnion(cc2) }
        }
        // "Afshin Khajeh Fard, the head of Iran’s Aviation Industries Organization"
        var j = name.upperBound
        if j + 1 < tokens.count, doc.has(j, .comma), doc.has(j + 1, .article) {
            j += 1
            let start = j
            var found: Set<String> = []
            var sawRole = false
            while j < tokens.count, j - start < 14 {
                let t = tokens[j]
                if t.kind == .punct && !doc.has(j, .hyphen) || t.kind == .openQuote || t.kind == .closeQuote || t.kind == .newline { break }
                if doc.isVerb(j) { break }
                if doc.has(j, .personRole) || doc.has(j, .personRoleNoun) { sawRole = true }
                if let code = doc.countryCode(at: j) {
                    let form = doc.countryForm[j]
                    let end = j + Int(doc.countryLen[j])
                    if form == .demonym || (end < tokens.count && tokens[end].kind == .possessive) || form == .metonym { found.insert(code) }
                    j = end
                    continue
                }
                j += 1
            }
            if sawRole {
                countries.formUnion(found)
                if role == nil { role = trimmedRole(start..<j, doc: doc) }
            }
        }
        return (role, countries)
    }

    /// Walks back from `end` over a title chain; returns its range, countries and whether it holds a role.
    static func chainBefore(_ end: Int, doc: Document) -> (Range<Int>?, Set<String>, Bool) {
        let tokens = doc.tokens
        guard end >= 0 else { return (nil, [], false) }
        // The chain lies in the name's own sentence: a period closing the previous one is no title.
        let nameToken = min(end + 1, tokens.count - 1)
        let sentenceStart = doc.sentences[Int(max(0, doc.sentenceOf[nameToken]))].tokens.lowerBound
        guard end >= sentenceStart else { return (nil, [], false) }
        var k = end
        var countries: Set<String> = []
        var hasRole = false
        var start = end + 1
        while k >= sentenceStart && end - k < 12 {
            let t = tokens[k]
            if t.kind == .possessive { k -= 1; continue }
            // A country phrase ending at k.
            if let p = (max(sentenceStart, k - 5)...k).first(where: { doc.countryLen[$0] > 0 && $0 + Int(doc.countryLen[$0]) - 1 == k }) {
                let host = p > 0 && doc.has(p - 1, .to)
                if !host, let code = doc.countryCode(at: p) { countries.insert(code) }
                start = p
                k = p - 1
                continue
            }
            if let p = (max(sentenceStart, k - 5)...k).first(where: { doc.institutionLen[$0] > 0 && $0 + Int(doc.institutionLen[$0]) - 1 == k }) {
                let inst = doc.lex.institutions[Int(doc.institutionIdx[p])]
                if !inst.country.isEmpty { countries.insert(inst.country) }
                start = p
                k = p - 1
                continue
            }
            // Read without an abbreviation's period ("Gen." → "gen").
            let roleWord = doc.hasPeriodless(k, .titleWord) || doc.hasPeriodless(k, .personRoleNoun) || doc.hasPeriodless(k, .personRole)
                || doc.titleLen[k] > 0
            if roleWord { hasRole = true }
            let ok = roleWord || (t.kind == .word && t.isCapitalized && !doc.hasPeriodless(k, .capitalizedStopword))
                || doc.hasPeriodless(k, .chainAdjective) || (t.kind == .punct && doc.has(k, .hyphen))
            guard ok else { break }
            start = k
            k -= 1
        }
        // Drop leading function words.
        while start <= end, doc.has(start, .chainFunctionWord) { start += 1 }
        guard start <= end else { return (nil, [], false) }
        return (start..<(end + 1), countries, hasRole)
    }

    static func trimmedRole(_ r: Range<Int>, doc: Document) -> String? {
        var a = r.lowerBound
        while a < r.upperBound, doc.has(a, .roleOpener) { a += 1 }
        guard a < r.upperBound else { return nil }
        return doc.text(tokens: a..<r.upperBound)
    }
}
