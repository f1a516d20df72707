import ArgumentParser
import Foundation

/// Finds an unknown subcommand or long option before the argument parser
/// runs, and names the nearest known one: the parser itself says
/// "2 unexpected arguments" for `claimgraph exprt …`, and for
/// `export --output o` reports only the missing `--out`.
///
/// The commands and options are read from the parser's own description of the
/// tool (`_dumpHelp()`), so a new subcommand or option needs nothing here.
struct CommandLineCheck {
    /// A mistake found, and the command it was found in (`claimgraph export`).
    struct Mistake: Equatable {
        let message: String
        let commandPath: String
    }

    /// One command as the parser describes it: the subset of its help dump used here.
    struct Command: Decodable {
        struct Argument: Decodable {
            struct Name: Decodable {
                let kind: String
                let name: String
            }
            let kind: String
            let names: [Name]?
        }
        let commandName: String
        let subcommands: [Command]?
        let arguments: [Argument]?
    }

    private struct Dump: Decodable { let command: Command }

    let root: Command

    init(root: Command) { self.root = root }

    /// The check for a command type, from its help dump; nil if the dump cannot be read.
    init?(_ type: ParsableCommand.Type) {
        guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(type._dumpHelp().utf8)) else { return nil }
        root = dump.command
    }

    /// Long options the parser adds to every tool without describing them in the dump.
    static let parserBuiltIns: Set<String> = ["generate-completion-script", "experimental-dump-help", "help-hidden"]

    /// The first unknown command or long option in `arguments` (without the tool name), or nil.
    func mistake(in arguments: [String]) -> Mistake? {
        // A shell completion request (`---completion …`) is the parser's own business.
        if arguments.first?.hasPrefix("---") == true { return nil }
        var command = root
        var path = [root.commandName]
        var index = 0
        var positionalSeen = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { return nil }
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2).prefix { $0 != "=" })
                if Self.parserBuiltIns.contains(name) { continue }
                guard let option = command.option(long: name) else {
                    return Mistake(message: Self.unknown("option", "--" + name, known: command.longNames.map { "--" + $0 }),
                                   commandPath: path.joined(separator: " "))
                }
                if option.kind == "option" && !argument.contains("=") { index += 1 }
                continue
            }
            if argument.count == 2, argument.hasPrefix("-"), argument != "-" {
                // A short option: skip its value; unknown ones are the parser's to report.
                if command.option(short: String(argument.dropFirst()))?.kind == "option" { index += 1 }
                continue
            }
            if argument.hasPrefix("-") && argument != "-" { continue }
            if !positionalSeen, let sub = command.subcommands?.first(where: { $0.commandName == argument }) {
                command = sub
                path.append(sub.commandName)
                continue
            }
            if !positionalSeen, !command.takesPositionals, let subs = command.subcommands, !subs.isEmpty {
                return Mistake(message: Self.unknown("command", argument, known: subs.map(\.commandName)),
                               commandPath: path.joined(separator: " "))
            }
            positionalSeen = true
        }
        return nil
    }

    /// "unknown command 'exprt'; did you mean 'export'?", or the list of known ones when none is near.
    static func unknown(_ what: String, _ given: String, known: [String]) -> String {
        if let near = nearest(to: given, among: known) {
            return "unknown \(what) '\(given)'; did you mean '\(near)'?"
        }
        return "unknown \(what) '\(given)'; the \(what)s are \(known.joined(separator: ", "))"
    }

    /// The known name nearest to `given`: one that begins the other, or within
    /// two edits (the fewest edits first, then the order of `known`).
    static func nearest(to given: String, among known: [String]) -> String? {
        let bare = { (name: String) in name.drop { $0 == "-" }.lowercased() }
        let key = bare(given)
        let scored = known.map { name -> (String, Int) in
            let other = bare(name)
            let prefix = !key.isEmpty && !other.isEmpty && (other.hasPrefix(key) || key.hasPrefix(other))
            let distance = editDistance(key, other)
            return (name, prefix ? min(distance, 2) : distance)
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    /// The Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension CommandLineCheck.Command {
    /// The named argument with this long name (`out` for `--out`).
    func option(long name: String) -> Argument? {
        arguments?.first { $0.names?.contains { $0.name == name && $0.kind != "short" } == true }
    }

    /// The named argument with this one-letter name (`o` for `-o`).
    func option(short name: String) -> Argument? {
        arguments?.first { $0.names?.contains { $0.name == name && $0.kind == "short" } == true }
    }

    /// Every long option name, in the order of the help.
    var longNames: [String] {
        (arguments ?? []).flatMap { ($0.names ?? []).filter { $0.kind == "long" }.map(\.name) }
    }

    /// Whether the command takes positional arguments (so a bare word is no subcommand).
    var takesPositionals: Bool {
        arguments?.contains { $0.kind == "positional" } == true
    }
}
