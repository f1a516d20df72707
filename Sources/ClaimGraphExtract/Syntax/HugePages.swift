#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Allocations for the large, randomly read model tables: aligned to 2 MiB and,
/// on Linux, marked for transparent huge pages, so that lookups miss the TLB less.
enum HugePages {
    static let size = 2 << 20

    static func allocate<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T> {
        let bytes = max(count * MemoryLayout<T>.stride, 1)
        let large = bytes >= size
        let rounded = large ? (bytes + size - 1) / size * size : bytes
        let raw = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: large ? size : MemoryLayout<T>.alignment)
        #if canImport(Glibc)
        if large { _ = madvise(raw, rounded, MADV_HUGEPAGE) }
        #endif
        return raw.bindMemory(to: T.self, capacity: count)
    }

    static func deallocate<T>(_ pointer: UnsafeMutablePointer<T>) {
        UnsafeMutableRawPointer(pointer).deallocate()
    }
}
