#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// A destination for bytes: every writer ends in one.
public protocol ByteOutput: AnyObject {
    /// Writes all of `bytes` or throws.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// Keeps every byte in memory: for tests and small outputs.
public final class MemoryOutput: ByteOutput {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes decoded as UTF-8 (invalid sequences replaced).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Forgets what was written, keeping the storage.
    public func removeAll() { bytes.removeAll(keepingCapacity: true) }
}

/// Writes a file atomically: bytes go to a hidden temporary file beside the
/// destination (`.NAME.PID-N.tmp`), and `commit()` moves it into place, so the
/// final name never holds a half-written file.
///
/// ```swift
/// let file = try AtomicFileOutput(path: "Output/graph.ttl")
/// let writer = TurtleSerializer(output: file)
/// try writer.triple(triple)   // … every triple
/// try writer.finish()
/// try file.commit()
/// ```
public final class AtomicFileOutput: ByteOutput {
    /// The final path.
    public let path: String
    /// The temporary file written until `commit()`.
    public let temporaryPath: String
    private var descriptor: Int32
    private static let counter = Atomic<Int>(0)

    /// Creates the temporary file in the destination's folder.
    /// - Throws: `SerializerError.io` naming the temporary path and the errno message.
    public init(path: String) throws {
        self.path = path
        let folder: Substring
        let name: Substring
        if let slash = path.lastIndex(of: "/") {
            folder = path[...slash]
            name = path[path.index(after: slash)...]
        } else {
            folder = ""
            name = path[...]
        }
        let serial = AtomicFileOutput.counter.wrappingAdd(1, ordering: .relaxed).newValue
        temporaryPath = folder + "." + name + ".\(getpid())-\(serial).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw AtomicFileOutput.failure(temporaryPath, "open") }
    }

    deinit { if descriptor >= 0 { abort() } }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else {
            throw SerializerError.io(path: temporaryPath, operation: "write", message: "file already closed")
        }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFileOutput.failure(temporaryPath, "write")
            }
            offset += written
        }
    }

    /// Flushes to disk and renames the temporary file to `path`.
    /// - Throws: `SerializerError.io`; the temporary file is removed on failure.
    public func commit() throws {
        guard descriptor >= 0 else {
            throw SerializerError.io(path: path, operation: "commit", message: "file already closed")
        }
        if fsync(descriptor) != 0 { let error = AtomicFileOutput.failure(temporaryPath, "fsync"); abort(); throw error }
        if close(descriptor) != 0 {
            descriptor = -1
            let error = AtomicFileOutput.failure(temporaryPath, "close"); unlink(temporaryPath); throw error
        }
        descriptor = -1
        if rename(temporaryPath, path) != 0 {
            let error = AtomicFileOutput.failure(path, "rename")
            unlink(temporaryPath)
            throw error
        }
    }

    /// Closes and removes the temporary file; the destination is untouched.
    public func abort() {
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        unlink(temporaryPath)
    }

    private static func failure(_ path: String, _ operation: String) -> SerializerError {
        .io(path: path, operation: operation, message: String(cString: strerror(errno)))
    }
}

/// Writes to an open file descriptor as bytes come (standard output, a pipe).
public final class FileDescriptorOutput: ByteOutput {
    /// The descriptor written to; not closed by this object.
    public let descriptor: Int32
    /// The name in messages ("standard output").
    public let name: String

    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SerializerError.io(path: name, operation: "write", message: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
