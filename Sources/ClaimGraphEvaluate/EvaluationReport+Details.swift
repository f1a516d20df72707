import ClaimGraphExtract

extension EvaluationReport {
    /// Every miss and false hit, section by section, in gold then extraction order.
    ///
    /// - Parameter articles: article texts by id; when a false hit's article is
    ///   given, the sentence its statement was read from is printed too.
    ///
    ///     statements: 1 missed, 1 false
    ///       miss   a.txt  person "John Kirby"  claim  cue "Iran is helping Russia"  outlets [Reuters]
    ///       false  a.txt  unnamed "officials"  denial  text "it never happened"
    ///              sentence "Officials said it never happened."
    public func details(articles: [String: String] = [:]) -> String {
        var lines: [String] = []
        lines.append("documents")
        for document in documents {
            let figure = document.statements
            lines.append("  \(document.id)  gold \(figure.gold)  found \(figure.found)  match \(figure.matched)"
                + (document.extracted ? "" : "  (no extraction)"))
        }

        lines.append("")
        lines.append("persons: \(missedPersons.count) missed, \(spuriousPersons.count) false")
        for item in missedPersons { lines.append("  miss   \(quoted(item.name))  \(list(item.documentIDs))") }
        for item in spuriousPersons { lines.append("  false  \(quoted(item.name))  \(list(item.documentIDs))") }

        lines.append("")
        lines.append("affiliations: \(missedAffiliations.count) missed, \(spuriousAffiliations.count) false")
        for item in missedAffiliations { lines.append("  miss   \(quoted(item.person))  \(item.country)") }
        for item in spuriousAffiliations { lines.append("  false  \(quoted(item.person))  \(item.country)") }

        lines.append("")
        lines.append("statements: \(missedStatements.count) missed, \(spuriousStatements.count) false")
        for miss in missedStatements {
            let s = miss.statement
            lines.append("  miss   \(miss.documentID)  \(describe(s))  \(s.type.rawValue)  cue \(quoted(s.cue))"
                + (s.outlets.isEmpty ? "" : "  outlets \(list(s.outlets))"))
        }
        for hit in spuriousStatements {
            let s = hit.statement
            lines.append("  false  \(hit.documentID)  \(describe(s.speaker))  \(s.polarity.rawValue)  text \(quoted(s.text))"
                + (s.outlets.isEmpty ? "" : "  outlets \(list(s.outlets))"))
            if let sentence = articles[hit.documentID].flatMap({ excerpt($0, s.sentence) }) {
                lines.append("         sentence \(quoted(sentence))")
            }
        }

        lines.append("")
        lines.append("polarity: \(polarityErrors.count) disagreeing")
        for error in polarityErrors {
            lines.append("  wrong  \(error.documentID)  \(describe(error.gold))  gold \(error.gold.type.rawValue)"
                + "  found \(error.extracted.polarity.rawValue)  cue \(quoted(error.gold.cue))")
        }

        lines.append("")
        lines.append("reported by (matched statements): \(missedReports.count) missed, \(spuriousReports.count) false")
        for miss in missedReports {
            lines.append("  miss   \(miss.documentID)  \(describe(miss.statement))  outlet \(quoted(miss.outlet))"
                + "  cue \(quoted(miss.statement.cue))")
        }
        for hit in spuriousReports {
            lines.append("  false  \(hit.documentID)  \(describe(hit.statement.speaker))  outlet \(quoted(hit.outlet))"
                + "  text \(quoted(hit.statement.text))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A gold speaker as `person "John Kirby"` or `country US`.
private func describe(_ statement: GoldStatement) -> String {
    statement.speakerType == .country
        ? "country \(statement.speaker)" : "\(statement.speakerType.rawValue) \(quoted(statement.speaker))"
}

/// An extracted speaker as `person "Kirby"`, `country US` or `unnamed "officials"`.
private func describe(_ speaker: Speaker) -> String {
    switch speaker {
    case let .person(name): "person \(quoted(name))"
    case let .country(code): "country \(code)"
    case let .organization(name): "organization \(quoted(name))"
    case let .outlet(name): "outlet \(quoted(name))"
    case let .unnamed(description): "unnamed \(quoted(description))"
    }
}

/// Text in double quotes on one line: white space collapsed, `"` and `\` escaped.
func quoted(_ text: String) -> String {
    let line = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    var escaped = ""
    for character in line {
        if character == "\"" || character == "\\" { escaped.append("\\") }
        escaped.append(character)
    }
    return "\"" + escaped + "\""
}

/// Names in brackets: `[a.txt, b.txt]`.
private func list(_ names: [String]) -> String {
    "[" + names.joined(separator: ", ") + "]"
}

/// The article's scalars in `range`, clamped; `nil` when that leaves nothing.
func excerpt(_ text: String, _ range: Range<Int>) -> String? {
    let scalars = Array(text.unicodeScalars)
    let lower = min(max(range.lowerBound, 0), scalars.count)
    let upper = min(max(range.upperBound, lower), scalars.count)
    guard lower < upper else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
}
