internal import CLibXML2

/// A NUL-terminated UTF-8 name or value kept for the life of a writer, so
/// repeated element and attribute names cost no conversion.
final class XMLName {
    let pointer: UnsafeMutablePointer<UInt8>
    let string: String
    /// The length in bytes, without the NUL.
    let count: Int
    /// Whether, as an attribute value, libxml2 would write it unescaped.
    let isPlainAttribute: Bool

    init(_ string: String) {
        self.string = string
        let bytes = Array(string.utf8)
        pointer = .allocate(capacity: bytes.count + 1)
        pointer.initialize(from: bytes, count: bytes.count)
        pointer[bytes.count] = 0
        count = bytes.count
        isPlainAttribute = bytes.withUnsafeBufferPointer(Escaping.isPlainXMLAttribute)
    }

    deinit { pointer.deallocate() }

    var xml: UnsafePointer<xmlChar> { UnsafePointer(pointer) }
}

/// A thin layer over libxml2's `xmlTextWriter`, writing through an
/// `xmlOutputBuffer` whose callback fills an `OutputBuffer`: the only way the
/// XML writers produce markup (libxml2 escapes every attribute and text).
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

    func attribute(_ name: XMLName, _ value: XMLName) throws {
        if value.isPlainAttribute, value.count > 0 {
            try plainAttribute(name, UnsafeBufferPointer(start: value.pointer, count: value.count))
        } else {
            try check(xmlTextWriterWriteAttribute(try live, name.xml, value.xml), "attribute")
        }
    }

    /// `value` must hold no NUL (callers have refused XML-forbidden characters).
    func attribute(_ name: XMLName, _ value: String) throws {
        let w = try live
        var copy = value
        let plain = copy.withUTF8 { b in
            b.count > 0 && b.count < Int(Int32.max) && Escaping.isPlainXMLAttribute(b)
        }
        if plain {
            try copy.withUTF8 { try plainAttribute(name, $0) }
            return
        }
        let rc = value.withCString { xmlTextWriterWriteAttribute(w, name.xml, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        try check(rc, "attribute")
    }

    /// An attribute whose value is a NUL-terminated UTF-8 string.
    func attribute(_ name: XMLName, cString value: UnsafePointer<UInt8>) throws {
        var n = 0
        while value[n] != 0 { n &+= 1 }
        let b = UnsafeBufferPointer(start: value, count: n)
        if b.count > 0, Escaping.isPlainXMLAttribute(b) {
            try plainAttribute(name, b)
        } else {
            try check(xmlTextWriterWriteAttribute(try live, name.xml, value), "attribute")
        }
    }

    /// An attribute whose value libxml2 would not escape: the calls
    /// `xmlTextWriterWriteAttribute` makes, with the value written raw
    /// instead of through the escaping that would copy it unchanged.
    private func plainAttribute(_ name: XMLName, _ value: UnsafeBufferPointer<UInt8>) throws {
        let w = try live
        try check(xmlTextWriterStartAttribute(w, name.xml), "attribute")
        try check(xmlTextWriterWriteRawLen(w, value.baseAddress, Int32(value.count)), "attribute")
        try check(xmlTextWriterEndAttribute(w), "attribute")
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

    /// Escaped character data; `value` must hold no NUL.
    ///
    /// Text that libxml2's escaping would leave unchanged (`Escaping.isPlainXMLText`)
    /// goes to `xmlTextWriterWriteRawLen`, the call `xmlTextWriterWriteString`
    /// ends in, so the bytes are the same without the escaped copy.
    func text(_ value: String) throws {
        let w = try live
        var copy = value
        let rc: Int32 = copy.withUTF8 { b in
            if !b.isEmpty, b.count < Int(Int32.max), Escaping.isPlainXMLText(b) {
                return xmlTextWriterWriteRawLen(w, b.baseAddress, Int32(b.count))
            }
            return value.withCString { xmlTextWriterWriteString(w, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
        try check(rc, "text")
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
