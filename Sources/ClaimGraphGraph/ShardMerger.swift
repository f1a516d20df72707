import ClaimGraphModel
import ClaimGraphSerialize

/// Turns the N-Triples of shard exports (`export --shard`) into the graph one
/// run over the whole corpus writes, triple for triple and in the same order,
/// so every writer gives the same bytes.
///
/// A run writes each article's triples as it reads the article, then the
/// merged entities sorted by IRI. The merger does the same: the triples of
/// articles, statements and unnamed sources (and the speaker → statement
/// links) go to the sink as they are read, in the order of the shards; the
/// triples about entities, and their names, go to an external sort keyed by
/// the entity's IRI, and each entity is rebuilt from them into the
/// `EntityRegistry.Entry` a single run would hold and written by
/// `EntityTriples`, the writer the run uses. Memory stays bounded whatever
/// the size of the input: one sort budget, one entity at a time.
///
/// Give the shards in corpus order (the order a single run would read their
/// articles), each article in one shard.
public final class ShardMerger {
    /// Counts of a finished merge.
    public struct Summary: Sendable, Equatable {
        public var inputs = 0
        public var triplesRead = 0
        public var triplesWritten = 0
        public var entities = 0
        public var bytesRead = 0
    }

    /// A progress report: after each input, and every 2^20 triples within one.
    public struct Progress: Sendable {
        public var input: String
        public var triplesRead: Int
        public var bytesRead: Int
    }

    /// A shard triple the merge cannot use, with the input and line.
    public struct InvalidShard: Error, CustomStringConvertible {
        public let name: String
        public let line: Int
        public let reason: String
        public var description: String { "\(name):\(line): \(reason)" }
    }

    public let naming: ResourceNaming
    private let sink: TripleSink
    private let sorter: ExternalSort
    private let lineOutput = MemoryOutput()
    private let lineWriter: NTriplesSerializer
    private var started = false
    private var summary = Summary()

    /// - Parameters:
    ///   - naming: the base the shards were exported with.
    ///   - sink: where the merged graph goes (finished by `finish()`).
    ///   - temporaryDirectory: where the sort's run files go.
    ///   - sortBudget: bytes of entity triples held in memory before a run file is written.
    ///   - onTemporaryFile: told each run file's path when it is created (`true`) and removed.
    public init(naming: ResourceNaming, sink: TripleSink, temporaryDirectory: String,
                sortBudget: Int = 16 << 20, onTemporaryFile: ((String, Bool) -> Void)? = nil) {
        self.naming = naming
        self.sink = sink
        sorter = ExternalSort(directory: temporaryDirectory, budget: sortBudget)
        sorter.onTemporaryFile = onTemporaryFile
        lineWriter = NTriplesSerializer(output: lineOutput)
    }

    /// Run files the sort wrote (0 when the entities fitted in memory).
    public var sortRuns: Int { sorter.runCount }

    /// Reads one shard export.
    /// - Throws: `NTriplesStream.Failure` (syntax, read), `InvalidShard`, or the sink's error.
    public func add(_ stream: NTriplesStream, onProgress: ((Progress) -> Void)? = nil) throws {
        try start()
        summary.inputs += 1
        var read = 0
        try stream.forEach { triple, line in
            try take(triple, name: stream.name, line: line)
            read += 1
            if read & 0xFFFFF == 0 {
                onProgress?(Progress(input: stream.name, triplesRead: summary.triplesRead + read,
                                     bytesRead: summary.bytesRead + stream.bytesRead))
            }
        }
        summary.triplesRead += read
        summary.bytesRead += stream.bytesRead
        onProgress?(Progress(input: stream.name, triplesRead: summary.triplesRead, bytesRead: summary.bytesRead))
    }

    /// Writes the merged entities and finishes the sink.
    public func finish() throws -> Summary {
        try start()
        let writer = EntityTriples(naming: naming)
        var group = EntityGroup()
        var parsed: Triple? = nil
        let parser = NTriplesParser()
        func flush() throws {
            guard let iri = group.iri else { return }
            try writer.write(iri, try group.entry(), shard: false) { s, p, o in
                try sink.triple(Triple(s, p, o))
                summary.triplesWritten += 1
            }
            summary.entities += 1
        }
        try sorter.drain { record in
            guard let tab = record.firstIndex(of: 0x09) else { return }
            let key = IRI(unchecked: String(decoding: UnsafeBufferPointer(rebasing: record[..<tab]), as: UTF8.self))
            if group.iri != key {
                try flush()
                group = EntityGroup(iri: key, naming: naming)
            }
            _ = try parser.parse(bytes: UnsafeBufferPointer(rebasing: record[(tab + 1)...]), firstLine: 1) { triple, _ in
                parsed = triple
            }
            if let triple = parsed { group.add(triple) }
        }
        try flush()
        try sink.finish()
        return summary
    }

    // MARK: - Reading

    private func start() throws {
        guard !started else { return }
        started = true
        try sink.prefixes(Vocabulary.prefixes)
        try sink.prefixes(naming.prefixes())
    }

