// The meeting search screen's decisions: the form → the core's SearchQuery, when "near me" may
// ask for the location, and how a result reads. Searching, distances, time windows in the
// meeting's own zone and joining are the core's (searchDirectory, joinDirectoryMeeting).
import Foundation
import TendCore

/// What the user set on the search screen.
public struct MeetingSearchForm: Equatable, Sendable {
    public enum Day: Hashable, Sendable {
        case any, today, tomorrow
        /// 0 = Sunday … 6 = Saturday.
        case weekday(UInt8)
    }

    public var day: Day = .any
    /// Starting at or after / at or before, minutes after midnight in the meeting's zone.
    public var from: UInt16?
    public var to: UInt16?
    /// Type codes ("O", "W"); a meeting must have all of them.
    public var types: Set<String> = []
    public var onlineOnly = false
    public var text = ""
    /// Set only after the user tapped "near me" and the OS gave a position.
    public var near: GeoPoint?
    public var withinKm: Double = 25

    public init() {}

    /// The core's query. Text is trimmed (blank = no text filter); a radius applies only near
    /// a point; types go in a stable order.
    public var query: SearchQuery {
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return SearchQuery(
            near: near,
            withinKm: near == nil ? nil : withinKm,
            day: dayFilter,
            from: from,
            to: to,
            types: types.sorted(),
            online: onlineOnly,
            text: words.isEmpty ? nil : words,
            limit: 100
        )
    }

    private var dayFilter: DayFilter? {
        switch day {
        case .any: return nil
        case .today: return .today
        case .tomorrow: return .tomorrow
        case let .weekday(d): return .weekday(day: d)
        }
    }

    /// A time picker's value as minutes after midnight on the device's calendar.
    public static func minutes(of date: Date, calendar: Calendar = .current) -> UInt16 {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return UInt16((c.hour ?? 0) * 60 + (c.minute ?? 0))
    }
}

/// `CLAuthorizationStatus`, by name.
public enum LocationAuthorization: Equatable, Sendable {
    case notDetermined, restricted, denied, authorizedWhenInUse, authorizedAlways
}

/// What tapping "near me" does. The location is never asked for anywhere else.
public enum NearMeStep: Equatable, Sendable {
    /// Show the OS prompt (when in use only), then locate if granted.
    case askPermission
    case locate
    /// Location is off for Tend: say so and offer the Settings app; search without distance.
    case explainDenied
}

public func nearMeStep(_ authorization: LocationAuthorization) -> NearMeStep {
    switch authorization {
    case .notDetermined: return .askPermission
    case .authorizedWhenInUse, .authorizedAlways: return .locate
    case .denied, .restricted: return .explainDenied
    }
}

/// One result line as the screen shows it.
public struct MeetingRow: Equatable, Sendable, Identifiable {
    /// A record held on three days gives three rows: the id includes the slot.
    public let id: String
    public let meetingId: Int64
    public let name: String
    /// "Tue 19:30" in the meeting's own zone, plus the zone when it is not the device's.
    public let when: String
    /// "1.2 km", or nil without a "near me" search.
    public let distance: String?
    public let place: String?
    public let online: Bool
    /// Already one of the user's groups.
    public let joined: Bool

    public init(_ m: DirectoryMeeting, deviceZone: TimeZone, locale: Locale = .current) {
        id = "\(m.id)-\(m.weekday.map { "\($0)" } ?? "any")-\(m.time ?? "")"
        meetingId = m.id
        name = m.name
        var calendar = Calendar(identifier: .gregorian)
        calendar.locale = locale
        let day = m.weekday.flatMap { d in
            Int(d) < calendar.shortWeekdaySymbols.count ? calendar.shortWeekdaySymbols[Int(d)] : nil
        }
        var when = [day, m.time].compactMap { $0 }.joined(separator: " ")
        if when.isEmpty { when = NSLocalizedString("By appointment", comment: "") }
        if m.timezone != deviceZone.identifier { when = String(format: NSLocalizedString("%@ (%@)", comment: ""), when, m.timezone) }
        self.when = when
        distance = m.distanceKm.map { km in
            km < 10 ? String(format: "%.1f km", locale: locale, km) : String(format: "%.0f km", locale: locale, km)
        }
        place = [m.location, m.address].compactMap { $0 }.first { !$0.isEmpty }
        online = m.onlineUrl != nil || m.onlinePhone != nil
        joined = m.joinedGroupId != nil
    }
}

/// "Starting soon" on SOS: "in 20 min", "now" (keys of App/Localizable.xcstrings).
public func startsIn(minutes: Int64) -> String {
    if minutes <= 0 { return NSLocalizedString("now", comment: "") }
    if minutes < 60 { return String(format: NSLocalizedString("in %lld min", comment: ""), minutes) }
    return String(format: NSLocalizedString("in %lld h %lld min", comment: ""), minutes / 60, minutes % 60)
}
