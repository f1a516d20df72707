import Foundation
import Testing

/// `claimgraph explain` end to end, through the built executable: the statements with their
/// sieve and content rule, the scopes that are not exported, the rejected candidates, and the
/// inputs and errors `export` has.
@Suite(.serialized) struct ExplainCommandTests {
    static let article = """
    Mayor Ines Varga said on Monday that the bridge would reopen in May. “It is safe,” she added.

    The council did not say when the work would start. Officials said the mayor had claimed that the budget was balanced.

    """

    @Test func statementsCarryTheirSieveRuleAndScope() throws {
        let scratch = try Scratch()
        try scratch.write("bridge.txt", Self.article)
        let result = try ToolRunner.run(["explain", scratch.path + "/bridge.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# article bridge.txt")
        #expect(lines.contains { $0.hasPrefix("  + reporting-verb/complement-clause  speech claim  source \"Mayor Ines Varga\" → person Ines Varga  cue \"said\"") },
                "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("  + reporting-verb/complement-clause  speech claim  source \"she\" → person Ines Varga  cue \"added\"  content \"“It is safe,”\"") }, "\(result.stdout)")
        // The negated "did not say" is let go with its reason; the inner claim is nested.
        #expect(lines.contains { $0.hasPrefix("  - reporting-verb  \"say\"") && $0.hasSuffix(": negated") }, "\(result.stdout)")
        #expect(lines.contains { $0.contains("  speech claim  nested  source \"the mayor\"") }, "\(result.stdout)")
        // --sentence prints that sentence only, even with nothing in it.
        let one = try ToolRunner.run(["explain", scratch.path + "/bridge.txt", "--sentence", "1"])
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").filter { $0.hasPrefix("sentence ") }.count == 1)
    }

    @Test func readsJSONLinesAndSaysWhatIsWrong() throws {
        let scratch = try Scratch()
        let line = try JSONSerialization.data(withJSONObject: ["id": "a1", "text": "Officials said the talks had failed."])
        try scratch.write("news.jsonl", String(decoding: line, as: UTF8.self) + "\n{not json\n")
        let result = try ToolRunner.run(["explain", scratch.path + "/news.jsonl"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("# article a1"))
        #expect(result.stderr.contains("news.jsonl:2"), "\(result.stderr)")
        let missing = try ToolRunner.run(["explain", scratch.path + "/absent.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent.txt"), "\(missing.stderr)")
    }
}
