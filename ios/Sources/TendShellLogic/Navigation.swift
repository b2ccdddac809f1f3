// Where a tap can take the user: five tabs (Today · People · Meetings · Progress · More; AppTab,
// so as not to clash with SwiftUI's Tab) and the pages pushed inside them, each at most two taps
// from Today. Which screen a tapped notification opens is the core's (notificationOpens, from the
// reminder's id); this only names that screen as a tab and a page.
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
    /// The tab and page for the core's answer.
    public static func destination(_ opens: Opens) -> Destination {
        switch opens {
        case .today: return Destination(.today)
        case let .person(id): return Destination(.person(id))
        case .people: return Destination(.people)
        case .meetings: return Destination(.meetings)
        case .progress: return Destination(.progress)
        }
    }

    /// Where a tap on the notification with this request identifier (the core's occurrence id)
    /// lands; Today for one that is not Tend's.
    public static func destination(notificationId: String) -> Destination {
        destination(notificationOpens(id: notificationId))
    }
}
