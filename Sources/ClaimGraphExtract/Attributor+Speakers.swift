/// Speaker classification and reference resolution for subject phrases.
extension Attributor {
    /// The speakers a noun phrase names: persons, countries, organizations, outlets or an
    /// unnamed source; pronouns and definite role nouns resolve to earlier mentions.
    func classify(_ r: Range<Int>, at v: Int) -> [SpeakerRef] {
        guard !r.isEmpty else { return [] }
        let tokens = doc.tokens
        // A name that only modifies the head ("a Lopes associate") or lies inside an outlet's
        // name ("the New York Times") is not the speaker.
        let named = r.compactMap { names.mentionAt[$0] >= 0 ? names.mentions[Int(names.mentionAt[$0])] : nil }
        let persons = named.filter { !isModifierMention($0, in: r) && !insideOutlet($0.tokens.lowerBound) && !insideBodyName($0) }
        let countriesInNP: [String] = r.compactMap { doc.countryCode(at: $0) }
        // "the Biden administration", "the government of ... Joe Biden", "Ukrainian authorities".
        if let g = r.first(where: { Vocabulary.governmentNouns.contains(lowerOf: tokens[$0]) }),
           g == r.upperBound - 1 || (g + 1 < tokens.count && ["of", "in"].contains(tokens[g + 1].lower)) {
            var codes = countriesInNP
            if codes.isEmpty { codes = named.flatMap { names.clusters[$0.cluster].countries.sorted() } }
            if let code = codes.first { return [.country(code)] }
        }
        if !persons.isEmpty {
            var seen: [Int] = []
            for p in persons where !seen.contains(p.cluster) { seen.append(p.cluster) }
            return seen.map { .person($0) }
        }
        let first = tokens[r.lowerBound].lower
        if Vocabulary.subjectPronouns.contains(first) {
            if r.count == 1 || !(r.dropFirst().contains { Vocabulary.personRoles.contains(lowerOf: tokens[$0]) }) {
                return resolvePronoun(first, at: v).map { [$0] } ?? []
            }
        }
        for p in r where doc.outletLen[p] > 0 && !OutletFinder.isCredit(p, p + Int(doc.outletLen[p]), doc: doc) {
            let outlet = doc.lex.outlets[Int(doc.outletIdx[p])]
            return [.outlet(name: outlet.name, surface: doc.text(tokens: p..<(p + Int(doc.outletLen[p]))))]
        }
        let lastWord = tokens[r.upperBound - 1].lower
        if Vocabulary.personRoles.contains(lastWord) || doc.lex.roleNouns[lastWord] == "person" {
            let head = r.upperBound - 1
            let definite = ["the", "his", "her", "its", "their", "he", "she"].contains(first) || (head > r.lowerBound && tokens[head - 1].kind == .possessive)
            if definite, let ref = resolveRole(r, head: head, at: v) { return [ref] }
            if !definite, let ref = uniqueRoleHolder(r, head: head) { return [ref] }
            if !definite { return [.unnamed(description(r, head: r.upperBound - 1))] }
        }
        var countries: [SpeakerRef] = []
        var p = r.lowerBound
        while p < r.upperBound {
            let w = tokens[p].lower
            if doc.countryLen[p] > 0 {
                let e = p + Int(doc.countryLen[p])
                if doc.countryForm[p] != .demonym, e >= r.upperBound || ["and", ","].contains(tokens[e].lower) {
                    countries.append(.country(doc.lex.countryCodes[Int(doc.countryIdx[p])]))
                }
                p = e
                continue
            }
            if Vocabulary.organizationHeads.contains(w), doc.institutionLen[p] == 0 || true {
                if let org = organization(head: p, np: r, at: v) { return [org] }
            }
            if Vocabulary.outletNouns.contains(w), p > r.lowerBound, ["the", "this"].contains(tokens[p - 1].lower) {
                if let last = drafts.last(where: { if case .outlet = $0.speaker { return true }; return !$0.outlets.isEmpty }) {
                    if case .outlet = last.speaker { return [last.speaker] }
                    if let name = last.outlets.first { return [.outlet(name: name, surface: doc.text(tokens: r))] }
                }
                if let a = articleOutlet { return [.outlet(name: a.name, surface: a.surface)] }
            }
            if Vocabulary.groupNouns.contains(w) || doc.lex.roleNouns[w] == "group" {
                return [.unnamed(description(r, head: p))]
            }
            if Vocabulary.personRoles.contains(w) || doc.lex.roleNouns[w] == "person" {
                let definite = r.lowerBound < p && (["the", "his", "her", "its", "their", "he", "she"].contains(first) || tokens[p - 1].kind == .possessive)
                if definite, let ref = resolveRole(r, head: p, at: v) { return [ref] }
                if !definite, let ref = uniqueRoleHolder(r, head: p) { return [ref] }
                if !definite { return [.unnamed(description(r, head: p))] }
            }
            if doc.institutionLen[p] > 0 {
                let inst = doc.lex.institutions[Int(doc.institutionIdx[p])]
                let e = p + Int(doc.institutionLen[p])
                if e >= r.upperBound {
                    if inst.kind == "government", !inst.country.isEmpty, doc.lex.countryNames[inst.country] != nil, countries.isEmpty {
                        return [.organization(name: inst.name, countries: [inst.country])]
                    }
                    return [.organization(name: inst.name, countries: inst.country.isEmpty ? [] : [inst.country])]
                }
                p = e
                continue
            }
            p += 1
        }
        return countries
    }

