/// The country an article is about, as its political actors show it: the country whose
/// government, offices and office holders the article names most, by a clear margin.
///
/// A generic office ("President", "Interior Minister", "Sen.") takes this country when the
/// mention names none of its own (`AffiliationRule.articleCountry`). Plain mentions of a country
/// ("sanctions on Russia", "flights to Iran") say what a story is about, not whose offices it
/// speaks of, and do not count.
enum ArticleCountry {
    /// One signal per actor mention:
    /// - a country phrase (name, demonym, capital, metonym) directly before a title, a role noun,
    ///   an institution or a government noun, or before a possessive and one ("U.S. officials",
    ///   "Russian President", "Iran's foreign ministry", "the Kremlin");
    /// - an institution of one state ("State Department", "Bundestag");
    /// - a mention of a person whose country the text gave by a rule other than this one
    ///   (`explicitCountries`, one entry per mention).
    ///
    /// The country is the most frequent one when it has at least `minimumSignals` signals and at
    /// least `margin` times as many as the next; nil otherwise (no article country).
    static func of(_ doc: Document, explicitCountries: [Set<String>]) -> String? {
        var counts = signals(doc, in: 0..<doc.tokens.count, skipping: nil)
        for countries in explicitCountries {
            for code in countries { counts[code, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= minimumSignals else { return nil }
        let second = ranked.count > 1 ? ranked[1].value : 0
        return top.value >= margin * second ? top.key : nil
    }

    /// The countries whose governments the sentence `range` names outside the title phrases
    /// and names of people (`skipping`): "In a statement issued by Iran's foreign ministry,
    /// Foreign Minister X said" gives IR.
    static func ofSentence(_ doc: Document, _ range: Range<Int>, skipping: [Bool]) -> Set<String> {
        Set(signals(doc, in: range, skipping: skipping).keys)
    }

    /// The country phrases and institutions that name a country's government in `range`.
    private static func signals(_ doc: Document, in range: Range<Int>, skipping: [Bool]?) -> [String: Int] {
        var counts: [String: Int] = [:]
        let tokens = doc.tokens
        let n = range.upperBound
        var i = range.lowerBound
        while i < n {
            if let skipping, skipping[i] { i += 1; continue }
            if doc.outletLen[i] > 0 { i += Int(doc.outletLen[i]); continue }
            if doc.institutionLen[i] > 0 {
                let inst = doc.lex.institutions[Int(doc.institutionIdx[i])]
                if !inst.country.isEmpty { counts[inst.country, default: 0] += 1 }
                i += Int(doc.institutionLen[i])
                continue
            }
            if let code = doc.countryCode(at: i) {
                var end = i + Int(doc.countryLen[i])
                if doc.countryForm[i] == .metonym || (end < n && isActorHead(end, doc)) {
                    counts[code, default: 0] += 1
                } else if end < n, tokens[end].kind == .possessive {
                    end += 1
                    if end < n, isActorHead(end, doc) { counts[code, default: 0] += 1 }
                }
                i = end
                continue
            }
            i += 1
        }
        return counts
    }

    /// Fewer signals than this give no article country.
    static let minimumSignals = 3
    /// The article country has at least this many times the signals of the next country.
    static let margin = 2

    /// Whether token `i` starts a title, role noun, government noun or institution ("President",
    /// "officials", "government", "Foreign Ministry").
    private static func isActorHead(_ i: Int, _ doc: Document) -> Bool {
        guard doc.tokens[i].kind == .word else { return false }
        return doc.titleLen[i] > 0 || doc.institutionLen[i] > 0 || doc.hasPeriodless(i, .titleWord)
            || doc.has(i, .roleNoun) || doc.has(i, .governmentNoun) || doc.has(i, .organizationHead)
    }
}
