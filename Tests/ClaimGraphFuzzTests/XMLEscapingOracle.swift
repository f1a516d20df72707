import ClaimGraphModel
@testable import ClaimGraphSerialize

/// Checks the XML escapes (`Escaping.writeCharData`, `Escaping.writeAttValue`)
/// against libxml2's parser: a value written by the XML text writer as an
/// attribute and as element text must be read back unchanged, tabs, line
/// ends, quotes and markup characters included.
enum XMLEscapingOracle {
    /// The problems found for `value` (with the characters XML 1.0 forbids
    /// left out first, since the writers refuse those before escaping).
    static func problems(_ value: String) -> [String] {
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: value.unicodeScalars.filter(XMLCharacters.isAllowed))
        let value = String(allowed)
        let output = MemoryOutput()
        do {
            let writer = XMLTextWriter(output: output, indent: false, format: "xml-escaping-oracle")
            try writer.startDocument()
            try writer.start(XMLName("a"))
            try writer.attribute(XMLName("v"), value)
            try writer.attribute(XMLName("w"), XMLName(value))
            try writer.text(value)
            try writer.end()
            try writer.finish()
        } catch {
            return ["XML text writer: \(error)"]
        }
        guard let read = LibXML2.shared.read(output.bytes, attribute: "v"),
              let other = LibXML2.shared.read(output.bytes, attribute: "w") else {
            return ["XML escapes: not well-formed for \(value.debugDescription)"]
        }
        var problems: [String] = []
        for (context, back) in [("AttValue", read.attribute), ("AttValue (XMLName)", other.attribute), ("CharData", read.text)] {
            if back != value { problems.append("\(context): \(difference(value, back ?? "<no attribute>"))") }
        }
        return problems
    }

    /// Where `read` first departs from `written`, briefly.
    private static func difference(_ written: String, _ read: String) -> String {
        let a = Array(written.unicodeScalars), b = Array(read.unicodeScalars)
        let at = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func around(_ s: [Unicode.Scalar]) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[max(0, at - 10)..<min(s.count, at + 10)])
            return String(view).debugDescription
        }
        return "written \(around(a)), read back \(around(b)) (scalar \(at) of \(a.count))"
    }
}
