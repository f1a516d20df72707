// swift-tools-version:6.0
import PackageDescription

/// ClaimGraph: news articles in; a knowledge graph of who said what out.
///
/// The targets follow the pipeline: ingest → extract → graph → serialize → CLI.
let package = Package(
    name: "ClaimGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claimgraph", targets: ["claimgraph"]),
        .library(name: "ClaimGraph", targets: [
            "ClaimGraphModel", "ClaimGraphIngest", "ClaimGraphExtract",
            "ClaimGraphGraph", "ClaimGraphSerialize", "ClaimGraphEvaluate",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C binding to the system's libxml2; not API.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The tagger's and parser's vector inner loop (and a prefetch) in C; not API.
        .target(name: "CSyntaxKernels"),
        // IRIs, literals, triples, vocabulary, the triple sink. No I/O.
        .target(name: "ClaimGraphModel"),
        // Files, folders and JSON Lines → articles, with diagnostics.
        .target(name: "ClaimGraphIngest"),
        // Article text → people, countries, outlets, statements, with evidence.
        .target(
            name: "ClaimGraphExtract",
            dependencies: ["ClaimGraphModel", "CSyntaxKernels"],
            resources: [.copy("Lexicons"), .copy("Models")]
        ),
        // Extractions → entities merged across documents → triples.
        // The N-Triples reader and writer serve `ShardMerger`, which reads shard exports.
        .target(name: "ClaimGraphGraph", dependencies: [
            "ClaimGraphModel", "ClaimGraphIngest", "ClaimGraphExtract", "ClaimGraphSerialize",
        ]),
        // One serializer per format behind the triple sink.
        .target(name: "ClaimGraphSerialize", dependencies: [
            "ClaimGraphModel", "CLibXML2",
        ]),
        // Gold annotations and the scorer.
        .target(name: "ClaimGraphEvaluate", dependencies: [
            "ClaimGraphExtract", "ClaimGraphIngest",
        ]),
        // The command-line tool: a thin layer over the modules.
        .executableTarget(name: "claimgraph", dependencies: [
            "ClaimGraphModel", "ClaimGraphIngest", "ClaimGraphExtract",
            "ClaimGraphGraph", "ClaimGraphSerialize", "ClaimGraphEvaluate",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Trains the tagger and parser from CoNLL-U and writes the model files.
        .executableTarget(name: "claimgraph-train", dependencies: ["ClaimGraphExtract"]),
        // Throughput and memory benchmark: prints a table.
        .executableTarget(name: "claimgraph-bench", dependencies: [
            "ClaimGraphModel", "ClaimGraphIngest", "ClaimGraphExtract",
            "ClaimGraphGraph", "ClaimGraphSerialize",
        ]),
        .testTarget(name: "ClaimGraphModelTests", dependencies: ["ClaimGraphModel"]),
        .testTarget(name: "ClaimGraphIngestTests", dependencies: ["ClaimGraphIngest"]),
        .testTarget(name: "ClaimGraphExtractTests", dependencies: ["ClaimGraphExtract"]),
        .testTarget(name: "ClaimGraphGraphTests", dependencies: [
            "ClaimGraphGraph", "ClaimGraphModel", "ClaimGraphSerialize", "ClaimGraphIngest", "ClaimGraphExtract",
        ]),
        .testTarget(name: "ClaimGraphSerializeTests", dependencies: [
            "ClaimGraphSerialize", "ClaimGraphModel",
        ]),
        .testTarget(name: "ClaimGraphEvaluateTests", dependencies: ["ClaimGraphEvaluate"]),
        // Seeded fuzzing of extraction and every writer, in process.
        .testTarget(name: "ClaimGraphFuzzTests", dependencies: [
            "ClaimGraphModel", "ClaimGraphIngest", "ClaimGraphExtract",
            "ClaimGraphGraph", "ClaimGraphSerialize",
        ]),
        // End to end: the built tool, Output/ up to date, external validators.
        .testTarget(name: "ClaimGraphCLITests", dependencies: [
            "claimgraph", "ClaimGraphModel", "ClaimGraphSerialize",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
