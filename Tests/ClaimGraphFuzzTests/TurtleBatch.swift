import Foundation

/// Collects Turtle documents and checks them with Raptor (`rapper`) in batches:
/// documents that only declare prefixes and triples can be concatenated, and
/// one `rapper` run per batch keeps a long campaign fast.
final class TurtleBatch {
    static let rapper = "/usr/bin/rapper"
    static var available: Bool { FileManager.default.isExecutableFile(atPath: rapper) }

    let size: Int
    /// Documents that went through `rapper` so far.
    private(set) var checked = 0
    private var text: [UInt8] = []
    /// The first line of each document in `text`, with its input index.
    private var starts: [(line: Int, index: Int)] = []
    private var lines = 1

    init(size: Int) { self.size = size }

    /// Adds one document; checks the batch when it is full. Returns the failures found.
    func add(_ document: [UInt8], index: Int) -> [String] {
        guard Self.available, !document.isEmpty else { return [] }
        starts.append((lines, index))
        text += document
        if text.last != 0x0A { text.append(0x0A) }
        lines += document.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (document.last == 0x0A ? 0 : 1)
        return starts.count >= size ? flush() : []
    }

    /// Checks what is collected. Returns the failures, each naming the input.
    func flush() -> [String] {
        guard !starts.isEmpty else { return [] }
        defer { text = []; starts = []; lines = 1 }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-fuzz-\(UUID().uuidString).ttl")
        let log = file.appendingPathExtension("log")
        defer { try? FileManager.default.removeItem(at: file); try? FileManager.default.removeItem(at: log) }
        do {
            try Data(text).write(to: file)
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.rapper)
            process.arguments = ["-q", "-i", "turtle", "-c", file.path]
            let handle = try FileHandle(forWritingTo: log)
            process.standardError = handle
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try handle.close()
            checked += starts.count
            let message = String(decoding: try Data(contentsOf: log), as: UTF8.self)
            if process.terminationStatus == 0 && !message.contains("Error") { return [] }
            return [describe(message)]
        } catch {
            return ["cannot run rapper: \(error)"]
        }
    }

    /// Names the input whose lines hold the first error rapper reports.
    private func describe(_ message: String) -> String {
        let first = message.split(separator: "\n").first { $0.contains("Error") }.map(String.init) ?? message
        if let range = first.range(of: #"\.ttl:(\d+)"#, options: .regularExpression),
           let line = Int(first[range].dropFirst(5)),
           let owner = starts.last(where: { $0.line <= line }) {
            return "input \(owner.index): Turtle rejected by rapper (line \(line - owner.line + 1)): \(first)"
        }
        return "inputs \(starts.first!.index)...\(starts.last!.index): Turtle rejected by rapper: \(first)"
    }
}
