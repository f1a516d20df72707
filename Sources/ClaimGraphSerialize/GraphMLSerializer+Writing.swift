import ClaimGraphModel

extension GraphMLSerializer {
    /// Element, attribute and key names, converted once per writer.
    struct Names {
        let key = XMLName("key"), id = XMLName("id"), for_ = XMLName("for")
        let attrName = XMLName("attr.name"), attrType = XMLName("attr.type")
        let data = XMLName("data"), node = XMLName("node"), edge = XMLName("edge")
        let source = XMLName("source"), target = XMLName("target")
        let string = XMLName("string")
        let iriKey = XMLName("iri"), typeKey = XMLName("type"), labelsKey = XMLName("labels")
        let edgeLabelKey = XMLName("label")
        let propertyKeys: [XMLName]

        init(_ configuration: Configuration) {
            propertyKeys = configuration.properties.map { XMLName($0.key) }
        }
    }

    /// The document start, the `<key>`s and the `<graph>` start, once.
    func writeHeader() throws {
        if headerWritten { return }
        headerWritten = true
        try xml.startDocument()
        try xml.start(XMLName("graphml"))
        try xml.attribute(XMLName("xmlns"), "http://graphml.graphdrawing.org/xmlns")
        try xml.attribute(XMLName("xmlns:xsi"), "http://www.w3.org/2001/XMLSchema-instance")
        try xml.attribute(XMLName("xsi:schemaLocation"),
                          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")

        func key(_ id: XMLName, _ target: XMLName, _ name: String, _ type: XMLName) throws {
            try xml.start(names.key)
            try xml.attribute(names.id, id)
            try xml.attribute(names.for_, target)
            try xml.attribute(names.attrName, name)
            try xml.attribute(names.attrType, type)
            try xml.end()
        }
        try key(names.iriKey, names.node, "iri", names.string)
        try key(names.typeKey, names.node, "type", names.string)
        try key(names.labelsKey, names.node, "labels", names.string)
        for (k, property) in configuration.properties.enumerated() {
            try key(names.propertyKeys[k], names.node, property.name, XMLName(property.type.rawValue))
        }
        try key(names.edgeLabelKey, names.edge, "label", names.string)

        try xml.start(XMLName("graph"))
        try xml.attribute(names.id, "G")
        try xml.attribute(XMLName("edgedefault"), "directed")
    }

    /// Writes the current run's node (when it carried data) and then its edges.
    func endRun() throws {
        guard let subject = run.subject else { return }
        if run.hasData { try writeNode(subject, run.id) }
        for edge in run.edges {
            try writeEdge(source: subject, run.id, edge.predicate, target: edge.object, edge.objectID)
        }
        run.subject = nil
        try xml.buffer.check()
    }

    private func data(_ key: XMLName, _ value: String) throws {
        try xml.start(names.data)
        try xml.attribute(names.key, key)
        try xml.text(value)
        try xml.fullEnd()
    }

    /// One `<node>` with the current run's data (none for a bare node).
    private func writeNode(_ subject: Term, _ id: NodeID) throws {
        if written.contains(id) { throw SerializerError.scatteredSubject(subject: subject.description) }
        try xml.start(names.node)
        try id.withText { try xml.attribute(names.id, cString: $0) }
        if case .iri(let iri) = subject { try data(names.iriKey, iri.value) }
        if run.subject == subject {
            if let type = run.type { try data(names.typeKey, type) }
            if !run.labels.isEmpty { try data(names.labelsKey, ":" + run.labels.joined(separator: ":")) }
            try writeValues()
        }
        try xml.end()
        written.insert(id)
        pending.removeValue(forKey: id)
    }

    /// The run's literal data, by key in configuration order; repeated values
    /// of one key are written once, several values joined.
    private func writeValues() throws {
        let entries = run.data
        guard !entries.isEmpty else { return }
        var order = Array(entries.indices)
        order.sort { entries[$0].key != entries[$1].key ? entries[$0].key < entries[$1].key : $0 < $1 }
        var i = 0
        while i < order.count {
            let key = entries[order[i]].key
            var values = [entries[order[i]].value]
            var j = i + 1
            while j < order.count, entries[order[j]].key == key {
                let value = entries[order[j]].value
                if !values.contains(value) { values.append(value) }
                j += 1
            }
            try data(names.propertyKeys[Int(key)], values.count == 1 ? values[0] : values.joined(separator: Self.joiner))
            i = j
        }
    }

    /// Writes an edge now when both nodes are written, else spills it.
    private func writeEdge(source: Term, _ sourceID: NodeID, _ predicate: Int32,
                           target: Term, _ targetID: NodeID) throws {
        let sourceReady = written.contains(sourceID)
        let targetReady = written.contains(targetID)
        let writer: XMLTextWriter
        if sourceReady && targetReady {
            writer = xml
        } else {
            if !sourceReady && pending[sourceID] == nil { pending[sourceID] = source }
            if !targetReady && pending[targetID] == nil { pending[targetID] = target }
            if spill == nil { spill = try EdgeSpill() }
            writer = spill!.xml
        }
        try writer.start(names.edge)
        try Self.withEdgeID(edgeCount) { try writer.attribute(names.id, cString: $0) }
        edgeCount += 1
        try sourceID.withText { try writer.attribute(names.source, cString: $0) }
        try targetID.withText { try writer.attribute(names.target, cString: $0) }
        try writer.start(names.data)
        try writer.attribute(names.key, names.edgeLabelKey)
        try writer.text(predicateLabels[Int(predicate)])
        try writer.fullEnd()
        try writer.end()
    }

    /// A bare node for every edge end that never had a data run, in term order.
    func writePendingNodes() throws {
        // Each description made once, not twice per comparison; the same comparisons, so the same order.
        let left = pending.values.map { (key: $0.description, term: $0) }.sorted { $0.key < $1.key }
        for entry in left { try writeNode(entry.term, NodeID(entry.term)) }
    }
}
