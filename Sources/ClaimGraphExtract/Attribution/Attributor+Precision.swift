import Foundation

/// Speaker phrases where a name is only a modifier of the real speaker, or no person at all.
extension Attributor {
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
