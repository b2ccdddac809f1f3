// Where a tap can take the user: five tabs (Today · People · Meetings · Progress · More; AppTab,
// so as not to clash with SwiftUI's Tab) and the pages pushed inside them, each at most two taps
// from Today. A notification tap lands on the
// page its reminder is about: the reminder says what it refers to (the core's `refers`), and
// this names the page once, when the request is made, so the tap needs no parsing of ids.
import Foundation
import TendCore

public enum AppTab: String, Hashable, CaseIterable, Sendable {
    case today, people, meetings, progress, more
}

/// A page pushed on a tab's navigation stack.
public enum Route: Hashable, Sendable {
    case person(Int64)
    /// A new person (nil) or an existing one.
    case editPerson(Int64?)
    case needs
    case findMeeting
    case meetingLists
    /// A new group (nil) or an existing one.
    case editGroup(Int64?)
    case addGoal
    case log
    case networks
    case settings
    case partner
    case data
    case about
}

/// A tab and the page on it (nil: the tab's first screen).
public struct Destination: Hashable, Sendable {
    public let tab: AppTab
    public let route: Route?

    public init(_ tab: AppTab, _ route: Route? = nil) {
        self.tab = tab
        self.route = route
    }

    /// Which tab a page lives on.
    public init(_ route: Route) {
        switch route {
        case .person, .editPerson, .needs: tab = .people
        case .findMeeting, .meetingLists, .editGroup: tab = .meetings
        case .addGoal, .log: tab = .progress
        case .networks, .settings, .partner, .data, .about: tab = .more
        }
        self.route = route
    }
}

public enum NotificationTap {
    /// The `userInfo` key holding where a tap on the notification opens.
    public static let openKey = "tend.open"

    /// Where a tap on this reminder lands: a reminder about one person → their page (keep in
    /// touch, a thank-you, a goal about them); several people → the People list; a meeting →
    /// Meetings; the daily check-in, a goal or a milestone → Progress.
    public static func destination(kind: ReminderKind, refers: Refers) -> Destination {
        switch kind {
        case .keepInTouch, .gratitude:
            return refers.personIds.count == 1 ? Destination(.person(refers.personIds[0])) : Destination(.people)
        case .meeting:
            return Destination(.meetings)
        case .goal:
            return refers.personIds.count == 1 ? Destination(.person(refers.personIds[0])) : Destination(.progress)
        case .dailyCheckin, .milestone:
            return Destination(.progress)
        }
    }

    /// The text kept in `userInfo[openKey]`: "person:12", "people", "meetings", "progress".
    public static func encode(_ destination: Destination) -> String {
        if case let .person(id)? = destination.route { return "person:\(id)" }
        return destination.tab.rawValue
    }

    /// Where a tapped notification opens; Today for one made before this was kept, or unknown.
    public static func decode(_ value: Any?) -> Destination {
        guard let text = value as? String else { return Destination(.today) }
        if text.hasPrefix("person:"), let id = Int64(text.dropFirst("person:".count)) {
            return Destination(.person(id))
        }
        return AppTab(rawValue: text).map { Destination($0) } ?? Destination(.today)
    }
}
