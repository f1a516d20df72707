import Foundation
import ClaimGraphGraph

/// libxml2's parser, loaded at run time: importing its headers beside
/// Foundation clashes over ICU's `UErrorCode` in release builds.
///
/// Every call into libxml2 runs inside the box's lock: its last error is global state.
final class LibXML2: Sendable {
    static let shared = LibXML2()

    /// The libxml2 functions used, looked up once.
    private struct Functions: Sendable {
        typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> OpaquePointer?
        typealias FreeDoc = @convention(c) (OpaquePointer?) -> Void
        typealias LastError = @convention(c) () -> UnsafeRawPointer?
        typealias RootElement = @convention(c) (OpaquePointer?) -> OpaquePointer?
        typealias GetProp = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
        typealias NodeContent = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
        typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
        let readMemory: ReadMemory
        let freeDoc: FreeDoc
        let lastError: LastError
        let rootElement: RootElement
        let getProp: GetProp
        let nodeContent: NodeContent
        let free: Free

        /// XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET.
        static let options: Int32 = 32 | 64 | 2048

        func parse(_ bytes: [UInt8]) -> OpaquePointer? {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { readMemory($0.baseAddress, Int32($0.count), "fuzz.xml", "UTF-8", Self.options) }
            }
        }
    }

    private let functions: LockedValueBox<Functions>

    private init() {
        guard let handle = dlopen("libxml2.so.2", RTLD_NOW) ?? dlopen("libxml2.dylib", RTLD_NOW) else {
            fatalError("libxml2 is not installed")
        }
        functions = LockedValueBox(Functions(
            readMemory: unsafeBitCast(dlsym(handle, "xmlReadMemory")!, to: Functions.ReadMemory.self),
            freeDoc: unsafeBitCast(dlsym(handle, "xmlFreeDoc")!, to: Functions.FreeDoc.self),
            lastError: unsafeBitCast(dlsym(handle, "xmlGetLastError")!, to: Functions.LastError.self),
            rootElement: unsafeBitCast(dlsym(handle, "xmlDocGetRootElement")!, to: Functions.RootElement.self),
            getProp: unsafeBitCast(dlsym(handle, "xmlGetProp")!, to: Functions.GetProp.self),
            nodeContent: unsafeBitCast(dlsym(handle, "xmlNodeGetContent")!, to: Functions.NodeContent.self),
            // `xmlFree` is a variable holding the function.
            free: dlsym(handle, "xmlFree")!.load(as: Functions.Free.self)))
    }

    /// What libxml2's parser reads from `bytes`: the root element's attribute
    /// `attribute` and its text content; nil when the document is not well-formed.
    func read(_ bytes: [UInt8], attribute: String) -> (attribute: String?, text: String)? {
        functions.withLockedValue { f in
            guard let document = f.parse(bytes) else { return nil }
            defer { f.freeDoc(document) }
            let root = f.rootElement(document)
            func take(_ value: UnsafeMutablePointer<CChar>?) -> String? {
                guard let value else { return nil }
                defer { f.free(value) }
                return String(cString: value)
            }
            return (take(f.getProp(root, attribute)), take(f.nodeContent(root)) ?? "")
        }
    }

    /// The parse error of `bytes`, or nil when they are well-formed XML.
    func error(_ bytes: [UInt8]) -> String? {
        functions.withLockedValue { f in
            if let document = f.parse(bytes) { f.freeDoc(document); return nil }
            // xmlError: int domain, int code, char *message, …
            if let error = f.lastError(), let message = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self) {
                return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return "not well-formed"
        }
    }
}
