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
    /// A class over raw storage, so that lookups from a writer's stored
    /// property cost no exclusivity check.
    final class Memo {
        /// Direct-mapped slots, chosen by the length, the middle and the last byte.
        private let slots: UnsafeMutablePointer<String?>
        private let size: Int
        private let mask: Int

        /// A memo of `size` slots (a power of two).
        init(size: Int = 256) {
            precondition(size > 0 && size & (size - 1) == 0)
            slots = .allocate(capacity: size)
            slots.initialize(repeating: nil, count: size)
            self.size = size
            mask = size - 1
        }

        deinit {
            slots.deinitialize(count: size)
            slots.deallocate()
        }

        @inline(__always)
        private func slot(_ b: UnsafeBufferPointer<UInt8>) -> Int {
            let n = b.count
            if n == 0 { return 0 }
            return (n &* 31 &+ Int(b[n &- 1]) &* 7 &+ Int(b[n >> 1])) & mask
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
        func insert(_ value: String) {
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
