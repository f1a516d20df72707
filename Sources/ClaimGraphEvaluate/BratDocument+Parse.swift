extension BratDocument {
    /// Reads an article's `.ann` against its text.
    ///
    /// Lines, each `ID<TAB>...`:
    /// - `T` text-bound: `T3<TAB>Content 115 290<TAB>that Hillary ...`, or
    ///   discontinuous `s1 e1;s2 e2`. Kept when of a `BratSpanType`, else
    ///   checked and ignored. When the covered text holds line breaks, BRAT
    ///   writes it verbatim, so its text continues on the next lines; those
    ///   lines are read as that text.
    /// - `E` events: `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`. Kept
    ///   when of a `BratEventType`, else checked and ignored.
    /// - `#` notes, `A`/`M` attributes, `R` relations, `N` normalizations and
    ///   `*` equivalences are valid BRAT and ignored; so are blank lines.
    ///
    /// Malformed input is an error, not a warning: a line that is none of
    /// these, a duplicate id, offsets that are not `start end` integers with
    /// start < end ≤ the text's length in code points, a text field that is not
    /// the text at those offsets (fragments joined by one space, as BRAT
    /// writes them; this catches offsets counted in bytes or UTF-16 units),
    /// an event argument without `Role:ID` form or naming no annotation.
    ///
    /// - Parameter file: the `.ann` file's name for messages.
    /// - Throws: `BratError` naming `file` and the line.
    public static func parse(id: String, text: String, annotations: String, file: String) throws(BratError) -> BratDocument {
        var reader = AnnotationReader(text: text, file: file,
                                      lines: annotations.unicodeScalars
                                          .split(separator: "\n", omittingEmptySubsequences: false)
                                          .map { Array($0) })
        try reader.readAll()
        return BratDocument(id: id, text: text, spans: reader.spans, events: reader.events)
    }
}

/// The line-by-line state of one `.ann` being read.
private struct AnnotationReader {
    let scalars: [Unicode.Scalar]
    let file: String
    let lines: [[Unicode.Scalar]]
    var spans: [BratSpan] = []
    var events: [BratEvent] = []
    /// Every annotation id seen, kept or not.
    var ids: Set<String> = []
    /// Each kept-or-ignored event's references, with its line, checked at the end.
    var references: [(line: Int, event: String, targets: [String])] = []

    init(text: String, file: String, lines: [[Unicode.Scalar]]) {
        scalars = Array(text.unicodeScalars)
        self.file = file
        self.lines = lines
    }

    mutating func readAll() throws(BratError) {
        var index = 0
        while index < lines.count {
            let number = index + 1
            var line = lines[index]
            index += 1
            if line.last == "\r" { line.removeLast() }
            if line.allSatisfy(\.properties.isWhitespace) { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw fail(number, "not an annotation line (no tab after an id): \(preview(line))")
            }
            let id = string(line[..<tab])
            let rest = Array(line[(tab + 1)...])
            guard let kind = id.unicodeScalars.first, id.unicodeScalars.count > 1,
                  !id.unicodeScalars.contains(where: \.properties.isWhitespace) else {
                throw fail(number, "not an annotation id: \(preview(Array(id.unicodeScalars)))")
            }
            switch kind {
            case "T":
                try register(id, number)
                index = try readTextBound(id, rest, number, next: index)
            case "E":
                try register(id, number)
                try readEvent(id, rest, number)
            case "#", "A", "M", "R", "N", "*":
                continue
            default:
                throw fail(number, "unknown annotation kind \"\(kind)\" in \(preview(line))")
            }
        }
        for reference in references {
            for target in reference.targets where !ids.contains(target) {
                throw fail(reference.line, "\(reference.event) refers to \(target), which the file does not define")
            }
        }
    }

    /// Notes an id; a second annotation with the same id is an error.
    private mutating func register(_ id: String, _ number: Int) throws(BratError) {
        guard ids.insert(id).inserted else { throw fail(number, "duplicate id \(id)") }
    }

    /// Reads `Type s e[;s e...]<TAB>text`; returns the index of the line after its text.
    private mutating func readTextBound(_ id: String, _ rest: [Unicode.Scalar], _ number: Int,
                                        next: Int) throws(BratError) -> Int {
        guard let tab = rest.firstIndex(of: "\t") else {
            throw fail(number, "\(id): no text field (expected \"Type start end<TAB>text\")")
        }
        let head = rest[..<tab]
        guard let space = head.firstIndex(of: " "), space > head.startIndex else {
            throw fail(number, "\(id): no offsets after the type in \(preview(Array(head)))")
        }
        let typeName = string(head[..<space])
        var fragments: [Range<Int>] = []
        for part in string(head[(space + 1)...]).split(separator: ";", omittingEmptySubsequences: false) {
            let numbers = part.split(separator: " ")
            guard numbers.count == 2, numbers.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
                  let start = Int(numbers[0]), let end = Int(numbers[1]) else {
                throw fail(number, "\(id): offsets \"\(part)\" are not \"start end\"")
            }
            guard start < end else {
                throw fail(number, "\(id): offsets \(start) \(end) do not make a span (need start < end)")
            }
            guard end <= scalars.count else {
                throw fail(number, "\(id): end \(end) is past the end of the text (\(scalars.count) code points)")
            }
            fragments.append(start..<end)
        }
        // The covered text, fragments joined by a space, is what BRAT writes after the tab.
        var covered: [Unicode.Scalar] = []
        for (k, fragment) in fragments.enumerated() {
            if k > 0 { covered.append(" ") }
            covered += scalars[fragment]
        }
        var written = Array(rest[(tab + 1)...])
        var index = next
        for _ in 0..<covered.filter({ $0 == "\n" }).count {
            guard index < lines.count else {
                throw fail(number, "\(id): the file ends inside this annotation's multi-line text")
            }
            written.append("\n")
            written += lines[index]
            index += 1
        }
        if written.filter({ $0 != "\r" }) != covered.filter({ $0 != "\r" }) {
            throw fail(number, "\(id): text \(preview(written)) is not the article's text at "
                + "\(fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")) "
                + "(\(preview(covered))); offsets must count code points")
        }
        if let type = BratSpanType(rawValue: typeName) {
            spans.append(BratSpan(id: id, type: type, fragments: fragments))
        }
        return index
    }

    /// Reads `Type:Trigger Role:ID ...`.
    private mutating func readEvent(_ id: String, _ rest: [Unicode.Scalar], _ number: Int) throws(BratError) {
        let parts = string(rest[...]).split(whereSeparator: { $0 == " " || $0 == "\t" })
        var pairs: [(String, String)] = []
        for part in parts {
            let sides = part.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
                throw fail(number, "\(id): argument \"\(part)\" is not \"Role:ID\"")
            }
            pairs.append((String(sides[0]), String(sides[1])))
        }
        guard let (typeName, trigger) = pairs.first else {
            throw fail(number, "\(id): an event needs \"Type:Trigger\"")
        }
        references.append((number, id, pairs.map(\.1)))
        if let type = BratEventType(rawValue: typeName) {
            events.append(BratEvent(id: id, type: type, trigger: trigger,
                                    arguments: pairs.dropFirst().map { BratArgument(role: $0.0, target: $0.1) }))
        }
    }

    private func fail(_ line: Int, _ message: String) -> BratError {
        BratError(file: file, line: line, message)
    }
}

/// Scalars as a string.
private func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
}

/// A line quoted for a message, cut at 60 code points.
private func preview(_ scalars: [Unicode.Scalar]) -> String {
    quoted(string(scalars.prefix(60))) + (scalars.count > 60 ? "…" : "")
}
