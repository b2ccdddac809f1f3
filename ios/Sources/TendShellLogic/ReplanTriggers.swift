// Which app and system events mean "reset" and which "sync", and when to refresh next.
import Foundation

public enum Replan: Equatable, Sendable {
    /// Core `reset` → full plan → `PendingWindow.reconcile`.
    case reset
    /// Core `sync` → diff → `PendingWindow.apply` (refills as requests fire).
    case sync
}

/// Events the iOS shell observes.
public enum ShellEvent: Equatable, Sendable {
    case launch
    case foreground
    case backgroundRefresh
    /// `NSSystemTimeZoneDidChange`.
    case timeZoneChanged
    /// `NSSystemClockDidChange`: the user set the clock.
    case clockChanged
    /// `UIApplication.significantTimeChangeNotification`: midnight, DST, carrier time.
    case significantTimeChange
    /// Notification authorization changed (noticed on foreground via `notificationSettings()`).
    case authorizationChanged
    /// The user changed data in the app (a check-in, a person, a setting).
    case dataChanged
}

/// What the shell records each time it applies a plan.
public struct DeviceState: Equatable, Sendable, Codable {
    public var zoneId: String
    public var notificationsAllowed: Bool
    public var appVersion: String

    public init(zoneId: String, notificationsAllowed: Bool, appVersion: String) {
        self.zoneId = zoneId
        self.notificationsAllowed = notificationsAllowed
        self.appVersion = appVersion
    }
}

public enum ReplanTriggers {
    /// A wall-clock event always resets; otherwise a first run (nothing recorded) or any change
    /// in the recorded device state resets (a zone change while the app was not running sends
    /// no notification); the rest syncs.
    public static func decide(_ event: ShellEvent, previous: DeviceState?, current: DeviceState) -> Replan {
        switch event {
        case .timeZoneChanged, .clockChanged, .significantTimeChange, .authorizationChanged:
            return .reset
        case .launch, .foreground, .backgroundRefresh, .dataChanged:
            return previous == current ? .sync : .reset
        }
    }

    /// When to ask for the next `BGAppRefreshTask`: by the core's `replanBy`, but not sooner
    /// than 15 minutes (the system would not honour it) nor later than 6 hours (so the window
    /// refills on a day with many reminders). iOS treats it as "not before"; launches and
    /// foregrounds refill too.
    public static func nextRefresh(replanBy: Date?, now: Date) -> Date {
        let earliest = now.addingTimeInterval(15 * 60)
        let latest = now.addingTimeInterval(6 * 3600)
        guard let by = replanBy else { return latest }
        return min(max(by, earliest), latest)
    }
}
