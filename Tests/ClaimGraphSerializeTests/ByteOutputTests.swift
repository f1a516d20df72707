@testable import ClaimGraphSerialize
import Foundation
import Testing

@Suite struct ByteOutputTests {
    @Test func memoryOutputKeepsBytes() throws {
        let output = MemoryOutput()
        try [UInt8]("héllo".utf8).withUnsafeBytes { try output.write($0) }
        #expect(output.string == "héllo")
        #expect(output.bytes.count == 6)
    }

    @Test func atomicFileAppearsOnlyOnCommit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.nt").path
        let file = try AtomicFileOutput(path: path)
        let name = URL(fileURLWithPath: file.temporaryPath).lastPathComponent
        #expect(name.hasPrefix(".") && name.hasSuffix(".tmp"))
        #expect(URL(fileURLWithPath: file.temporaryPath).deletingLastPathComponent().path == folder.path)
        try [UInt8](repeating: 65, count: 3_000_000).withUnsafeBytes { try file.write($0) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try file.commit()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 3_000_000)
        #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
    }

    @Test func abortLeavesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-abort-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.ttl").path
        let file = try AtomicFileOutput(path: path)
        try [UInt8]("partial".utf8).withUnsafeBytes { try file.write($0) }
        file.abort()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func errorsNameThePathAndErrno() {
        do {
            _ = try AtomicFileOutput(path: "/nonexistent-folder-cg/graph.ttl")
            Issue.record("expected a failure")
        } catch let error as SerializerError {
            let text = error.description
            #expect(text.contains("/nonexistent-folder-cg/.graph.ttl"))
            #expect(text.contains("No such file or directory"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func bufferWritesInBigBlocks() throws {
        final class Counting: ByteOutput {
            var writes = 0
            var total = 0
            func write(_ bytes: UnsafeRawBufferPointer) throws { writes += 1; total += bytes.count }
        }
        let counting = Counting()
        let buffer = OutputBuffer(output: counting)
        for _ in 0..<300_000 { buffer.append("0123456789") }
        try buffer.flush()
        #expect(counting.total == 3_000_000)
        #expect(counting.writes <= 3)
    }
}
