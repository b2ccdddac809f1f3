// Receives taps on notifications and their buttons. Routing is TendShellLogic.ActionRouter's
// (a tap on the notification itself opens the screen the core's notificationOpens names);
// what an action does is the core's handleAction; dismissing only after it was stored is
// TendShellLogic.ActionHandling's.
//
// The delegate is main-actor isolated and implements the completion-handler forms: the
// nonisolated `async` form of didReceive can be called off the main thread while UIKit restores
// a scene, which crashes apps that touch UI state from it. Here the work starts on the main
// actor, the core calls inside run off it, and iOS is told "done" only after the action is
// stored, so it keeps the app alive until then.
import Foundation
import TendCore
import TendShellLogic
import UIKit
import UserNotifications

@MainActor
public final class NotificationDelegate: NSObject, UNUserNotificationCenterDelegate {
    public static let shared = NotificationDelegate()

    public func userNotificationCenter(_ center: UNUserNotificationCenter,
                                       didReceive response: UNNotificationResponse,
                                       withCompletionHandler completionHandler: @escaping () -> Void) {
        let route = ActionRouter.route(actionIdentifier: response.actionIdentifier,
                                       notificationId: response.notification.request.identifier)
        // Where a tap on the notification itself lands: the core's answer from the reminder's id.
        let destination = NotificationTap.destination(notificationId: response.notification.request.identifier)
        Task {
            switch route {
            case let .handle(notificationId, action):
                await AppModel.shared.handle(notificationId: notificationId, action: action)
            case .open:
                AppModel.shared.open(destination)
                await AppModel.shared.loadToday()
                await AppModel.shared.showNextFollowUp()
            case .ignore, .reject:
                break
            }
            completionHandler()
        }
    }

    /// In the foreground, still show the reminder: the user asked for it at this time.
    public func userNotificationCenter(_ center: UNUserNotificationCenter,
                                       willPresent notification: UNNotification,
                                       withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void) {
        completionHandler([.banner, .list, .sound])
    }
}

/// Sets the delegate before launch finishes, so an action that launched the app is delivered.
public final class TendAppDelegate: NSObject, UIApplicationDelegate {
    public func application(_ application: UIApplication,
                            didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = NotificationDelegate.shared
        SystemNotificationCenter.registerCategories(doneNeedsUnlock: AppModel.shared.doneNeedsUnlock)
        return true
    }
}
