// Plain data the iOS shell's decision code works on: Foundation only, no UserNotifications and
// no generated TendCore types, so every decision compiles and is tested on Linux. The app's
// bridge converts TendCore records into these.
import Foundation

/// A button a reminder offers, spelled as the core spells it.
public enum ReminderButton: String, CaseIterable, Sendable {
    case done
    case snooze
    case skip
}

/// One notification the core planned. `id` goes back to the core unchanged: it is the
/// idempotency key of `handleAction`. `title` and `body` are the core's (already discreet when
/// the user asked for it); the shell never composes reminder text.
public struct PlannedRequest: Equatable, Sendable {
    public let id: String
    /// The core's kind spelling: `daily_checkin`, `keep_in_touch`, `meeting`, ...
    public let kind: String
    public let fireAt: Date
    public let title: String
    public let body: String
    public let actions: [ReminderButton]

    public init(id: String, kind: String, fireAt: Date, title: String, body: String, actions: [ReminderButton]) {
        self.id = id
        self.kind = kind
        self.fireAt = fireAt
        self.title = title
        self.body = body
        self.actions = actions
    }

    /// What the shell stores in the request's `userInfo` to notice a changed text or time.
    public var fingerprint: String {
        let parts = [kind, String(Int64((fireAt.timeIntervalSince1970 * 1000).rounded())), title, body,
                     actions.map(\.rawValue).joined(separator: ",")]
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in parts.joined(separator: "|").utf8 {
            h ^= UInt64(b)
            h = h &* 0x0100_0000_01b3
        }
        return String(h, radix: 16)
    }
}

/// The core's full plan (`reset`), nearest first.
public struct FullPlan: Equatable, Sendable {
    public let requests: [PlannedRequest]
    public let replanBy: Date

    public init(requests: [PlannedRequest], replanBy: Date) {
        self.requests = requests
        self.replanBy = replanBy
    }
}

/// The core's minimal change (`sync`): cancel first, then schedule; an id in both is replaced.
public struct PlanDiff: Equatable, Sendable {
    public let schedule: [PlannedRequest]
    public let cancel: [String]
    public let replanBy: Date?

    public init(schedule: [PlannedRequest], cancel: [String], replanBy: Date?) {
        self.schedule = schedule
        self.cancel = cancel
        self.replanBy = replanBy
    }
}

/// One request UNUserNotificationCenter has pending, as the glue reads it back from
/// `pendingNotificationRequests()` (`fireAt` and `fingerprint` come from its `userInfo`).
public struct PendingRequest: Equatable, Sendable {
    public let id: String
    public let fireAt: Date?
    public let fingerprint: String?

    public init(id: String, fireAt: Date?, fingerprint: String?) {
        self.id = id
        self.fireAt = fireAt
        self.fingerprint = fingerprint
    }
}
