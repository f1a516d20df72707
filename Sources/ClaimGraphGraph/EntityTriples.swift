import ClaimGraphModel

/// The triples about one merged entity, written by the single run
/// (`GraphBuilder.finish()`) and by `ShardMerger` alike, so both write the
/// same bytes for the same entry.
///
/// The **final** form is what the graph model asks for: a type, the label
/// (`Entry.label`), alternative labels, roles, affiliations, a country code.
/// The **shard** form leaves out the one choice that needs the whole corpus,
/// the label, and carries its evidence instead: for each spelling a
/// `cg:Name` (`cg:nameOf`, `cg:spelling`) whose `cg:seenIn` links (written
/// with each article) count the articles that use it. Every triple of the
/// shard form is a function of single documents, so the shard exports of any
/// split of a corpus unite into the shard export of the whole corpus.
///
/// ```turtle
/// person:jake-sullivan a cg:Person ; skos:altLabel "Sullivan" ; cg:role "National Security Adviser" .
/// name:person.jake-sullivan.5c2a… a cg:Name ; cg:nameOf person:jake-sullivan ; cg:spelling "Jake Sullivan" .
/// name:person.jake-sullivan.5c2a… cg:seenIn article:a17 .
/// ```
struct EntityTriples {
    let naming: ResourceNaming

    /// Writes the entity at `iri` in the final form, or with `shard` in the shard form.
    func write(_ iri: IRI, _ entry: EntityRegistry.Entry, shard: Bool,
               emit: (IRI, IRI, Term) throws -> Void) throws {
        let type: IRI
        switch entry.kind {
        case .country:
            try emit(iri, RDF.type, .iri(CG.Country))
            try emit(iri, RDFS.label, .literal(.string(entry.label)))
            try emit(iri, CG.countryCode, .literal(.string(entry.countryCode ?? "")))
            return
        case .person: type = CG.Person
        case .organization: type = CG.Organization
        case .outlet: type = CG.NewsOutlet
        case .article, .statement, .source, .name: return
        }
        try emit(iri, RDF.type, .iri(type))
        if shard {
            for alias in entry.aliases.sorted(by: EntityRegistry.utf8Order) {
                try emit(iri, SKOS.altLabel, .literal(.string(alias)))
            }
        } else {
            try emit(iri, RDFS.label, .literal(.string(entry.label)))
            for alt in entry.altLabels { try emit(iri, SKOS.altLabel, .literal(.string(alt))) }
        }
        if entry.kind == .person {
            for role in entry.roles.sorted(by: EntityRegistry.utf8Order) {
                try emit(iri, CG.role, .literal(.string(role)))
            }
        }
        if entry.kind != .outlet {
            for code in Set(entry.countries.map { $0.uppercased() }).sorted(by: EntityRegistry.utf8Order) {
                try emit(iri, CG.affiliatedWith, .iri(naming.country(code)))
            }
        }
        guard shard else { return }
        for spelling in entry.names.keys.sorted(by: EntityRegistry.utf8Order) {
            guard let name = naming.name(of: iri, spelling: spelling) else { continue }
            try emit(name, RDF.type, .iri(CG.Name))
            try emit(name, CG.nameOf, .iri(iri))
            try emit(name, CG.spelling, .literal(.string(spelling)))
        }
    }
}
