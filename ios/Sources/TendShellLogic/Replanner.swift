// One replan: read what the OS holds, tell the core what the device looks like, apply the Diff
// it returns. Whether that is a minimal change or a full reset is the core's decision (zone,
// permission or app version changed, the OS lost reminders, a pending one went missing).
import Foundation
import TendCore

/// The part of UNUserNotificationCenter a replan uses; the app wraps the real one, the host
/// tests a fake that behaves like it (an added identifier replaces a pending one).
public protocol NotificationScheduling: AnyObject {
    func pendingReminders() async -> [PendingReminder]
    func removePending(withIdentifiers ids: [String])
    func add(_ request: ReminderRequest) async throws
}

/// What the app observes that makes it replan.
public enum ShellEvent: Equatable, Sendable {
    case launch
    case foreground
    case backgroundRefresh
    /// `NSSystemTimeZoneDidChange` (the core sees the new zone and resets).
    case timeZoneChanged
    /// `NSSystemClockDidChange`: the user set the clock.
    case clockChanged
    /// `UIApplication.significantTimeChangeNotification`: midnight, DST, carrier time.
    case significantTimeChange
    /// Notification permission may have changed (on foreground, from `notificationSettings()`).
    case authorizationChanged
    /// The user changed data, or acted on a notification.
    case dataChanged

    /// Whether the OS may have fired, skipped or mis-timed pending requests: a clock that
    /// jumped (set by hand or by the carrier) makes the core's idea of what already fired
    /// unreliable, so the core is told and resets.
    public var clockMayHaveJumped: Bool {
        self == .clockChanged || self == .significantTimeChange
    }
}

/// `UNAuthorizationStatus`, by name (its raw values are the SDK's).
public enum NotificationAuthorization: Equatable, Sendable {
    case notDetermined, denied, authorized, provisional, ephemeral

    /// Whether requests Tend adds will be shown.
    public var allowsReminders: Bool {
        switch self {
        case .authorized, .provisional, .ephemeral: return true
        case .notDetermined, .denied: return false
        }
    }
}

/// What the core hears about this device. `language` is the one the requests are worded in
/// (`MessageText.language`): part of every notification's fingerprint, so after the phone's
/// language changed every pending request gets a new fingerprint and is replaced by one in the
/// new language. iOS relaunches an app when the language changes, so the replan at that launch
/// does it; nothing has to watch for the change.
public func deviceState(event: ShellEvent, zone: TimeZone, authorization: NotificationAuthorization,
                        appVersion: String, pending: [PendingReminder], language: String) -> DeviceState {
    DeviceState(
        zone: zone.identifier,
        // Calendar triggers always fire at their minute on iOS.
        exactAlarms: true,
        notificationsAllowed: authorization.allowsReminders,
        appVersion: appVersion,
        osLostReminders: event.clockMayHaveJumped,
        // iOS lists what it holds, so the core can notice a request gone missing.
        osPending: pending.map(\.id),
        language: language
    )
}

/// What one replan did.
public struct ReplanOutcome: Equatable, Sendable {
    /// Why it was a full reset, or nil for a minimal change.
    public let reset: ResetReason?
    public let changes: RequestChanges
    /// Ask the core again by then at the latest.
    public let replanBy: Date?
    /// Requests the OS refused to add; the next sync finds them missing and resets.
    public let failedAdds: [String]
}

public struct Replanner {
    private let center: NotificationScheduling

    public init(center: NotificationScheduling) {
        self.center = center
    }

    /// Runs one replan. `sync` is the store's `syncAsync(device:)`; the app passes it so no
    /// core call runs on the main actor. `text` words the requests (the app's
    /// `MessageText.system()`: the phone's locale) and names their language to the core.
    public func replan(after event: ShellEvent, zone: TimeZone, authorization: NotificationAuthorization,
                       appVersion: String, now: Date, text: MessageText,
                       sync: (DeviceState) async throws -> Diff) async throws -> ReplanOutcome {
        let pending = await center.pendingReminders()
        let diff = try await sync(deviceState(event: event, zone: zone, authorization: authorization,
                                              appVersion: appVersion, pending: pending, language: text.language))
        let changes = ReminderRequests.changes(for: diff, pending: pending, zone: zone, now: now, text: text)
        if !changes.remove.isEmpty {
            center.removePending(withIdentifiers: changes.remove)
        }
        var failed: [String] = []
        for request in changes.add {
            do {
                try await center.add(request)
            } catch {
                failed.append(request.id)
            }
        }
        return ReplanOutcome(reset: diff.reset, changes: changes, replanBy: diff.replanBy, failedAdds: failed)
    }

    /// When to ask for the next `BGAppRefreshTask`: by the core's `replanBy`, but not sooner
    /// than 15 minutes (iOS would not honour it) nor later than 6 hours. iOS treats it as "not
    /// before"; launches and foregrounds replan too.
    public static func nextRefresh(replanBy: Date?, now: Date) -> Date {
        let earliest = now.addingTimeInterval(15 * 60)
        let latest = now.addingTimeInterval(6 * 3600)
        guard let replanBy else { return latest }
        return min(max(replanBy, earliest), latest)
    }
}
