/// A person as one document names them: every surface form, roles and countries.
struct PersonCluster {
    var surfaces: [String] = []
    var fullest: String = ""
    var fullestWords = 0
    var countries: Set<String> = []
    var roles: [String] = []
    var key: String = ""
    var lastKey: String = ""
    /// The rule that first gave each country (`Affiliation`, `ArticleCountry`).
    var affiliationRules: [String: AffiliationRule] = [:]
    /// A mention names a generic office without a country ("Interior Minister X").
    var genericOffice = false
    /// Countries a mention posts the person to ("ambassador to Russia").
    var hosts: Set<String> = []
    /// Countries from a list whose first member has one ("Russian President A, Defence Minister B").
    var coordinated: Set<String> = []

    /// Adds `code`, remembering the rule that gave it first.
    mutating func affiliate(_ code: String, _ rule: AffiliationRule) {
        countries.insert(code)
        if affiliationRules[code] == nil { affiliationRules[code] = rule }
    }
}

/// One mention of a person: a token range and its cluster.
struct PersonMention {
    var tokens: Range<Int>
    var cluster: Int
    /// The countries this mention's own words give (a title chain, an office, a tag), and the
    /// start of its title phrase.
    var countries: Set<String> = []
    var titleStart: Int = 0
    /// The mention names a generic office without a country.
    var genericOffice = false
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

    private func isNameToken(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        if inPhrase[i] || doc.titleLen[i] > 0 { return false }
        if doc.has(i, .titleWord) || doc.has(i, .nonName) { return false }
        if doc.has(i, .capitalizedStopword) || doc.has(i, .weekdayOrMonth) { return false }
        if doc.has(i, .roleNoun) || doc.has(i, .personRole) || doc.has(i, .groupNoun) { return false }
        if doc.isVerb(i) { return false }
        let scalars = doc.scalars
        let count = t.end - t.start
        if count > 1 && !(t.start..<t.end).contains(where: { Tokenizer.isLowercase(scalars[$0]) }) { return false }
        if t.isAbbreviation && count > 2 { return false }
        if count > 2, Tokenizer.isUppercase(scalars[t.start + 1]) { return false }
        return true
    }

    /// Whether the sentence of token `i` is written in title case: at least four words of four or
    /// more letters, all capitalized (a headline).
    private func isTitleCase(sentenceOf i: Int) -> Bool {
        let s = doc.sentences[Int(max(0, doc.sentenceOf[i]))].tokens
        var long = 0
        for t in s where doc.tokens[t].kind == .word && doc.tokens[t].end - doc.tokens[t].start >= 4 {
            guard doc.tokens[t].isCapitalized else { return false }
            long += 1
        }
        return long >= 4
    }

    /// Whether token `j`, a one-word title after a clear given name and before no other
    /// capitalized word, is the surname: "Rep. Peter King said", "John Major".
    private func isTitleSurname(_ j: Int) -> Bool {
        let t = doc.tokens[j]
        guard j > 0, t.kind == .word, t.isCapitalized, doc.titleLen[j] == 1, !t.isAbbreviation,
              doc.has(j - 1, .givenName), !doc.has(j - 1, .ambiguousGivenName), isNameToken(j - 1) else { return false }
        return !(j + 1 < doc.tokens.count && doc.tokens[j + 1].kind == .word && doc.tokens[j + 1].isCapitalized)
    }

    /// Whether token `i`, a one-word country that is also a given name, opens a name after a
    /// title: "Homeland Secretary Chad Wolf", "Foreign Minister Israel Katz".
    private func isGivenNameCountry(_ i: Int) -> Bool {
        guard i > 0, i + 1 < doc.tokens.count, doc.countryLen[i] == 1, doc.tokens[i].isCapitalized,
              doc.has(i, .givenName) || doc.has(i, .ambiguousGivenName) else { return false }
        return isTitleOrRole(i - 1) && isNameToken(i + 1)
    }

