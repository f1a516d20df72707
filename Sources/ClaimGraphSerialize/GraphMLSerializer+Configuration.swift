import ClaimGraphModel

extension GraphMLSerializer {
    /// Which literal predicates become which GraphML data keys.
    ///
    /// Key ids and `attr.name`s avoid the names Gephi's GraphML importer
    /// reserves for its own columns (`label` except on purpose, `weight`,
    /// `r`/`g`/`b`, `x`/`y`/`z`, `xpos`/`ypos`, `size`, `id`, `edgeid`,
    /// `edgelabel`, and yEd's `d3`/`d7`) and the keys the writer itself uses
    /// (`iri`, `type`, `labels`, and `label` for edges).
    public struct Configuration: Sendable {
        /// GraphML's `attr.type` values.
        public enum AttributeType: String, Sendable, CaseIterable {
            case boolean, int, long, float, double, string
        }

        /// One literal predicate and its data key.
        public struct Property: Sendable, Equatable {
            public var predicate: IRI
            /// The `<key id>`: an NCName.
            public var key: String
            /// The `attr.name` that tools show.
            public var name: String
            public var type: AttributeType

            public init(_ predicate: IRI, key: String, name: String? = nil, type: AttributeType = .string) {
                self.predicate = predicate
                self.key = key
                self.name = name ?? key
                self.type = type
            }
        }

        /// The mapped predicates, in the order their keys are written.
        public var properties: [Property]

        public init(properties: [Property]) {
            self.properties = properties
        }

        /// Ids and names the writer itself uses.
        static let fixedKeys: Set<String> = ["iri", "type", "labels", "label"]
        /// Key ids and names that Gephi's importer turns into built-in columns.
        static let gephiReserved: Set<String> = [
            "label", "edgelabel", "d3", "d7", "x", "y", "z", "xpos", "ypos", "size", "r", "g", "b",
            "weight", "Edge Weight", "id", "edgeid",
        ]

        /// Throws when ids repeat, are not NCNames, or collide with reserved names.
        public func validate() throws {
            var keys = Set<String>()
            var names = Set<String>()
            var predicates = Set<IRI>()
            for property in properties {
                let key = property.key
                guard Escaping.isNCName(key) else { throw SerializerError.invalidConfiguration(reason: "key id \(key.debugDescription) is not an NCName") }
                guard !Self.fixedKeys.contains(key), !Self.gephiReserved.contains(key) else {
                    throw SerializerError.invalidConfiguration(reason: "key id \(key.debugDescription) is reserved")
                }
                guard keys.insert(key).inserted else { throw SerializerError.invalidConfiguration(reason: "key id \(key.debugDescription) repeats") }
                let name = property.name
                if name != "label" {
                    guard !Self.fixedKeys.contains(name), !Self.gephiReserved.contains(name) else {
                        throw SerializerError.invalidConfiguration(reason: "attr.name \(name.debugDescription) is reserved")
                    }
                }
                guard XMLCharacters.firstForbidden(name) == nil, !name.isEmpty else {
                    throw SerializerError.invalidConfiguration(reason: "attr.name \(name.debugDescription) cannot be written")
                }
                guard names.insert(name).inserted else { throw SerializerError.invalidConfiguration(reason: "attr.name \(name.debugDescription) repeats") }
                guard predicates.insert(property.predicate).inserted else {
                    throw SerializerError.invalidConfiguration(reason: "predicate <\(property.predicate.value)> is mapped twice")
                }
            }
        }

        /// ClaimGraph's literal properties: every `CG.datatypeProperties`
        /// entry plus `rdfs:label` (as Gephi's node `label`), `skos:altLabel`,
        /// `dcterms:identifier`, `dcterms:title`, `dcterms:date`, `schema:url`.
        public static let claimGraph: Configuration = {
            var properties: [Property] = [
                Property(RDFS.label, key: "nodeLabel", name: "label"),
                Property(SKOS.altLabel, key: "altLabel"),
            ]
            let types: [IRI: AttributeType] = [
                CG.contentStart: .long, CG.contentEnd: .long, CG.directQuote: .boolean,
            ]
            for predicate in CG.datatypeProperties {
                let local = String(predicate.value.dropFirst(CG.namespace.count))
                properties.append(Property(predicate, key: local, type: types[predicate] ?? .string))
            }
            properties += [
                Property(DCTerms.identifier, key: "identifier"),
                Property(DCTerms.title, key: "title"),
                Property(DCTerms.date, key: "date"),
                Property(Schema.url, key: "url"),
            ]
            return Configuration(properties: properties)
        }()
    }
}
