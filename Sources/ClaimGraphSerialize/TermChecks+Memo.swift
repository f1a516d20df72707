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
    ///
    /// An `ExactCache` used as a set, so a lookup from a writer's stored property
    /// costs no exclusivity check.
    final class Memo {
        private let passed: ExactCache<Void>

        /// A memo of `size` slots (a power of two).
        init(size: Int = 256) { passed = ExactCache(size: size) }

        /// Whether `value`, byte for byte, passed before.
        @inline(__always)
        func contains(_ value: String) -> Bool { passed[value] != nil }

        /// Remembers `value` as passed (it must have passed every check the memo stands for).
        @inline(__always)
        func insert(_ value: String) { passed.set((), for: value) }
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