    /// "A Foreign Ministry spokesman" → the one person in the document whose role has the same
    /// head noun and every capitalized modifier ("Foreign Ministry spokesman Nasser Kanaani").
    /// A role without a capitalized modifier ("an official") or held by two people stays unnamed.
    func uniqueRoleHolder(_ r: Range<Int>, head: Int) -> SpeakerRef? {
        let tokens = doc.tokens
        let headWord = tokens[head].lower
        var modifiers: [String] = []
        var country: String? = nil
        for i in r.lowerBound..<head {
            if let code = doc.countryCode(at: i) { country = code; continue }
            let t = tokens[i]
            if t.kind == .word, t.isCapitalized, !Vocabulary.capitalizedStopwords.contains(lowerOf: t) { modifiers.append(t.lower) }
        }
        guard !modifiers.isEmpty else { return nil }
        var holders: Set<Int> = []
        for (index, c) in names.clusters.enumerated() where c.fullestWords > 1 {
            if let country, !c.countries.contains(country) { continue }
            let fits = c.roles.contains { role in
                let words = Set(role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init))
                return words.contains(headWord) && modifiers.allSatisfy { words.contains($0) }
            }
            if fits { holders.insert(index) }
        }
        guard holders.count == 1, let h = holders.first, names.mentions.contains(where: { $0.cluster == h }) else { return nil }
        return .person(h)
    }

    /// A short description of an unnamed source: the phrase from its first modifier.
    func description(_ r: Range<Int>, head: Int) -> String {
        let tokens = doc.tokens
        var a = head
        while a > r.lowerBound {
            let t = tokens[a - 1]
            if ["a", "an", "the"].contains(t.lower) { break }
            if t.kind == .word && !t.isCapitalized && (Vocabulary.clauseWords.contains(lowerOf: t) || ["in", "on", "at", "of", "for", "from", "by", "with"].contains(t.lower)) { break }
            if t.isCapitalized, Vocabulary.capitalizedStopwords.contains(lowerOf: t), !["some", "many", "two", "three", "several", "few"].contains(t.lower) { break }
            a -= 1
        }
        return doc.text(tokens: a..<r.upperBound)
    }

    func resolvePronoun(_ pronoun: String, at v: Int) -> SpeakerRef? {
        if pronoun == "he" || pronoun == "she" || pronoun == "him" || pronoun == "her" {
            // Skip people whose honorific ("Mr.", "Ms.") contradicts the pronoun.
            let wanted: Character = pronoun == "he" || pronoun == "him" ? "m" : "f"
            let other: Character = wanted == "m" ? "f" : "m"
            // A one-word "name" with no role and no honorific ("Seeds", "Giving" opening a caption) is
            // too weak an antecedent for a pronoun.
            if let m = names.mentions.last(where: { $0.tokens.lowerBound < v && honorificGender(of: $0.cluster, before: v) != other
                && !isWeakAntecedent($0.cluster, before: v) && !insideBodyName($0)
                // A name inside a quote is talked about, not the one who goes on speaking.
                && doc.quoteOf[$0.tokens.lowerBound] < 0
                && (honorificGender(of: $0.cluster, before: v) != nil || givenNameGender(of: $0.cluster) != other) }) {
                return .person(m.cluster)
            }
            return nil
        }
        let para = doc.sentences[Int(max(0, doc.sentenceOf[v]))].paragraph
        if let d = drafts.last(where: { $0.anchor < v }), d.paragraph >= para - 1 {
            if case .person = d.speaker { return nil }
            return d.speaker
        }
        return nil
    }

    /// The gender an honorific gives a person before token `v`: "m" after "Mr.", "f" after "Ms.",
    /// "Mrs." or "Miss", nil when no mention carries one.
    func honorificGender(of cluster: Int, before v: Int) -> Character? {
        let tokens = doc.tokens
        for m in names.mentions where m.cluster == cluster && m.tokens.lowerBound < v {
            for i in max(0, m.tokens.lowerBound - 1)...m.tokens.lowerBound {
                switch tokens[i].lower {
                case "mr", "mr.": return "m"
                case "ms", "ms.", "mrs", "mrs.", "miss": return "f"
                default: continue
                }
            }
        }
        return nil
    }

    /// "the foreign minister" → the latest person whose role has the head noun; else the
    /// latest unnamed speaker described with it.
    func resolveRole(_ r: Range<Int>, head: Int, at v: Int) -> SpeakerRef? {
        let tokens = doc.tokens
        let headWord = tokens[head].lower
        let country = r.lazy.compactMap { self.doc.countryCode(at: $0) }.first
        let phrase = doc.text(tokens: r).lowercased()
        var best: (Int, SpeakerRef)? = nil
        for m in names.mentions.reversed() where m.tokens.lowerBound < v {
            let c = names.clusters[m.cluster]
            if let country, !c.countries.isEmpty, !c.countries.contains(country) { continue }
            if c.roles.contains(where: { $0.lowercased().includes(headWord) || phrase.includes($0.lowercased()) }) {
                best = (m.tokens.lowerBound, .person(m.cluster))
                break
            }
        }
        if let d = drafts.last(where: { if case .unnamed(let desc) = $0.speaker { return desc.lowercased().includes(headWord) }; return false }),
           v > d.anchor, (best?.0 ?? -1) < d.anchor {
            return d.speaker
        }
        if let best { return best.1 }
        // A definite role with no earlier holder: the person in focus when the role fits loosely.
        if ["chief", "minister", "diplomat", "official", "president"].contains(headWord),
           let d = drafts.last(where: { $0.anchor < v }), case .person = d.speaker, d.paragraph >= doc.sentences[Int(max(0, doc.sentenceOf[v]))].paragraph - 3 {
            return d.speaker
        }
        return nil
    }

    /// An organization named around a head noun ("the Russian embassy in Tehran").
    func organization(head: Int, np: Range<Int>, at v: Int) -> SpeakerRef? {
        let tokens = doc.tokens
        var a = head
        while a > np.lowerBound {
            let t = tokens[a - 1]
            if t.kind == .possessive || (t.kind == .word && (t.isCapitalized || doc.countryLen[a - 1] > 0)) && !Vocabulary.capitalizedStopwords.contains(lowerOf: t) { a -= 1; continue }
            if doc.countryLen[a - 1] > 0 { a -= 1; continue }
            break
        }
        var b = head + 1
        if b + 1 < np.upperBound + 2, b < tokens.count, ["in", "of"].contains(tokens[b].lower) {
            var e = b + 1
            if e < tokens.count, tokens[e].lower == "the" { e += 1 }
            let s0 = e
            while e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized { e += 1 }
            if e > s0 { b = e }
        }
        let isEmbassy = ["embassy", "consulate", "mission"].contains(tokens[head].lower)
        if a == head && b == head + 1 {
            // "the ministry", "the office": the latest organization spoken of.
            if let d = drafts.last(where: { if case .organization = $0.speaker { return true }; return false }), d.anchor < v { return d.speaker }
            return lastOrganizationMention(before: v, excluding: np)
        }
        var countries: Set<String> = []
        for i in a..<b where doc.countryLen[i] > 0 {
            let afterIn = i > 0 && tokens[i - 1].lower == "in" || (i > 1 && tokens[i - 2].lower == "in")
            if afterIn && isEmbassy { continue }
            if let code = doc.countryCode(at: i) { countries.insert(code) }
        }
        return .organization(name: doc.text(tokens: a..<b), countries: countries.sorted())
    }

    func lastOrganizationMention(before v: Int, excluding np: Range<Int>) -> SpeakerRef? {
        let tokens = doc.tokens
        var i = np.lowerBound - 1
        while i >= 0 && np.lowerBound - i < 400 {
            if Vocabulary.organizationHeads.contains(lowerOf: tokens[i]), tokens[i].isCapitalized || (i > 0 && (tokens[i - 1].isCapitalized || doc.countryLen[i - 1] > 0)) {
                return organization(head: i, np: max(0, i - 6)..<(i + 1), at: v)
            }
            i -= 1
        }
        return nil
    }
}
