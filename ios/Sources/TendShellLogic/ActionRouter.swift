// UNNotificationResponse action identifiers → the core's ReminderAction, and the notification
// categories the core's buttons need. Which buttons a reminder offers, how long a snooze is and
// what an action does are the core's; this file only names them for UserNotifications.
import Foundation
import TendCore

/// What a notification response means.
public enum ResponseRoute: Equatable, Sendable {
    /// Call the core's `handleAction(notificationId:action:zone:)`; the id is the request
    /// identifier, unchanged (it is the core's idempotency key).
    case handle(notificationId: String, action: ReminderAction)
    /// The user tapped the notification itself: open the app on Today.
    case open(notificationId: String)
    /// Swiped away (only reported for categories with `.customDismissAction`): nothing to do.
    case ignore
    /// Not an action Tend registered, or no identifier: log `reason` (no personal data).
    case reject(reason: String)
}

/// Categories are named by the buttons they offer (`tend.done-snooze-skip`), so each reminder
/// picks the one matching its `actions`, and every combination is registered at launch.
public enum ActionRouter {
    public static let doneIdentifier = "app.tend.action.done"
    public static let snoozeIdentifier = "app.tend.action.snooze"
    public static let skipIdentifier = "app.tend.action.skip"
    /// `UNNotificationDefaultActionIdentifier` / `UNNotificationDismissActionIdentifier`.
    public static let defaultIdentifier = "com.apple.UNNotificationDefaultActionIdentifier"
    public static let dismissIdentifier = "com.apple.UNNotificationDismissActionIdentifier"

    /// The order buttons appear in, whatever order a category is asked for in.
    public static let buttonOrder: [ActionKind] = [.done, .snooze, .skip]

    /// The notification's own Later button: the core's shortest snooze choice.
    public static let snoozeButtonMinutes: UInt32 = snoozeChoices().first ?? 15

    public static func identifier(for button: ActionKind) -> String {
        switch button {
        case .done: return doneIdentifier
        case .snooze: return snoozeIdentifier
        case .skip: return skipIdentifier
        }
    }

    public static func route(actionIdentifier: String, notificationId: String) -> ResponseRoute {
        if actionIdentifier == dismissIdentifier { return .ignore }
        guard !notificationId.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .reject(reason: "missing notification id")
        }
        let action: ReminderAction
        switch actionIdentifier {
        case defaultIdentifier: return .open(notificationId: notificationId)
        case doneIdentifier: action = .done
        case snoozeIdentifier: action = .snooze(minutes: snoozeButtonMinutes)
        case skipIdentifier: action = .skip
        default: return .reject(reason: "unknown action")
        }
        return .handle(notificationId: notificationId, action: action)
    }

    /// The category for a reminder's buttons: `tend.` and the button names in display order,
    /// or `tend.none`.
    public static func categoryIdentifier(for buttons: [ActionKind]) -> String {
        let names = buttonOrder.filter(buttons.contains).map { "\($0)" }
        return names.isEmpty ? "tend.none" : "tend." + names.joined(separator: "-")
    }

    /// Every category to pass to `setNotificationCategories`: each subset of the buttons once.
    public static var allCategories: [(identifier: String, buttons: [ActionKind])] {
        buttonOrder.reduce(into: [[ActionKind]()]) { subsets, button in
            subsets += subsets.map { $0 + [button] }
        }
        .map { (categoryIdentifier(for: $0), $0) }
    }
}

/// Suppresses a second delivery of the same response within `window` in this process; the
/// core's idempotency on the notification id is what guarantees one check-in across launches.
public final class ActionDeduper: @unchecked Sendable {
    private let window: TimeInterval
    private var lastSeen: [String: Date] = [:]
    private let lock = NSLock()

    public init(window: TimeInterval = 10) {
        self.window = window
    }

    public func firstDelivery(notificationId: String, action: ReminderAction, now: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        lastSeen = lastSeen.filter { now.timeIntervalSince($0.value) <= window }
        let key = "\(action)|\(notificationId)"
        guard lastSeen[key] == nil else { return false }
        lastSeen[key] = now
        return true
    }

    /// Lets the same response through again: its first delivery was not stored, so a retry
    /// (the user tapping the kept notification again) must reach the core.
    public func forget(notificationId: String, action: ReminderAction) {
        lock.lock()
        defer { lock.unlock() }
        lastSeen["\(action)|\(notificationId)"] = nil
    }
}