    private func isTitleOrRole(_ i: Int) -> Bool {
        guard i >= 0 else { return false }
        if isAttachedPeriod(i) { return isTitleOrRole(i - 1) }
        // Without an abbreviation's period ("Sen." → "sen"). Only a word that can end a title:
        // "House" of "House Speaker" gives no title to "House Budget".
        return doc.hasPeriodless(i, .titleLastWord) || doc.hasPeriodless(i, .personRoleNoun)
            || doc.hasPeriodless(i, .personRole) || doc.hasPeriodless(i, .honorific)
    }

    /// Whether token `i` is a middle initial: one capital letter, with or without a period ("G.", "W").
    private func isInitial(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        return t.end - t.start == 1 || (t.end - t.start == 2 && doc.scalars[t.end - 1] == ".")
    }

    /// How a capitalized word heads a place, building, organization or law name ("Hill", "Street",
    /// "University", "Act"), from `name-heads.tsv`: nil when it does not, true when it is also a surname.
    private func nameHead(_ i: Int) -> Bool? {
        guard i >= 0, i < doc.tokens.count, doc.tokens[i].kind == .word, doc.tokens[i].isCapitalized else { return nil }
        return doc.has(i, .nameHead) ? doc.has(i, .surnameNameHead) : nil
    }

    /// Whether a whole title phrase ("Sen.", "Foreign Minister", "Speaker of the House") ends right before token `a`.
    private func titlePhraseEnds(before a: Int) -> Bool {
        if a > 0, isAttachedPeriod(a - 1) { return titlePhraseEnds(before: a - 1) }
        return (max(0, a - 6)..<max(0, a)).contains { doc.titleLen[$0] > 0 && $0 + Int(doc.titleLen[$0]) == a }
    }

    /// Whether the title phrase that ends right before token `a` itself follows "of" ("Bureau of Justice").
    private func titleFollowsOf(before a: Int) -> Bool {
        guard let p = (max(0, a - 6)..<max(0, a)).first(where: { doc.titleLen[$0] > 0 && $0 + Int(doc.titleLen[$0]) == a }) else { return false }
        return p > 0 && doc.has(p - 1, .of)
    }

    /// Whether token `i` is a period the tokenizer split from a short capitalized abbreviation before it
    /// ("Sens" "." of "Sens."), not a full stop after a long word ("the President. Unclear ...").
    private func isAttachedPeriod(_ i: Int) -> Bool {
        guard i > 0, doc.has(i, .period) else { return false }
        let w = doc.tokens[i - 1]
        return w.kind == .word && w.isCapitalized && w.end == doc.tokens[i].start && w.end - w.start <= 5
    }

    /// Whether a person role noun or an honorific stands right before token `a` ("spokesman", "minister", "Mr").
    private func roleNounBefore(_ a: Int) -> Bool {
        guard a > 0 else { return false }
        return doc.hasPeriodless(a - 1, .personRoleNoun) || doc.hasPeriodless(a - 1, .personRole) || doc.hasPeriodless(a - 1, .honorific)
    }

