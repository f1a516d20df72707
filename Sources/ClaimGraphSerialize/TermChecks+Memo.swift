#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TermChecks {
    /// A small memory of strings that already passed one writer's checks,
    /// compared byte for byte, so a term seen again (the same subject, the
    /// few predicates and datatypes) is not scanned again.
    ///
    /// Only strings that passed go in; a string that failed is never
    /// remembered, so it is checked, and throws, every time it comes. Swift's
    /// `==` is not used: it equates canonically equivalent strings (`≮` and
    /// `<` + U+0338), which a byte check tells apart.
    struct Memo {
        /// Direct-mapped slots, chosen by the length and the last byte.
        private var slots: [String?]
        private let mask: Int

        /// A memo of `size` slots (a power of two).
        init(size: Int = 256) {
            precondition(size > 0 && size & (size - 1) == 0)
            slots = Array(repeating: nil, count: size)
            mask = size - 1
        }

        @inline(__always)
        private func slot(_ b: UnsafeBufferPointer<UInt8>) -> Int {
            let last = b.isEmpty ? 0 : Int(b[b.count &- 1])
            let middle = b.isEmpty ? 0 : Int(b[b.count >> 1])
            return (b.count &* 31 &+ last &* 7 &+ middle) & mask
        }

        /// Whether `value`, byte for byte, passed before.
        @inline(__always)
        func contains(_ value: String) -> Bool {
            value.utf8.withContiguousStorageIfAvailable { b in
                guard let known = slots[slot(b)] else { return false }
                return sameBytes(known, b)
            } ?? false
        }

        /// Remembers `value` as passed (it must have passed every check the memo stands for).
        @inline(__always)
        mutating func insert(_ value: String) {
            let k: Int? = value.utf8.withContiguousStorageIfAvailable { slot($0) }
            if let k { slots[k] = value }
        }
    }

    /// Whether the UTF-8 of `a` is exactly `b`.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard a.utf8.count == n else { return false }
        if n == 0 { return true }
        return a.utf8.withContiguousStorageIfAvailable { c in
            c.baseAddress == b.baseAddress || memcmp(c.baseAddress!, b.baseAddress!, n) == 0
        } ?? false
    }

    /// Whether `a` and `b` hold the same UTF-8 bytes (not Swift's canonical equivalence).
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        b.utf8.withContiguousStorageIfAvailable { sameBytes(a, $0) } ?? false
    }
}
