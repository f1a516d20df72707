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

struct OutputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
