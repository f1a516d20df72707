import Testing
@testable import ClaimGraphExtract

/// The CoNLL-U reader on the format's edge cases.
@Suite struct CoNLLUReaderTests {
    static func line(_ fields: String...) -> String { fields.joined(separator: "\t") }

    @Test func commentsMultiwordTokensEmptyNodesAndBlankLines() throws {
        let text = """
        # newdoc id = d1
        # sent_id = s1
        # text = Don't go.
        1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
        2\tn't\tnot\tPART\tRB\t_\t3\tneg\t_\t_
        3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
        3.1\tgone\t_\t_\t_\t_\t_\t_\t3:x\t_
        4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_


        # sent_id = s2
        1\tHi\thi\tINTJ\tUH\t_\t_\t_\t_\t_
        """
        let sentences = try CoNLLU.parse(text, source: "t.conllu")
        #expect(sentences.count == 2)
        #expect(sentences[0].forms == ["Do", "n't", "go", "."])
        #expect(sentences[0].upos == ["AUX", "PART", "VERB", "PUNCT"])
        #expect(sentences[0].heads == [3, 3, 0, 3])
        #expect(sentences[0].deprels == ["aux", "neg", "root", "punct"])
        #expect(sentences[0].comment("sent_id") == "s1")
        #expect(sentences[0].comment("newdoc id") == "d1")
        #expect(sentences[1].forms == ["Hi"])
        #expect(sentences[1].heads == [-1], "HEAD _ reads as -1")
    }

    @Test func windowsLineEndsAndNoTrailingBlankLine() throws {
        let text = "1\tA\t_\tDET\t_\t_\t2\tdet\t_\t_\r\n2\tcat\t_\tNOUN\t_\t_\t0\troot\t_\t_"
        let sentences = try CoNLLU.parse(text, source: "t")
        #expect(sentences.map(\.forms) == [["A", "cat"]])
    }

    @Test func malformedLinesNameTheirLine() {
        let cases: [(String, Int, String)] = [
            ("# c\n1\tA\t_\tDET\t_\t_\t0\troot\t_\n", 2, "9 tab-separated fields"),
            ("1\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n3\tB\t_\tDET\t_\t_\t1\tdet\t_\t_\n", 2, "out of sequence"),
            ("1\tA\t_\tDET\t_\t_\tx\troot\t_\t_\n", 1, "HEAD 'x'"),
            ("x\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n", 1, "ID 'x'"),
            ("1\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n2\tB\t_\tDET\t_\t_\t7\tdet\t_\t_\n", 2, "beyond"),
            ("1\tA\t_\tDET\t_\t_\t0\troot\t_\t_\n# late\n", 2, "comment inside"),
        ]
        for (text, line, reason) in cases {
            do {
                _ = try CoNLLU.parse(text, source: "bad.conllu")
                Issue.record("no error for \(text.debugDescription)")
            } catch let error as CoNLLUError {
                #expect(error.line == line, "\(error)")
                #expect(error.reason.contains(reason), "\(error)")
                #expect(error.description.hasPrefix("bad.conllu:\(line):"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
