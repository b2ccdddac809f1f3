// Settings: each control changes one of the core's settings at once, in the text form the core
// takes (`setSetting`), and shows the core's refusal under it; the choices offered, the defaults
// and what is valid are the core's (settingChoices, defaultSettings, setSetting). Also the
// partner account's disconnect, the calendar file for the share sheet, and About's versions.
import Foundation
import TendCore

/// One change on the Settings screen.
public enum SettingChange: Equatable, Sendable {
    case checkinTimes([UInt16])
    /// Quiet hours from `start` to `end` (past midnight when the end is earlier), or off.
    case quietHours(start: UInt16, end: UInt16)
    case quietHoursOff
    case dailyCap(UInt32)
    case discreet(Bool)
    case meetingLead(UInt32)
    /// A choice from `settingChoices("week_start")`.
    case weekStart(String)
    case gratitude(Bool)
    case doneNeedsUnlock(Bool)
    /// A choice from `settingChoices("crisis_country")` ("auto": the phone's region).
    case crisisCountry(String)

    /// The core's key: also the field its refusal names.
    public var key: String {
        switch self {
        case .checkinTimes: return "checkin_times"
        case .quietHours, .quietHoursOff: return "quiet_hours"
        case .dailyCap: return "daily_cap"
        case .discreet: return "discreet"
        case .meetingLead: return "meeting_lead_minutes"
        case .weekStart: return "week_start"
        case .gratitude: return "gratitude"
        case .doneNeedsUnlock: return "done_needs_unlock"
        case .crisisCountry: return "crisis_country"
        }
    }

    /// The value as the core's text form takes it.
    public var value: String {
        switch self {
        case let .checkinTimes(times): return times.map(hhmm).joined(separator: ",")
        case let .quietHours(start, end): return "\(hhmm(start))-\(hhmm(end))"
        case .quietHoursOff: return "off"
        case let .dailyCap(n), let .meetingLead(n): return "\(n)"
        case let .discreet(on), let .gratitude(on), let .doneNeedsUnlock(on): return on ? "on" : "off"
        case let .weekStart(choice), let .crisisCountry(choice): return choice
        }
    }

    /// Stores it; returns every setting after the change, or the core's refusal (field = key).
    public func apply(_ store: TendStore) -> Result<Settings, Problem> {
        attempt { try store.setSetting(key: key, value: value) }
    }
}

public enum SettingsChoices {
    /// Quiet hours turned back on start from the core's default.
    public static var defaultQuietHours: QuietHours? { defaultSettings().quietHours }

    /// What a picker offers for `key`, as the core lists it.
    public static func choices(_ key: String) -> [String] {
        (try? settingChoices(key: key)) ?? []
    }

    /// The week-start choice the stored weekday is (0 = Sunday): the core's three-letter code.
    public static func weekStartChoice(_ settings: Settings) -> String? {
        let codes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        let code = Int(settings.weekStart) < codes.count ? codes[Int(settings.weekStart)] : nil
        return choices("week_start").first { $0 == code }
    }

    /// The crisis-line choice stored: a country code, or "auto" for the phone's region.
    public static func crisisCountryChoice(_ settings: Settings) -> String {
        settings.crisisCountry ?? "auto"
    }

    /// The country SOS asks crisis lines for: the chosen one, else the phone's region.
    public static func crisisCountry(_ settings: Settings?, region: String?) -> String? {
        settings?.crisisCountry ?? region
    }
}

/// After Disconnect on the partner account.
public enum DisconnectOutcome: Equatable, Sendable {
    /// The homeserver confirmed this device signed out.
    case signedOut
    /// Offline: Tend forgot the session here; remove the "Tend" device from another Matrix app.
    case forgottenHere
    case failed

    public static func disconnect(_ store: TendStore) -> DisconnectOutcome {
        switch attempt({ try store.matrixDisconnect() }) {
        case .success(true): return .signedOut
        case .success(false): return .forgottenHere
        case .failure: return .failed
        }
    }
}

/// The calendar file for the share sheet: every group's meetings (and, if asked, the reminder
/// plan) as the core writes it, in a private file that is whole or absent.
public enum CalendarExport {
    /// "Tend meetings.ics", in the app's language.
    public static var fileName: String { NSLocalizedString("Tend meetings.ics", comment: "") }

    /// `language` (BCP 47, `MessageText.language`) is the one the core words the events'
    /// descriptions in.
    public static func file(_ store: TendStore, includeReminders: Bool, zone: String, language: String,
                            in directory: URL) throws -> URL {
        let text = try store.exportCalendar(includeReminders: includeReminders, zone: zone, language: language)
        return try BackupFile.write(Data(text.utf8), named: fileName, in: directory)
    }
}

/// About: the app's version and the core's.
public struct AboutInfo: Equatable, Sendable {
    public let appVersion: String
    public let build: String
    public let coreVersion: String

    public init(infoDictionary: [String: Any]?) {
        appVersion = infoDictionary?["CFBundleShortVersionString"] as? String ?? "?"
        build = infoDictionary?["CFBundleVersion"] as? String ?? "?"
        coreVersion = tendFfiVersion()
    }
}
