import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with `posix_spawn` and reaps it with `wait4`, for the peak
/// memory (RSS), the wall time and signals (kill, interrupt) that `Process` does not give.
struct ChildProcess {
    /// How a child ended and what it used.
    struct Outcome {
        /// The exit status, or nil when a signal ended it.
        let status: Int32?
        /// The signal that ended it, if any.
        let signal: Int32?
        /// Peak resident set size in bytes.
        let maxRSS: Int
        let seconds: Double
        let stderr: String
        let stdout: String
    }

    let pid: pid_t
    private let outPath: String
    private let errPath: String
    private let started: Date

    /// Starts `executable` with `arguments`; standard input from `stdinPath` (default /dev/null).
    init(_ executable: String, _ arguments: [String], stdinPath: String = "/dev/null") throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-child-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outPath = folder.appendingPathComponent("stdout").path
        errPath = folder.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var environment = ProcessInfo.processInfo.environment
        environment["CLAIMGRAPH_TEST"] = "1"
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(executable): \(String(cString: strerror(result)))"])
        }
        pid = child
        started = Date()
    }

    /// The peak resident size of a running process in bytes (`VmHWM` in /proc), 0 when unknown.
    static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kilobytes * 1024
    }

    /// Sends a signal.
    func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the end, killing the child after `timeout` seconds.
    func wait(timeout: Double = 300) -> Outcome {
        var status: Int32 = 0
        var usage = rusage()
        let deadline = Date().addingTimeInterval(timeout)
        // The child's own peak, read from /proc while it runs: on Linux, `ru_maxrss` of a child
        // started with posix_spawn (vfork) also counts the parent's peak at the time, so a
        // large test process would be charged to a small child.
        var highWater = 0
        while true {
            highWater = max(highWater, Self.highWaterMark(of: pid))
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { break }
            if Date() > deadline { kill(pid, SIGKILL) }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let signaled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: (errPath as NSString).deletingLastPathComponent)
        #if canImport(Darwin)
        let rss = Int(usage.ru_maxrss)            // bytes on Darwin
        #else
        let rss = highWater > 0 ? highWater : Int(usage.ru_maxrss) * 1024     // KiB on Linux
        #endif
        return Outcome(status: signaled ? nil : (status >> 8) & 0xFF, signal: signaled ? status & 0x7F : nil,
                       maxRSS: rss, seconds: seconds, stderr: err, stdout: out)
    }

    /// Runs to the end.
    static func run(_ arguments: [String], stdinPath: String = "/dev/null", timeout: Double = 300) throws -> Outcome {
        try ChildProcess(ToolRunner.executable.path, arguments, stdinPath: stdinPath).wait(timeout: timeout)
    }
}
