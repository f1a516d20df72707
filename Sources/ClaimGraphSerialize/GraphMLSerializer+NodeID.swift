import ClaimGraphModel

extension GraphMLSerializer {
    /// A node's id: the 64-bit FNV-1a hash of its term, written `n` + 16 hex digits.
    ///
    /// Ids come from the term alone, so the writer needs no table from IRIs to
    /// ids. Two terms share an id only on a 64-bit hash collision (about one
    /// chance in 10^7 for ten million nodes); the writer then reports the second
    /// as a `scatteredSubject` rather than write a duplicate id.
    struct NodeID: Hashable, Comparable {
        let hash: UInt64

        init(hash: UInt64) { self.hash = hash }

        init(_ term: Term) {
            var h = FNV1a64()
            @inline(__always) func mix(_ byte: UInt8) { h.add(UInt64(byte)) }
            func mix(_ string: String) { h.add(utf8: string) }
            switch term {
            case .iri(let iri): mix(UInt8(ascii: "<")); mix(iri.value)
            case .blank(let blank): mix(UInt8(ascii: "_")); mix(blank.id)
            case .literal(let literal): mix(UInt8(ascii: "\"")); mix(literal.lexical)
            }
            hash = h.value
        }

        static func < (a: NodeID, b: NodeID) -> Bool { a.hash < b.hash }

        /// Calls `body` with the id as a NUL-terminated string (`n0123456789abcdef`).
        func withText<R>(_ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 18) { text in
                text[0] = UInt8(ascii: "n")
                for i in 0..<16 {
                    let nibble = UInt8((hash >> UInt64(60 - 4 * i)) & 0xF)
                    text[1 + i] = nibble < 10 ? 48 + nibble : 87 + nibble
                }
                text[17] = 0
                return try body(UnsafePointer(text.baseAddress!))
            }
        }

        /// The id as text.
        var text: String { withText { String(cString: $0) } }
    }

    /// Calls `body` with `e` + the decimal `number` as a NUL-terminated string.
    static func withEdgeID<R>(_ number: Int, _ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { text in
            var digits = 0
            var v = number
            repeat { digits += 1; v /= 10 } while v > 0
            text[0] = UInt8(ascii: "e")
            v = number
            for i in stride(from: digits, to: 0, by: -1) { text[i] = UInt8(48 + v % 10); v /= 10 }
            text[digits + 1] = 0
            return try body(UnsafePointer(text.baseAddress!))
        }
    }
}
