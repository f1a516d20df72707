import Foundation

/// Errors of reading a model file.
public enum SyntaxModelError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case malformed(String, String)
    case missingBundledModel(String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read model: \(reason)"
        case .malformed(let file, let reason): return "\(file): not a valid model file: \(reason)"
        case .missingBundledModel(let name): return "the bundled model \(name) is missing"
        }
    }
}

/// The binary layout shared by the tagger and parser files, little-endian:
///
///     "CGSYNTAX"  magic, 8 bytes
///     u32         format version (ModelFile.version)
///     u32         kind (1 tagger, 2 parser)
///     u32         feature-set version (the templates the weights were trained with)
///     strings     class names: u32 count, then per name u16 byte length + UTF-8
///     weights     SparseWeights (see SparseWeights.write)
///     [tagger]    TagLexicon (see TagLexicon.write)
enum ModelFile {
    static let magic = Array("CGSYNTAX".utf8)
    static let version: UInt32 = 1

    enum Kind: UInt32 { case tagger = 1, parser = 2 }
}

/// Appends little-endian values to a byte array.
struct ModelWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }

    mutating func header(kind: ModelFile.Kind, featureSet: UInt32, names: [String]) {
        raw(ModelFile.magic)
        u32(ModelFile.version)
        u32(kind.rawValue)
        u32(featureSet)
        u32(UInt32(names.count))
        for name in names {
            let utf8 = Array(name.utf8)
            u16(UInt16(utf8.count))
            raw(utf8)
        }
    }

    /// Pads with zeros to a multiple of `alignment` bytes.
    mutating func align(_ alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }
}

/// Reads little-endian values from a model file's bytes, with bounds checks.
struct ModelReader {
    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Reads a whole file with one read.
    init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyntaxModelError.unreadable(url.path, error.localizedDescription)
        }
        self.init(bytes: [UInt8](data), file: url.path)
    }

    func fail(_ reason: String) -> SyntaxModelError { .malformed(file, reason) }

    mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, offset + count <= bytes.count else { throw fail("truncated at byte \(offset)") }
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func u16() throws -> UInt16 {
        let r = try take(2)
        return UInt16(bytes[r.lowerBound]) | UInt16(bytes[r.lowerBound + 1]) << 8
    }

    mutating func u32() throws -> UInt32 {
        let r = try take(4)
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[r.lowerBound + k]) << (8 * k) }
        return v
    }

    mutating func u64() throws -> UInt64 {
        let r = try take(8)
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[r.lowerBound + k]) << (8 * k) }
        return v
    }

    mutating func align(_ alignment: Int) throws {
        let pad = (alignment - offset % alignment) % alignment
        _ = try take(pad)
    }

    /// Copies `count` little-endian values of a fixed-width integer type into `destination`.
    mutating func copy<T: FixedWidthInteger>(_ count: Int, into destination: UnsafeMutablePointer<T>) throws {
        let r = try take(count * MemoryLayout<T>.size)
        bytes.withUnsafeBytes { raw in
            let source = raw.baseAddress! + r.lowerBound
            for i in 0..<count {
                destination[i] = T(littleEndian: source.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self))
            }
        }
    }

    /// Reads and checks the common header; returns the feature-set version and the class names.
    mutating func header(kind: ModelFile.Kind) throws -> (featureSet: UInt32, names: [String]) {
        let magic = try take(8)
        guard Array(bytes[magic]) == ModelFile.magic else { throw fail("no CGSYNTAX header") }
        let version = try u32()
        guard version == ModelFile.version else { throw fail("format version \(version), expected \(ModelFile.version)") }
        let k = try u32()
        guard k == kind.rawValue else { throw fail("model kind \(k), expected \(kind.rawValue) (\(kind))") }
        let featureSet = try u32()
        let count = Int(try u32())
        guard count > 0, count <= 255 else { throw fail("\(count) classes") }
        var names: [String] = []
        for _ in 0..<count {
            let length = Int(try u16())
            let r = try take(length)
            names.append(String(decoding: bytes[r], as: UTF8.self))
        }
        return (featureSet, names)
    }
}
