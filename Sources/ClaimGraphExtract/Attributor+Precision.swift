import Foundation

/// General precision rules: reporting-verb look-alikes that report no speech, and speaker
/// phrases where a name is only a modifier of the real speaker.
extension Attributor {
    /// Words ending in "-ly" that are nouns or adjectives inside a noun phrase, not adverbs.
    static let lyNonAdverbs: WordSet = [
        "family", "assembly", "ally", "rally", "supply", "reply", "anomaly", "monopoly", "homily", "folly", "bully",
        "belly", "jelly", "holy", "only", "friendly", "elderly", "daily", "weekly", "monthly", "quarterly", "yearly",
        "costly", "deadly", "lonely", "lovely", "silly", "ugly", "orderly", "burly", "hourly", "nightly", "likely",
    ]

    /// Whether a lowercase word is an adverb that closes a noun phrase ("ever", "recently").
    static func isAdverbLike(_ w: String) -> Bool {
        if Vocabulary.adverbs.contains(w) || w == "ever" || w == "both" || w == "himself" || w == "herself" || w == "themselves" { return true }
        return w.hasSuffix("ly") && w.count > 4 && !lyNonAdverbs.contains(w)
    }

    /// Reporting-verb forms that are also common nouns ("claims", "reports", "promise").
    static let nounLikeForms: WordSet = [
        "claim", "claims", "report", "reports", "promise", "promises", "pledge", "pledges", "vow", "vows", "comment",
        "comments", "answer", "answers", "remark", "remarks", "demand", "demands", "appeal", "appeals", "charge",
        "charges", "call", "calls", "plea", "pleas", "protest", "protests", "estimate", "estimates", "forecast",
        "forecasts", "signal", "signals", "reply", "replies", "guarantee", "guarantees", "quote", "quotes", "tweet",
        "tweets", "post", "posts", "note", "notes", "question", "questions", "warning", "warnings", "threat", "boast",
        "boasts", "denial", "denials", "statement", "statements", "dispute", "disputes", "object", "objects",
    ]
    /// Present-tense forms that are far more often nouns and report speech only before "that",
    /// a colon or a quote ("officials state that …" but "the state", "a question").
    static let clauseOnlyForms: WordSet = [
        "state", "states", "question", "questions", "object", "objects", "post", "posts", "quote", "quotes",
        "signal", "signals", "charge", "charges", "brief", "briefs", "note",
    ]
    /// Modifiers that mark the next word as a noun ("past claims", "media reports", "fresh calls").
    static let nounModifiers: WordSet = [
        "past", "previous", "earlier", "recent", "similar", "false", "unfounded", "baseless", "initial", "jobless",
        "new", "latest", "fresh", "further", "media", "news", "press", "conflicting", "competing", "separate",
        "unconfirmed", "numerous", "multiple", "many", "several", "various", "such", "these", "those", "other", "same",
        "his", "her", "their", "its", "our", "my", "your", "wild", "public", "private", "official", "campaign",
        "election", "earnings", "budget", "court", "weekly", "daily", "monthly", "quarterly", "annual", "first",
        "second", "third", "final", "main", "major", "key", "early", "late", "broken", "repeated", "persistent",
    ]
    /// Prepositions after which a reporting-verb form is a noun ("reports on the audit", "claims of fraud").
    static let nounFollowers: WordSet = ["of", "about", "over", "regarding", "concerning", "by", "against", "from"]

    /// Whether the reporting-verb form at `v` is used as a noun: "a 2015 promise", "past claims
    /// that", "media reports on the audit", "Continuing claims were 1.2 million".
    func isNounUse(_ v: Int, start: Int, end: Int) -> Bool {
        let tokens = doc.tokens
        let w = tokens[v].lower
        // "the rural state", "a debate question": these forms report speech only before a clause.
        if Attributor.clauseOnlyForms.contains(w) {
            let opens = v + 1 < end && (tokens[v + 1].lower == "that" || tokens[v + 1].text == ":" || tokens[v + 1].kind == .openQuote)
            if !opens { return true }
        }
        guard Attributor.nounLikeForms.contains(w) else { return false }
        if v + 1 < end {
            let next = tokens[v + 1].lower
            // "claims were", "reports have": the form is the subject of a finite verb.
            if ["is", "are", "was", "were", "have", "has", "had"].contains(next) { return true }
            if Attributor.nounFollowers.contains(next) { return true }
            if next == "on", v + 2 < end, !Vocabulary.weekdaysMonths.contains(lowerOf: tokens[v + 2]),
               !Vocabulary.timeWords.contains(lowerOf: tokens[v + 2]) || Vocabulary.determiners.contains(lowerOf: tokens[v + 2]) { return true }
        }
        guard v > start else { return false }
        let p = tokens[v - 1]
        if p.kind == .number { return true }
        // "Continuing claims …" opening a sentence: a one-word "name" ending in "-ing" is an adjective.
        if v - 1 == start, p.kind == .word, p.lower.hasSuffix("ing"), p.lower.count > 5,
           names.mentionAt[v - 1] < 0 || names.clusters[names.mentions[Int(names.mentionAt[v - 1])].cluster].fullestWords == 1 { return true }
        guard p.kind == .word, names.mentionAt[v - 1] < 0, doc.countryLen[v - 1] == 0, doc.outletLen[v - 1] == 0 else { return false }
        let pw = p.lower
        if Vocabulary.personRoles.contains(pw) || Vocabulary.groupNouns.contains(pw) || doc.lex.roleNouns[pw] != nil
            || Vocabulary.organizationHeads.contains(pw) || Vocabulary.governmentNouns.contains(pw) || Vocabulary.subjectPronouns.contains(pw) {
            // "media reports on …" was handled above; "state media reports that" keeps its verb.
            return false
        }
        if Attributor.nounModifiers.contains(pw) { return true }
        // Adjectives and participles: "obsequious claims", "Continuing claims", "renewed calls".
        if pw.count > 4, ["ous", "ful", "less", "ive", "ing", "ical"].contains(where: { pw.hasSuffix($0) }) { return true }
        if !p.isCapitalized, pw.hasSuffix("ed"), doc.lex.verbs[pw] == nil, !Vocabulary.auxiliaries.contains(pw) { return true }
        return false
    }

