import CSyntaxKernels

/// Where each class's score sits in the buffer a `ScoreTable` fills: in lanes
/// grouped in chunks of 16, so that a caller can ask for only the chunks that
/// hold the classes it will compare.
struct ScoreLayout: Sendable, Equatable {
    /// `lanes[c]`: the buffer position of class c.
    let lanes: [Int]
    /// The buffer length: a multiple of 16, at most 256.
    let width: Int

    init(lanes: [Int], width: Int) {
        precondition(width % 16 == 0 && width <= 256 && lanes.allSatisfy { (0..<width).contains($0) }
                     && Set(lanes).count == lanes.count, "lanes must be distinct and inside the buffer")
        self.lanes = lanes
        self.width = width
    }

    /// Class c in lane c.
    static func identity(_ classCount: Int) -> ScoreLayout {
        ScoreLayout(lanes: Array(0..<classCount), width: (classCount + 15) / 16 * 16)
    }

    var chunkCount: Int { width / 16 }
}

/// The weights of a `SparseWeights` laid out for scoring: for every key, the
/// same entries as the file's table (same slots, same probing), found with
/// about one cache line per feature and added with vector instructions where a
/// feature has more than fit in its slot.
///
/// A slot is four 32-bit words at the file slot's position: the key's
/// fingerprint (0 when empty), then up to `inlineCount` entries in place
/// (lane in bits 0–7, weight in bits 16–31; unused ones are 0, which adds
/// nothing), or a marker in bits 8–15 of the second word and the number of
/// the feature's dense row of 16-bit weights, one per lane, in the third.
///
/// One more slot, after the table's, holds nothing: `slot(of:)` answers it for
/// an unknown key, and a copy of it adds nothing.
///
/// Immutable once built; read concurrently by any number of threads.
final class ScoreTable: @unchecked Sendable {
    static let inlineCount = 3
    private static let denseMarker: UInt32 = 1 << 8

    let layout: ScoreLayout
    private let mask: Int
    /// The slot that holds nothing.
    let noFeature: UInt32
    private let shift: UInt64
    private let slots: UnsafeMutablePointer<UInt32>
    private let rows: UnsafeMutablePointer<Int16>
    /// Features with a dense row.
    let denseCount: Int

    /// Lays out `weights` with `layout`. (Measured on the bench corpus: a row for
    /// every feature that does not fit in its slot parses faster than a row for
    /// those of at least 5 or 8 entries and runs of entries for the others.)
    init(_ weights: SparseWeights, layout: ScoreLayout) {
        precondition(layout.lanes.count == weights.classCount, "one lane per class")
        self.layout = layout
        let capacity = weights.slotCount
        mask = capacity - 1
        noFeature = UInt32(capacity)
        shift = weights.shift
        @inline(__always) func length(_ i: Int) -> Int { Int(weights.slots[i] & 0xFF) }
        var dense = 0
        for i in 0..<capacity where weights.slots[i] != 0 && length(i) > ScoreTable.inlineCount { dense += 1 }
        denseCount = dense
        slots = HugePages.allocate(UInt32.self, 4 * (capacity + 1))
        slots.initialize(repeating: 0, count: 4 * (capacity + 1))
        rows = HugePages.allocate(Int16.self, max(1, dense * layout.width))
        rows.initialize(repeating: 0, count: max(1, dense * layout.width))
        var row = 0
        for i in 0..<capacity where weights.slots[i] != 0 {
            let file = weights.slots[i]
            let start = Int((file >> 8) & 0xFF_FFFF), n = length(i)
            let slot = slots + 4 * i
            slot[0] = UInt32(truncatingIfNeeded: file >> 32)
            @inline(__always) func lane(_ e: Int) -> Int { layout.lanes[Int(weights.entries[e] >> 16)] }
            if n > ScoreTable.inlineCount {
                for e in start..<(start + n) {
                    rows[row * layout.width + lane(e)] = Int16(bitPattern: UInt16(truncatingIfNeeded: weights.entries[e]))
                }
                slot[1] = ScoreTable.denseMarker
                slot[2] = UInt32(row)
                row += 1
            } else {
                for e in start..<(start + n) { slot[1 + e - start] = (weights.entries[e] & 0xFFFF) << 16 | UInt32(lane(e)) }
            }
        }
    }

    deinit {
        HugePages.deallocate(slots)
        HugePages.deallocate(rows)
    }

