import ClaimGraphModel
@testable import ClaimGraphSerialize
import Testing

/// The memos of checked terms never let a refused term through, and the fast
/// scans agree with plain byte-by-byte definitions.
@Suite struct CheckMemoTests {
    static var makers: [(String, (ByteOutput) -> TripleSink)] {
        [("turtle", { TurtleSerializer(output: $0) }),
         ("ntriples", { NTriplesSerializer(output: $0) }),
         ("rdfxml", { RDFXMLSerializer(output: $0) })]
    }

    static let good = IRI(unchecked: "https://ex.org/a")
    static let label = IRI(unchecked: "http://www.w3.org/2000/01/rdf-schema#label")
    static let bad = IRI(unchecked: "https://ex.org/a b")

    /// Writes `triples` one by one and returns, per triple, whether it threw.
    static func outcomes(_ make: (ByteOutput) -> TripleSink, _ triples: [Triple]) -> [Bool] {
        let sink = make(MemoryOutput())
        return triples.map { triple in
            do { try sink.triple(triple); return false } catch { return true }
        }
    }

    @Test(arguments: 0..<3)
    func anInvalidSubjectThrowsEveryTime(_ k: Int) {
        let fine = Triple(Self.good, Self.label, .literal(.string("x")))
        let refused = Triple(Self.bad, Self.label, .literal(.string("x")))
        let got = Self.outcomes(Self.makers[k].1, [fine, refused, refused, fine, refused])
        #expect(got == [false, true, true, false, true], "\(Self.makers[k].0)")
    }

    @Test(arguments: 0..<3)
    func anInvalidPredicateOrObjectThrowsEveryTime(_ k: Int) {
        let fine = Triple(Self.good, Self.label, .iri(Self.good))
        let badPredicate = Triple(Self.good, IRI(unchecked: "https://ex.org/p\"q#r"), .iri(Self.good))
        let badObject = Triple(Self.good, Self.label, .iri(Self.bad))
        let badType = Triple(Self.good, Self.label, .literal(Literal("1", datatype: IRI(unchecked: "https://ex.org/t{"))))
        let got = Self.outcomes(Self.makers[k].1, [fine, badPredicate, badPredicate, badObject, fine, badObject, badType, badType])
        #expect(got == [false, true, true, true, false, true, true, true], "\(Self.makers[k].0)")
    }

    /// `≮` (U+226E) and `<` + U+0338 are equal as Swift strings but not as bytes;
    /// the second holds `<`, which no IRIREF may hold.
    @Test(arguments: 0..<3)
    func aCanonicallyEquivalentTermIsCheckedAgain(_ k: Int) {
        let precomposed = IRI(unchecked: "https://ex.org/\u{226E}")
        let decomposed = IRI(unchecked: "https://ex.org/<\u{338}")
        #expect(precomposed == decomposed)
        let a = Triple(precomposed, Self.label, .iri(precomposed))
        let asSubject = Triple(decomposed, Self.label, .iri(precomposed))
        let asObject = Triple(precomposed, Self.label, .iri(decomposed))
        let got = Self.outcomes(Self.makers[k].1, [a, asSubject, a, asObject, asSubject])
        #expect(got == [false, true, false, true, true], "\(Self.makers[k].0)")
    }

    /// GraphML remembers types and edge predicates that passed; refused ones throw every time.
    @Test func graphMLRefusesRepeatedBadTypesAndPredicates() {
        let type = IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        let goodType = Triple(Self.good, type, .iri(IRI(unchecked: "https://ex.org/T")))
        let badType = Triple(Self.good, type, .iri(IRI(unchecked: "https://ex.org/T\u{1}")))
        let goodEdge = Triple(Self.good, IRI(unchecked: "https://ex.org/p"), .iri(Self.good))
        let badEdge = Triple(Self.good, IRI(unchecked: "https://ex.org/p\u{FFFE}"), .iri(Self.good))
        let got = Self.outcomes({ GraphMLSerializer(output: $0) }, [goodType, badType, goodType, badType, goodEdge, badEdge, goodEdge, badEdge])
        #expect(got == [false, true, false, true, false, true, false, true])
    }

