import Testing
import ClaimGraphSerialize

/// The format enum is the one table of names: every name and alias finds its
/// format, in any case, and no two formats share one.
@Suite struct RDFFormatTests {
    @Test func everyNameAndAliasFindsItsFormat() {
        for format in RDFFormat.allCases {
            for name in [format.name] + format.aliases + [format.fileExtension] {
                #expect(RDFFormat(name: name) == format, "\(name)")
                #expect(RDFFormat(name: name.uppercased()) == format, "\(name)")
            }
            #expect(format.fileName == "graph." + format.fileExtension)
        }
        #expect(RDFFormat(name: "json") == nil)
        #expect(RDFFormat(name: "") == nil)
    }

    @Test func namesAreUnique() {
        let all = RDFFormat.allCases.flatMap { [$0.name] + $0.aliases }
        #expect(Set(all).count == all.count, "\(all)")
        #expect(Set(RDFFormat.allCases.map(\.mediaType)).count == RDFFormat.allCases.count)
    }

    @Test func listsReadAsProse() {
        #expect(RDFFormat.nameList(RDFFormat.rdfCases) == "turtle, rdfxml or ntriples")
        #expect(RDFFormat.nameList([.graphml]) == "graphml")
        #expect(!RDFFormat.rdfCases.contains(.graphml))
    }
}
