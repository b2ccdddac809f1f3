// The store is opened once, however many callers ask at the same time. Checking "is it open?"
// and then awaiting the open let two callers (the launch task and a notification action that
// launched the app) both open it, and both run launchDecision: two SQLCipher connections and,
// on a first launch, two keys. Here every caller awaits the same open.
import Foundation

/// A value made once by an async `open`: concurrent callers share one attempt; a failed attempt
/// is not kept (the next caller tries again, e.g. after the first unlock); `close` forgets the
/// value (after the store was moved aside or replaced) so the next caller opens afresh.
public actor OpenOnce<Value: Sendable> {
    private enum State {
        case closed
        case opening(Task<Value, Error>, generation: Int)
        case open(Value)
    }

    private let open: @Sendable () async throws -> Value
    private var state = State.closed
    private var generation = 0

    public init(open: @escaping @Sendable () async throws -> Value) {
        self.open = open
    }

    /// The value, opening it if no caller has yet.
    public func value() async throws -> Value {
        switch state {
        case let .open(value):
            return value
        case let .opening(task, _):
            return try await task.value
        case .closed:
            generation += 1
            let mine = generation
            // Detached: the open never runs on the caller's actor (the main actor in the app).
            let task = Task.detached(priority: .userInitiated) { [open] in try await open() }
            state = .opening(task, generation: mine)
            do {
                let value = try await task.value
                if case .opening(_, mine) = state { state = .open(value) }
                return value
            } catch {
                // Only this attempt's failure closes; a newer attempt may be under way.
                if case .opening(_, mine) = state { state = .closed }
                throw error
            }
        }
    }

    /// Whether the value is open now (no open is started).
    public var isOpen: Bool {
        if case .open = state { return true }
        return false
    }

    /// Whether nothing is open and no open is under way (safe to move the file).
    public var isClosed: Bool {
        if case .closed = state { return true }
        return false
    }

    /// Forgets the value; the next `value()` opens again.
    public func close() {
        generation += 1
        state = .closed
    }
}

/// Runs a synchronous core call off the caller's actor, so a store call (SQLite, scrypt) never
/// blocks the main thread. The generated bindings offer async variants for the slow calls; this
/// covers the rest (handleAction, sos, search).
public func offMain<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await Task.detached(priority: .userInitiated) { try body() }.value
}
