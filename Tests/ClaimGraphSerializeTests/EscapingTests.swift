import ClaimGraphModel
@testable import ClaimGraphSerialize
import Testing

@Suite struct EscapingTests {
    @Test func iriByteMasksAgreeWithTheIRIREFRule() {
        for value in 0...255 {
            let byte = UInt8(value)
            let expected = byte < 0x80 && Escaping.isForbiddenInIRIRef(UInt32(byte))
            let found = [byte].withUnsafeBufferPointer { Escaping.firstForbiddenInIRIRef($0) }
            #expect((found != nil) == expected, "byte \(value)")
        }
    }

    @Test func plainLocalNamesAreValidPNLocals() {
        for local in ["a", "a.b", "_x-1", "9", "a-", "Ab_9.z", "a.", "-a", ".a", "", "a b", "é", "a:b", "a%20"] {
            let plain = Array(local.utf8).withUnsafeBufferPointer { Escaping.isPlainLocal($0) }
            let writable = Array(local.utf8).withUnsafeBufferPointer { Escaping.pnLocalPlan($0) }
            // Plain implies a PN_LOCAL written as is; the reverse need not hold.
            if plain { #expect(writable, "\(local)") }
        }
        #expect(["a.b", "_x-1", "9", "Ab_9.z", ""].allSatisfy { l in Array(l.utf8).withUnsafeBufferPointer { Escaping.isPlainLocal($0) } })
        #expect(!["a.", "-a", ".a", "a b", "é", "a:b", "a%20"].contains { l in Array(l.utf8).withUnsafeBufferPointer { Escaping.isPlainLocal($0) } })
    }

    @Test func turtleShortString() {
        let e = { Support.escaped($0, Escaping.writeTurtleShortString) }
        #expect(e("a\"b\\c") == "a\\\"b\\\\c")
        #expect(e("\n\r\t\u{8}\u{C}") == "\\n\\r\\t\\b\\f")
        #expect(e("\u{0}\u{1F}\u{7F}\u{85}") == "\\u0000\\u001F\\u007F\\u0085")
        #expect(e("\u{202E}x\u{2066}\u{FFFE}") == "\\u202Ex\\u2066\\uFFFE")
        #expect(e("é😀") == "é😀")
    }

    @Test func turtleLongString() {
        let e = { Support.escaped($0, Escaping.writeTurtleLongString) }
        #expect(e("a\nb") == "a\nb")
        #expect(e("say \"hi\"") == "say \"hi\\\"")
        #expect(e("\"\"\"") == "\\\"\\\"\\\"")
        #expect(e("a\"\"b") == "a\\\"\"b")
        #expect(e("\r\\\t") == "\\r\\\\\\t")
    }

    @Test func nTriplesString() {
        let e = { Support.escaped($0, Escaping.writeNTriplesString) }
        #expect(e("a\"b\\c\nd\re") == "a\\\"b\\\\c\\nd\\re")
        #expect(e("tab\tok") == "tab\tok")
        #expect(e("\u{0}\u{7F}\u{8}") == "\\u0000\\u007F\\u0008")
        #expect(e("\u{202E}😀") == "\u{202E}😀")
    }

    @Test func iriRef() {
        let output = MemoryOutput()
        let buffer = OutputBuffer(output: output)
        var ok = "http://ex.org/a#b"
        #expect(ok.withUTF8 { Escaping.writeIRIRef($0, to: buffer) } == nil)
        var bad = "http://ex.org/a b"
        #expect(bad.withUTF8 { Escaping.writeIRIRef($0, to: buffer) } == 0x20)
        var brace = "http://ex.org/{x}"
        #expect(brace.withUTF8 { Escaping.writeIRIRef($0, to: buffer) } == 0x7B)
        var relative = "a/b"
        #expect(!relative.withUTF8 { Escaping.hasScheme($0) })
        #expect(ok.withUTF8 { Escaping.hasScheme($0) })
    }

    @Test func pnLocal() {
        let e: (String) -> String = { Support.escaped($0) { b, out in _ = Escaping.writePNLocal(b, to: out) } }
        #expect(e("Person") == "Person")
        #expect(e("a.b") == "a.b")
        #expect(e("end.") == "end\\.")
        #expect(e("-x") == "\\-x")
        #expect(e("a/b#c") == "a\\/b\\#c")
        #expect(e("%41x") == "%41x")
        #expect(e("%zz") == "\\%zz")
        #expect(e("1st") == "1st")
        #expect(e("") == "")
        var bad = "a×b"
        #expect(!bad.withUTF8 { Escaping.pnLocalPlan($0) })
        var ok = "naïve"
        #expect(ok.withUTF8 { Escaping.pnLocalPlan($0) })
        // Combining marks, U+00B7 and U+203F may follow but never start a local name.
        for leading in ["\u{301}x", "\u{B7}x", "\u{203F}x"] {
            var name = leading
            #expect(!name.withUTF8 { Escaping.pnLocalPlan($0) }, "\(leading.debugDescription)")
            var inner = "x" + leading
            #expect(inner.withUTF8 { Escaping.pnLocalPlan($0) })
        }
        #expect(Escaping.isPNPrefix("cg") && Escaping.isPNPrefix("") && !Escaping.isPNPrefix("1a") && !Escaping.isPNPrefix("a."))
    }

    @Test func blankNodeLabels() {
        #expect(Escaping.isBlankNodeLabel("b1") && Escaping.isBlankNodeLabel("1a") && Escaping.isBlankNodeLabel("a.b"))
        #expect(!Escaping.isBlankNodeLabel("a.") && !Escaping.isBlankNodeLabel(":a") && !Escaping.isBlankNodeLabel(""))
        #expect(Escaping.relabel("b1", isValid: Escaping.isBlankNodeLabel) == "b1")
        #expect(Escaping.relabel("a b", isValid: Escaping.isBlankNodeLabel) == "x612062")
        #expect(Escaping.relabel("x1", isValid: Escaping.isBlankNodeLabel) == "x7831")
        #expect(Escaping.relabel("1a", isValid: { Escaping.isNCName($0) }) == "x3161")
    }

    @Test func languageTags() {
        #expect(Escaping.isLanguageTag("en") && Escaping.isLanguageTag("en-UK") && Escaping.isLanguageTag("zh-Hant-TW") && Escaping.isLanguageTag("de-1996"))
        #expect(!Escaping.isLanguageTag("") && !Escaping.isLanguageTag("1") && !Escaping.isLanguageTag("en-") && !Escaping.isLanguageTag("en us") && !Escaping.isLanguageTag("-en"))
    }

    @Test func xmlForbidden() {
        #expect(XMLCharacters.firstForbidden("ok\t\n\r é 😀 \u{202E}") == nil)
        #expect(XMLCharacters.firstForbidden("a\u{0}") == 0)
        #expect(XMLCharacters.firstForbidden("a\u{1B}") == 0x1B)
        #expect(XMLCharacters.firstForbidden("a\u{FFFE}") == 0xFFFE)
        #expect(XMLCharacters.firstForbidden("a\u{FFFF}") == 0xFFFF)
        #expect(XMLCharacters.firstForbidden("a\u{FFFD}") == nil)
    }

    @Test func ncNameAndQName() {
        #expect(Escaping.isNCName("claimed") && Escaping.isNCName("_a.b-c") && !Escaping.isNCName("1a") && !Escaping.isNCName("a:b") && !Escaping.isNCName(""))
        let split = Escaping.splitQName("https://w3id.org/claimgraph/ontology#claimed")
        #expect(split?.namespace == "https://w3id.org/claimgraph/ontology#" && split?.local == "claimed")
        let digits = Escaping.splitQName("http://ex.org/123abc")
        #expect(digits?.namespace == "http://ex.org/123" && digits?.local == "abc")
        #expect(Escaping.splitQName("http://ex.org/a/") == nil)
        #expect(Escaping.splitQName("http://ex.org/42") == nil)
    }

    @Test func bareNumbers() {
        func check(_ s: String, _ f: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool { var c = s; return c.withUTF8(f) }
        #expect(check("-12", Escaping.isBareInteger) && !check("1.0", Escaping.isBareInteger) && !check("", Escaping.isBareInteger) && !check("+", Escaping.isBareInteger))
        #expect(check("1.5", Escaping.isBareDecimal) && check(".5", Escaping.isBareDecimal) && !check("1.", Escaping.isBareDecimal) && !check("1", Escaping.isBareDecimal))
        #expect(check("1e5", Escaping.isBareDouble) && check("-1.5E-3", Escaping.isBareDouble) && check(".5e1", Escaping.isBareDouble))
        #expect(!check("1.5", Escaping.isBareDouble) && !check("INF", Escaping.isBareDouble) && !check("e5", Escaping.isBareDouble))
        #expect(check("true", Escaping.isBareBoolean) && !check("1", Escaping.isBareBoolean))
    }
}