    @inline(__always)
    private static func add(_ entry: UInt32, _ scores: UnsafeMutablePointer<Int32>) {
        scores[Int(truncatingIfNeeded: entry & 0xFF)] &+= Int32(bitPattern: entry) >> 16
    }

    /// The slot of feature `key`, or `noFeature`: from the home slot, the first
    /// with the key's fingerprint before an empty one, as in the file's table.
    @inline(__always)
    func slot(of key: UInt64) -> UInt32 {
        let fingerprint = UInt32(truncatingIfNeeded: key)
        var i = Int(truncatingIfNeeded: key &>> shift)
        while slots[i &<< 2] != fingerprint {
            if slots[i &<< 2] == 0 { return noFeature }
            i = (i &+ 1) & mask
        }
        return UInt32(truncatingIfNeeded: i)
    }

    /// A copy of slot `index` (four words), which `accumulate` reads as it reads the slot.
    func copySlot(_ index: UInt32, into copy: UnsafeMutablePointer<UInt32>) {
        copy.update(from: slots + Int(index) * 4, count: 4)
    }

    /// Adds the (unscaled) weights of features `keys[0..<count]`, and of the
    /// features whose slots (copies, from `copySlot`) are at `known + 4 * knownSlots[i]`
    /// for i < knownCount, into `scores` (`layout.width` long). Dense rows are added
    /// only in lanes of `chunks` (chunk k is lanes 16k..<16k+16); other lanes get
    /// some of their weights, so read only lanes inside `chunks`. Unknown features add nothing.
    ///
    /// In stages, so that the memory system overlaps the cache misses: the keys'
    /// home slots are fetched while the known slots are added; then every key is
    /// probed and its row fetched; then the slots' entries are added, and last the
    /// dense rows, gathered on the way, by one vector loop.
    @inline(__always)
    func accumulate(_ keys: UnsafePointer<UInt64>, _ count: Int,
                    known: UnsafePointer<UInt32>? = nil, _ knownSlots: UnsafePointer<UInt32>? = nil, _ knownCount: Int = 0,
                    into scores: UnsafeMutablePointer<Int32>, chunks: Range<Int>) {
        for f in 0..<count { cgsyntax_prefetch(slots + (Int(truncatingIfNeeded: keys[f] &>> shift) &<< 2)) }
        let rowOffset = 16 * chunks.lowerBound
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count + knownCount) { dense in
        withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<UInt32>.self, capacity: count) { probed in
            let found = dense.baseAddress!, hits = probed.baseAddress!
            var denseCount = 0
            @inline(__always) func take(_ slot: UnsafePointer<UInt32>) {
                let first = slot[1]
                if first == ScoreTable.denseMarker {
                    found[denseCount] = Int32(bitPattern: slot[2])
                    denseCount &+= 1
                } else {
                    ScoreTable.add(first, scores)
                    ScoreTable.add(slot[2], scores)
                    ScoreTable.add(slot[3], scores)
                }
            }
            if let known, let knownSlots {
                for f in 0..<knownCount { take(known + (Int(truncatingIfNeeded: knownSlots[f]) &<< 2)) }
            }
            var hitCount = 0
            for f in 0..<count {
                let fingerprint = UInt32(truncatingIfNeeded: keys[f])
                var i = Int(truncatingIfNeeded: keys[f] &>> shift)
                var slot = slots + (i &<< 2)
                while slot[0] != fingerprint {
                    if slot[0] == 0 { break }
                    i = (i &+ 1) & mask
                    slot = slots + (i &<< 2)
                }
                guard slot[0] != 0 else { continue }
                hits[hitCount] = slot
                hitCount &+= 1
                if slot[1] == ScoreTable.denseMarker {
                    cgsyntax_prefetch(rows + (Int(slot[2]) &* layout.width &+ rowOffset))
                }
            }
            for f in 0..<hitCount { take(hits[f]) }
            if denseCount > 0 {
                cgsyntax_add_rows(scores + rowOffset, rows + rowOffset, found, denseCount, layout.width, chunks.count)
            }
        }
        }
    }

    /// The scores of one key alone, every lane.
    func scores(of key: UInt64) -> [Int32] {
        var scores = [Int32](repeating: 0, count: layout.width)
        withUnsafePointer(to: key) { k in
            scores.withUnsafeMutableBufferPointer { accumulate(k, 1, into: $0.baseAddress!, chunks: 0..<layout.chunkCount) }
        }
        return scores
    }
}
