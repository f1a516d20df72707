import Foundation

/// A value shared between threads together with the one lock that guards it,
/// in the manner of swift-nio's `NIOLockedValueBox`: the value can be reached
/// only inside `withLockedValue`, so no caller can forget the lock.
///
/// The lock is a condition (`NSCondition`), so a thread may also wait for the
/// value to reach a state (`withLockedValue(when:_:)`); every change wakes the
/// waiting threads.
///
/// ```swift
/// let taken = LockedValueBox(0)
/// let mine = taken.withLockedValue { value in defer { value += 1 }; return value }
/// ```
public final class LockedValueBox<Value> {
    private let condition = NSCondition()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock, then wakes the threads waiting on it.
    @discardableResult
    public func withLockedValue<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&value)
    }

    /// Waits until `ready` holds for the value, then runs `body` as `withLockedValue` does.
    @discardableResult
    public func withLockedValue<T>(when ready: (Value) -> Bool, _ body: (inout Value) throws -> T) rethrows -> T {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        while !ready(value) { condition.wait() }
        return try body(&value)
    }
}

/// Invariant: `value` is read and written only between `condition.lock()` and
/// `condition.unlock()` (inside the two `withLockedValue` methods), so threads
/// never race on it; and, as for `NIOLockedValueBox`, only a `Sendable` value
/// may be shared, since `body` can hand the value (or a part) out of the box.
extension LockedValueBox: @unchecked Sendable where Value: Sendable {}
