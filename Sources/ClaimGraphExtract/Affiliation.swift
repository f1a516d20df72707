/// The rule that tied a person to a country, recorded with the country (`PersonCluster.affiliationRules`).
enum AffiliationRule: String, Sendable {
    /// A demonym, country name, possessive, metonym or national institution in the title phrase
    /// before the name: "Iranian Foreign Minister", "Iran's foreign minister", "US envoy to Iran".
    case titleChain = "title-chain"
    /// The same words in an appositive after the name: "X, the head of Iran's ...".
    case appositive
    /// An office that exists in one state only (`national-offices.tsv`, kind national):
    /// "Chancellor of the Exchequer", "Bundestag member", "Secretary of State".
    case nationalOffice = "national-office"
    /// A state or province with an office: "California Rep.", "Sen. Jane Roe of Ohio".
    case stateOffice = "state-office"
    /// A party-state tag after the name: "(D-N.C.)", ", R-Texas,".
    case partyState = "party-state"
    /// A head of state or government by name (`office-holders.tsv`).
    case officeHolder = "office-holder"
    /// "the Biden administration": a name before "administration".
    case administration
    /// A generic office in a list whose first member has a country: "Russian President A,
    /// Defence Minister B and Deputy Defence Minister C".
    case coordinatedTitle = "coordinated-title"
    /// A generic office whose sentence names one country's government: "In a statement issued by
    /// Iran's foreign ministry, Foreign Minister X said".
    case sentenceCountry = "sentence-country"
    /// A generic office ("President", "Interior Minister") in an article about one country.
    case articleCountry = "article-country"
}

/// What the words around one mention of a name say about the person.
struct AffiliationReading {
    var role: String?
    /// Countries the mention names for the person, each with its rule.
    var countries: [(code: String, rule: AffiliationRule)] = []
    /// A generic office (kind context or envoy) that named no country of its own and that no
    /// organization or visitor word qualifies: the person may take the article's country.
    var genericOffice = false
    /// Countries the person is posted to ("ambassador to Russia"): never the person's own by context.
    var hosts: Set<String> = []
    /// Where the title phrase before the name starts (the name's start when there is none).
    var titleStart: Int
}

