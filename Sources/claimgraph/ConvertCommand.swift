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
        The conversion streams: the input is read in blocks and each triple is written \
        as soon as it is read, in the input's order (the Turtle and RDF/XML writers group \
        consecutive triples with the same subject, as serd's serdi does), so memory stays \
        small whatever the size of the input. The reader is strict (the W3C RDF 1.1 \
        N-Triples grammar): the first error stops the conversion with the file, line and \
        column. A graph that the target format cannot express (in RDF/XML: a predicate \
        with no QName, characters XML 1.0 forbids) is an error, never a dropped triple. \
        With --output the file is written to a temporary file and renamed into place only \
        when complete, so an error leaves no file; on standard output the triples before \
        the error have been written. GraphML is not offered: a GraphML node needs every \
        literal of its subject together, which arbitrary N-Triples does not promise; \
        'claimgraph export' and 'claimgraph merge' write it.

        Exit status: 0 converted; 2 unreadable or invalid input, or a graph the format \
        cannot express; 64 invalid command line; 130 interrupted (143 when terminated).
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
        let stream: NTriplesStream
        do {
            stream = try NTriplesStream(path: input)
        } catch {
            StandardError.line("claimgraph: cannot read \(error)")
            throw ClaimGraphExit.failure
        }
        var file: AtomicFileOutput? = nil
        let destination: ByteOutput
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
            destination = FileDescriptorOutput(descriptor: 1, name: "standard output")
        }
        let sink = format.makeSerializer(output: destination)
        do {
            try stream.forEach { triple, _ in try sink.triple(triple) }
            try sink.finish()
            try file?.commit()
        } catch {
            file?.abort()
            if let file { Interruption.untrack(file.temporaryPath) }
            if error is NTriplesStream.Failure {
                StandardError.line("claimgraph: \(error)")
            } else {
                StandardError.line("claimgraph: \(input): cannot write as \(format.name): \(error)")
            }
            throw ClaimGraphExit.failure
        }
        if let file { Interruption.untrack(file.temporaryPath) }
    }
}
