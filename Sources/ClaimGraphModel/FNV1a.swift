/// The FNV-1a hash: short, stable across runs and platforms, not secret.
///
/// The one implementation behind the vocabulary's word table, IRI short hashes
/// and GraphML node ids. Feed it bytes (or wider units, such as scalar values)
/// one at a time.
public struct FNV1a64: Sendable {
    /// The hash of what was fed so far.
    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable public init() {}

    /// A hash whose start value is varied by `seed`, so that equal inputs hashed for
    /// different purposes (a word and its suffix) give different values.
    @inlinable public init(seed: UInt64) { value ^= seed }

    /// Mixes in one unit (a byte, or a scalar value).
    @inlinable @inline(__always)
    public mutating func add(_ unit: UInt64) {
        value = (value ^ unit) &* 0x0000_0100_0000_01B3
    }

    /// Mixes in the UTF-8 bytes of `text`.
    @inlinable
    public mutating func add(utf8 text: String) {
        var copy = text
        copy.withUTF8 { for byte in $0 { add(UInt64(byte)) } }
    }
}

/// The 32-bit FNV-1a hash, for short ids.
public struct FNV1a32: Sendable {
    public var value: UInt32 = 0x811C_9DC5

    @inlinable public init() {}

    @inlinable @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value = (value ^ UInt32(byte)) &* 0x0100_0193
    }

    /// The hash of the UTF-8 bytes of `text`.
    @inlinable
    public static func hash(utf8 text: String) -> UInt32 {
        var h = FNV1a32()
        for byte in text.utf8 { h.add(byte) }
        return h.value
    }
}
