import Foundation

/// libxml2's parser, loaded at run time: importing its headers beside
/// Foundation clashes over ICU's `UErrorCode` in release builds.
final class LibXML2: @unchecked Sendable {
    static let shared = LibXML2()

    private typealias ReadMemory = @convention(c) (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32) -> OpaquePointer?
    private typealias FreeDoc = @convention(c) (OpaquePointer?) -> Void
    private typealias LastError = @convention(c) () -> UnsafeRawPointer?
    private let readMemory: ReadMemory
    private let freeDoc: FreeDoc
    private let lastError: LastError
    private let lock = NSLock()

    private init() {
        guard let handle = dlopen("libxml2.so.2", RTLD_NOW) ?? dlopen("libxml2.dylib", RTLD_NOW) else {
            fatalError("libxml2 is not installed")
        }
        readMemory = unsafeBitCast(dlsym(handle, "xmlReadMemory")!, to: ReadMemory.self)
        freeDoc = unsafeBitCast(dlsym(handle, "xmlFreeDoc")!, to: FreeDoc.self)
        lastError = unsafeBitCast(dlsym(handle, "xmlGetLastError")!, to: LastError.self)
    }

    /// XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET.
    private static let options: Int32 = 32 | 64 | 2048

    /// The parse error of `bytes`, or nil when they are well-formed XML.
    func error(_ bytes: [UInt8]) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { readMemory($0.baseAddress, Int32($0.count), "fuzz.xml", "UTF-8", Self.options) }
        }
        if let document { freeDoc(document); return nil }
        // xmlError: int domain, int code, char *message, …
        if let error = lastError(), let message = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self) {
            return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return "not well-formed"
    }
}
