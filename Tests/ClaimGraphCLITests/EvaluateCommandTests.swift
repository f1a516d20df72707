import Foundation
import Testing

/// `claimgraph evaluate` end to end, through the built executable, on BRAT
/// folders and gold files written here.
@Suite(.serialized) struct EvaluateCommandTests {
    /// An article and its annotations: two attributions, offsets in code points
    /// (the curly quotes are one each).
    static let article = "Senator John Smith said on Monday that the plan would fail. “We will fight it,” Smith told reporters.\n"
    static let annotations = """
    T1\tSource 0 18\tSenator John Smith
    T2\tCue 19 23\tsaid
    T3\tContent 34 58\tthat the plan would fail
    T4\tAttribution 19 23\tsaid
    E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
    T5\tContent 60 79\t“We will fight it,”
    T6\tSource 80 85\tSmith
    T7\tCue 86 100\ttold reporters
    T8\tAttribution 86 100\ttold reporters
    E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6
    T9\tDiscuss 0 7\tSenator

    """

    /// A folder with the article above and one without any attribution.
    static func bratFolder() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("brat/smith.txt", article)
        try scratch.write("brat/smith.ann", annotations)
        try scratch.write("brat/quiet.txt", "The weather was mild.\n")
        try scratch.write("brat/quiet.ann", "")
        return scratch
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func bratFolderGivesTheTableAndConsistentJSON() throws {
        let scratch = try Self.bratFolder()
        let table = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "span     gold  found  exact  precision  recall     F1  overlap  precision  recall     F1")
        #expect(lines.count > 4 && lines[1].hasPrefix("source      2 ") && lines[2].hasPrefix("cue         2 ")
            && lines[3].hasPrefix("content     2 "), "\(table.stdout)")
        #expect(table.stdout.contains("2 articles, "))

        let result = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(object["corpus"] as? String == "brat")
        let figures = try #require(object["figures"] as? [String: [String: Any]])
        for component in ["source", "cue", "content"] {
            let figure = try #require(figures[component])
            // Gold counts are the annotations above; the Attribution triggers and Discuss are not units.
            #expect(figure["gold"] as? Int == 2, "\(component)")
            let exact = try #require(figure["exact"] as? [String: Any]), overlap = try #require(figure["overlap"] as? [String: Any])
            let found = try #require(figure["found"] as? Int)
            let exactHits = try #require(exact["matched"] as? Int), overlapHits = try #require(overlap["matched"] as? Int)
            #expect(exactHits <= overlapHits && overlapHits <= min(2, found), "\(component)")
            // The table shows the same counts.
            let row = lines.first { $0.hasPrefix(component + " ") }!.split(separator: " ")
            #expect(row[2] == "\(found)" && row[3] == "\(exactHits)" && row[7] == "\(overlapHits)", "\(row)")
        }
        // Both statements of this plain article are found: each content overlaps its gold content.
        let content = try #require(figures["content"]?["overlap"] as? [String: Any])
        #expect(content["matched"] as? Int == 2)
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["quiet", "smith"])
    }

    @Test func detailsNameTheArticleAndQuoteTheSentence() throws {
        let scratch = try Self.bratFolder()
        // A gold content no extraction gives ("on Monday" at 24..<33), and an
        // article whose statement gold does not mark: a sure miss and a sure false hit.
        try scratch.write("brat/smith.ann", Self.annotations + "T10\tContent 24 33\ton Monday\n")
        try scratch.write("brat/jones.txt", "Senator Mary Jones said on Tuesday that taxes will rise.\n")
        try scratch.write("brat/jones.ann", "")
        let result = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat", "--details"])
        #expect(result.status == 0, "\(result.stderr)")
        let details = try #require(result.stdout.range(of: "\nbrat: ").map { String(result.stdout[$0.upperBound...]) })
        let smith = try #require(details.range(of: "\nsmith  source ").map { String(details[$0.lowerBound...]) })
        #expect(smith.contains("\n  sentence \"Senator John Smith said on Monday that the plan would fail.\"\n"))
        #expect(smith.contains("\n    miss   content  \"on Monday\" 24-33\n"), "\(smith)")
        // Articles come in name order: jones, then quiet (nothing to show), then smith.
        let jones = try #require(details.range(of: "\njones  source ").map { String(details[$0.lowerBound...]) }?
            .components(separatedBy: "\nsmith  ").first)
        #expect(jones.contains("\n  sentence \"Senator Mary Jones said on Tuesday that taxes will rise.\"\n"), "\(jones)")
        #expect(jones.contains("\n    false  content  "), "\(jones)")
        #expect(!jones.contains("\n    miss "))
        #expect(!details.contains("\nquiet  "))

        let withItems = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat", "--json", "--details"])
        let items = try #require(try Self.json(withItems.stdout)["items"] as? [[String: Any]])
        #expect(items.contains { $0["kind"] as? String == "miss" && $0["text"] as? String == "on Monday" && $0["start"] as? Int == 24 })
        #expect(items.contains { $0["kind"] as? String == "false" && $0["article"] as? String == "jones" })
        let texts = ["smith": Self.article, "jones": "Senator Mary Jones said on Tuesday that taxes will rise.\n"]
        for item in items {
            let text = try #require(item["text"] as? String), start = try #require(item["start"] as? Int),
                end = try #require(item["end"] as? Int), article = try #require(texts[item["article"] as? String ?? ""])
            // Offsets are code points of the article.
            #expect(String(String.UnicodeScalarView(Array(article.unicodeScalars)[start..<end])) == text)
        }
    }

    @Test func malformedAnnotationIsNamedAndSkipped() throws {
        let scratch = try Self.bratFolder()
        try scratch.write("brat/broken.txt", "He said so.\n")
        try scratch.write("brat/broken.ann", "T1\tSource 0 2\tHe\nT2\tCue 3 x\tsaid\n")
        try scratch.write("brat/lonely.txt", "No annotation file.\n")
        let result = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat", "--json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("broken.ann:2: T2: offsets \"3 x\" are not \"start end\""), "\(result.stderr)")
        #expect(result.stderr.contains("lonely.txt: no lonely.ann beside it"), "\(result.stderr)")
        let articles = try #require(try Self.json(result.stdout)["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["quiet", "smith"])
    }

    @Test func nothingReadableIsFailure() throws {
        let scratch = try Scratch()
        try scratch.write("brat/a.txt", "Text without annotations.\n")
        let result = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/brat"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no BRAT article"))
        #expect(result.stdout.isEmpty)
        let missing = try ToolRunner.run(["evaluate", "--brat", scratch.path + "/none"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot list the folder"))
    }

    @Test(arguments: [
        ["evaluate"],
        ["evaluate", "--brat", "dir", "Corpus"],
        ["evaluate", "--brat", "dir", "--gold", "gold.json", "Corpus"],
        ["evaluate", "--gold", "gold.json"],
    ])
    func invalidCommandLines(arguments: [String]) throws {
        let result = try ToolRunner.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }

    @Test func helpHasItsOwnExitStatuses() throws {
        let help = try ToolRunner.run(["evaluate", "--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for words in ["--brat", "--gold", "Exit status", "every article read and scored", "no article id matches"] {
            #expect(text.contains(words), "evaluate --help lacks \(words)")
        }
        #expect(!text.contains("all articles exported"))
    }

    @Test func goldWithoutMatchingIdsIsNamedAndFails() throws {
        let scratch = try Scratch()
        try scratch.write("gold.json", #"{"documents": [{"id": "x.txt"}, {"id": "y.txt"}]}"#)
        try scratch.write("in/a.txt", "Smith said the plan would fail.\n")
        let none = try ToolRunner.run(["evaluate", "--gold", scratch.path + "/gold.json", scratch.path + "/in"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no article id matches the gold file"), "\(none.stderr)")
        #expect(none.stderr.contains("articles a.txt; gold ids x.txt, y.txt"), "\(none.stderr)")
        #expect(none.stdout.isEmpty)

        // One matches: the other article is named and skipped (status 1), the gold document without an article named.
        try scratch.write("in/x.txt", "Jones said it would work.\n")
        let some = try ToolRunner.run(["evaluate", "--gold", scratch.path + "/gold.json", scratch.path + "/in"])
        #expect(some.status == 1, "\(some.stderr)")
        #expect(some.stderr.contains("skipped 1 article(s) whose id the gold file lacks: a.txt"), "\(some.stderr)")
        #expect(some.stderr.contains("1 gold document(s) have no article (scored as misses): y.txt"), "\(some.stderr)")
        #expect(some.stdout.hasPrefix("figure "))
    }

    @Test func goldWithNoReadableArticleSaysWhatIsRead() throws {
        let scratch = try Scratch()
        try scratch.write("gold.json", #"{"documents": [{"id": "x.txt"}]}"#)
        try scratch.write("in/story.docx", "not read")
        let result = try ToolRunner.run(["evaluate", "--gold", scratch.path + "/gold.json", scratch.path + "/in"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("files only; ignored"), "\(result.stderr)")
        #expect(result.stderr.contains("story.docx"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing scored"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func sampleGoldStillScoresWithStatusZero() throws {
        let gold = ToolRunner.shared.appendingPathComponent("gold/sample.json").path
        try #require(FileManager.default.fileExists(atPath: gold))
        let result = try ToolRunner.run(["evaluate", "--gold", gold, "Corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
