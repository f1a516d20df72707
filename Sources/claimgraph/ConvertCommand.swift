import ArgumentParser
import Foundation
import ClaimGraphModel
import ClaimGraphSerialize

/// `claimgraph convert`: N-Triples in, any RDF format ClaimGraph writes out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Read an N-Triples file and write it as \(RDFFormat.rdfCases.map(\.label).joined(separator: ", ")).",
        discussion: """
        The reader is strict (the W3C RDF 1.1 N-Triples grammar): the first error stops \
        the conversion with its line and column. A graph that the target format cannot \
        express (in RDF/XML: a predicate with no QName, characters XML 1.0 forbids) is an \
        error, never a dropped triple. With --output the file is written to a temporary \
        file and renamed into place when complete.

        Exit status: 0 converted; 2 unreadable or invalid input, or a graph the format \
        cannot express; 64 invalid command line.
        """
    )

    @Argument(help: ArgumentHelp("N-Triples file to read, or - for standard input.", valueName: "file"))
    var input: String

    @Option(help: ArgumentHelp("Format to write: \(RDFFormat.nameList(RDFFormat.rdfCases)).", valueName: "format"),
            completion: RDFFormat.completion(among: RDFFormat.rdfCases),
            transform: { try RDFFormat.argument($0, among: RDFFormat.rdfCases) })
    var to: RDFFormat

    @Option(name: [.short, .long], help: ArgumentHelp("File to write (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        Interruption.install()
        let format = to
        let data: Data
        do {
            data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                                : try Data(contentsOf: URL(fileURLWithPath: input))
        } catch {
            StandardError.line("claimgraph: cannot read \(input): \(error.localizedDescription)")
            throw ClaimGraphExit.failure
        }
        // Parse completely first, so that invalid input never produces output.
        let collector = TripleCollector()
        do {
            try NTriplesParser().parse(Array(data), into: collector)
        } catch {
            StandardError.line("claimgraph: \(input): \(error)")
            throw ClaimGraphExit.failure
        }
        let destination: ByteOutput
        var file: AtomicFileOutput? = nil
        let memory = MemoryOutput()
        if let output {
            do {
                let opened = try AtomicFileOutput(path: output)
                Interruption.track(opened.temporaryPath)
                file = opened
                destination = opened
            } catch {
                StandardError.line("claimgraph: cannot write \(output): \(error)")
                throw ClaimGraphExit.failure
            }
        } else {
            // Held until complete, so a failure never leaves half a graph on standard output.
            destination = memory
        }
        do {
            let sink = format.makeSerializer(output: destination)
            try sink.prefixes(collector.prefixes)
            for triple in collector.triples { try sink.triple(triple) }
            try sink.finish()
            try file?.commit()
            if file == nil { FileHandle.standardOutput.write(Data(memory.bytes)) }
        } catch {
            file?.abort()
            StandardError.line("claimgraph: \(input): cannot write as \(format.name): \(error)")
            throw ClaimGraphExit.failure
        }
        if let file { Interruption.untrack(file.temporaryPath) }
    }
}
