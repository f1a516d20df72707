/// One article in BRAT standoff layout: its text (`ID.txt`) and the
/// attribution annotations of its `ID.ann` (PolNeAR, PARC 3.0 conventions).
///
/// Offsets count Unicode scalars (code points) of `text`, end exclusive,
/// exactly as BRAT writes them. Read one with `BratDocument.parse(...)` or a
/// folder of them with `BratCorpus.load(folder:)`.
public struct BratDocument: Sendable, Equatable {
    /// The article id: the file name without `.txt`.
    public var id: String
    /// The article text, as the `.txt` holds it.
    public var text: String
    /// Text-bound annotations of the kept types, in file order.
    public var spans: [BratSpan]
    /// Attribution events, in file order.
    public var events: [BratEvent]

    public init(id: String, text: String, spans: [BratSpan] = [], events: [BratEvent] = []) {
        self.id = id
        self.text = text
        self.spans = spans
        self.events = events
    }

    /// The spans of one type, in file order.
    public func spans(of type: BratSpanType) -> [BratSpan] {
        spans.filter { $0.type == type }
    }
}

/// The text-bound annotation types the reader keeps; any other type
/// (`Discuss`, ...) is checked and then ignored.
public enum BratSpanType: String, Sendable, Hashable, CaseIterable {
    /// Who is attributed: the whole noun phrase.
    case source = "Source"
    /// The words that signal the attribution ("said", "according to").
    case cue = "Cue"
    /// What is attributed.
    case content = "Content"
    /// The trigger of an attribution event (usually the cue's words again).
    case attribution = "Attribution"
    /// Boilerplate the annotators skipped: never annotated inside.
    case discard = "Discard"
}

/// A text-bound annotation (`T12\tContent 10 40;52 80\t...`).
public struct BratSpan: Sendable, Hashable {
    /// Its id in the `.ann` file ("T12").
    public var id: String
    public var type: BratSpanType
    /// The contiguous fragments, in file order (not necessarily text order):
    /// one for a plain span, several for a discontinuous one.
    public var fragments: [Range<Int>]

    public init(id: String, type: BratSpanType, fragments: [Range<Int>]) {
        self.id = id
        self.type = type
        self.fragments = fragments
    }
}

/// The event types the reader keeps; others are checked and then ignored.
public enum BratEventType: String, Sendable, Hashable {
    /// An attribution with a source.
    case attribution = "Attribution"
    /// An attribution without a source ("it was reported that ...").
    case attributionNoSource = "Attribution-no-source"
}

/// An event line (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`).
public struct BratEvent: Sendable, Hashable {
    /// Its id ("E1").
    public var id: String
    public var type: BratEventType
    /// The id of its trigger span ("T4").
    public var trigger: String
    /// Its arguments in file order, as (role, annotation id): ("Content", "T3").
    public var arguments: [BratArgument]

    public init(id: String, type: BratEventType, trigger: String, arguments: [BratArgument]) {
        self.id = id
        self.type = type
        self.trigger = trigger
        self.arguments = arguments
    }

    /// The ids of the arguments with `role`, in file order (usually one; PolNeAR
    /// names a second content `Content2`, a role of its own).
    public func targets(role: String) -> [String] {
        arguments.filter { $0.role == role }.map(\.target)
    }
}

/// One argument of an event: its role and the annotation it points to.
public struct BratArgument: Sendable, Hashable {
    /// The role as written ("Source", "Cue", "Content", "Content2").
    public var role: String
    /// The annotation id ("T3").
    public var target: String

    public init(role: String, target: String) {
        self.role = role
        self.target = target
    }
}
