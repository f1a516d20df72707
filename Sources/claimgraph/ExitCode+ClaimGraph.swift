import ArgumentParser

/// The exit codes of `claimgraph`, documented in `--help` and the README.
enum ClaimGraphExit {
    /// Every article was exported (or the conversion succeeded).
    static let success = ExitCode(0)
    /// Some inputs were reported and skipped; the rest were exported.
    static let partial = ExitCode(1)
    /// Nothing could be done: no readable article, output folder not creatable or
    /// writable, bad `--base`, a write failure, an input that cannot be parsed or a
    /// graph a format cannot express; with `--strict`, any skipped input. No output
    /// folder is left behind that the run created.
    static let failure = ExitCode(2)
    /// Interrupted (SIGINT; SIGTERM gives 143); no output file was replaced.
    static let interrupted = ExitCode(130)

    static let helpText = """
    Exit status: 0 all articles exported; 1 some inputs skipped (each reported on \
    standard error), the rest exported; 2 nothing exported (no readable article, output \
    folder not writable, invalid --base, write error; no output folder is left \
    behind) or, with --strict, any skipped input; 64 invalid command line (an \
    unknown command, option or format); 130 interrupted (143 when terminated).
    """

    /// `claimgraph evaluate`'s own exit statuses (same codes, its own meanings).
    static let evaluateHelpText = """
    Exit status: 0 every article read and scored; 1 some inputs skipped (an unreadable \
    article, a BRAT file that cannot be read, an article whose id the gold file lacks; each \
    reported on standard error), the rest scored; 2 nothing scored (the gold file or BRAT \
    folder cannot be read, no readable article, or no article id matches the gold file: \
    the ids are named); 64 invalid command line.
    """
}
