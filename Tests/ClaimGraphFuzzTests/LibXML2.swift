import Foundation

/// libxml2's parser, loaded at run time: importing its headers beside
/// Foundation clashes over ICU's `UErrorCode` in release builds.
///
/// Invariant behind `@unchecked Sendable`: the stored properties are C function
/// pointers set once in `init`, and every call into libxml2 holds `lock`.
final class LibXML2: @unchecked Sendable {
    static let shared = LibXML2()

    private typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> OpaquePointer?
    private typealias FreeDoc = @convention(c) (OpaquePointer?) -> Void
    private typealias LastError = @convention(c) () -> UnsafeRawPointer?
    private typealias RootElement = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias GetProp = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    private typealias NodeContent = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    private typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
    private let readMemory: ReadMemory
    private let freeDoc: FreeDoc
    private let lastError: LastError
    private let rootElement: RootElement
    private let getProp: GetProp
    private let nodeContent: NodeContent
    private let free: Free
    /// Serializes the calls: libxml2's last error is global state.
    private let lock = NSLock()

    private init() {
        guard let handle = dlopen("libxml2.so.2", RTLD_NOW) ?? dlopen("libxml2.dylib", RTLD_NOW) else {
            fatalError("libxml2 is not installed")
        }
        readMemory = unsafeBitCast(dlsym(handle, "xmlReadMemory")!, to: ReadMemory.self)
        freeDoc = unsafeBitCast(dlsym(handle, "xmlFreeDoc")!, to: FreeDoc.self)
        lastError = unsafeBitCast(dlsym(handle, "xmlGetLastError")!, to: LastError.self)
        rootElement = unsafeBitCast(dlsym(handle, "xmlDocGetRootElement")!, to: RootElement.self)
        getProp = unsafeBitCast(dlsym(handle, "xmlGetProp")!, to: GetProp.self)
        nodeContent = unsafeBitCast(dlsym(handle, "xmlNodeGetContent")!, to: NodeContent.self)
        // `xmlFree` is a variable holding the function.
        free = dlsym(handle, "xmlFree")!.load(as: Free.self)
    }

    /// What libxml2's parser reads from `bytes`: the root element's attribute
    /// `attribute` and its text content; nil when the document is not well-formed.
    func read(_ bytes: [UInt8], attribute: String) -> (attribute: String?, text: String)? {
        lock.lock()
        defer { lock.unlock() }
        let document = parse(bytes)
        guard let document else { return nil }
        defer { freeDoc(document) }
        let root = rootElement(document)
        func take(_ value: UnsafeMutablePointer<CChar>?) -> String? {
            guard let value else { return nil }
            defer { free(value) }
            return String(cString: value)
        }
        return (take(getProp(root, attribute)), take(nodeContent(root)) ?? "")
    }

    private func parse(_ bytes: [UInt8]) -> OpaquePointer? {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { readMemory($0.baseAddress, Int32($0.count), "fuzz.xml", "UTF-8", Self.options) }
        }
    }

    /// XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET.
    private static let options: Int32 = 32 | 64 | 2048

    /// The parse error of `bytes`, or nil when they are well-formed XML.
    func error(_ bytes: [UInt8]) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let document = parse(bytes) { freeDoc(document); return nil }
        // xmlError: int domain, int code, char *message, …
        if let error = lastError(), let message = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self) {
            return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return "not well-formed"
    }
}
