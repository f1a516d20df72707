import Foundation

/// General precision rules: reporting-verb look-alikes that report no speech, and speaker
/// phrases where a name is only a modifier of the real speaker.
extension Attributor {
    /// Whether the reporting-verb form at `v` is used as a noun: "a 2015 promise", "past claims
    /// that", "media reports on the audit", "Continuing claims were 1.2 million".
    func isNounUse(_ v: Int, start: Int, end: Int) -> Bool {
        let tokens = doc.tokens
        // "the rural state", "a debate question": these forms report speech only before a clause.
        if doc.has(v, .clauseOnlyForm) {
            let opens = v + 1 < end && (doc.has(v + 1, .that) || doc.has(v + 1, .colon) || tokens[v + 1].kind == .openQuote)
            if !opens { return true }
        }
        guard doc.has(v, .nounLikeForm) else { return false }
        if v + 1 < end {
            // "claims were", "reports have": the form is the subject of a finite verb.
            if doc.has(v + 1, .finiteAux) { return true }
            if doc.has(v + 1, .nounFollower) { return true }
            if doc.has(v + 1, .on), v + 2 < end, !doc.has(v + 2, .weekdayOrMonth),
               !doc.has(v + 2, .timeWord) || doc.has(v + 2, .determiner) { return true }
        }
        guard v > start else { return false }
        let p = tokens[v - 1]
        if p.kind == .number { return true }
        // "Continuing claims …" opening a sentence: a one-word "name" ending in "-ing" is an adjective.
        if v - 1 == start, p.kind == .word, doc.shape(v - 1).contains(.longIng),
           names.mentionAt[v - 1] < 0 || names.clusters[names.mentions[Int(names.mentionAt[v - 1])].cluster].fullestWords == 1 { return true }
        guard p.kind == .word, names.mentionAt[v - 1] < 0, doc.countryLen[v - 1] == 0, doc.outletLen[v - 1] == 0 else { return false }
        let pw = v - 1
        if doc.has(pw, .personRole) || doc.has(pw, .groupNoun) || doc.has(pw, .roleNoun)
            || doc.has(pw, .organizationHead) || doc.has(pw, .governmentNoun) || doc.has(pw, .subjectPronoun) {
            // "media reports on …" was handled above; "state media reports that" keeps its verb.
            return false
        }
        if doc.has(pw, .nounModifier) { return true }
        // Adjectives and participles: "obsequious claims", "Continuing claims", "renewed calls".
        if doc.shape(pw).contains(.adjectiveSuffix) { return true }
        if !p.isCapitalized, doc.shape(pw).contains(.endsEd), !doc.isVerb(pw), !doc.has(pw, .auxiliary) { return true }
        return false
    }

    /// Whether the verb at `v` is an infinitive after "to", across adverbs: "refused to
    /// immediately say", "declined to publicly comment", "plans to announce".
    func isInfinitive(_ v: Int, start: Int) -> Bool {
        var k = v - 1
        while k >= start, doc.tokens[k].kind == .word, doc.shape(k).contains(.adverbLike) || doc.has(k, .not) { k -= 1 }
        return k >= start && k < v - 1 && doc.has(k, .to)
    }

    /// Whether the person mention `m` inside phrase `r` is only a modifier of another head:
    /// "a longtime Lopes associate", "Lopes's lawyer", "one of Lopes' attorneys".
    func isModifierMention(_ m: PersonMention, in r: Range<Int>) -> Bool {
        let tokens = doc.tokens
        let after = m.tokens.upperBound
        guard after < r.upperBound else { return false }
        let t = tokens[after]
        if t.kind == .possessive { return true }
        guard t.kind == .word, !t.isCapitalized else { return false }
        if doc.has(after, .nameFollowerKeepingHead) || doc.shape(after).contains(.adverbLike) { return false }
        return true
    }

    /// Whether token `i` lies inside an outlet name ("the New York Times").
    func insideOutlet(_ i: Int) -> Bool {
        var p = i
        while p >= 0, i - p < 6 {
            if doc.outletLen[p] > 0 && p + Int(doc.outletLen[p]) > i { return true }
            p -= 1
        }
        return false
    }

    /// The gender a person's given name implies, nil when unknown or shared.
    func givenNameGender(of cluster: Int) -> Character? {
        let words = names.clusters[cluster].fullest.split(separator: " ")
        for w in words.prefix(2) {
            if let g = doc.lex.givenNameGender(Lexemes.trimmingPunctuation(w)) { return g }
        }
        return nil
    }
}

extension Attributor {
    /// A report inside the paraphrase of another is part of its content, not a new act:
    /// "officials told Reuters that Iran had promised to …", "quoted him as saying Tehran had
    /// agreed to …", "said that he had suggested …". The inner clause must be the complement
    /// itself (its speaker opens the content or follows "that"); "according to" keeps its layer.
    func dropEmbeddedReports(_ list: [DraftStatement]) -> [DraftStatement] {
        let tokens = doc.tokens
        return list.filter { b in
            guard b.cue != "according to", b.subject >= 0, b.subject < tokens.count else { return true }
            let verbStart = tokens[b.anchor].start
            let subjectStart = tokens[b.subject].start
            return !list.contains { a in
                guard !a.direct, a.anchor < b.anchor, a.content.contains(verbStart), a.content.contains(subjectStart) || a.content.lowerBound == subjectStart else { return false }
                return a.content.lowerBound == subjectStart || (b.subject > 0 && doc.has(b.subject - 1, .that))
            }
        }
    }
}

extension Attributor {
    /// Whether a one-word "name" is a word inside the name of a body or a law: "the Bureau of Labor
    /// Statistics", "the Senate Foreign Relations Committee", "the Defense Production Act".
    func insideBodyName(_ m: PersonMention) -> Bool {
        guard names.clusters[m.cluster].fullestWords == 1 else { return false }
        let tokens = doc.tokens
        var a = m.tokens.lowerBound - 1
        while a >= 0, m.tokens.lowerBound - a < 7, tokens[a].kind == .word, tokens[a].isCapitalized || doc.has(a, .bodyNameConnector) {
            if tokens[a].isCapitalized, doc.has(a, .bodyNameHead) { return true }
            a -= 1
        }
        var b = m.tokens.upperBound
        while b < tokens.count, b - m.tokens.upperBound < 6, tokens[b].kind == .word, tokens[b].isCapitalized || doc.has(b, .bodyNameConnector) {
            if tokens[b].isCapitalized, doc.has(b, .bodyNameHead) { return true }
            b += 1
        }
        return false
    }

    /// Whether a cluster is a weak antecedent for a pronoun: one word, no honorific, no role that
    /// names a person, and seen only opening sentences ("Seeds were scarce this year.").
    func isWeakAntecedent(_ cluster: Int, before v: Int) -> Bool {
        let c = names.clusters[cluster]
        guard c.fullestWords == 1, honorificGender(of: cluster, before: v) == nil else { return false }
        let personal = c.roles.contains { role in
            role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).contains { w in
                let s = Lexemes.trimmingPunctuation(w)
                return doc.lex.words.has(s, .personRole) || doc.lex.words.has(s, .personRoleNoun) || doc.lex.words.has(s, .titleWord)
            }
        }
        guard !personal else { return false }
        // Only a word that never appears inside a sentence ("Seeds were scarce"); a bare surname
        // used mid-sentence ("…, Lopes said") stays a valid antecedent.
        return names.mentions.allSatisfy { m in
            m.cluster != cluster || doc.sentences[Int(max(0, doc.sentenceOf[m.tokens.lowerBound]))].tokens.lowerBound == m.tokens.lowerBound
        }
    }
}