    /// Whether the verb at `v` is an infinitive after "to", across adverbs: "refused to
    /// immediately say", "declined to publicly comment", "plans to announce".
    func isInfinitive(_ v: Int, start: Int) -> Bool {
        var k = v - 1
        while k >= start, doc.tokens[k].kind == .word, Attributor.isAdverbLike(doc.tokens[k].lower) || doc.tokens[k].lower == "not" { k -= 1 }
        return k >= start && k < v - 1 && doc.tokens[k].lower == "to"
    }

    /// Words after a name that do not make the name a modifier ("Obama and Reid both said").
    static let nameFollowersKeepingHead: WordSet = ["and", "or", "both", "all", "himself", "herself", "themselves", "too", "also", "alone", "jointly", "together", "again", "once"]

    /// Whether the person mention `m` inside phrase `r` is only a modifier of another head:
    /// "a longtime Lopes associate", "Lopes's lawyer", "one of Lopes' attorneys".
    func isModifierMention(_ m: PersonMention, in r: Range<Int>) -> Bool {
        let tokens = doc.tokens
        let after = m.tokens.upperBound
        guard after < r.upperBound else { return false }
        let t = tokens[after]
        if t.kind == .possessive { return true }
        guard t.kind == .word, !t.isCapitalized else { return false }
        if Attributor.nameFollowersKeepingHead.contains(lowerOf: t) || Attributor.isAdverbLike(t.lower) { return false }
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
            let s = Vocabulary.trimmingPunctuation(w)
            if let g = doc.lex.givenNameGender[s] { return g }
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
                return a.content.lowerBound == subjectStart || (b.subject > 0 && tokens[b.subject - 1].lower == "that")
            }
        }
    }
}

extension Attributor {
    /// Capitalized heads that close the name of a body or a law ("… Relations Committee", "… Production Act").
    static let bodyNameHeads: WordSet = [
        "committee", "subcommittee", "act", "bill", "commission", "bureau", "office", "department", "ministry", "agency",
        "administration", "institute", "university", "college", "school", "center", "centre", "council", "foundation",
        "association", "society", "union", "party", "board", "court", "service", "authority", "fund", "program",
        "programme", "project", "survey", "statistics", "index", "organization", "organisation",
    ]
    /// Lowercase words that join the words of such a name ("Bureau of Labor Statistics").
    static let bodyNameConnectors: WordSet = ["of", "and", "for", "on", "&"]

    /// Whether a one-word "name" is a word inside the name of a body or a law: "the Bureau of Labor
    /// Statistics", "the Senate Foreign Relations Committee", "the Defense Production Act".
    func insideBodyName(_ m: PersonMention) -> Bool {
        guard names.clusters[m.cluster].fullestWords == 1 else { return false }
        let tokens = doc.tokens
        let connectors = Attributor.bodyNameConnectors
        var a = m.tokens.lowerBound - 1
        while a >= 0, m.tokens.lowerBound - a < 7, tokens[a].kind == .word, tokens[a].isCapitalized || connectors.contains(lowerOf: tokens[a]) {
            if tokens[a].isCapitalized, Attributor.bodyNameHeads.contains(lowerOf: tokens[a]) { return true }
            a -= 1
        }
        var b = m.tokens.upperBound
        while b < tokens.count, b - m.tokens.upperBound < 6, tokens[b].kind == .word, tokens[b].isCapitalized || connectors.contains(lowerOf: tokens[b]) {
            if tokens[b].isCapitalized, Attributor.bodyNameHeads.contains(lowerOf: tokens[b]) { return true }
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
                let s = Vocabulary.trimmingPunctuation(w)
                return Vocabulary.personRoles.contains(s) || doc.lex.roleNouns[s] == "person" || doc.lex.titleWords.contains(s)
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
