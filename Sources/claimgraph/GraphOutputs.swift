import Foundation
import ClaimGraphModel
import ClaimGraphSerialize
import ClaimGraphGraph

/// The output files of one export: one serializer per format behind one sink,
/// each writing to a temporary file that is renamed into place on commit.
///
/// With `writerThreads`, each serializer runs on its own thread (`ConcurrentFanOut`);
/// the bytes are the same either way.
final class GraphOutputs {
    let sink: TripleSink
    let paths: [String]
    private let files: [AtomicFileOutput]

    /// Creates the folder if needed and opens a temporary file per format.
    /// - Throws: an error naming the folder when it cannot be created or written.
    init(folder: String, formats: [RDFFormat], writerThreads: Bool = false) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create output folder \(folder): \(error.localizedDescription)")
        }
        var files: [AtomicFileOutput] = []
        var sinks: [TripleSink] = []
        var paths: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for format in formats {
            let path = prefix + format.fileName
            let file: AtomicFileOutput
            do {
                file = try AtomicFileOutput(path: path)
            } catch {
                for opened in files { opened.abort() }
                throw OutputError("cannot write into \(folder): \(error)")
            }
            Interruption.track(file.temporaryPath)
            files.append(file)
            sinks.append(format.makeSerializer(output: file))
            paths.append(path)
        }
        self.files = files
        self.paths = paths
        if sinks.count == 1 {
            sink = sinks[0]
        } else {
            sink = writerThreads ? ConcurrentFanOut(sinks) : TripleFanOut(sinks)
        }
    }

    /// Renames every complete file into place.
    func commit() throws {
        for file in files {
            try file.commit()
            Interruption.untrack(file.temporaryPath)
        }
    }

    /// A message for a write failure that names the final file rather than its
    /// hidden temporary file: "cannot write Output/graph.ttl: File too large".
    func describe(_ error: Error) -> String {
        guard case let SerializerError.io(path, operation, message) = error,
              let file = files.first(where: { $0.temporaryPath == path }) else { return "\(error)" }
        return "cannot write \(file.path) (\(operation) of \(path) failed: \(message))"
    }

    /// Removes every temporary file; final files stay as they were.
    func abort() {
        for file in files {
            file.abort()
            Interruption.untrack(file.temporaryPath)
        }
    }
}

struct OutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
