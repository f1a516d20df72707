/// A person as one document names them: every surface form, roles and countries.
struct PersonCluster {
    var surfaces: [String] = []
    var fullest: String = ""
    var fullestWords = 0
    var countries: Set<String> = []
    var roles: [String] = []
    var key: String = ""
    var lastKey: String = ""
}

/// One mention of a person: a token range and its cluster.
struct PersonMention {
    var tokens: Range<Int>
    var cluster: Int
}

/// Finds person names: capitalized sequences decided by given names, titles, roles, photo
/// credits, coordination with a known name and speech verbs; merges spellings within the
/// document and reads roles and countries from the words around each name.
struct NameFinder {
    let doc: Document
    var clusters: [PersonCluster] = []
    var mentions: [PersonMention] = []
    /// Mention index starting at each token, or -1.
    var mentionAt: [Int32]
    /// Whether a token lies inside a matched country, outlet or institution phrase.
    private let inPhrase: [Bool]

    init(doc: Document) {
        self.doc = doc
        mentionAt = Array(repeating: -1, count: doc.tokens.count)
        inPhrase = Self.phraseCover(doc)
        run()
    }

    /// Marks every token of the country, outlet and institution phrases the document matched.
    private static func phraseCover(_ doc: Document) -> [Bool] {
        let n = doc.tokens.count
        var cover = Array(repeating: false, count: n)
        for i in 0..<n {
            let len = max(Int(doc.countryLen[i]), Int(doc.outletLen[i]), Int(doc.institutionLen[i]))
            guard len > 0 else { continue }
            for k in i..<min(n, i + len) { cover[k] = true }
        }
        return cover
    }

