import Foundation
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphGraph
import ClaimGraphSerialize

/// Command-line options of the benchmark.
struct BenchOptions {
    var corpus = "../shared/bench/news-10k.jsonl.gz"
    var limit = Int.max
    /// The parts to measure: extract, write, export, syntax, scale (convert and merge beside serdi and rapper).
    var sections: Set<String> = ["extract", "write", "export", "syntax", "scale"]

    static func parse(_ arguments: ArraySlice<String>) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--limit": options.limit = Int(rest.popFirst() ?? "") ?? Int.max
            case "--only":
                let wanted = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
                guard !wanted.isEmpty, wanted.isSubset(of: options.sections) else {
                    print("claimgraph-bench: --only takes a comma-separated list of extract, write, export, syntax, scale")
                    exit(64)
                }
                options.sections = wanted
            case "--help", "-h":
                print("usage: claimgraph-bench [CORPUS.jsonl.gz] [--limit N] [--only extract,write,export,syntax,scale]")
                exit(0)
            default: options.corpus = argument
            }
        }
        return options
    }
}

/// Preparing and loading the benchmark corpus.
enum Corpus {
    /// Decompresses the corpus into `one`, and writes four copies with distinct ids into `four`.
    static func prepare(from path: String, limit: Int, one: URL, four: URL) throws {
        let text = path.hasSuffix(".gz") ? try ChildProcess.output("/bin/sh", ["-c", "gzip -dc \"$0\"", path])
                                          : try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        if lines.count > limit { lines = Array(lines.prefix(limit)) }
        try (lines.joined(separator: "\n") + "\n").write(to: one, atomically: true, encoding: .utf8)
        guard FileManager.default.createFile(atPath: four.path, contents: nil) else {
            fatalError("cannot create \(four.path)")
        }
        let handle = try FileHandle(forWritingTo: four)
        defer { try? handle.close() }
        for copy in 0..<4 { handle.write(Data(Self.copy(lines, copy).utf8)) }
    }

    /// Copy number `copy` of the corpus's lines: every copy is a distinct article, its id gets a prefix.
    static func copy(_ lines: [Substring], _ copy: Int) -> String {
        var block = ""
        for line in lines {
            block += line.replacingOccurrences(of: "{\"id\": \"", with: "{\"id\": \"copy\(copy)-", options: .anchored) + "\n"
        }
        return block
    }

    static func load(_ path: String) -> [Article] {
        let reader = ArticleReader(inputs: [path])
        var articles: [Article] = []
        while let item = reader.next() { if case .success(let article) = item { articles.append(article) } }
        return articles
    }

    /// Extracts every article on `jobs` worker threads. (On Linux,
    /// `concurrentPerform` called from the main thread ran its iterations one
    /// after another, so the workers are explicit.)
    static func extractAll(_ articles: [Article], with extractor: Extractor, jobs: Int, analyseSyntax: Bool = false) {
        _ = ParallelExtraction.extract(articles, with: extractor, jobs: jobs, analyseSyntax: analyseSyntax)
    }
}

/// A byte output that only counts.
final class CountingOutput: ByteOutput {
    private(set) var count = 0
    func write(_ bytes: UnsafeRawBufferPointer) throws { count += bytes.count }
}

enum Clock {
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func measureThrowing(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// Runs a child process and reports its time and peak resident memory.
enum ChildProcess {
    struct Run {
        var status: Int32
        var seconds: Double
        var peakBytes: Int
    }

    /// The child's peak memory comes from GNU time (`/usr/bin/time -f %M`) when
    /// it is installed: Linux starts an exec'd child's `ru_maxrss` at its
    /// parent's peak, so a child started from this large process would report
    /// the benchmark's own memory; time is small, so its child's figure is its own.
    /// - Parameter standardOutput: a file for the child's standard output (else it is inherited).
    static func run(_ path: String, _ arguments: [String], standardOutput: URL? = nil) throws -> Run {
        let gnuTime = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else {
            return try runDirect(path, arguments, standardOutput: standardOutput)
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bench-rss-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        var run = try runDirect(gnuTime, ["-f", "%M", "-o", report.path, path] + arguments, standardOutput: standardOutput)
        let text = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        if let kilobytes = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            run.peakBytes = kilobytes * 1024
        }
        return run
    }

    /// Runs the child directly; its peak memory is at least this process's peak (see `run`).
    static func runDirect(_ path: String, _ arguments: [String], standardOutput: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var output: FileHandle? = nil
        if let standardOutput {
            guard FileManager.default.createFile(atPath: standardOutput.path, contents: nil) else {
                fatalError("cannot create \(standardOutput.path)")
            }
            output = try FileHandle(forWritingTo: standardOutput)
            process.standardOutput = output
        }
        defer { try? output?.close() }
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(process.processIdentifier, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status >> 8) & 0xFF
        return Run(status: exit, seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024)
    }

    static func output(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The printed table.
struct Table {
    private var rows: [[String]] = []

    mutating func add(_ name: String, megabytes: Double, articles: Int, seconds: Double, peakBytes: Int? = nil) {
        rows.append([name, String(format: "%.2f", seconds), String(format: "%.1f", megabytes / seconds),
                     String(format: "%.0f", Double(articles) / seconds), "",
                     peakBytes.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? ""])
    }

    /// A writer, converter or merge row: `bytes` written (writers) or read (convert, merge).
    mutating func add(_ name: String, triples: Int, bytes: Int, seconds: Double, peakBytes: Int? = nil) {
        rows.append([name, String(format: "%.2f", seconds), String(format: "%.1f", Double(bytes) / 1_000_000 / seconds), "",
                     String(format: "%.2f", Double(triples) / seconds / 1_000_000),
                     peakBytes.map { String(format: "%.0f", Double($0) / 1_048_576) } ?? ""])
    }

    /// A tagger or parser row: tokens per second.
    mutating func add(_ name: String, tokens: Int, megabytes: Double, seconds: Double) {
        rows.append([name, String(format: "%.2f", seconds), String(format: "%.1f", megabytes / seconds), "", "", "",
                     String(format: "%.0f", Double(tokens) / seconds)])
    }

    func render() -> String {
        let header = ["measure", "seconds", "MB/s", "articles/s", "Mtriples/s", "peak MiB", "tokens/s"]
        let rows = self.rows.map { $0.count < header.count ? $0 + [""] : $0 }
        let all = [header] + rows
        let widths = (0..<header.count).map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                            : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
