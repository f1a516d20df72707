import Foundation

extension EvaluationReport {
    /// The figures as a fixed-width table, one line per figure, ending in a newline.
    ///
    ///     figure                 gold  found  match  precision  recall     F1
    ///     persons                  19     20     18      0.900   0.947  0.923
    ///     ...
    ///     polarity (accuracy)                 40/44                     0.909
    ///
    /// Undefined ratios (nothing found, or nothing in gold) print as `-`.
    public func table() -> String {
        var lines = [
            pad("figure", 21) + right("gold", 6) + right("found", 7) + right("match", 7)
                + right("precision", 11) + right("recall", 8) + right("F1", 7),
        ]
        let rows: [(String, Figure)] = [
            ("persons", persons),
            ("affiliations", affiliations),
            ("statements (core)", statementsCore),
            ("statements (extended)", statementsExtended),
            ("reported by", reportedBy),
        ]
        for (name, figure) in rows {
            lines.append(pad(name, 21) + right(String(figure.gold), 6) + right(String(figure.found), 7)
                + right(String(figure.matched), 7) + right(ratio(figure.precision), 11)
                + right(ratio(figure.recall), 8) + right(ratio(figure.f1), 7))
        }
        let accuracies: [(String, AccuracyFigure)] = [
            ("polarity core (acc.)", polarityCore),
            ("polarity (accuracy)", polarity),
        ]
        for (name, figure) in accuracies {
            lines.append(pad(name, 21) + right("", 6 + 7) + right("\(figure.agreed)/\(figure.total)", 7)
                + right("", 11 + 8) + right(ratio(figure.accuracy), 7))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A ratio with three decimals, or `-` when undefined.
func ratio(_ value: Double?) -> String {
    value.map { String(format: "%.3f", $0) } ?? "-"
}

/// `text` left-aligned in `width` columns.
func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

/// `text` right-aligned in `width` columns.
func right(_ text: String, _ width: Int) -> String {
    text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
}