    private static let particles: WordSet = ["bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "abu", "bint", "ben"]

    private func isNameToken(_ i: Int) -> Bool {
        // Most tokens fail here; the fields are read in place, as copying a token retains its strings.
        guard doc.tokens[i].kind == .word, doc.tokens[i].isCapitalized else { return false }
        let t = doc.tokens[i]
        if inPhrase[i] || doc.titleLen[i] > 0 { return false }
        if doc.lex.titleWords.contains(lowerOf: t) || doc.lex.nonNames.contains(lowerOf: t) { return false }
        if Vocabulary.capitalizedStopwords.contains(lowerOf: t) || Vocabulary.weekdaysMonths.contains(lowerOf: t) { return false }
        if doc.lex.roleNouns[lowerOf: t] != nil || Vocabulary.personRoles.contains(lowerOf: t) || Vocabulary.groupNouns.contains(lowerOf: t) { return false }
        if doc.lex.verbs[lowerOf: t] != nil { return false }
        let scalars = doc.scalars
        let count = t.end - t.start
        if count > 1 && !(t.start..<t.end).contains(where: { Tokenizer.isLowercase(scalars[$0]) }) { return false }
        if t.isAbbreviation && count > 2 { return false }
        if count > 2, Tokenizer.isUppercase(scalars[t.start + 1]) { return false }
        return true
    }

    private func isTitleOrRole(_ i: Int) -> Bool {
        guard i >= 0 else { return false }
        if isAttachedPeriod(i) { return isTitleOrRole(i - 1) }
        let t = doc.tokens[i]
        var lower = t.lower, hash = t.lowerHash
        if lower.hasSuffix(".") { lower.removeLast(); hash = WordHash.of(lower) }
        guard !lower.isEmpty else { return false }
        // Only a word that can end a title: "House" of "House Speaker" gives no title to "House Budget".
        return doc.lex.titleLastWords.contains(lower, hash: hash) || doc.lex.roleNouns[lower, hash: hash] == "person"
            || Vocabulary.personRoles.contains(lower, hash: hash) || NameKey.honorifics.contains(lower, hash: hash)
    }

    /// Whether token `i` is a middle initial: one capital letter, with or without a period ("G.", "W").
    private func isInitial(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        let scalars = t.text.unicodeScalars
        return scalars.count == 1 || (scalars.count == 2 && scalars.last == ".")
    }

    /// How a capitalized word heads a place, building, organization or law name ("Hill", "Street",
    /// "University", "Act"), from `name-heads.tsv`: nil when it does not, true when it is also a surname.
    private func nameHead(_ i: Int) -> Bool? {
        guard i >= 0, i < doc.tokens.count, doc.tokens[i].kind == .word, doc.tokens[i].isCapitalized else { return nil }
        return doc.lex.nameHeads[lowerOf: doc.tokens[i]]
    }

    /// Whether a whole title phrase ("Sen.", "Foreign Minister", "Speaker of the House") ends right before token `a`.
    private func titlePhraseEnds(before a: Int) -> Bool {
        if a > 0, isAttachedPeriod(a - 1) { return titlePhraseEnds(before: a - 1) }
        return (max(0, a - 6)..<max(0, a)).contains { doc.titleLen[$0] > 0 && $0 + Int(doc.titleLen[$0]) == a }
    }

    /// Whether the title phrase that ends right before token `a` itself follows "of" ("Bureau of Justice").
    private func titleFollowsOf(before a: Int) -> Bool {
        guard let p = (max(0, a - 6)..<max(0, a)).first(where: { doc.titleLen[$0] > 0 && $0 + Int(doc.titleLen[$0]) == a }) else { return false }
        return p > 0 && doc.tokens[p - 1].lower == "of"
    }

    /// Whether token `i` is a period the tokenizer split from a short capitalized abbreviation before it
    /// ("Sens" "." of "Sens."), not a full stop after a long word ("the President. Unclear ...").
    private func isAttachedPeriod(_ i: Int) -> Bool {
        guard i > 0, doc.tokens[i].text == "." else { return false }
        let w = doc.tokens[i - 1]
        return w.kind == .word && w.isCapitalized && w.end == doc.tokens[i].start && w.text.unicodeScalars.count <= 5
    }

    /// Whether a person role noun or an honorific stands right before token `a` ("spokesman", "minister", "Mr").
    private func roleNounBefore(_ a: Int) -> Bool {
        guard a > 0 else { return false }
        var lower = doc.tokens[a - 1].lower
        if lower.hasSuffix(".") { lower.removeLast() }
        return doc.lex.roleNouns[lower] == "person" || Vocabulary.personRoles.contains(lower) || NameKey.honorifics.contains(lower)
    }

    /// Whether an appositive that names a role follows the name ending before token `b`:
    /// "Ann Roe, an energy analyst at ...", "Ann Roe, president of the ...".
    private func appositiveRoleAfter(_ b: Int) -> Bool {
        let tokens = doc.tokens
        guard b + 1 < tokens.count, tokens[b].text == "," else { return false }
        var k = b + 1
        if Vocabulary.determiners.contains(lowerOf: tokens[k]) { k += 1 }
        let end = min(tokens.count, k + 5)
        while k < end {
            let t = tokens[k]
            guard t.kind == .word else { return false }
            if doc.lex.verbs[lowerOf: t] != nil || Vocabulary.clauseWords.contains(lowerOf: t) { return false }
            // A lowercase role noun heading the appositive, not a possessor ("the president's retreat")
            // nor a title before another name ("Mayor Bill ...").
            if t.text == t.lower, doc.lex.roleNouns[lowerOf: t] == "person" || Vocabulary.personRoles.contains(lowerOf: t) {
                // The role noun heads the phrase: what follows is punctuation or a preposition, not another noun.
                guard k + 1 < tokens.count else { return true }
                let next = tokens[k + 1]
                return next.kind == .punct || Self.afterRole.contains(lowerOf: next)
            }
            k += 1
        }
        return false
    }

    /// Whether an outlet or an all-capitals agency word ("REUTERS", "AFP") ends at token `i`.
    private func isCreditAgency(ending i: Int) -> Bool {
        guard i >= 0 else { return false }
        if isAllCaps(i) { return true }
        return (max(0, i - 5)...i).contains { doc.outletLen[$0] > 0 && $0 + Int(doc.outletLen[$0]) == i + 1 }
    }

    /// Whether an outlet or an all-capitals agency word starts at token `i`.
    private func isCreditAgency(starting i: Int) -> Bool {
        doc.outletLen[i] > 0 || isAllCaps(i)
    }

    private func isAllCaps(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && t.text.unicodeScalars.count >= 2 && t.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether token `i` is a common English word that is not a name ("Seeds", "Statistics", "Insurance"),
    /// by `common-words.txt`, after stripping a regular inflection.
    private func isCommonWord(_ i: Int) -> Bool {
        let w = doc.tokens[i].lower
        let common = doc.lex.commonWords
        if common.contains(w) { return true }
        for (suffix, base) in Self.inflections where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            if common.contains(String(w.dropLast(suffix.count)) + base) { return true }
        }
        return false
    }

    private static let inflections: [(String, String)] = [("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]

    private static let afterRole: WordSet = ["of", "at", "for", "in", "with", "and", "who", "from", "on", "to"]

    /// Whether a first name word is a known given name, or a hyphenated one whose first part is ("Jean-Lin").
    private func isGivenName(_ token: Token) -> Bool {
        if doc.lex.givenNames.contains(textOf: token) { return true }
        let word = token.text
        // Both parts must be given names: "Jean-Lin", but not "Franco-Prussian" or "Clinton-purchased".
        let utf8 = word.utf8
        guard let hyphen = utf8.firstIndex(of: 0x2D) else { return false }
        let rest = word[utf8.index(after: hyphen)...]
        guard !rest.utf8.contains(0x2D) else { return false }
        let (head, tail) = (String(word[..<hyphen]), String(rest))
        return doc.lex.givenNames.contains(head) && (doc.lex.givenNames.contains(tail) || doc.lex.ambiguousGivenNames.contains(tail))
    }

    /// Whether a role with a posting place ends right before token `a`: "envoy to Iran",
    /// "ambassador in Kyiv", "correspondent for France".
    private func rolePlaceBefore(_ a: Int) -> Bool {
        guard a >= 3 else { return false }
        let tokens = doc.tokens
        // The country phrase that ends at a - 1.
        guard let p = (max(0, a - 5)..<a).first(where: { doc.countryLen[$0] > 0 && $0 + Int(doc.countryLen[$0]) == a }),
              p >= 2, ["to", "in", "at", "for"].contains(tokens[p - 1].lower) else { return false }
        return isTitleOrRole(p - 2)
    }

    private mutating func run() {
        let tokens = doc.tokens
        let n = tokens.count
        var i = 0
        while i < n {
            guard isNameToken(i) else { i += 1; continue }
            var j = i
            while j < n && j - i < 5 {
                if isNameToken(j) { j += 1; continue }
                // "Stephen G. Breyer", "George W Bush": an initial between two name words.
                if j > i, isInitial(j), j + 1 < n, isNameToken(j + 1) { j += 1; continue }
                if Self.particles.contains(lowerOf: tokens[j]), j + 1 < n, isNameToken(j + 1), j > i { j += 1; continue }
                break
            }
            var a = i
            if !doc.lex.givenNames.contains(textOf: tokens[a]) {
                if let k = (a + 1..<j).first(where: { doc.lex.givenNames.contains(textOf: tokens[$0]) }), j - k >= 2 { a = k }
            }
            consider(a..<j)
            i = j
        }
        mergeSurnameClusters()
    }

    private mutating func consider(_ r: Range<Int>) {
        let tokens = doc.tokens
        let a = r.lowerBound, b = r.upperBound
        let words = b - a
        let given = isGivenName(tokens[a]) && !(words == 1)
        // One word needs a whole title or a role noun: "House" of "House Speaker" does not title "House Budget".
        let titled = words == 1
            ? titlePhraseEnds(before: a) || roleNounBefore(a) || rolePlaceBefore(a)
            : isTitleOrRole(a - 1) || (a > 0 && doc.titleLen[a - 1] > 0) || rolePlaceBefore(a)
        // Photo credits: "REUTERS/Jane Doe", "Jane Doe/AFP/Getty Images".
        let credit = (a > 1 && tokens[a - 1].text == "/" && isCreditAgency(ending: a - 2))
            || (b + 1 < tokens.count && tokens[b].text == "/" && isCreditAgency(starting: b + 1))
        let coordinated = a > 1 && tokens[a - 1].lower == "and" && mentions.last.map { $0.tokens.upperBound == a - 1 } == true
        let speech = b < tokens.count && doc.lex.verbs[lowerOf: tokens[b]] != nil && !Vocabulary.determiners.contains(lowerOf: tokens[b])
        // Initials do not take part in the merge key: "Stephen G. Breyer" is "Stephen Breyer".
        let key = NameKey.person(r.filter { !isInitial($0) }.map { tokens[$0].text }.joined(separator: " "))
        let knownSurname = words == 1 && clusters.contains { $0.lastKey == key }
        let administration = words == 1 && b < tokens.count && tokens[b].lower == "administration"
        let wholeTitle = titlePhraseEnds(before: a)
        let isPerson: Bool
        if words >= 2 {
            // An ambiguous given name before a word that is no common English word: "Rush Limbaugh", not "Will Power".
            let ambiguousGiven = doc.lex.ambiguousGivenNames.contains(textOf: tokens[a]) && !isCommonWord(b - 1)
            isPerson = given || titled || credit || coordinated || (speech && !doc.lex.ambiguousGivenNames.contains(textOf: tokens[a]))
                || appositiveRoleAfter(b) || ambiguousGiven
            // Only common words and no given name or whole title: "Disability Insurance", "Identity Politics".
            if isPerson && !given && !wholeTitle && !credit && r.allSatisfy({ isInitial($0) || isCommonWord($0) }) { return }
        } else {
            // A lone given name as a speaker: "Michael said ...".
            isPerson = titled || knownSurname || administration || (speech && doc.lex.givenNames.contains(textOf: tokens[a]))
            // A common word titled only by a role noun is no surname: "the House Budget", "a policy Review".
            // Nor after a title inside an organization name: "Bureau of Justice Statistics".
            if isPerson && (!wholeTitle || titleFollowsOf(before: a)) && !knownSurname && isCommonWord(a) { return }
        }
        guard isPerson else { return }
        // A place, building or organization name: "Chestnut Hill", "Baker Street", "Johns Hopkins University".
        if nameHead(b) != nil { return }
        if let surnameLike = nameHead(b - 1), !surnameLike || !(given || titled || knownSurname) { return }
        let surface = doc.text(tokens: r)
        let lastKey = NameKey.word(tokens[b - 1].text)
        var clusterIndex: Int
        if words == 1 {
            if let m = mentions.last(where: { clusters[$0.cluster].lastKey == key }) {
                clusterIndex = m.cluster
            } else {
                clusterIndex = newCluster(key: key, lastKey: lastKey)
            }
        } else if let existing = clusters.firstIndex(where: { $0.key == key }) {
            clusterIndex = existing
        } else {
            clusterIndex = newCluster(key: key, lastKey: lastKey)
        }
        var c = clusters[clusterIndex]
        if !c.surfaces.contains(surface) { c.surfaces.append(surface) }
        if words > c.fullestWords { c.fullest = surface; c.fullestWords = words }
        let (role, countries) = Affiliation.around(name: r, in: doc)
        if let role, !c.roles.contains(role) { c.roles.append(role) }
        c.countries.formUnion(countries)
        if administration { c.countries.insert("US") }
        clusters[clusterIndex] = c
        mentionAt[a] = Int32(mentions.count)
        mentions.append(PersonMention(tokens: r, cluster: clusterIndex))
    }

    private mutating func newCluster(key: String, lastKey: String) -> Int {
        clusters.append(PersonCluster(key: key, lastKey: lastKey))
        return clusters.count - 1
    }

    /// Folds a surname-only cluster into the one full name that ends with it.
    private mutating func mergeSurnameClusters() {
        var target = Array(clusters.indices)
        for (index, c) in clusters.enumerated() where c.fullestWords == 1 {
            let candidates = clusters.indices.filter { clusters[$0].fullestWords > 1 && clusters[$0].lastKey == c.key }
            if candidates.count == 1 { target[index] = candidates[0] }
        }
        for (index, t) in target.enumerated() where t != index {
            for s in clusters[index].surfaces where !clusters[t].surfaces.contains(s) { clusters[t].surfaces.append(s) }
            clusters[t].countries.formUnion(clusters[index].countries)
            for r in clusters[index].roles where !clusters[t].roles.contains(r) { clusters[t].roles.append(r) }
        }
        for m in mentions.indices { mentions[m].cluster = target[mentions[m].cluster] }
    }

    /// The person mention covering token `i`, if any.
    func mention(covering i: Int) -> PersonMention? {
        var k = i
        while k >= 0 && i - k < 6 {
            let m = mentionAt[k]
            if m >= 0 { return mentions[Int(m)].tokens.contains(i) ? mentions[Int(m)] : nil }
            k -= 1
        }
        return nil
    }
}
