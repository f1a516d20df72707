#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension GraphMLSerializer {
    /// Edges that cannot be written yet (an end's node comes later), written by
    /// a second libxml2 text writer into an anonymous temporary file and
    /// copied after the last node by `finish()`.
    ///
    /// The spill writer opens `<graphml><graph>` and a comment first, so that
    /// libxml2 indents the edges as in the main document; only the bytes after
    /// that prelude are copied.
    final class EdgeSpill {
        let xml: XMLTextWriter
        private let file: TemporaryFile
        private let start: Int

        init() throws {
            file = try TemporaryFile()
            xml = XMLTextWriter(output: file, indent: true, format: GraphMLSerializer.format)
            try xml.start(XMLName("graphml"))
            try xml.start(XMLName("graph"))
            try xml.comment("edges written after the nodes")
            try xml.flush()
            try xml.buffer.flush()
            start = file.count
        }

        /// Appends every spilled edge's bytes to `buffer`.
        func copy(into buffer: OutputBuffer) throws {
            try xml.flush()
            try xml.buffer.flush()
            try file.copy(from: start, to: file.count, into: buffer)
        }
    }

    /// An anonymous file (`tmpfile()`), removed when closed.
    final class TemporaryFile: ByteOutput {
        private let handle: UnsafeMutablePointer<FILE>
        private(set) var count = 0

        init() throws {
            guard let handle = tmpfile() else { throw Self.failure("tmpfile") }
            self.handle = handle
        }

        deinit { fclose(handle) }

        func write(_ bytes: UnsafeRawBufferPointer) throws {
            guard bytes.count > 0 else { return }
            if fwrite(bytes.baseAddress!, 1, bytes.count, handle) != bytes.count { throw Self.failure("write") }
            count += bytes.count
        }

        /// Appends bytes `from..<to` of the file to `buffer`.
        func copy(from: Int, to: Int, into buffer: OutputBuffer) throws {
            if fflush(handle) != 0 { throw Self.failure("flush") }
            if fseeko(handle, off_t(from), SEEK_SET) != 0 { throw Self.failure("seek") }
            let chunk = 1 << 20
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
            defer { block.deallocate() }
            var left = to - from
            while left > 0 {
                let n = fread(block, 1, min(chunk, left), handle)
                if n == 0 { throw Self.failure("read") }
                buffer.append(UnsafeBufferPointer(start: block, count: n))
                left -= n
            }
            try buffer.check()
            if fseeko(handle, 0, SEEK_END) != 0 { throw Self.failure("seek") }
        }

        private static func failure(_ operation: String) -> SerializerError {
            .io(path: "GraphML edge spill file", operation: operation, message: String(cString: strerror(errno)))
        }
    }
}
