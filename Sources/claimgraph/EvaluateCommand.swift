import ArgumentParser
import Foundation

/// `claimgraph evaluate`: score the extraction against hand annotations,
/// either a gold file (`--gold FILE INPUT...`) or a BRAT folder (`--brat DIR`).
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the extraction against a gold annotation file or a BRAT attribution corpus.",
        discussion: """
        With --gold FILE INPUT...: runs the extraction on INPUT (as for export) and compares \
        it with the gold file: persons, affiliations, statements (core: speakers who are \
        persons; extended: all speakers), polarity and reported-by, each with precision, \
        recall and F1. The gold format is documented in the README ("Evaluating against your \
        own annotations"). Article ids must be the gold file's ids.

        With --brat DIR: runs the extraction on every DIR/ID.txt (the article id is the file \
        name) and scores its attribution spans against DIR/ID.ann (BRAT standoff, PARC 3.0 \
        conventions, e.g. PolNeAR): source (the speaker mention), cue and content, each with \
        precision, recall and F1 on exact offsets and on overlap (sharing a character), \
        pooled over all articles; every contiguous fragment of a gold span is one unit, and \
        units are matched one to one.

        \(ClaimGraphExit.evaluateHelpText)
        """
    )

    @Option(help: ArgumentHelp("Gold annotation file (JSON); needs INPUT.", valueName: "file"))
    var gold: String?

    @Option(help: ArgumentHelp("Folder of BRAT standoff files (ID.txt beside ID.ann) to score attribution spans against.",
                               valueName: "dir"))
    var brat: String?

    @Argument(help: ArgumentHelp("Articles to read, as for export (with --gold).", valueName: "input"))
    var inputs: [String] = []

    @Flag(help: "Also list every miss and every false hit, with its sentence.")
    var details = false

    @Flag(help: "Print the figures as JSON instead of a table.")
    var json = false

    func validate() throws {
        switch (gold, brat) {
        case (nil, nil): throw ValidationError("give --gold FILE INPUT... or --brat DIR")
        case (.some, .some): throw ValidationError("--gold and --brat cannot be combined")
        case (.some, nil) where inputs.isEmpty: throw ValidationError("--gold needs the articles to read (INPUT)")
        case (nil, .some) where !inputs.isEmpty:
            throw ValidationError("--brat reads its articles from DIR; unexpected INPUT \(inputs.joined(separator: " "))")
        default: break
        }
    }

    func run() throws {
        if let brat {
            try runBrat(folder: brat)
        } else if let gold {
            try runGold(file: gold)
        }
    }
}

/// Up to `limit` names joined by commas, then "and N more".
func nameList(_ names: [String], limit: Int = 10) -> String {
    let shown = names.prefix(limit).joined(separator: ", ")
    return names.count > limit ? shown + " and \(names.count - limit) more" : shown
}
