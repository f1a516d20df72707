/// Speaker classification and reference resolution for subject phrases.
extension Attributor {
    /// The speakers a noun phrase names: persons, countries, organizations, outlets or an
    /// unnamed source; pronouns and definite role nouns resolve to earlier mentions.
    func classify(_ r: Range<Int>, at v: Int) -> [SpeakerRef] {
        guard !r.isEmpty else { return [] }
        let tokens = doc.tokens
        // "western countries, especially the US and Ukraine": the members the phrase names speak.
        if let e = r.first(where: { $0 > r.lowerBound && doc.has($0, .exemplifier) && doc.has($0 - 1, .comma) }), e + 1 < r.upperBound {
            var end = r.upperBound
            while end > e + 1, doc.tokens[end - 1].kind == .punct { end -= 1 }
            let members = classify((e + 1)..<end, at: v).filter { if case .unnamed = $0 { return false } else { return true } }
            if !members.isEmpty { return members }
        }
        // A name that only modifies the head ("a Lopes associate") or lies inside an outlet's
        // name ("the New York Times") is not the speaker.
        let named = r.compactMap { names.mentionAt[$0] >= 0 ? names.mentions[Int(names.mentionAt[$0])] : nil }
        var persons = named.filter { !isModifierMention($0, in: r) && !insideOutlet($0.tokens.lowerBound) && !insideBodyName($0) }
        let countriesInNP: [String] = r.compactMap { doc.countryCode(at: $0) }
        // "the Biden administration", "the government of ... Joe Biden", "Ukrainian authorities".
        if let g = r.first(where: { doc.has($0, .governmentNoun) }),
           g == r.upperBound - 1 || (g + 1 < tokens.count && doc.has(g + 1, .ofOrIn)) {
            var codes = countriesInNP
            if codes.isEmpty { codes = named.flatMap { names.clusters[$0.cluster].countries.sorted() } }
            if let code = codes.first { return [.country(code)] }
        }
        // Several people in one phrase: one inside a prepositional phrase ("his counterpart X",
        // "aide to X", "during a call with X") is not the speaker when another is outside one.
        if Set(persons.map { $0.cluster }).count > 1 {
            let free = persons.filter { !insidePrepositionalPhrase($0.tokens.lowerBound, from: r.lowerBound) }
            if !free.isEmpty { persons = free }
        }
        if !persons.isEmpty {
            var seen: [Int] = []
            for p in persons where !seen.contains(p.cluster) { seen.append(p.cluster) }
            return seen.map { .person($0) }
        }
        let first = r.lowerBound
        if doc.has(first, .subjectPronoun) {
            if r.count == 1 || !(r.dropFirst().contains { doc.has($0, .personRole) }) {
                return resolvePronoun(first, at: v).map { [$0] } ?? []
            }
        }
        // "an article published in the Washington Post": a piece of writing speaks for the
        // outlet that published it.
        if let piece = r.first(where: { doc.has($0, .pieceNoun) }),
           let p = r.first(where: { $0 > piece && doc.outletLen[$0] > 0 }) {
            let outlet = doc.lex.outlets[Int(doc.outletIdx[p])]
            if !outlet.isSocialNetwork {
                return [.outlet(name: outlet.name, surface: doc.text(tokens: p..<(p + Int(doc.outletLen[p]))))]
            }
        }
        for p in r where doc.outletLen[p] > 0 && !OutletFinder.isCredit(p, p + Int(doc.outletLen[p]), doc: doc) {
            let outlet = doc.lex.outlets[Int(doc.outletIdx[p])]
            return [.outlet(name: outlet.name, surface: doc.text(tokens: p..<(p + Int(doc.outletLen[p]))))]
        }
        let lastWord = r.upperBound - 1
        if doc.has(lastWord, .personRole) || doc.has(lastWord, .personRoleNoun) {
            let head = r.upperBound - 1
            let definite = doc.has(first, .definiteOpener) || (head > r.lowerBound && tokens[head - 1].kind == .possessive)
            if definite, let ref = resolveRole(r, head: head, at: v) { return [ref] }
            if !definite, let ref = uniqueRoleHolder(r, head: head) { return [ref] }
            if !definite { return [.unnamed(description(r, head: r.upperBound - 1))] }
        }
        var countries: [SpeakerRef] = []
        var p = r.lowerBound
        while p < r.upperBound {
            if doc.countryLen[p] > 0 {
                let e = p + Int(doc.countryLen[p])
                if doc.countryForm[p] != .demonym, e >= r.upperBound || doc.has(e, .listJoin) {
                    countries.append(.country(doc.lex.countryCodes[Int(doc.countryIdx[p])]))
                }
                p = e
                continue
            }
            if doc.has(p, .organizationHead) {
                if let org = organization(head: p, np: r, at: v) { return [org] }
            }
            if doc.has(p, .outletNoun), p > r.lowerBound, doc.has(p - 1, .anaphoricDeterminer) {
                if let last = drafts.last(where: { if case .outlet = $0.speaker { return true }; return !$0.outlets.isEmpty }) {
                    if case .outlet = last.speaker { return [last.speaker] }
                    if let name = last.outlets.first { return [.outlet(name: name, surface: doc.text(tokens: r))] }
                }
                if let a = articleOutlet { return [.outlet(name: a.name, surface: a.surface)] }
            }
            if doc.has(p, .groupNoun) || doc.has(p, .groupRoleNoun) {
                return [.unnamed(description(r, head: p))]
            }
            if doc.has(p, .personRole) || doc.has(p, .personRoleNoun) {
                let definite = r.lowerBound < p && (doc.has(first, .definiteOpener) || tokens[p - 1].kind == .possessive)
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

    /// Whether a preposition comes between the phrase start (or the last comma) and token `t`.
    func insidePrepositionalPhrase(_ t: Int, from start: Int) -> Bool {
        var k = t - 1
        while k >= start, !doc.has(k, .comma) {
            if doc.syntax.tags[k] == .ADP { return true }
            k -= 1
        }
        return false
    }

    /// "A Foreign Ministry spokesman" → the one person in the document whose role has the same
    /// head noun and every capitalized modifier ("Foreign Ministry spokesman Nasser Kanaani").
    /// A role without a capitalized modifier ("an official") or held by two people stays unnamed.
    func uniqueRoleHolder(_ r: Range<Int>, head: Int) -> SpeakerRef? {
        let tokens = doc.tokens
        let headWord = doc.lowerText(head)
        var modifiers: [String] = []
        var country: String? = nil
        for i in r.lowerBound..<head {
            if let code = doc.countryCode(at: i) { country = code; continue }
            let t = tokens[i]
            if t.kind == .word, t.isCapitalized, !doc.has(i, .capitalizedStopword) { modifiers.append(doc.lowerText(i)) }
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
            if doc.has(a - 1, .article) { break }
            if t.kind == .word && !t.isCapitalized && (doc.has(a - 1, .clauseWord) || doc.has(a - 1, .descriptionPreposition)) { break }
            if t.isCapitalized, doc.has(a - 1, .capitalizedStopword), !doc.has(a - 1, .quantifier) { break }
            a -= 1
        }
        // Without the comma that closes an appositive ("the Polish foreign minister,").
        var end = r.upperBound
        while end > a + 1, tokens[end - 1].kind == .punct { end -= 1 }
        return doc.text(tokens: a..<end)
    }

    /// The speaker a pronoun (token `pronoun`) refers to.
    func resolvePronoun(_ pronoun: Int, at v: Int) -> SpeakerRef? {
        if doc.has(pronoun, .malePronoun) || doc.has(pronoun, .femalePronoun) {
            // Skip people whose honorific ("Mr.", "Ms.") contradicts the pronoun.
            let wanted: Character = doc.has(pronoun, .malePronoun) ? "m" : "f"
            let other: Character = wanted == "m" ? "f" : "m"
            // The most salient candidate: the speaker of the attribution just before, in this
            // paragraph or the one before, when nothing about them contradicts the pronoun.
            let paragraph = doc.sentences[Int(max(0, doc.sentenceOf[v]))].paragraph
            if let d = drafts.last(where: { $0.anchor < v }), d.paragraph >= paragraph - 1, case .person(let c) = d.speaker,
               honorificGender(of: c, before: v) ?? givenNameGender(of: c) != other {
                return d.speaker
            }
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
        for m in names.mentions where m.cluster == cluster && m.tokens.lowerBound < v {
            for i in max(0, m.tokens.lowerBound - 1)...m.tokens.lowerBound {
                if doc.has(i, .maleHonorific) { return "m" }
                if doc.has(i, .femaleHonorific) { return "f" }
            }
        }
        return nil
    }

    /// "the foreign minister" → the latest person whose role has the head noun; else the
    /// latest unnamed speaker described with it.
    func resolveRole(_ r: Range<Int>, head: Int, at v: Int) -> SpeakerRef? {
        let headWord = doc.lowerText(head)
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
        if doc.has(head, .looseRole),
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
            if t.kind == .possessive || (t.kind == .word && (t.isCapitalized || doc.countryLen[a - 1] > 0)) && !doc.has(a - 1, .capitalizedStopword) { a -= 1; continue }
            if doc.countryLen[a - 1] > 0 { a -= 1; continue }
            break
        }
        var b = head + 1
        if b + 1 < np.upperBound + 2, b < tokens.count, doc.has(b, .ofOrIn) {
            var e = b + 1
            if e < tokens.count, doc.has(e, .the) { e += 1 }
            let s0 = e
            while e < tokens.count, tokens[e].kind == .word, tokens[e].isCapitalized { e += 1 }
            if e > s0 { b = e }
        }
        let isEmbassy = doc.has(head, .diplomaticMission)
        if a == head && b == head + 1 {
            // "the ministry", "the office": the latest organization spoken of.
            if let d = drafts.last(where: { if case .organization = $0.speaker { return true }; return false }), d.anchor < v { return d.speaker }
            return lastOrganizationMention(before: v, excluding: np)
        }
        var countries: Set<String> = []
        for i in a..<b where doc.countryLen[i] > 0 {
            let afterIn = i > 0 && doc.has(i - 1, .in) || (i > 1 && doc.has(i - 2, .in))
            if afterIn && isEmbassy { continue }
            if let code = doc.countryCode(at: i) { countries.insert(code) }
        }
        return .organization(name: doc.text(tokens: a..<b), countries: countries.sorted())
    }

    func lastOrganizationMention(before v: Int, excluding np: Range<Int>) -> SpeakerRef? {
        let tokens = doc.tokens
        var i = np.lowerBound - 1
        while i >= 0 && np.lowerBound - i < 400 {
            if doc.has(i, .organizationHead), tokens[i].isCapitalized || (i > 0 && (tokens[i - 1].isCapitalized || doc.countryLen[i - 1] > 0)) {
                return organization(head: i, np: max(0, i - 6)..<(i + 1), at: v)
            }
            i -= 1
        }
        return nil
    }
}

/// Sources that classification leaves unnamed but the document resolves: a lone surname or
/// given name the name finder missed at this place ("King said", "Trump cited"), and a
/// definite description of the person in focus ("the 50-year-old bartender said").
extension Attributor {
    func resolveUnnamed(_ r: Range<Int>, at v: Int) -> SpeakerRef? {
        personNamedBy(r) ?? personDescribedBy(r, at: v)
    }

    /// One or two capitalized words that are the first or last word of exactly one person's
    /// full name in the document.
    private func personNamedBy(_ r: Range<Int>) -> SpeakerRef? {
        let words = r.prefix { !doc.has($0, .comma) }.filter { doc.tokens[$0].kind == .word }
        guard let last = words.last, words.count <= 2, words.allSatisfy({ doc.tokens[$0].isCapitalized }),
              !words.contains(where: { doc.has($0, .capitalizedStopword) || doc.has($0, .determiner) }) else { return nil }
        let key = Lexemes.trimmingPunctuation(Substring(doc.lowerText(last)))
        let used = Set(names.mentions.map(\.cluster))
        let matches = names.clusters.indices.filter { c in
            guard used.contains(c), names.clusters[c].fullestWords > 1 else { return false }
            let parts = names.clusters[c].fullest.lowercased().split(separator: " ")
            return parts.last.map { Lexemes.trimmingPunctuation($0) } == key || parts.first.map { Lexemes.trimmingPunctuation($0) } == key
        }
        return matches.count == 1 ? .person(matches[0]) : nil
    }

    /// "The 50-year-old bartender", "the veteran lawmaker": a definite singular description
    /// opening with "the", read as the person in focus, the speaker of the attribution before
    /// it in this paragraph or the one before.
    private func personDescribedBy(_ r: Range<Int>, at v: Int) -> SpeakerRef? {
        guard let first = r.first, doc.has(first, .the), r.count >= 2, r.count <= 6 else { return nil }
        let head = (r.lowerBound..<r.upperBound).last { doc.tokens[$0].kind == .word }
        guard let head, !doc.lowerText(head).hasSuffix("s"), !doc.tokens[head].isCapitalized,
              !doc.has(head, .groupNoun), !doc.has(head, .organizationHead), !doc.has(head, .outletNoun),
              !doc.has(head, .governmentNoun), !doc.has(head, .pieceNoun) else { return nil }
        let paragraph = doc.sentences[Int(max(0, doc.sentenceOf[v]))].paragraph
        guard let d = drafts.last(where: { $0.anchor < v }), d.paragraph >= paragraph - 1, case .person = d.speaker else { return nil }
        return d.speaker
    }
}
