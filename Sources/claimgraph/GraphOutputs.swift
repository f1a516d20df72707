import ArgumentParser
import Foundation
import ClaimGraphModel
import ClaimGraphSerialize
import ClaimGraphGraph

/// The output files of one export: one serializer per format behind one sink,
/// each writing to a temporary file that is renamed into place on commit.
///
/// With `writerThreads`, each serializer runs on its own thread (`ConcurrentFanOut`);
/// the bytes are the same either way.
///
/// A run that ends without `commit()` calls `abort()`: it stops the writer
/// threads, removes the temporary files and the folders the run created, so a
/// run that writes nothing leaves nothing behind.
final class GraphOutputs {
    let sink: TripleSink
    let paths: [String]
    private let files: [AtomicFileOutput]
    private let folder: OutputFolder
    /// The writer threads, when there are several formats and `writerThreads`.
    private let fanOut: ConcurrentFanOut?

    /// Creates the folder if needed and opens a temporary file per format.
    /// - Throws: an error naming the folder, and saying in words what is wrong,
    ///   when it cannot be created or written.
    init(folder path: String, formats: [RDFFormat], writerThreads: Bool = false) throws {
        let folder = try OutputFolder(creating: path)
        Interruption.track(createdFolders: folder.created)
        var files: [AtomicFileOutput] = []
        var sinks: [TripleSink] = []
        var paths: [String] = []
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for format in formats {
            let filePath = prefix + format.fileName
            let file: AtomicFileOutput
            do {
                file = try AtomicFileOutput(path: filePath)
            } catch {
                for opened in files { opened.abort(); Interruption.untrack(opened.temporaryPath) }
                folder.removeCreated()
                Interruption.untrack(createdFolders: folder.created)
                throw OutputError("cannot write into \(path): \(error)")
            }
            Interruption.track(file.temporaryPath)
            files.append(file)
            sinks.append(format.makeSerializer(output: file))
            paths.append(filePath)
        }
        self.files = files
        self.paths = paths
        self.folder = folder
        if sinks.count > 1 && writerThreads {
            let fanOut = ConcurrentFanOut(sinks)
            self.fanOut = fanOut
            sink = fanOut
        } else {
            fanOut = nil
            sink = sinks.count == 1 ? sinks[0] : TripleFanOut(sinks)
        }
    }

    /// Renames every complete file into place.
    func commit() throws {
        for file in files {
            try file.commit()
            Interruption.untrack(file.temporaryPath)
        }
        Interruption.untrack(createdFolders: folder.created)
    }

    /// A message for a write failure that names the final file rather than its
    /// hidden temporary file: "cannot write Output/graph.ttl: File too large".
    func describe(_ error: Error) -> String {
        guard case let SerializerError.io(path, operation, message) = error,
              let file = files.first(where: { $0.temporaryPath == path }) else { return "\(error)" }
        return "cannot write \(file.path) (\(operation) of \(path) failed: \(message))"
    }

    /// Stops the writer threads (waiting for them), removes every temporary
    /// file and then the folders this run created; final files stay as they were.
    func abort() {
        fanOut?.cancel()
        for file in files {
            file.abort()
            Interruption.untrack(file.temporaryPath)
        }
        folder.removeCreated()
        Interruption.untrack(createdFolders: folder.created)
    }
}

/// The options of the commands that write graph files (`export`, `merge`): the folder, the formats, the base.
struct GraphOutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Folder to write the graph files into (created if missing).", valueName: "dir"))
    var out: String

    @Option(name: [.short, .long], parsing: .singleValue,
            help: ArgumentHelp("Formats to write: \(RDFFormat.nameList(conjunction: "and")); repeat or separate with commas (default: all).",
                               valueName: "format"),
            completion: RDFFormat.completion(among: RDFFormat.allCases),
            transform: { try RDFFormat.argumentList($0, among: RDFFormat.allCases) })
    var format: [[RDFFormat]] = []

    @Option(help: ArgumentHelp("Base IRI for instance IRIs (merge: the one the shards were exported with); must end in '/' or '#'.",
                               valueName: "iri"))
    var base: String = ResourceNaming.defaultBase

    /// The `--format` values in the order given, without duplicates; all formats when none is given.
    var formats: [RDFFormat] {
        var result: [RDFFormat] = []
        for format in format.joined() where !result.contains(format) { result.append(format) }
        return result.isEmpty ? RDFFormat.allCases : result
    }

    /// The IRI scheme of `--base`.
    /// - Throws: `ClaimGraphExit.failure` after saying why the base is invalid.
    func naming() throws -> ResourceNaming {
        do {
            return try ResourceNaming(base: base)
        } catch {
            StandardError.line("claimgraph: \(error)")
            throw ClaimGraphExit.failure
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