    /// Whether an appositive that names a role follows the name ending before token `b`:
    /// "Ann Roe, an energy analyst at ...", "Ann Roe, president of the ...".
    private func appositiveRoleAfter(_ b: Int) -> Bool {
        let tokens = doc.tokens
        guard b + 1 < tokens.count, doc.has(b, .comma) else { return false }
        var k = b + 1
        if doc.has(k, .determiner) { k += 1 }
        let end = min(tokens.count, k + 5)
        while k < end {
            let t = tokens[k]
            guard t.kind == .word else { return false }
            if doc.isVerb(k) || doc.has(k, .clauseWord) { return false }
            // A lowercase role noun heading the appositive, not a possessor ("the president's retreat")
            // nor a title before another name ("Mayor Bill ...").
            if t.form == t.lower, doc.has(k, .personRoleNoun) || doc.has(k, .personRole) {
                // The role noun heads the phrase: what follows is punctuation or a preposition, not another noun.
                guard k + 1 < tokens.count else { return true }
                return tokens[k + 1].kind == .punct || doc.has(k + 1, .afterRole)
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
        return t.kind == .word && t.end - t.start >= 2 && (t.start..<t.end).allSatisfy { doc.scalars[$0].properties.isUppercase }
    }

    /// Whether token `i` is a common English word that is not a name ("Seeds", "Statistics", "Insurance"),
    /// by `common-words.txt`, after stripping a regular inflection.
    private func isCommonWord(_ i: Int) -> Bool { doc.words.isCommonWord(doc.tokens[i].lower) }

    /// Whether a first name word is a known given name, or a hyphenated one whose parts are ("Jean-Lin").
    private func isGivenName(_ i: Int) -> Bool { doc.words.isGivenNameLike(doc.tokens[i].form) }

    /// Whether a role with a posting place ends right before token `a`: "envoy to Iran",
    /// "ambassador in Kyiv", "correspondent for France".
    private func rolePlaceBefore(_ a: Int) -> Bool {
        guard a >= 3 else { return false }
        // The country phrase that ends at a - 1.
        guard let p = (max(0, a - 5)..<a).first(where: { doc.countryLen[$0] > 0 && $0 + Int(doc.countryLen[$0]) == a }),
              p >= 2, doc.has(p - 1, .postingPreposition) else { return false }
        return isTitleOrRole(p - 2)
    }

    private mutating func run() {
        let tokens = doc.tokens
        let n = tokens.count
        var i = 0
        while i < n {
            // A given name that is also a country ("Chad") is the name's first word.
            guard isNameToken(i) || isGivenNameCountry(i) else { i += 1; continue }
            var j = isNameToken(i) ? i : i + 1
            while j < n && j - i < 5 {
                if isNameToken(j) { j += 1; continue }
                if j == i + 1, isTitleSurname(j) { j += 1; continue }
                // "Stephen G. Breyer", "George W Bush": an initial between two name words.
                if j > i, isInitial(j), j + 1 < n, isNameToken(j + 1) { j += 1; continue }
                if doc.has(j, .nameParticle), j + 1 < n, isNameToken(j + 1), j > i { j += 1; continue }
                break
            }
            var a = i
            if !doc.has(a, .givenName) {
                if let k = (a + 1..<j).first(where: { doc.has($0, .givenName) }), j - k >= 2 { a = k }
            }
            consider(a..<j)
            i = j
        }
        mergeSurnameClusters()
        resolveOffices()
    }

    /// The countries that need the whole document: heads of state and government by name
    /// (`office-holders.tsv`), then, for a person whose mentions name no country, the first
    /// member's country of a title list, or the article's country for a generic office (unless
    /// the person is posted there).
    private mutating func resolveOffices() {
        for index in clusters.indices where !clusters[index].fullest.isEmpty {
            guard let holder = doc.lex.officeHolders[NameKey.person(clusters[index].fullest)] else { continue }
            clusters[index].affiliate(holder.country, .officeHolder)
            // "Biden" alone is Joe Biden: the usual full name becomes the name, the surname an alias.
            if clusters[index].fullestWords == 1 {
                if !clusters[index].surfaces.contains(holder.name) { clusters[index].surfaces.append(holder.name) }
                clusters[index].fullest = holder.name
            }
        }
        let explicit = mentions.map { clusters[$0.cluster].countries }
        let context = ArticleCountry.of(doc, explicitCountries: explicit)
        // The title phrases and names of people: what a sentence says of its own government lies outside them.
        var personWords = Array(repeating: false, count: doc.tokens.count)
        for m in mentions { for t in min(m.titleStart, m.tokens.lowerBound)..<m.tokens.upperBound { personWords[t] = true } }
        for index in clusters.indices where clusters[index].countries.isEmpty {
            let c = clusters[index]
            if !c.coordinated.isEmpty {
                for code in c.coordinated.sorted() { clusters[index].affiliate(code, .coordinatedTitle) }
                continue
            }
            guard c.genericOffice else { continue }
            // The sentences of the office mentions first; one that names several governments decides for none.
            var sentenceCountries: Set<String> = []
            for m in mentions where m.cluster == index && m.genericOffice {
                let si = Int(max(0, doc.sentenceOf[m.tokens.lowerBound]))
                sentenceCountries.formUnion(ArticleCountry.ofSentence(doc, doc.sentences[si].tokens, skipping: personWords))
            }
            if sentenceCountries.count == 1, let code = sentenceCountries.first, !c.hosts.contains(code) {
                clusters[index].affiliate(code, .sentenceCountry)
            } else if sentenceCountries.isEmpty, let context, !c.hosts.contains(context) {
                clusters[index].affiliate(context, .articleCountry)
            }
        }
    }

    private mutating func consider(_ r: Range<Int>) {
        let tokens = doc.tokens
        let a = r.lowerBound, b = r.upperBound
        let words = b - a
        let given = isGivenName(a) && !(words == 1)
        // One word needs a whole title or a role noun: "House" of "House Speaker" does not title "House Budget".
        let titled = words == 1
            ? titlePhraseEnds(before: a) || roleNounBefore(a) || rolePlaceBefore(a)
            : isTitleOrRole(a - 1) || (a > 0 && doc.titleLen[a - 1] > 0) || rolePlaceBefore(a)
        // Photo credits: "REUTERS/Jane Doe", "Jane Doe/AFP/Getty Images".
        let credit = (a > 1 && doc.has(a - 1, .slash) && isCreditAgency(ending: a - 2))
            || (b + 1 < tokens.count && doc.has(b, .slash) && isCreditAgency(starting: b + 1))
        let coordinated = a > 1 && doc.has(a - 1, .and) && mentions.last.map { $0.tokens.upperBound == a - 1 } == true
        let speech = b < tokens.count && doc.isVerb(b) && !doc.has(b, .determiner)
        // Initials do not take part in the merge key: "Stephen G. Breyer" is "Stephen Breyer".
        let key = NameKey.person(r.filter { !isInitial($0) }.map { doc.formText($0) }.joined(separator: " "))
        let knownSurname = words == 1 && clusters.contains { $0.lastKey == key }
        let administration = words == 1 && b < tokens.count && doc.has(b, .administration)
        // "the Assad regime": a known leader's surname before a word for his government.
        let leaderGovernment = words == 1 && b < tokens.count && doc.has(b, .leaderGovernment) && doc.lex.officeHolders[key] != nil
        let wholeTitle = titlePhraseEnds(before: a)
        let isPerson: Bool
        if words >= 2 {
            // An ambiguous given name before a word that is no common English word: "Rush Limbaugh", not "Will Power".
            let ambiguousGiven = doc.has(a, .ambiguousGivenName) && !isCommonWord(b - 1)
            isPerson = given || titled || credit || coordinated || (speech && !doc.has(a, .ambiguousGivenName))
                || appositiveRoleAfter(b) || ambiguousGiven
            // Only common words and no given name or whole title: "Disability Insurance", "Identity Politics".
            if isPerson && !given && !wholeTitle && !credit && r.allSatisfy({ isInitial($0) || isCommonWord($0) }) { return }
        } else {
            // A lone given name as a speaker: "Michael said ...".
            isPerson = titled || knownSurname || administration || leaderGovernment || (speech && doc.has(a, .givenName))
            // A common word titled only by a role noun is no surname: "the House Budget", "a policy Review".
            // Nor after a title inside an organization name: "Bureau of Justice Statistics".
            if isPerson && (!wholeTitle || titleFollowsOf(before: a)) && !knownSurname && isCommonWord(a) { return }
        }
        guard isPerson else { return }
        // Common words in a title-case headline are no name: "Next President Faces A Test".
        if !knownSurname, !given, r.allSatisfy({ isCommonWord($0) }), isTitleCase(sentenceOf: a) { return }
        // A place: "San Diego", "Fort Worth", "Los Angeles" (unless a title makes it a name).
        if doc.has(a, .placeOpener), !titled { return }
        // A place, building or organization name: "Chestnut Hill", "Baker Street", "Johns Hopkins University".
        if nameHead(b) != nil { return }
        if let surnameLike = nameHead(b - 1), !surnameLike || !(given || titled || knownSurname) { return }
        let surface = doc.text(tokens: r)
        let lastKey = NameKey.word(doc.formText(b - 1))
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
        let reading = Affiliation.around(name: r, in: doc, floor: mentions.last?.tokens.upperBound ?? 0)
        if let role = reading.role, !c.roles.contains(role) { c.roles.append(role) }
        for (code, rule) in reading.countries { c.affiliate(code, rule) }
        if administration { c.affiliate("US", .administration) }
        c.hosts.formUnion(reading.hosts)
        var mention = PersonMention(tokens: r, cluster: clusterIndex, countries: Set(reading.countries.map(\.code)),
                                    titleStart: reading.titleStart)
        if reading.genericOffice {
            c.genericOffice = true
            mention.genericOffice = true
            // "Russian President A, Defence Minister B and Deputy Defence Minister C"
            let t = reading.titleStart
            if t >= 2, doc.has(t - 1, .comma) || doc.has(t - 1, .and), let previous = mentions.last,
               previous.tokens.upperBound == t - 1, !previous.countries.isEmpty {
                c.coordinated.formUnion(previous.countries)
                mention.countries = previous.countries
            }
        }
        clusters[clusterIndex] = c
        mentionAt[a] = Int32(mentions.count)
        mentions.append(mention)
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
        // A lone given name ("Prince Mohammed", "Hillary") folds into the one fuller name that starts with it,
        // when no full name ends with it.
        let firstKeys = clusters.map { c in
            c.fullestWords > 1 ? c.fullest.split(separator: " ").first.map { NameKey.word(String($0)) } ?? "" : ""
        }
        for (index, c) in clusters.enumerated() where c.fullestWords == 1 && target[index] == index {
            guard !clusters.contains(where: { $0.fullestWords > 1 && $0.lastKey == c.key }) else { continue }
            let candidates = clusters.indices.filter { firstKeys[$0] == c.key }
            if candidates.count == 1 { target[index] = candidates[0] }
        }
        // A surname with its particle ("Bin Salman", "van der Berg") folds into the one fuller name that ends with it.
        let particles = Set(WordClass.nameParticle.words)
        for (index, c) in clusters.enumerated() where c.fullestWords >= 2 {
            guard let first = c.fullest.split(separator: " ").first, particles.contains(first.lowercased()) else { continue }
            let candidates = clusters.indices.filter {
                $0 != index && clusters[$0].fullestWords > c.fullestWords && clusters[$0].key.hasSuffix(" " + c.key)
            }
            if candidates.count == 1 { target[index] = candidates[0] }
        }
        for (index, t) in target.enumerated() where t != index {
            for s in clusters[index].surfaces where !clusters[t].surfaces.contains(s) { clusters[t].surfaces.append(s) }
            for code in clusters[index].countries.sorted() {
                clusters[t].affiliate(code, clusters[index].affiliationRules[code] ?? .titleChain)
            }
            clusters[t].genericOffice = clusters[t].genericOffice || clusters[index].genericOffice
            clusters[t].hosts.formUnion(clusters[index].hosts)
            clusters[t].coordinated.formUnion(clusters[index].coordinated)
            for r in clusters[index].roles where !clusters[t].roles.contains(r) { clusters[t].roles.append(r) }
        }
        for m in mentions.indices { mentions[m].cluster = target[mentions[m].cluster] }
    }
}