/// Reads a person's role and countries from the words before and after a name.
enum Affiliation {
    /// Role text, countries and offices tied to the name at tokens `name`.
    ///
    /// Before the name: a chain of titles, role nouns, demonyms, country possessives, metonyms
    /// and offices ("Iranian Foreign Minister", "US envoy to Iran": the country after "to" is the
    /// host, not the sender). After it: a party-state tag ("(D-N.C.)"), "of" and a state, and an
    /// appositive ("X, the head of Iran's ...").
    /// - Parameter floor: the first token the title phrase may hold (after the previous name).
    static func around(name: Range<Int>, in doc: Document, floor: Int = 0) -> AffiliationReading {
        let tokens = doc.tokens
        var reading = AffiliationReading(titleStart: name.lowerBound)
        func add(_ codes: Set<String>, _ rule: AffiliationRule) {
            for code in codes.sorted() where !reading.countries.contains(where: { $0.code == code }) {
                reading.countries.append((code, rule))
            }
        }
        var offices = OfficeScan()
        let chain = chainBefore(name.lowerBound - 1, doc: doc, floor: floor)
        // Without a role, only a country right before the name counts ("Iran's Kanaani"), not one across
        // a function word ("between Moscow and the Trump campaign", "on Ukraine at Trump's direction").
        let bare = chain.range.map { r in !r.contains { doc.has($0, .chainFunctionWord) } } ?? false
        if chain.hasRole || (!chain.countries.isEmpty && bare) {
            add(chain.countries, .titleChain)
            if chain.hasRole, let range = chain.range { reading.role = trimmedRole(range, doc: doc) }
        }
        if let range = chain.range {
            reading.titleStart = range.lowerBound
            offices = OfficeScan(range, before: range.lowerBound - 1, doc: doc)
            offices.blocked = offices.blocked || chain.international
            reading.hosts.formUnion(chain.hosts)
        }
        // "a spokesman for the Iranian Foreign Ministry, Nasser Kan’ani, insisted"
        if reading.role == nil, name.lowerBound >= 2, doc.has(name.lowerBound - 1, .comma) {
            let c2 = chainBefore(name.lowerBound - 2, doc: doc, floor: floor)
            if c2.hasRole, let range = c2.range {
                reading.role = trimmedRole(range, doc: doc)
                add(c2.countries, .titleChain)
                offices = OfficeScan(range, before: range.lowerBound - 1, doc: doc)
                reading.hosts.formUnion(c2.hosts)
            }
        }
        // A country in the title phrase wins: "British Secretary of State" is GB.
        if reading.countries.isEmpty {
            add(offices.national, .nationalOffice)
            add(offices.states, .stateOffice)
        }
        if let code = partyStateTag(after: name, doc: doc) { add([code], .partyState) }
        // "Sen. John McCain of Arizona"
        let j0 = name.upperBound
        if offices.any, j0 + 1 < tokens.count, doc.has(j0, .of), let code = subdivision(at: j0 + 1, doc: doc) {
            add([code], .stateOffice)
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
                // An institution of one state: "at the Department of Homeland Security".
                if doc.institutionLen[j] > 0 {
                    let inst = doc.lex.institutions[Int(doc.institutionIdx[j])]
                    if !inst.country.isEmpty { found.insert(inst.country) }
                    j += Int(doc.institutionLen[j])
                    continue
                }
                if let code = doc.countryCode(at: j) {
                    let form = doc.countryForm[j]
                    let end = j + Int(doc.countryLen[j])
                    // "a specialist in Russian security affairs", "an expert on Iranian politics": a topic.
                    let topic = form == .demonym && (doc.has(j - 1, .in) || doc.has(j - 1, .on))
                    if !topic, form == .demonym || (end < tokens.count && tokens[end].kind == .possessive) || form == .metonym { found.insert(code) }
                    j = end
                    continue
                }
                j += 1
            }
            if sawRole {
                add(found, .appositive)
                if reading.role == nil { reading.role = trimmedRole(start..<j, doc: doc) }
                if found.isEmpty, !offices.any {
                    let after = OfficeScan(start..<j, before: -1, doc: doc)
                    offices.generic = after.generic
                    offices.blocked = offices.blocked || after.blocked
                    add(after.national, .nationalOffice)
                }
            }
        }
        reading.genericOffice = reading.countries.isEmpty && offices.generic && !offices.blocked
        return reading
    }

    /// The offices in the title phrase `range` (`national-offices.tsv`).
    struct OfficeScan {
        /// Countries of national offices, and of states named before an office ("California Rep.").
        var national: Set<String> = []
        var states: Set<String> = []
        /// A generic office (kind context or envoy).
        var generic = false
        /// An organization's or a visitor's office, or one of an international body.
        var blocked = false
        /// Any office at all.
        var any: Bool { generic || !national.isEmpty || !states.isEmpty }

        init() {}

        /// Scans `range`, and the one word at `before` (a lowercase qualifier outside the chain:
        /// "company president", "visiting Foreign Minister"), when it is not negative.
        init(_ range: Range<Int>, before: Int, doc: Document) {
            let bare: (Int) -> WordID? = { i in
                guard i < range.upperBound, i >= 0 else { return nil }
                let t = doc.tokens[i]
                return t.isAbbreviation ? doc.words.bare(t.lower) : t.lower
            }
            if before >= 0, before < doc.tokens.count, doc.tokens[before].kind == .word,
               let m = doc.lex.officeTrie.longestMatch(from: before, key: { $0 == before ? doc.words.bare(doc.tokens[before].lower) : nil }) {
                let kind = doc.lex.offices[Int(m.payloads[0])].kind
                if kind == .organization || kind == .foreign { blocked = true }
            }
            var k = range.lowerBound
            while k < range.upperBound {
                // A state right before an office: "California Rep.", "Georgia Gov.".
                if let s = doc.lex.subdivisionTrie.longestMatch(from: k, key: { $0 < range.upperBound ? doc.tokens[$0].form : nil }),
                   k + s.length < range.upperBound,
                   doc.titleLen[k + s.length] > 0 || doc.lex.officeTrie.longestMatch(from: k + s.length, key: bare) != nil {
                    states.insert(doc.lex.subdivisionCountries[Int(s.payloads[0])])
                    k += s.length
                    continue
                }
                guard let m = doc.lex.officeTrie.longestMatch(from: k, key: bare) else { k += 1; continue }
                let office = doc.lex.offices[Int(m.payloads[0])]
                switch office.kind {
                case .national: national.insert(office.country)
                case .context, .envoy: generic = true
                case .international, .organization, .foreign: blocked = true
                }
                // "president of the club": an office of what follows, unless a country, a state or a national body.
                let next = k + m.length
                if office.kind == .context, next + 1 < range.upperBound, doc.has(next, .of) {
                    var q = next + 1
                    if doc.has(q, .determiner) { q += 1 }
                    if q < range.upperBound, doc.countryLen[q] == 0, doc.lex.subdivisionTrie.longestMatch(from: q, key: { doc.tokens[$0].form }) == nil,
                       !(doc.institutionLen[q] > 0 && !doc.lex.institutions[Int(doc.institutionIdx[q])].country.isEmpty) {
                        blocked = true
                    }
                }
                k = next
            }
        }
    }

    /// The state of a party-state tag right after the name: "Rep. Jo Roe (D-N.C.)", "Roe, R-New York, said".
    static func partyStateTag(after name: Range<Int>, doc: Document) -> String? {
        let s = doc.scalars
        var k = doc.tokens[name.upperBound - 1].end
        func skipSpaces() { while k < s.count, s[k] == " " { k += 1 } }
        skipSpaces()
        guard k < s.count, s[k] == "(" || s[k] == "," else { return nil }
        let close: Unicode.Scalar = s[k] == "(" ? ")" : ","
        k += 1
        skipSpaces()
        guard k + 2 < s.count, ["D", "R", "I"].contains(s[k]), s[k + 1] == "-" || s[k + 1] == "\u{2013}" else { return nil }
        k += 2
        var tag = String.UnicodeScalarView()
        while k < s.count, s[k] != close, s[k] != "\n", tag.count < 24 {
            tag.append(s[k])
            k += 1
        }
        guard k < s.count, s[k] == close else { return nil }
        let text = String(tag).trimmingCharacters(in: .whitespaces)
        guard let code = doc.lex.subdivisionTags[text] else { return nil }
        return code
    }

    /// The country of the state or province whose name starts at token `i`, if it is not followed
    /// by another capitalized word ("of Arizona", not "of Arizona State University").
    static func subdivision(at i: Int, doc: Document) -> String? {
        guard let m = doc.lex.subdivisionTrie.longestMatch(from: i, key: { $0 < doc.tokens.count ? doc.tokens[$0].form : nil }) else { return nil }
        let end = i + m.length
        if end < doc.tokens.count, doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized { return nil }
        return doc.lex.subdivisionCountries[Int(m.payloads[0])]
    }

    /// A title chain: its range, the countries it names, the countries it is posted to and
    /// whether it holds a role.
    struct Chain {
        var range: Range<Int>?
        var countries: Set<String> = []
        var hosts: Set<String> = []
        var hasRole = false
        /// The phrase names an international body ("NATO Secretary", "al-Qaeda leader").
        var international = false
    }

    /// Walks back from `end` over a title chain.
    static func chainBefore(_ end: Int, doc: Document, floor: Int = 0) -> Chain {
        let tokens = doc.tokens
        guard end >= 0 else { return Chain() }
        // The chain lies in the name's own sentence: a period closing the previous one is no title.
        let nameToken = min(end + 1, tokens.count - 1)
        let sentenceStart = doc.sentences[Int(max(0, doc.sentenceOf[nameToken]))].tokens.lowerBound
        guard end >= sentenceStart else { return Chain() }
        var k = end
        var chain = Chain()
        var start = end + 1
        let first = max(sentenceStart, floor)
        while k >= first && end - k < 12 {
            let t = tokens[k]
            if t.kind == .possessive { k -= 1; continue }
            // A country phrase ending at k.
            if let p = (max(sentenceStart, k - 5)...k).first(where: { doc.countryLen[$0] > 0 && $0 + Int(doc.countryLen[$0]) - 1 == k }) {
                let host = p > 0 && doc.has(p - 1, .to)
                // "Georgia Gov. Brian Kemp": a name both a country and a state, before an office, is the state.
                let state = isStateBeforeOffice(p, length: k - p + 1, doc: doc)
                if let code = doc.countryCode(at: p), !state {
                    if host { chain.hosts.insert(code) } else { chain.countries.insert(code) }
                }
                start = p
                k = p - 1
                continue
            }
            if let p = (max(sentenceStart, k - 5)...k).first(where: { doc.institutionLen[$0] > 0 && $0 + Int(doc.institutionLen[$0]) - 1 == k }) {
                let inst = doc.lex.institutions[Int(doc.institutionIdx[p])]
                if inst.country.isEmpty { chain.international = true } else { chain.countries.insert(inst.country) }
                start = p
                k = p - 1
                continue
            }
            // Read without an abbreviation's period ("Gen." → "gen").
            let roleWord = doc.hasPeriodless(k, .titleWord) || doc.hasPeriodless(k, .personRoleNoun) || doc.hasPeriodless(k, .personRole)
                || doc.titleLen[k] > 0
            if roleWord { chain.hasRole = true }
            let ok = roleWord || (t.kind == .word && t.isCapitalized && !doc.hasPeriodless(k, .capitalizedStopword))
                || doc.hasPeriodless(k, .chainAdjective) || (t.kind == .punct && doc.has(k, .hyphen))
                || isNounModifier(k, before: start, doc: doc)
            guard ok else { break }
            start = k
            k -= 1
        }
        // Drop leading function words.
        while start <= end, doc.has(start, .chainFunctionWord) { start += 1 }
        guard start <= end else { return Chain() }
        chain.range = start..<(end + 1)
        return chain
    }

    /// Whether token `k` is a lowercase common noun that modifies the role word at `next`:
    /// "aid" of "British aid worker", "election" of "election official".
    private static func isNounModifier(_ k: Int, before next: Int, doc: Document) -> Bool {
        let t = doc.tokens[k]
        guard t.kind == .word, !t.isCapitalized, next == k + 1, next < doc.tokens.count, !doc.has(next, .determiner),
              doc.has(next, .personRoleNoun) || doc.hasPeriodless(next, .titleLastWord) else { return false }
        guard doc.words.isCommonWord(t.lower) else { return false }
        let excluded: [WordClass] = [.determiner, .chainFunctionWord, .clauseWord, .adverb, .auxiliary, .beForm,
                                     .negation, .subjectPronoun, .objectPronoun, .relativePronoun, .modal,
                                     .in, .on, .by, .for, .from, .to, .of, .as]
        return !doc.isVerb(k) && !excluded.contains { doc.has(k, $0) }
    }

    /// Whether the country phrase at `p` is also the name of a state and a title follows it.
    private static func isStateBeforeOffice(_ p: Int, length: Int, doc: Document) -> Bool {
        guard let m = doc.lex.subdivisionTrie.longestMatch(from: p, key: { $0 < doc.tokens.count ? doc.tokens[$0].form : nil }),
              m.length == length else { return false }
        let next = p + length
        return next < doc.tokens.count && doc.titleLen[next] > 0
    }

    static func trimmedRole(_ r: Range<Int>, doc: Document) -> String? {
        var a = r.lowerBound
        while a < r.upperBound, doc.has(a, .roleOpener) { a += 1 }
        guard a < r.upperBound else { return nil }
        return doc.text(tokens: a..<r.upperBound)
    }
}
