import Foundation
import ClaimGraphIngest
import ClaimGraphExtract

/// Runs ingest → extract → graph over a corpus as a stream, on several threads.
///
/// Articles are read in batches; each batch is extracted in parallel while the
/// previous one is written, and results are written in input order, so the
/// output is byte-identical whatever `jobs` is. Memory holds a bounded window
/// of batches, never the corpus.
public final class ExportPipeline {
    /// Counts of a finished run.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        public var skipped = 0
        /// Claims and denials.
        public var statements = 0
        public var beliefs = 0
        public var triples = 0
        public var bytes = 0
    }

    /// A progress report, sent from the writing thread.
    public struct Progress: Sendable {
        public var articles: Int
        public var skipped: Int
        public var bytes: Int
        public var seconds: Double
    }

    public var jobs: Int
    /// Articles per batch.
    public var batchSize = 64
    /// Batches in flight at once (reading, extracting or waiting to be written).
    public var window = 4

    private let reader: ArticleReader
    private let extractor: Extractor
    private let builder: GraphBuilder

    public init(reader: ArticleReader, extractor: Extractor, builder: GraphBuilder, jobs: Int) {
        self.reader = reader
        self.extractor = extractor
        self.builder = builder
        self.jobs = max(1, jobs)
    }

    /// Reads, extracts and writes every article; issues go to `onIssue` in input order.
    /// - Throws: the first error of the sink (a write failure), or an error `onIssue`
    ///   throws to stop the run (as `--strict` does); the run stops there, with the
    ///   extraction in flight awaited, and the sink is not finished.
    public func run(onIssue: @escaping (IngestIssue) throws -> Void,
                    onProgress: ((Progress) -> Void)? = nil) throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = Summary()
        var lastReport = started

        func write(_ batch: Batch) throws {
            for item in batch.items {
                switch item {
                case .failure(let issue):
                    summary.skipped += 1
                    try onIssue(issue)
                case .success(let article):
                    try builder.add(article, batch.result(for: article.id) ?? DocumentExtraction(articleID: article.id))
                    summary.articles += 1
                    summary.bytes += article.text.utf8.count
                }
            }
            if let onProgress {
                let now = clock.now
                if now - lastReport > .milliseconds(250) {
                    lastReport = now
                    onProgress(Progress(articles: summary.articles, skipped: summary.skipped, bytes: summary.bytes,
                                        seconds: seconds(now - started)))
                }
            }
        }

        if jobs == 1 {
            while let batch = readBatch() {
                batch.extractAll(with: extractor, jobs: 1)
                try write(batch)
            }
        } else {
            try runConcurrently(write)
        }
        summary.statements = builder.statementCount
        summary.beliefs = builder.beliefCount
        try builder.finish()
        summary.triples = builder.tripleCount
        onProgress?(Progress(articles: summary.articles, skipped: summary.skipped, bytes: summary.bytes,
                             seconds: seconds(clock.now - started)))
        return summary
    }

    /// Extraction of batch k+1… overlaps the writing of batch k.
    private func runConcurrently(_ write: (Batch) throws -> Void) throws {
        // One batch is extracted at a time, by `jobs` workers; the calling thread writes meanwhile.
        let extractionQueue = DispatchQueue(label: "claimgraph.extract")
        var inFlight: [(Batch, DispatchGroup)] = []
        let extractor = self.extractor
        let jobs = self.jobs
        var exhausted = false
        while true {
            while !exhausted && inFlight.count < window {
                guard let batch = readBatch() else { exhausted = true; break }
                let group = DispatchGroup()
                extractionQueue.async(group: group) { batch.extractAll(with: extractor, jobs: jobs) }
                inFlight.append((batch, group))
            }
            guard !inFlight.isEmpty else { break }
            let (batch, group) = inFlight.removeFirst()
            group.wait()
            do {
                try write(batch)
            } catch {
                for (_, pending) in inFlight { pending.wait() }
                throw error
            }
        }
    }

    private func readBatch() -> Batch? {
        var items: [Result<Article, IngestIssue>] = []
        var bytes = 0
        while items.count < batchSize && bytes < 4 << 20, let item = reader.next() {
            if case .success(let article) = item { bytes += article.text.utf8.count }
            items.append(item)
        }
        return items.isEmpty ? nil : Batch(items)
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A batch of read items and, once extracted, their results by article id.
private final class Batch: Sendable {
    let items: [Result<Article, IngestIssue>]
    /// Filled by `extractAll` (on the extraction queue), read by the writing thread after it.
    private let extracted = LockedValueBox<[String: DocumentExtraction]>([:])

    init(_ items: [Result<Article, IngestIssue>]) { self.items = items }

    /// The extraction of the article with this id, once `extractAll` has run.
    func result(for id: String) -> DocumentExtraction? {
        extracted.withLockedValue { $0[id] }
    }

    func extractAll(with extractor: Extractor, jobs: Int) {
        let articles = items.compactMap { try? $0.get() }
        let out = ParallelExtraction.extract(articles, with: extractor, jobs: jobs)
        extracted.withLockedValue { results in
            for (i, article) in articles.enumerated() { results[article.id] = out[i] }
        }
    }
}

/// Extraction of many articles by `jobs` workers, results in input order.
public enum ParallelExtraction {
    /// What the workers share: the next article to take and the results so far.
    private struct Work: Sendable {
        var next = 0
        var results: [DocumentExtraction?]
    }

    /// Extracts every article; each worker takes the next article not yet taken.
    ///
    /// Works from any thread (workers are dispatched explicitly, so a call from
    /// the main thread still runs in parallel).
    /// With `analyseSyntax`, each article is also tagged and parsed (`Extractor.extract`).
    public static func extract(_ articles: [Article], with extractor: Extractor, jobs: Int,
                               analyseSyntax: Bool = false) -> [DocumentExtraction] {
        if jobs <= 1 || articles.count < 2 {
            return articles.map { extractor.extract(id: $0.id, text: $0.text, analyseSyntax: analyseSyntax) }
        }
        let work = LockedValueBox(Work(results: Array(repeating: nil, count: articles.count)))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, articles.count) {
            DispatchQueue.global().async(group: group) {
                while let i = work.withLockedValue({ work -> Int? in
                    guard work.next < articles.count else { return nil }
                    defer { work.next += 1 }
                    return work.next
                }) {
                    let extraction = extractor.extract(id: articles[i].id, text: articles[i].text, analyseSyntax: analyseSyntax)
                    work.withLockedValue { $0.results[i] = extraction }
                }
            }
        }
        group.wait()
        return work.withLockedValue { $0.results.map { $0! } }
    }
}
