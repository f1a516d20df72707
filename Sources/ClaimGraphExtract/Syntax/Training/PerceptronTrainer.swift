/// An averaged perceptron under training: for each feature key, a run of
/// (class, weight, accumulated update) entries, kept contiguous in one pool
/// (a run moves to the pool's end when it outgrows its room).
///
/// Averaging uses the running-sum trick: an update d at instance c adds d to
/// the weight and c·d to the accumulator; the average after C instances is
/// weight − accumulator / C. Deterministic: no hashing seeds, no dictionaries.
public struct PerceptronTrainer {
    struct Slot {
        var key: UInt64 = 0
        var offset: Int32 = 0
        var count: Int16 = 0
        var room: Int16 = 0
    }

    struct Entry {
        var accumulated: Double
        var weight: Float
        var cls: UInt32
    }

    public let classCount: Int
    private var slots: [Slot]
    private var used = 0
    private var shift: UInt64
    private var pool: [Entry] = []
    /// The number of instances seen so far, plus one.
    public private(set) var instance: Double = 1

    public init(classCount: Int) {
        precondition(classCount > 0 && classCount <= 255)
        self.classCount = classCount
        slots = Array(repeating: Slot(), count: 1 << 16)
        shift = 64 - 16
    }

    /// The number of features with weights.
    public var featureCount: Int { used }

    @inline(__always)
    private func find(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key >> shift)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        return i
    }

    /// Adds the current weights of `keys` to `scores` (zeroed by the caller).
    public func score(_ keys: UnsafePointer<UInt64>, _ count: Int, into scores: UnsafeMutablePointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                let mask = slots.count - 1
                for f in 0..<count {
                    let key = keys[f]
                    var i = Int(truncatingIfNeeded: key >> shift)
                    while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
                    let slot = slots[i]
                    guard slot.key == key else { continue }
                    let start = Int(slot.offset)
                    for e in start..<(start + Int(slot.count)) { scores[Int(pool[e].cls)] += pool[e].weight }
                }
            }
        }
    }

    /// One mistake: the features of the instance vote more for `truth` and less for `guess`.
    public mutating func update(_ keys: UnsafePointer<UInt64>, _ count: Int, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for f in 0..<count {
            add(keys[f], truth, 1)
            add(keys[f], guess, -1)
        }
    }

    /// Ends an instance (call once per classification, mistake or not).
    public mutating func tick() { instance += 1 }

    private mutating func add(_ key: UInt64, _ cls: Int, _ delta: Float) {
        var i = find(key)
        if slots[i].key == 0 {
            if (used + 1) * 2 > slots.count {
                grow()
                i = find(key)
            }
            slots[i].key = key
            used += 1
        }
        let slot = slots[i]
        let start = Int(slot.offset)
        for e in start..<(start + Int(slot.count)) where pool[e].cls == UInt32(cls) {
            pool[e].weight += delta
            pool[e].accumulated += instance * Double(delta)
            return
        }
        if slot.count == slot.room {
            let room = min(classCount, max(2, Int(slot.room) * 2))
            let offset = pool.count
            for e in start..<(start + Int(slot.count)) { pool.append(pool[e]) }
            for _ in Int(slot.count)..<room { pool.append(Entry(accumulated: 0, weight: 0, cls: 0)) }
            slots[i].offset = Int32(offset)
            slots[i].room = Int16(room)
        }
        let e = Int(slots[i].offset) + Int(slot.count)
        pool[e] = Entry(accumulated: instance * Double(delta), weight: delta, cls: UInt32(cls))
        slots[i].count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        shift -= 1
        for slot in old where slot.key != 0 { slots[find(slot.key)] = slot }
    }

    /// The averaged weights, with entries below `threshold` in magnitude (and features
    /// left with none) pruned, laid out for inference.
    func averaged(threshold: Float) -> SparseWeights {
        var features: [(key: UInt64, entries: [(cls: UInt8, weight: Float)])] = []
        let sorted = slots.filter { $0.key != 0 }.sorted { $0.key < $1.key }
        for slot in sorted {
            var entries: [(cls: UInt8, weight: Float)] = []
            let start = Int(slot.offset)
            for e in start..<(start + Int(slot.count)) {
                let average = Float(Double(pool[e].weight) - pool[e].accumulated / instance)
                if abs(average) >= threshold { entries.append((UInt8(pool[e].cls), average)) }
            }
            if entries.isEmpty { continue }
            entries.sort { $0.cls < $1.cls }
            features.append((slot.key, entries))
        }
        return SparseWeights(classCount: classCount, features: features)
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffling and exploration.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureKey.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}

extension Array {
    /// Shuffles in place with `rng` (Fisher–Yates; the same sequence for the same seed).
    mutating func deterministicShuffle(_ rng: inout SplitMix64) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            swapAt(i, j)
        }
    }
}
