// Receives taps on notifications and their buttons. Routing is TendShellLogic.ActionRouter's;
// what an action does is the core's handleAction.
import Foundation
import TendCore
import TendShellLogic
import UIKit
import UserNotifications

public final class NotificationDelegate: NSObject, UNUserNotificationCenterDelegate {
    public static let shared = NotificationDelegate()
    private let deduper = ActionDeduper()

    public func userNotificationCenter(_ center: UNUserNotificationCenter,
                                       didReceive response: UNNotificationResponse) async {
        let id = response.notification.request.identifier
        switch ActionRouter.route(actionIdentifier: response.actionIdentifier, notificationId: id) {
        case let .handle(notificationId, action):
            SystemNotificationCenter.shared.dismissDelivered(notificationId)
            guard deduper.firstDelivery(notificationId: notificationId, action: action, now: Date()) else { return }
            await AppModel.shared.handle(notificationId: notificationId, action: action)
        case .open:
            await AppModel.shared.loadToday()
            await AppModel.shared.showNextFollowUp()
        case .ignore, .reject:
            break
        }
    }

    /// In the foreground, still show the reminder: the user asked for it at this time.
    public func userNotificationCenter(_ center: UNUserNotificationCenter,
                                       willPresent notification: UNNotification) async -> UNNotificationPresentationOptions {
        [.banner, .list, .sound]
    }
}

/// Sets the delegate before launch finishes, so an action that launched the app is delivered.
public final class TendAppDelegate: NSObject, UIApplicationDelegate {
    public func application(_ application: UIApplication,
                            didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = NotificationDelegate.shared
        SystemNotificationCenter.registerCategories()
        return true
    }
}
