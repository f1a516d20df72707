/// Scalar-range helpers shared by the span scorer and its reports.
enum SpanText {
    /// `range` without surrounding white space; `nil` when nothing is left.
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = max(range.lowerBound, 0)
        var upper = min(range.upperBound, scalars.count)
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether two spans share at least one character.
    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    /// How many characters two spans share.
    static func shared(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    /// The scalars in `range` as a string (clamped to the text).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), scalars.count)
        let upper = min(max(range.upperBound, lower), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The sentence around `range`, for showing a span in context: from after
    /// the last line break or sentence end (`.`, `!`, `?`, maybe followed by
    /// closing quotes or brackets, then white space) before the span, to the
    /// first one after it; white space trimmed.
    ///
    ///     sentence(around: 14..<18, in: "It rained. He said no. Then ...")  // "He said no."
    static func sentence(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let lowerBound = min(max(range.lowerBound, 0), scalars.count)
        var lower = lowerBound
        while lower > 0, !endsSentence(before: lower, in: scalars) { lower -= 1 }
        var upper = min(max(range.upperBound, lowerBound), scalars.count)
        while upper < scalars.count, !endsSentence(before: upper, in: scalars) { upper += 1 }
        return trimmed(lower..<upper, in: scalars) ?? lowerBound..<lowerBound
    }

    /// Whether a sentence ends just before `index`: a line break there, or
    /// white space there after sentence-final punctuation (and closers), but
    /// not after an initial ("J.", "U.S.") or a common abbreviation ("Sept.").
    private static func endsSentence(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let here = scalars[index]
        if here == "\n" || here == "\r" { return true }
        guard here.properties.isWhitespace else { return false }
        var k = index - 1
        while k >= 0, closers.contains(scalars[k]) { k -= 1 }
        guard k >= 0 else { return false }
        if scalars[k] == "!" || scalars[k] == "?" { return true }
        guard scalars[k] == "." else { return false }
        var start = k
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let word = string(scalars, start..<k)
        return word.unicodeScalars.count != 1 && !abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "St", "Jr", "Sr", "Prof",
        "Rev", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "Mt",
    ]

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
}
