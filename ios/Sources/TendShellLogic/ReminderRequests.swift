// A core Diff → the requests UNUserNotificationCenter must remove and add. The core decided
// what is pending (at most maxPendingReminders(), under iOS's 64), when a full reset is due and
// what each reminder says (as messages); this file turns that into the OS's terms: identifiers,
// the title and body worded in the phone's language (MessageText), calendar triggers in the
// device's zone, categories, interruption levels.
import Foundation
import TendCore

/// How a request interrupts: the core's `urgent` flag in UserNotifications' terms.
public enum Interruption: Equatable, Sendable {
    /// `.timeSensitive` with the default sound: a check-in slot or a meeting about to start.
    case timeSensitive
    /// `.passive`, silent: waits in Notification Center (keep in touch, goals, milestones).
    case passive

    public init(urgent: Bool) {
        self = urgent ? .timeSensitive : .passive
    }
}

/// When a request fires.
public enum RequestTrigger: Equatable, Sendable {
    /// A nil trigger: delivered at once (its time passed while the diff was on its way).
    case now
    /// `UNCalendarNotificationTrigger(dateMatching:repeats: false)`.
    case calendar(DateComponents)
}

/// One `UNNotificationRequest`, in plain values the app maps one to one.
public struct ReminderRequest: Equatable, Sendable {
    public let id: String
    /// The core's title and body messages, worded for the phone's locale.
    public let title: String
    public let body: String
    public let categoryIdentifier: String
    /// Groups a kind's reminders in Notification Center.
    public let threadIdentifier: String
    public let interruption: Interruption
    public let trigger: RequestTrigger
    /// Kept in `userInfo` with `zone`, so the next apply can tell an identical pending request.
    public let fingerprint: String
    public let zone: String
}

/// What `pendingNotificationRequests()` reports of one request (`userInfo` read back).
public struct PendingReminder: Equatable, Sendable {
    public let id: String
    public let fingerprint: String?
    public let zone: String?

    public init(id: String, fingerprint: String?, zone: String?) {
        self.id = id
        self.fingerprint = fingerprint
        self.zone = zone
    }
}

/// The operations, in order: remove, then add (adding an identifier that is pending replaces
/// it, so a changed reminder is never shown twice and never has a gap).
public struct RequestChanges: Equatable, Sendable {
    public var remove: [String] = []
    public var add: [ReminderRequest] = []

    public var isEmpty: Bool { remove.isEmpty && add.isEmpty }
}

public enum ReminderRequests {
    /// iOS keeps only the soonest 64 pending requests of an app and drops the rest silently.
    /// The core plans fewer; if the OS ever drops one anyway, the next sync finds it missing
    /// from `osPending` and resets.
    public static let systemLimit = 64

    public static let fingerprintKey = "tend.fingerprint"
    public static let zoneKey = "tend.zone"

    /// The changes that bring `pending` in line with `diff`.
    ///
    /// A minimal diff removes what it cancels (unless it schedules the id again: the add
    /// replaces it) and adds what it schedules. A reset (`diff.reset` set) removes every pending
    /// request it does not schedule. Either way, a request already pending with the same
    /// fingerprint in the same zone is left alone: the OS already shows exactly that then (the
    /// fingerprint covers the language the core was told, so one worded in another language is
    /// replaced).
    public static func changes(for diff: Diff, pending: [PendingReminder], zone: TimeZone, now: Date,
                               text: MessageText) -> RequestChanges {
        let scheduled = Set(diff.schedule.map(\.id))
        let identical = Set(pending.filter { p in
            diff.schedule.contains { $0.id == p.id && $0.fingerprint == p.fingerprint } && p.zone == zone.identifier
        }.map(\.id))
        var changes = RequestChanges()
        let toRemove = diff.reset == nil ? diff.cancel : pending.map(\.id)
        changes.remove = Array(Set(toRemove.filter { !scheduled.contains($0) })).sorted()
        changes.add = diff.schedule
            .filter { !identical.contains($0.id) }
            .map { request(for: $0, zone: zone, now: now, text: text) }
        return changes
    }

    /// The request for one reminder, its trigger in `zone`, its words from `text`.
    public static func request(for reminder: ReminderNotification, zone: TimeZone, now: Date,
                               text: MessageText) -> ReminderRequest {
        ReminderRequest(
            id: reminder.id,
            title: text.string(reminder.title),
            body: text.string(reminder.body),
            categoryIdentifier: ActionRouter.categoryIdentifier(for: reminder.actions),
            threadIdentifier: "tend.\(reminder.kind)",
            interruption: Interruption(urgent: reminder.urgent),
            trigger: reminder.fireAt > now ? .calendar(triggerComponents(for: reminder.fireAt, in: zone)) : .now,
            fingerprint: reminder.fingerprint,
            zone: zone.identifier
        )
    }

    /// Date components (to the second, zone included) naming `date` for a calendar trigger. A
    /// zone change makes the core reset, so the components are rebuilt in the new zone.
    public static func triggerComponents(for date: Date, in zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        components.timeZone = zone
        return components
    }
}