    @Test func memoHoldsOnlyExactBytes() {
        let memo = TermChecks.Memo(size: 4)
        #expect(!memo.contains("https://ex.org/a"))
        memo.insert("https://ex.org/a")
        #expect(memo.contains("https://ex.org/a"))
        #expect(memo.contains(String("https://ex.org/" + "a")))
        #expect(!memo.contains("https://ex.org/b"))
        memo.insert("x\u{226E}")
        #expect(memo.contains("x\u{226E}"))
        #expect(!memo.contains("x<\u{338}"))
        // Filling the four slots with many values evicts, never confuses.
        let values = (0..<100).map { "https://ex.org/\($0)" }
        for value in values { memo.insert(value) }
        for value in values where memo.contains(value) { #expect(values.contains(value)) }
        #expect(memo.contains(values[99]))
        #expect(!memo.contains("https://ex.org/100"))
        #expect(!memo.contains(""))
    }

    /// Byte strings with every byte at every offset of an eight-byte word.
    static func samples() -> [[UInt8]] {
        var result: [[UInt8]] = [[], Array("plain ascii text, long enough".utf8), Array("é😀\u{FFFD}xyz".utf8)]
        let specials: [UInt8] = Array(0...255)
        for length in [1, 7, 8, 9, 17] {
            for position in 0..<length {
                for special in specials {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = special
                    result.append(bytes)
                }
            }
        }
        // Valid UTF-8 holding U+FFFE / U+FFFF / U+FEFF at each offset.
        for scalar in ["\u{FFFE}", "\u{FFFF}", "\u{FEFF}"] {
            for prefix in 0..<10 { result.append(Array((String(repeating: "b", count: prefix) + scalar + "cdefghij").utf8)) }
        }
        return result
    }

    @Test func fastScansAgreeWithByteByByteRules() {
        for bytes in Self.samples() {
            bytes.withUnsafeBufferPointer { b in
                // The XML escapes, which skip eight bytes at a time, against their rules byte by byte.
                func references(_ table: [UInt8: String]) -> [UInt8] {
                    bytes.flatMap { table[$0].map { Array($0.utf8) } ?? [$0] }
                }
                let charData: [UInt8: String] = [0x3C: "&lt;", 0x3E: "&gt;", 0x26: "&amp;", 0x0D: "&#13;"]
                let attValue = charData.merging([0x22: "&quot;", 0x09: "&#9;", 0x0A: "&#10;"]) { $1 }
                #expect(Self.collect(b, Escaping.writeCharData) == references(charData), "\(bytes)")
                #expect(Self.collect(b, Escaping.writeAttValue) == references(attValue), "\(bytes)")
                let string = String(decoding: bytes, as: UTF8.self)
                if Array(string.utf8) == bytes {
                    let forbidden = string.unicodeScalars.first { !XMLCharacters.isAllowed($0) }?.value
                    #expect(XMLCharacters.firstForbidden(b) == forbidden, "\(bytes)")
                }
                let iri = b.first { $0 < 0x80 && Escaping.isForbiddenInIRIRef(UInt32($0)) }
                #expect(Escaping.firstForbiddenInIRIRef(b) == iri, "\(bytes)")
            }
        }
    }

    /// The pieces an XML escape emits, joined.
    static func collect(_ b: UnsafeBufferPointer<UInt8>,
                        _ escape: (UnsafeBufferPointer<UInt8>, (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) -> [UInt8] {
        var out: [UInt8] = []
        try? escape(b) { out.append(contentsOf: $0) }
        return out
    }

    /// The string escapes, which copy plain runs in blocks, agree with a
    /// character-by-character statement of their rules.
    @Test func stringEscapesAgreeWithTheirRules() {
        func hex(_ c: UInt32, _ width: Int) -> String {
            let digits = String(c, radix: 16, uppercase: true)
            return String(repeating: "0", count: width - digits.count) + digits
        }
        func ucharOf(_ c: UInt32) -> String { c <= 0xFFFF ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8) }
        let echars: [UInt32: String] = [0x09: "\\t", 0x08: "\\b", 0x0A: "\\n", 0x0D: "\\r", 0x0C: "\\f",
                                        0x22: "\\\"", 0x5C: "\\\\"]
        for bytes in Self.samples() {
            let string = String(decoding: bytes, as: UTF8.self)
            guard Array(string.utf8) == bytes else { continue }
            var turtle = ""
            var ntriples = ""
            for scalar in string.unicodeScalars {
                let c = scalar.value
                if c >= 0x20 && c < 0x7F && c != 0x22 && c != 0x5C { turtle.unicodeScalars.append(scalar) }
                else if let e = echars[c] { turtle += e }
                else if c < 0x80 || Escaping.needsUnicodeEscape(c) { turtle += ucharOf(c) }
                else { turtle.unicodeScalars.append(scalar) }
                switch c {
                case 0x22: ntriples += "\\\""
                case 0x5C: ntriples += "\\\\"
                case 0x0A: ntriples += "\\n"
                case 0x0D: ntriples += "\\r"
                case 0x09: ntriples += "\t"
                case 0x00..<0x20, 0x7F: ntriples += ucharOf(c)
                default: ntriples.unicodeScalars.append(scalar)
                }
            }
            #expect(Support.escaped(string, Escaping.writeTurtleShortString) == turtle, "\(bytes)")
            #expect(Support.escaped(string, Escaping.writeNTriplesString) == ntriples, "\(bytes)")
        }
    }

    /// Text and attribute values that need escaping still get it.
    @Test func xmlEscapingStillApplies() throws {
        let value = "a<b>&\"c\"\r\tü"
        let bytes = try Support.write([Triple(Self.good, Self.label, .literal(.string(value))),
                                       Triple(Self.good, Self.label, .iri(IRI(unchecked: "https://ex.org/x&y'ü")))]) {
            RDFXMLSerializer(output: $0)
        }
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains("<rdfs:label>a&lt;b&gt;&amp;\"c\"&#13;\tü</rdfs:label>"))
        #expect(xml.contains("rdf:resource=\"https://ex.org/x&amp;y'ü\""), "\(xml)")
        #expect(xml.contains("<rdf:Description rdf:about=\"https://ex.org/a\">"))
    }
}
