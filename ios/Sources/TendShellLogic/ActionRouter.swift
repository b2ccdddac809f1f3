// UNNotificationResponse action identifiers → the core action they ask for.
import Foundation

/// The action the user chose, as the core's `handleAction` takes it.
public enum CoreAction: Equatable, Sendable {
    case done
    case snooze(minutes: UInt32)
    case skip
}

/// What a notification response means.
public enum ResponseRoute: Equatable, Sendable {
    /// Call the core's `handleAction(id, action)`; `notificationId` is the request identifier,
    /// unchanged (it is the core's idempotency key).
    case handle(notificationId: String, action: CoreAction)
    /// The user tapped the notification itself: open the app on Today.
    case open(notificationId: String)
    /// Swiped away (only reported for categories with `.customDismissAction`): nothing to do.
    case ignore
    /// Not an action we registered, or a malformed id: log `reason` (no personal data).
    case reject(reason: String)
}

/// Maps action identifiers and builds the notification categories. Categories are named by the
/// buttons they offer (`tend.done-snooze-skip`), so each core reminder picks the one matching its
/// `actions`, and every category the core can ask for is registered at launch.
public enum ActionRouter {
    public static let doneIdentifier = "app.tend.action.done"
    public static let snoozeIdentifier = "app.tend.action.snooze"
    public static let skipIdentifier = "app.tend.action.skip"
    /// `UNNotificationDefaultActionIdentifier` / `UNNotificationDismissActionIdentifier`.
    public static let defaultIdentifier = "com.apple.UNNotificationDefaultActionIdentifier"
    public static let dismissIdentifier = "com.apple.UNNotificationDismissActionIdentifier"

    /// The snooze button's length. The core accepts 1...1440.
    public static let snoozeMinutes: UInt32 = 15
    public static let maxIdLength = 512

    public static func identifier(for button: ReminderButton) -> String {
        switch button {
        case .done: return doneIdentifier
        case .snooze: return snoozeIdentifier
        case .skip: return skipIdentifier
        }
    }

    public static func route(actionIdentifier: String, notificationId: String) -> ResponseRoute {
        if actionIdentifier == dismissIdentifier { return .ignore }
        if notificationId.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .reject(reason: "missing notification id")
        }
        if notificationId.count > maxIdLength { return .reject(reason: "notification id too long") }
        switch actionIdentifier {
        case defaultIdentifier: return .open(notificationId: notificationId)
        case doneIdentifier: return .handle(notificationId: notificationId, action: .done)
        case snoozeIdentifier: return .handle(notificationId: notificationId, action: .snooze(minutes: snoozeMinutes))
        case skipIdentifier: return .handle(notificationId: notificationId, action: .skip)
        default: return .reject(reason: "unknown action")
        }
    }

    /// The category for a reminder's buttons, in canonical order (done, snooze, skip).
    public static func categoryIdentifier(for buttons: [ReminderButton]) -> String {
        let set = Set(buttons)
        let ordered = ReminderButton.allCases.filter { set.contains($0) }
        return ordered.isEmpty ? "tend.none" : "tend." + ordered.map(\.rawValue).joined(separator: "-")
    }

    /// Every category to register with `setNotificationCategories`: one per non-empty subset of
    /// the buttons, plus `tend.none`.
    public static var allCategories: [(identifier: String, buttons: [ReminderButton])] {
        let all = ReminderButton.allCases
        var out: [(String, [ReminderButton])] = [("tend.none", [])]
        for mask in 1..<(1 << all.count) {
            let buttons = all.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            out.append((categoryIdentifier(for: buttons), buttons))
        }
        return out
    }
}

/// Suppresses a second delivery of the same response within `window` in this process (the
/// core's idempotency on the id is what guarantees one log across launches).
public final class ActionDeduper: @unchecked Sendable {
    private let window: TimeInterval
    private var seen: [String: Date] = [:]
    private let lock = NSLock()

    public init(window: TimeInterval = 10) {
        self.window = window
    }

    public func firstDelivery(notificationId: String, action: CoreAction, now: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(action)|\(notificationId)"
        seen = seen.filter { now.timeIntervalSince($0.value) <= window }
        if seen[key] != nil { return false }
        seen[key] = now
        return true
    }
}
