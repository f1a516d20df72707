// claimgraph-bench: throughput and memory of ClaimGraph, printed as a table.
//
//   swift build -c release && .build/release/claimgraph-bench [CORPUS.jsonl.gz] [--limit N] [--only extract,write,export,syntax,scale]
//
// Measures extraction alone (1 core, all cores), the tagger and the parser alone (tokens/s), each writer alone from an
// in-memory graph (triples/s), and the real `claimgraph export` end to end
// (1× and 4× the corpus, --jobs 1 and all cores; Turtle, RDF/XML and GraphML) with
// its peak memory; and (scale) `claimgraph convert` beside serdi and rapper on the same file, and `claimgraph merge`
// of 4 shard exports, with time and peak memory.
import Foundation
import ClaimGraphModel
import ClaimGraphIngest
import ClaimGraphExtract
import ClaimGraphGraph
import ClaimGraphSerialize

let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let cores = ProcessInfo.processInfo.activeProcessorCount
let work = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

// Inputs: the corpus once, and four copies with distinct ids.
let one = work.appendingPathComponent("corpus-1x.jsonl")
let four = work.appendingPathComponent("corpus-4x.jsonl")
try Corpus.prepare(from: options.corpus, limit: options.limit, one: one, four: four)

var table = Table()

// Extraction alone, on articles held in memory.
let articles = Corpus.load(one.path)
let megabytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
let extractor = try Extractor()
for jobs in [1, cores] where options.sections.contains("extract") {
    let seconds = Clock.measure { Corpus.extractAll(articles, with: extractor, jobs: jobs) }
    table.add("extract, \(jobs) core\(jobs == 1 ? "" : "s")", megabytes: megabytes, articles: articles.count,
              seconds: seconds)
}
// The same with every sentence tagged and the attribution sentences parsed, which `extract`
// does only when a rule asks for the syntax (no rule does yet).
for jobs in [1, cores] where options.sections.contains("extract") && options.sections.contains("syntax") {
    let seconds = Clock.measure { Corpus.extractAll(articles, with: extractor, jobs: jobs, analyseSyntax: true) }
    table.add("extract + syntax, \(jobs) core\(jobs == 1 ? "" : "s")", megabytes: megabytes, articles: articles.count,
              seconds: seconds)
}

// The tagger and the parser alone, one core, over the corpus's sentences (tokenized beforehand).
var syntaxLoadSeconds: Double?
var attributionShare: Double?
if options.sections.contains("syntax") {
    let counts = articles.reduce((0, 0)) { sum, article in
        let c = extractor.attributionScopeWords(text: article.text)
        return (sum.0 + c.inScope, sum.1 + c.all)
    }
    attributionShare = counts.1 > 0 ? Double(counts.0) / Double(counts.1) : 0
    let loadStart = DispatchTime.now().uptimeNanoseconds
    let syntax = try SyntaxModel.loadBundled()
    syntaxLoadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
    let text = SyntaxBench.sentences(articles, extractor: extractor)
    let (tagSeconds, parseSeconds) = SyntaxBench.run(text, model: syntax)
    table.add("tag, 1 core", tokens: text.words.count, megabytes: megabytes, seconds: tagSeconds)
    table.add("parse, 1 core", tokens: text.words.count, megabytes: megabytes, seconds: parseSeconds)
}

// Writers alone, from the corpus's graph in memory.
let collector = TripleCollector()
let builder = GraphBuilder(naming: try ResourceNaming(), sink: collector,
                           countryName: { extractor.countryName(code: $0) }, personKey: { NameKey.spelling($0) })
for article in articles { try builder.add(article, extractor.extract(id: article.id, text: article.text)) }
try builder.finish()
for format in RDFFormat.allCases where options.sections.contains("write") {
    let output = CountingOutput()
    let seconds = try Clock.measureThrowing {
        let sink = format.makeSerializer(output: output)
        try sink.prefixes(collector.prefixes)
        for triple in collector.triples { try sink.triple(triple) }
        try sink.finish()
    }
    table.add("write \(format.rawValue)", triples: collector.triples.count, bytes: output.count, seconds: seconds)
}

// End to end: the real tool, as a user runs it, writing the three exchange formats the
// issue names (N-Triples, the line format for tests and diffs, is measured alone above).
let exportFormats = "turtle,rdfxml,graphml"
let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimgraph")
var endToEnd: [String: (seconds: Double, peak: Int)] = [:]
for (name, input, copies) in [("1×", one, 1), ("4×", four, 4)] where options.sections.contains("export") {
    for jobs in (copies == 1 ? [1, cores] : [cores]) {
        let out = work.appendingPathComponent("out-\(copies)-\(jobs)")
        let run = try ChildProcess.run(tool.path, ["export", input.path, "--out", out.path, "--jobs", String(jobs), "--quiet",
                                                   "--format", exportFormats])
        guard run.status == 0 else { fatalError("claimgraph export failed with status \(run.status)") }
        endToEnd["\(name) \(jobs)"] = (run.seconds, run.peakBytes)
        table.add("export \(name) corpus, \(jobs) core\(jobs == 1 ? "" : "s")", megabytes: megabytes * Double(copies),
                  articles: articles.count * copies, seconds: run.seconds, peakBytes: run.peakBytes)
    }
}

// Scale: convert beside serdi and rapper, and merge of shard exports.
let scaleNotes = options.sections.contains("scale")
    ? try ScaleBench.run(tool: tool.path, corpus: one, work: work, table: &table) : []

print("ClaimGraph benchmark: \(articles.count) articles, \(String(format: "%.1f", megabytes)) MB of text, "
      + "\(collector.triples.count) triples, \(cores) cores")
print(table.render())
if let seconds = syntaxLoadSeconds {
    print(String(format: "syntax models (tagger and parser) loaded in %.3f s", seconds))
}
if let share = attributionShare {
    print(String(format: "words in sentences that can carry an attribution (what the parser gets when a rule asks for syntax): %.1f%%", share * 100))
}
for note in scaleNotes { print(note) }
if let single = endToEnd["1× 1"], let all = endToEnd["1× \(cores)"], let big = endToEnd["4× \(cores)"] {
    print(String(format: "speed-up with %d cores: %.2f×   peak memory 4× / 1×: %.2f",
                 cores, single.seconds / all.seconds, Double(big.peak) / Double(all.peak)))
}
