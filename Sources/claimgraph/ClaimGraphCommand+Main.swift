import ArgumentParser

extension ClaimGraphCommand {
    /// The tool's entry point: the argument parser's own `main()`, after a
    /// check that names an unknown subcommand or option and the nearest known
    /// one (`CommandLineCheck`), with the parser's exit code for a bad
    /// command line (64). Commands end by throwing their exit code from `run()`.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistake = CommandLineCheck(Self.self)?.mistake(in: arguments) {
            StandardError.line("Error: \(mistake.message)")
            StandardError.line("  See '\(mistake.commandPath) --help' for more information.")
            Self.exit(withError: ExitCode.validationFailure)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
