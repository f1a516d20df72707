internal import CLibXML2

/// A NUL-terminated UTF-8 name or value kept for the life of a writer, so
/// repeated element and attribute names cost no conversion, and repeated
/// attribute values no escaping.
final class XMLName {
    let pointer: UnsafeMutablePointer<UInt8>
    let string: String
    /// The length in bytes, without the NUL.
    let count: Int
    /// The string escaped as an attribute value (`Escaping.writeAttValue`).
    let attValue: [UInt8]

    init(_ string: String) {
        self.string = string
        let bytes = Array(string.utf8)
        pointer = .allocate(capacity: bytes.count + 1)
        pointer.initialize(from: bytes, count: bytes.count)
        pointer[bytes.count] = 0
        count = bytes.count
        var escaped: [UInt8] = []
        bytes.withUnsafeBufferPointer { Escaping.writeAttValue($0) { escaped.append(contentsOf: $0) } }
        attValue = escaped
    }

    deinit { pointer.deallocate() }

    var xml: UnsafePointer<xmlChar> { UnsafePointer(pointer) }
}

/// A thin layer over libxml2's `xmlTextWriter`, writing through an
/// `xmlOutputBuffer` whose callback fills an `OutputBuffer`: the only way the
/// XML writers produce markup.
///
/// libxml2 writes the document: the declaration, every tag, attribute name,
/// the quotes around attribute values, namespace declarations and the
/// indentation. Element text and attribute values are escaped here, by the
/// project's one rule per XML context (`Escaping.writeCharData`,
/// `Escaping.writeAttValue`), and handed to the writer already escaped as raw
/// content (`xmlTextWriterWriteRawLen`), which libxml2 copies as it is; libxml2's
/// own escaping is not used.
final class XMLTextWriter {
    let buffer: OutputBuffer
    private var writer: xmlTextWriterPtr?
    private let format: String

    init(output: ByteOutput, indent: Bool, format: String) {
        self.format = format
        buffer = OutputBuffer(output: output)
        let context = Unmanaged.passUnretained(buffer).toOpaque()
        let io = xmlOutputBufferCreateIO({ context, bytes, length in
            guard let context, let bytes, length > 0 else { return 0 }
            let buffer = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
            UnsafeRawPointer(bytes).withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                buffer.append(UnsafeBufferPointer(start: $0, count: Int(length)))
            }
            return length
        }, nil, context, nil)
        writer = xmlNewTextWriter(io)
        if indent, let writer {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
    }

    deinit { if let writer { xmlFreeTextWriter(writer) } }

    private func check(_ rc: Int32, _ what: String) throws {
        if rc < 0 {
            try buffer.check()
            throw SerializerError.io(path: format, operation: "xmlTextWriter \(what)", message: "libxml2 reported an error")
        }
    }

    private var live: xmlTextWriterPtr {
        get throws {
            guard let writer else { throw SerializerError.finished(format: format) }
            return writer
        }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(try live, "1.0", "UTF-8", nil), "start document")
    }

    func start(_ name: XMLName) throws {
        try check(xmlTextWriterStartElement(try live, name.xml), "start element")
    }

    /// An attribute whose value was escaped when the `XMLName` was made.
    func attribute(_ name: XMLName, _ value: XMLName) throws {
        try value.attValue.withUnsafeBufferPointer { try attribute(name, escaped: $0) }
    }

    /// An attribute; `value` must hold no XML-forbidden character (callers refuse them).
    func attribute(_ name: XMLName, _ value: String) throws {
        var copy = value
        try copy.withUTF8 { try attribute(name, unescaped: $0) }
    }

    /// An attribute whose value is a NUL-terminated UTF-8 string.
    func attribute(_ name: XMLName, cString value: UnsafePointer<UInt8>) throws {
        var n = 0
        while value[n] != 0 { n &+= 1 }
        try attribute(name, unescaped: UnsafeBufferPointer(start: value, count: n))
    }

    private func attribute(_ name: XMLName, unescaped value: UnsafeBufferPointer<UInt8>) throws {
        let w = try live
        try check(xmlTextWriterStartAttribute(w, name.xml), "attribute")
        try Escaping.writeAttValue(value) { try raw(w, $0, "attribute") }
        try check(xmlTextWriterEndAttribute(w), "attribute")
    }

    private func attribute(_ name: XMLName, escaped value: UnsafeBufferPointer<UInt8>) throws {
        let w = try live
        try check(xmlTextWriterStartAttribute(w, name.xml), "attribute")
        if !value.isEmpty { try raw(w, value, "attribute") }
        try check(xmlTextWriterEndAttribute(w), "attribute")
    }

    /// Hands escaped bytes to libxml2, which writes them as they are (after
    /// closing a start tag that is still open).
    @inline(__always)
    private func raw(_ w: xmlTextWriterPtr, _ bytes: UnsafeBufferPointer<UInt8>, _ what: String) throws {
        guard let length = Int32(exactly: bytes.count) else {
            throw SerializerError.io(path: format, operation: "xmlTextWriter \(what)", message: "value over 2 GiB")
        }
        // An empty write needs a non-null pointer all the same: libxml2 refuses a null one.
        try check(xmlTextWriterWriteRawLen(w, bytes.baseAddress ?? ("" as StaticString).utf8Start, length), what)
    }

    /// A comment; `value` must hold no NUL and no `--`.
    func comment(_ value: String) throws {
        let w = try live
        let rc = value.withCString { xmlTextWriterWriteComment(w, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        try check(rc, "comment")
    }

    /// Hands everything libxml2 holds to `buffer` (which keeps it until its own flush).
    func flush() throws {
        try check(xmlTextWriterFlush(try live), "flush")
        try buffer.check()
    }

    /// Element text, escaped as XML `CharData` (`Escaping.writeCharData`);
    /// `value` must hold no XML-forbidden character (callers refuse them).
    /// Empty text still closes an open start tag, as libxml2's own text call does.
    func text(_ value: String) throws {
        let w = try live
        var copy = value
        try copy.withUTF8 { b in
            if b.isEmpty { try raw(w, b, "text"); return }
            try Escaping.writeCharData(b) { try raw(w, $0, "text") }
        }
    }

    func end() throws { try check(xmlTextWriterEndElement(try live), "end element") }

    /// Ends an element with an end tag even when it is empty (`<p></p>`).
    func fullEnd() throws { try check(xmlTextWriterFullEndElement(try live), "end element") }

    /// Closes every open element, flushes libxml2 and then the buffer.
    func finish() throws {
        let w = try live
        try check(xmlTextWriterEndDocument(w), "end document")
        xmlFreeTextWriter(w)
        writer = nil
        try buffer.flush()
    }
}
