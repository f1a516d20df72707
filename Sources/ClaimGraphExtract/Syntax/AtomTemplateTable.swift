/// The parser's atom templates (`ParserFeatures.atomTemplates`: tags, labels,
/// distance and valencies only) as direct tables: for every combination of a
/// template's atom values, a copy of the `ScoreTable` slot of its key, looked up
/// once when the parser loads. Parsing then computes an index where it would hash
/// a key and probe for it, and finds exactly the same entries. The copies sit
/// together (each slot once), not spread over the whole table.
///
/// Immutable once built; read concurrently by any number of threads.
final class AtomTemplateTable: @unchecked Sendable {
    /// Per template: atoms a, b, c, the strides of b's and c's codes, the first index of its table.
    private let templates: UnsafeMutablePointer<Int32>
    private static let fields = 6
    let templateCount: Int
    /// Per combination, the number of its slot copy in `copies` (0: the slot that holds nothing).
    private let slots: UnsafeMutablePointer<UInt32>
    /// The slot copies, four words each.
    let copies: UnsafeMutablePointer<UInt32>
    private let labelCount: Int

    init(_ table: ScoreTable, labelCount: Int) {
        self.labelCount = labelCount
        let specs = ParserFeatures.atomTemplates
        templateCount = specs.count
        templates = .allocate(capacity: specs.count * AtomTemplateTable.fields)
        var total = 0
        var values: [[UInt64]] = []
        for a in 0..<ParserFeatures.Atom.count { values.append(ParserFeatures.atomValues(a, labelCount: labelCount)) }
        for (k, t) in specs.enumerated() {
            let row = templates + k * AtomTemplateTable.fields
            row[0] = Int32(t.a); row[1] = Int32(t.b); row[2] = Int32(t.c)
            row[3] = Int32(values[t.a].count)
            row[4] = Int32(values[t.a].count * values[t.b].count)
            row[5] = Int32(total)
            total += values[t.a].count * values[t.b].count * values[t.c].count
        }
        slots = .allocate(capacity: total)
        var copyOf: [UInt32: UInt32] = [table.noFeature: 0]
        var order: [UInt32] = [table.noFeature]
        for (k, t) in specs.enumerated() {
            var i = Int(templates[k * AtomTemplateTable.fields + 5])
            for c in values[t.c] {
                for b in values[t.b] {
                    for a in values[t.a] {
                        let slot = table.slot(of: ParserFeatures.atomKey(t.id, a, b, c))
                        if copyOf[slot] == nil { copyOf[slot] = UInt32(order.count); order.append(slot) }
                        slots[i] = copyOf[slot]!
                        i += 1
                    }
                }
            }
        }
        copies = .allocate(capacity: 4 * order.count)
        for (k, slot) in order.enumerated() { table.copySlot(slot, into: copies + 4 * k) }
    }

    deinit {
        templates.deallocate()
        slots.deallocate()
        copies.deallocate()
    }

    /// Writes the number of the slot copy of every atom template (in `ParserFeatures.atomTemplates`
    /// order) into `out`, for the atom values `atoms` (as `ParserFeatures.atoms` wrote them).
    @inline(__always)
    func slots(_ atoms: UnsafePointer<UInt64>, into out: UnsafeMutablePointer<UInt32>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: ParserFeatures.Atom.count) { codeBuffer in
            let codes = codeBuffer.baseAddress!
            for a in 0..<ParserFeatures.Atom.count { codes[a] = Int32(truncatingIfNeeded: atoms[a]) }
            for a in ParserFeatures.Atom.labels {
                codes[a] = Int32(ParserFeatures.code(atoms[a], labelAtom: true, labelCount: labelCount))
            }
            for k in 0..<templateCount {
                let t = templates + k &* AtomTemplateTable.fields
                let index = codes[Int(t[0])] &+ codes[Int(t[1])] &* t[3] &+ codes[Int(t[2])] &* t[4] &+ t[5]
                out[k] = slots[Int(index)]
            }
        }
    }
}
