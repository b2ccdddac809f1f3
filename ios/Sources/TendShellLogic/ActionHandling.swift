// What happens around the core's handleAction when a notification button is tapped: the
// notification goes away only once the core stored the action, and which buttons need the phone
// unlocked first.
import Foundation
import TendCore

/// How one tapped button ended.
public enum ActionResult: Equatable, Sendable {
    /// The core stored it; the notification was dismissed.
    case stored(ActionOutcome)
    /// The same response was already being handled in this process: nothing done.
    case duplicate
    /// The core refused it for good (an expired or unknown reminder, a button it does not
    /// offer): the notification was dismissed, since tapping again cannot work.
    case refused(TendError)
    /// The store could not take it (locked, damaged, disk full): the notification stays, so the
    /// user can tap again, and the same tap is let through again.
    case kept(reason: String)
}

public enum ActionHandling {
    /// Hands a routed action to the core (`handle`: the store's handleAction, off the main
    /// actor) and dismisses the delivered notification (`dismiss`) only when that is final.
    public static func perform(notificationId: String, action: ReminderAction, deduper: ActionDeduper, now: Date,
                               handle: (String, ReminderAction) async throws -> ActionOutcome,
                               dismiss: (String) -> Void) async -> ActionResult {
        guard deduper.firstDelivery(notificationId: notificationId, action: action, now: now) else { return .duplicate }
        do {
            let outcome = try await handle(notificationId, action)
            dismiss(notificationId)
            return .stored(outcome)
        } catch let error as TendError {
            switch error {
            case .NotFound, .InvalidInput:
                dismiss(notificationId)
                return .refused(error)
            case .CannotOpen, .WrongKey, .NewerSchema, .Corrupt, .Storage, .Channel:
                // Channel cannot come from handleAction (no network in it); were it to, the
                // action was not stored either: keep the notification.
                deduper.forget(notificationId: notificationId, action: action)
                return .kept(reason: "\(error)")
            }
        } catch {
            // Not the core's error (the store could not even be reached, e.g. before the first
            // unlock): keep the notification.
            deduper.forget(notificationId: notificationId, action: action)
            return .kept(reason: "store unavailable")
        }
    }
}

/// `UNNotificationActionOptions`, by name.
public struct ButtonOptions: OptionSet, Equatable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `.authenticationRequired`: on a locked phone, iOS asks for Face ID / the passcode first.
    public static let authenticationRequired = ButtonOptions(rawValue: 1 << 0)
}

/// Whether Done from the lock screen needs the phone unlocked. A Done logs a check-in (a
/// meeting attended, a call made) in the user's health record, so by default someone else
/// holding the locked phone cannot add one. The choice is the core's `done_needs_unlock`
/// setting (it travels with a backup, and Android reads the same one); iOS wants the
/// notification categories registered at launch, before the store has opened, so the app keeps
/// a mirror of the last value it read under `defaultsKey` and re-registers once the store says
/// otherwise.
public enum LockScreenDone {
    public static let defaultsKey = "tend.doneNeedsUnlock"

    /// The stored choice, or the default (unlock required) when the user never chose.
    public static func needsUnlock(stored: Bool?) -> Bool {
        stored ?? true
    }

    /// The options for one button. Later and Skip only move or drop a reminder and stay
    /// available on the lock screen.
    public static func options(for button: ActionKind, needsUnlock: Bool) -> ButtonOptions {
        button == .done && needsUnlock ? [.authenticationRequired] : []
    }
}