    /// Sends an article's triple on, or files an entity's triple under the entity.
    private func take(_ triple: Triple, name: String, line: Int) throws {
        guard case .iri(let subject) = triple.subject, let kind = naming.kind(of: subject) else {
            throw InvalidShard(name: name, line: line, reason: "the subject \(triple.subject) is not under the base \(naming.base); "
                + "give merge the --base the shards were exported with")
        }
        let predicate = triple.predicate
        switch kind {
        case .article, .statement, .source:
            try write(triple)
        case .person, .organization, .outlet, .country:
            // A source's claims, denials and beliefs belong to its article: written as read.
            if Self.sourceRelations.contains(predicate) { return try write(triple) }
            if predicate == RDFS.label && kind != .country {
                throw InvalidShard(name: name, line: line, reason: "\(subject) has an rdfs:label: this is a finished export, "
                    + "not a shard export; export each shard with --shard")
            }
            guard Self.entityPredicates.contains(predicate) else {
                throw InvalidShard(name: name, line: line, reason: "unexpected predicate <\(predicate.value)> for the entity \(subject)")
            }
            try file(triple, under: subject)
        case .name:
            guard let entity = naming.entity(ofName: subject) else {
                throw InvalidShard(name: name, line: line, reason: "\(subject) is not a name IRI of this base")
            }
            guard Self.namePredicates.contains(predicate) else {
                throw InvalidShard(name: name, line: line, reason: "unexpected predicate <\(predicate.value)> for the name \(subject)")
            }
            try file(triple, under: entity)
        }
    }

    private static let sourceRelations: Set<IRI> = [CG.claimed, CG.denied, CG.believed]
    private static let entityPredicates: Set<IRI> = [RDF.type, RDFS.label, SKOS.altLabel, CG.role, CG.affiliatedWith, CG.countryCode]
    private static let namePredicates: Set<IRI> = [RDF.type, CG.nameOf, CG.spelling, CG.seenIn]

    private func write(_ triple: Triple) throws {
        try sink.triple(triple)
        summary.triplesWritten += 1
    }

    /// One sort record: the entity's IRI, a tab, the triple as an N-Triples line.
    private func file(_ triple: Triple, under entity: IRI) throws {
        try lineWriter.triple(triple)
        try lineWriter.flush()
        var record = Array(entity.value.utf8)
        record.append(0x09)
        record.append(contentsOf: lineOutput.bytes.dropLast())
        lineOutput.removeAll()
        try sorter.add(record)
    }
}

/// The sorted triples of one entity and of its names, gathered into the entry a single run holds.
private struct EntityGroup {
    var iri: IRI?
    private var naming: ResourceNaming?
    private var kind: ResourceNaming.Kind?
    private var gathered = EntityRegistry.Entry(kind: .person)
    /// Articles per name IRI, and the spelling of each name.
    private var seen: [IRI: Int] = [:]
    private var spellings: [IRI: String] = [:]

    init() {}

    init(iri: IRI, naming: ResourceNaming) {
        self.iri = iri
        self.naming = naming
    }

    mutating func add(_ triple: Triple) {
        guard case .iri(let subject) = triple.subject else { return }
        if subject != iri {
            // A name of the entity: its spelling and the articles that use it (each once: the sort drops repeats).
            if triple.predicate == CG.spelling, case .literal(let spelling) = triple.object {
                spellings[subject] = spelling.lexical
            } else if triple.predicate == CG.seenIn {
                seen[subject, default: 0] += 1
            }
            return
        }
        switch (triple.predicate, triple.object) {
        case (RDF.type, .iri(let type)):
            kind = Self.kinds[type]
        case (RDFS.label, .literal(let label)):
            gathered.names[label.lexical, default: 0] += 1
        case (SKOS.altLabel, .literal(let alias)):
            gathered.aliases.insert(alias.lexical)
        case (CG.role, .literal(let role)):
            gathered.roles.insert(role.lexical)
        case (CG.affiliatedWith, .iri(let country)):
            if let code = naming?.split(country)?.local { gathered.countries.insert(code) }
        case (CG.countryCode, .literal(let code)):
            gathered.countryCode = code.lexical
        default:
            break
        }
    }

    /// The entry, with each name counted by its articles.
    /// - Throws: `ShardMerger.InvalidShard` when the shards never gave the entity a type.
    func entry() throws -> EntityRegistry.Entry {
        guard let kind else {
            throw ShardMerger.InvalidShard(name: "the shards", line: 0,
                                           reason: "\(iri.map { "\($0)" } ?? "an entity") has names but no rdf:type; is a shard missing?")
        }
        var result = gathered
        result.kind = kind
        for (name, spelling) in spellings { result.names[spelling, default: 0] += seen[name] ?? 0 }
        return result
    }

    private static let kinds: [IRI: ResourceNaming.Kind] = [
        CG.Person: .person, CG.Organization: .organization, CG.NewsOutlet: .outlet, CG.Country: .country,
    ]
}
