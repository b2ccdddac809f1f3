// The rolling window of pending notification requests under iOS's 64-request limit.
import Foundation

/// What to do to UNUserNotificationCenter, in order: remove, then deliver now, then add.
public struct WindowOps: Equatable, Sendable {
    /// `removePendingNotificationRequests(withIdentifiers:)`.
    public var remove: [String] = []
    /// Time passed moments ago: add with a nil trigger (delivered at once).
    public var deliverNow: [PlannedRequest] = []
    /// Add with a calendar trigger at `fireAt`; an existing request with the id is replaced.
    public var add: [PlannedRequest] = []
    /// Passed too long ago to interrupt now; the core lists them under Today's "missed".
    public var leftForToday: [String] = []
    /// Planned but not placed because the window was full: the shell must run a full refill
    /// (`reset`) soon, or the core's ledger would believe they are pending.
    public var overflow: [String] = []

    public init() {}

    public var isEmpty: Bool { remove.isEmpty && deliverNow.isEmpty && add.isEmpty }
}

/// Keeps at most `capacity` (default 60; iOS keeps only the 64 soonest) of the nearest planned
/// requests pending. Requests are reconciled against what the OS actually has pending, so
/// applying the same plan twice does nothing the second time, and identifiers are the core's
/// ids, so the OS can never hold two requests for one reminder.
///
/// Refill: every launch, foreground and background refresh asks the core again; as requests
/// fire they leave both the OS's pending list and the core's plan, and the next nearest ones
/// move into the window.
///
/// Past-due policy (same as Android): at most `lateGrace` late → delivered now; later → not
/// pushed, returned in `leftForToday` (the core's missed list shows it). Never dropped silently.
public struct PendingWindow: Sendable {
    /// iOS's hard limit on pending requests per app.
    public static let systemLimit = 64
    public static let defaultCapacity = 60
    public static let defaultLateGrace: TimeInterval = 15 * 60

    public let capacity: Int
    public let lateGrace: TimeInterval

    public init(capacity: Int = PendingWindow.defaultCapacity, lateGrace: TimeInterval = PendingWindow.defaultLateGrace) {
        self.capacity = max(1, min(capacity, PendingWindow.systemLimit))
        self.lateGrace = lateGrace
    }

    /// Reconciles the OS's pending requests with a full plan (after `reset`, and on refill).
    public func reconcile(plan: FullPlan, pending: [PendingRequest], now: Date) -> WindowOps {
        place(plan.requests, pending: pending, cancel: Set(pending.map(\.id)), now: now)
    }

    /// Applies a `sync` diff on top of what the OS has pending. The window still holds: when
    /// the result would exceed `capacity`, the farthest are left out (`overflow`).
    public func apply(diff: PlanDiff, pending: [PendingRequest], now: Date) -> WindowOps {
        let cancelled = Set(diff.cancel)
        // What stays pending untouched competes for the window with what is new.
        let kept = pending.filter { !cancelled.contains($0.id) }
        var ops = place(diff.schedule, pending: pending, cancel: cancelled, now: now)
        // Fit: kept requests the shell cannot see the content of are ranked by their fire time
        // (unknown last) together with the newly added ones.
        let addedIds = Set(ops.add.map(\.id))
        var ranked: [(id: String, at: Date, isNew: Bool)] = kept.filter { !addedIds.contains($0.id) }
            .map { ($0.id, $0.fireAt ?? .distantFuture, false) }
        ranked += ops.add.map { ($0.id, $0.fireAt, true) }
        ranked.sort { ($0.at, $0.id) < ($1.at, $1.id) }
        if ranked.count > capacity {
            for extra in ranked[capacity...] {
                if extra.isNew {
                    ops.add.removeAll { $0.id == extra.id }
                    ops.overflow.append(extra.id)
                } else {
                    ops.remove.append(extra.id)
                    ops.overflow.append(extra.id)
                }
            }
        }
        return ops
    }

    private func place(_ requests: [PlannedRequest], pending: [PendingRequest], cancel: Set<String>,
                       now: Date) -> WindowOps {
        var ops = WindowOps()
        // Dedupe by id, the last entry winning.
        var byId: [String: PlannedRequest] = [:]
        for r in requests { byId[r.id] = r }
        let sorted = byId.values.sorted { ($0.fireAt, $0.id) < ($1.fireAt, $1.id) }
        var future: [PlannedRequest] = []
        for r in sorted {
            if r.fireAt > now {
                future.append(r)
            } else if now.timeIntervalSince(r.fireAt) <= lateGrace {
                ops.deliverNow.append(r)
            } else {
                ops.leftForToday.append(r.id)
            }
        }
        let window = Array(future.prefix(capacity))
        ops.overflow = future.dropFirst(capacity).map(\.id)
        let wanted = Set(window.map(\.id))
        let current = Dictionary(pending.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Remove what is cancelled and no longer wanted; a request re-added under the same id
        // replaces itself, so it needs no removal (and removing first would open a gap).
        ops.remove = pending.map(\.id).filter { cancel.contains($0) && !wanted.contains($0) }
        ops.remove = Array(Set(ops.remove)).sorted()
        for r in window {
            if let p = current[r.id], p.fingerprint == r.fingerprint { continue }
            ops.add.append(r)
        }
        return ops
    }

    /// Date components for a calendar trigger at `date` in `zone` (to the second). On a zone
    /// change the shell resets anyway, so the wall-clock components are always current.
    public static func triggerComponents(for date: Date, in zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        c.timeZone = zone
        return c
    }
}
