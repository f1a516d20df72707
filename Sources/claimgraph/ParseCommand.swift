import ArgumentParser
import Foundation
import ClaimGraphIngest
import ClaimGraphExtract

/// `claimgraph parse`: part-of-speech tags and dependency trees, as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag and parse articles and print CoNLL-U.",
        discussion: """
        INPUT is what export reads (.txt files, folders, .jsonl files, - for JSON Lines on \
        standard input); each article is tokenized and split into sentences as export does. \
        With --tokenized FILE, the tokens and sentences of a CoNLL-U file are kept instead \
        (multiword-token lines and empty nodes are skipped) and INPUT may be left out.

        Prints CoNLL-U on standard output: ID, FORM, UPOS, HEAD and DEPREL filled in \
        (LEMMA, XPOS, FEATS, DEPS and MISC are _), a "# newdoc id" comment per article and \
        a "# sent_id" comment per sentence. The labels follow the parser's training data \
        (spaCy's English label set).

        Exit status: 0 everything parsed; 1 some inputs skipped (each reported on standard \
        error); 2 nothing parsed (no readable input, a malformed --tokenized file, a model \
        that cannot be loaded); 64 invalid command line.
        """
    )

    @Argument(help: ArgumentHelp("Articles to read, as for export.", valueName: "input"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("A CoNLL-U file whose tokens and sentences are tagged and parsed.", valueName: "file"))
    var tokenized: String?

    @Option(help: ArgumentHelp("Tagger model file to use instead of the bundled one.", valueName: "file"))
    var taggerModel: String?

    @Option(help: ArgumentHelp("Parser model file to use instead of the bundled one.", valueName: "file"))
    var parserModel: String?

    func validate() throws {
        if inputs.isEmpty && tokenized == nil { throw ValidationError("give INPUT or --tokenized FILE") }
        if (taggerModel == nil) != (parserModel == nil) { throw ValidationError("give both --tagger-model and --parser-model, or neither") }
    }

    func run() throws {
        let model: SyntaxModel
        do {
            if let tagger = taggerModel, let parser = parserModel {
                model = try SyntaxModel(taggerFile: URL(fileURLWithPath: tagger), parserFile: URL(fileURLWithPath: parser))
            } else {
                model = try SyntaxModel.bundled()
            }
        } catch {
            StandardError.line("claimgraph: cannot load the syntax models: \(error)")
            throw ClaimGraphExit.failure
        }
        var output = CoNLLUOutput(model: model)
        var sentences = 0
        if let path = tokenized {
            let file: [CoNLLUSentence]
            do { file = try CoNLLU.read(contentsOf: URL(fileURLWithPath: path)) } catch let error as CoNLLUError {
                StandardError.line("claimgraph: \(error)")
                throw ClaimGraphExit.failure
            } catch {
                StandardError.line("claimgraph: \(path): \(error.localizedDescription)")
                throw ClaimGraphExit.failure
            }
            for (k, sentence) in file.enumerated() {
                var comments = sentence.comments.filter { $0.hasPrefix("newdoc") || $0.hasPrefix("sent_id") }
                if sentence.comment("sent_id") == nil { comments.append("sent_id = \(k + 1)") }
                output.sentence(comments: comments, forms: sentence.forms, features: sentence.forms.map { LexicalFeatures(form: $0) })
                sentences += 1
            }
        }
        var skipped = 0
        if !inputs.isEmpty {
            let extractor = try Extractor.loadForCommand(syntaxModel: model)
            let reader = ArticleReader(inputs: inputs)
            while let item = reader.next() {
                switch item {
                case .success(let article):
                    for (k, sentence) in extractor.syntaxSentences(text: article.text).enumerated() {
                        let comments = (k == 0 ? ["newdoc id = \(article.id)"] : []) + ["sent_id = \(article.id)-\(k + 1)"]
                        output.sentence(comments: comments, forms: sentence.forms, tags: sentence.tags,
                                        heads: sentence.heads, labels: sentence.labels)
                        sentences += 1
                    }
                case .failure(let issue):
                    skipped += 1
                    StandardError.line("claimgraph: skipped \(issue)")
                }
            }
        }
        output.flush()
        if sentences == 0 {
            StandardError.line("claimgraph: no sentence could be read from \((inputs + [tokenized].compactMap { $0 }).joined(separator: " "))")
            throw ClaimGraphExit.failure
        }
        if skipped > 0 { throw ClaimGraphExit.partial }
    }
}

/// Tags, parses and prints sentences as CoNLL-U, buffered.
struct CoNLLUOutput {
    let model: SyntaxModel
    private var buffer: [UInt8] = []

    init(model: SyntaxModel) {
        self.model = model
        buffer.reserveCapacity(1 << 17)
    }

    /// Tags, parses and prints a sentence given as its forms and their features.
    mutating func sentence(comments: [String], forms: [String], features: [LexicalFeatures]) {
        let tags = model.tag(features)
        let (heads, labels) = model.parse(features, tags: tags)
        sentence(comments: comments, forms: forms, tags: tags, heads: heads, labels: labels)
    }

    /// Prints an analysed sentence (heads sentence-local, -1 for the root).
    mutating func sentence(comments: [String], forms: [String], tags: [UPOS], heads: [Int32], labels: [DependencyLabel]) {
        for comment in comments { append("# \(comment)\n") }
        for i in 0..<forms.count {
            let form = forms[i].replacingOccurrences(of: "\t", with: " ")
            append("\(i + 1)\t\(form)\t_\t\(tags[i].name)\t_\t_\t\(heads[i] + 1)\t\(model.labelName(labels[i]))\t_\t_\n")
        }
        append("\n")
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
