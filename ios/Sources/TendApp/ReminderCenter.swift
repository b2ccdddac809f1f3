// Performs the window decisions against UNUserNotificationCenter. Everything it does was
// decided by TendShellLogic.PendingWindow; this file only reads the pending list and calls the OS.
import Foundation
import TendShellLogic
import UserNotifications

enum ReminderCenter {
    private static let fireAtKey = "tend.fireAt"
    private static let fingerprintKey = "tend.fingerprint"

    static var center: UNUserNotificationCenter { .current() }

    /// One category per button combination (TendShellLogic.ActionRouter.allCategories). Button
    /// titles are UI strings; the reminder text itself always comes from the core.
    static func registerCategories() {
        let titles: [ReminderButton: String] = [
            .done: String(localized: "Done"),
            .snooze: String(localized: "Later"),
            .skip: String(localized: "Skip"),
        ]
        let categories = ActionRouter.allCategories.map { category in
            UNNotificationCategory(
                identifier: category.identifier,
                actions: category.buttons.map { button in
                    // No .foreground: the action is handled without opening the app.
                    UNNotificationAction(identifier: ActionRouter.identifier(for: button), title: titles[button]!, options: [])
                },
                intentIdentifiers: [],
                // Hidden previews show only the app name on a locked screen.
                hiddenPreviewsBodyPlaceholder: "",
                options: []
            )
        }
        center.setNotificationCategories(Set(categories))
    }

    /// What is pending now, as TendShellLogic sees it.
    static func pending() async -> [PendingRequest] {
        await center.pendingNotificationRequests().map { request in
            let info = request.content.userInfo
            let fireAt = (info[fireAtKey] as? Double).map { Date(timeIntervalSince1970: $0) }
            return PendingRequest(id: request.identifier, fireAt: fireAt, fingerprint: info[fingerprintKey] as? String)
        }
    }

    static func perform(_ ops: WindowOps) async {
        if !ops.remove.isEmpty {
            center.removePendingNotificationRequests(withIdentifiers: ops.remove)
        }
        for request in ops.deliverNow {
            // A nil trigger delivers at once.
            try? await center.add(UNNotificationRequest(identifier: request.id, content: content(request), trigger: nil))
        }
        for request in ops.add {
            let components = PendingWindow.triggerComponents(for: request.fireAt, in: .current)
            let trigger = UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
            // Adding with an identifier already pending replaces that request: never two.
            try? await center.add(UNNotificationRequest(identifier: request.id, content: content(request), trigger: trigger))
        }
        // ops.leftForToday: nothing to do — the core lists them under Today's missed.
    }

    private static func content(_ request: PlannedRequest) -> UNNotificationContent {
        let content = UNMutableNotificationContent()
        content.title = request.title
        content.body = request.body
        content.sound = .default
        content.categoryIdentifier = ActionRouter.categoryIdentifier(for: request.actions)
        content.threadIdentifier = request.kind
        content.userInfo = [fireAtKey: request.fireAt.timeIntervalSince1970, fingerprintKey: request.fingerprint]
        return content
    }

    static func dismissDelivered(_ id: String) {
        center.removeDeliveredNotifications(withIdentifiers: [id])
    }
}
