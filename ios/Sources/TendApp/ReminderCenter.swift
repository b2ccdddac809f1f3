// UNUserNotificationCenter behind TendShellLogic's NotificationScheduling: reads the pending
// requests back and performs the removals and adds a replan decided. Every value it sets comes
// from a ReminderRequest; the reminder text is the core's messages, worded in the phone's
// language by MessageText before they get here.
import Foundation
import TendCore
import TendShellLogic
import UserNotifications

final class SystemNotificationCenter: NotificationScheduling {
    static let shared = SystemNotificationCenter()

    private var center: UNUserNotificationCenter { .current() }

    /// One category per button combination. Button titles are UI strings. Registered at launch
    /// and again when the lock-screen choice changes (categories replace the previous set).
    static func registerCategories(doneNeedsUnlock: Bool) {
        let categories = ActionRouter.allCategories.map { category in
            UNNotificationCategory(
                identifier: category.identifier,
                actions: category.buttons.map { button in
                    // No .foreground: the action is handled without opening the app.
                    UNNotificationAction(identifier: ActionRouter.identifier(for: button), title: title(of: button),
                                         options: options(LockScreenDone.options(for: button, needsUnlock: doneNeedsUnlock)))
                },
                intentIdentifiers: [],
                // Hidden previews show only the app name on a locked screen.
                hiddenPreviewsBodyPlaceholder: "",
                options: []
            )
        }
        UNUserNotificationCenter.current().setNotificationCategories(Set(categories))
    }

    private static func options(_ options: ButtonOptions) -> UNNotificationActionOptions {
        options.contains(.authenticationRequired) ? [.authenticationRequired] : []
    }

    private static func title(of button: ActionKind) -> String {
        switch button {
        case .done: return String(localized: "Done")
        case .snooze: return String(localized: "Later")
        case .skip: return String(localized: "Skip")
        }
    }

    func pendingReminders() async -> [PendingReminder] {
        await center.pendingNotificationRequests().map { request in
            let info = request.content.userInfo
            return PendingReminder(id: request.identifier,
                                   fingerprint: info[ReminderRequests.fingerprintKey] as? String,
                                   zone: info[ReminderRequests.zoneKey] as? String)
        }
    }

    func removePending(withIdentifiers ids: [String]) {
        center.removePendingNotificationRequests(withIdentifiers: ids)
    }

    func add(_ request: ReminderRequest) async throws {
        // An identifier already pending is replaced: never two requests for one reminder.
        try await center.add(UNNotificationRequest(identifier: request.id, content: content(of: request),
                                                   trigger: trigger(of: request.trigger)))
    }

    private func content(of request: ReminderRequest) -> UNNotificationContent {
        let content = UNMutableNotificationContent()
        content.title = request.title
        content.body = request.body
        content.categoryIdentifier = request.categoryIdentifier
        content.threadIdentifier = request.threadIdentifier
        switch request.interruption {
        case .timeSensitive:
            // Needs the Time Sensitive Notifications capability (App/Tend.entitlements).
            content.interruptionLevel = .timeSensitive
            content.sound = .default
        case .passive:
            content.interruptionLevel = .passive
        }
        content.userInfo = [ReminderRequests.fingerprintKey: request.fingerprint, ReminderRequests.zoneKey: request.zone]
        return content
    }

    private func trigger(of trigger: RequestTrigger) -> UNNotificationTrigger? {
        switch trigger {
        case .now: return nil // delivered at once
        case let .calendar(components): return UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
        }
    }

    func dismissDelivered(_ id: String) {
        center.removeDeliveredNotifications(withIdentifiers: [id])
    }

    func authorization() async -> NotificationAuthorization {
        switch await center.notificationSettings().authorizationStatus {
        case .authorized: return .authorized
        case .provisional: return .provisional
        case .ephemeral: return .ephemeral
        case .denied: return .denied
        case .notDetermined: return .notDetermined
        @unknown default: return .notDetermined
        }
    }
}
