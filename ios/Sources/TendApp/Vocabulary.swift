// The words for the core's closed sets (kinds of support, roles, how a contact happened, group
// kinds, periods, check-in kinds) and the one sentence under a person's name, shared by every
// screen that shows them: in one place, ready to move to a String Catalog. The values and their
// order are the core's (CaseIterable in its declaration order); only the English is here.
import Foundation
import TendCore
import TendShellLogic

extension Message {
    /// The core's message in the phone's language (the "Messages" table: App/Messages.xcstrings,
    /// written from the core's Fluent files), its dates, times, numbers and names formatted for
    /// the phone's locale.
    var text: String { MessageText.system().string(self) }
}

enum SupportWords {
    static func name(_ kind: SupportKind) -> String {
        switch kind {
        case .emotional: return String(localized: "Someone to talk to")
        case .practical: return String(localized: "Practical help")
        case .financial: return String(localized: "Money matters")
        case .accountability: return String(localized: "Accountability")
        case .inspiration: return String(localized: "Inspiration")
        case .professionalGuidance: return String(localized: "Professional help")
        }
    }

    /// A line under the name, for choosing.
    static func detail(_ kind: SupportKind) -> String {
        switch kind {
        case .emotional: return String(localized: "Listening, comfort, being there on a hard day")
        case .practical: return String(localized: "Groceries, a lift, childcare")
        case .financial: return String(localized: "Help with bills, debt or benefits")
        case .accountability: return String(localized: "Someone who checks in and keeps you honest, like a sponsor")
        case .inspiration: return String(localized: "People further along who show it can be done")
        case .professionalGuidance: return String(localized: "A therapist, counselor, doctor or support worker")
        }
    }

    static func importance(_ importance: Importance) -> String {
        switch importance {
        case .essential: return String(localized: "I really need this")
        case .helpful: return String(localized: "Nice to have")
        }
    }
}

enum RoleWords {
    static func name(_ role: Role) -> String {
        switch role {
        case .friend: return String(localized: "Friend")
        case .family: return String(localized: "Family")
        case .peer: return String(localized: "Peer in recovery")
        case .sponsor: return String(localized: "Sponsor or mentor")
        case .therapist: return String(localized: "Therapist")
        case .counselor: return String(localized: "Counselor")
        case .supportWorker: return String(localized: "Support worker")
        case .doctor: return String(localized: "Doctor")
        case .groupFacilitator: return String(localized: "Group facilitator")
        case .other: return String(localized: "Someone else")
        }
    }
}

enum CheckinWords {
    static func channel(_ channel: Channel) -> String {
        switch channel {
        case .call: return String(localized: "A call")
        case .text: return String(localized: "Messages")
        case .meet: return String(localized: "In person")
        case .other: return String(localized: "Some other way")
        }
    }

    static func direction(_ direction: Direction) -> String {
        switch direction {
        case .gave: return String(localized: "I helped them")
        case .received: return String(localized: "They helped me")
        case .both: return String(localized: "We helped each other")
        }
    }

    static func kind(_ kind: CheckinKind) -> String {
        switch kind {
        case .daily: return String(localized: "Daily check-ins")
        case .contact: return String(localized: "Time with people")
        case .meeting: return String(localized: "Meetings")
        case .gratitude: return String(localized: "Thank-yous")
        case .sos: return String(localized: "SOS")
        }
    }

    static func period(_ period: Period) -> String {
        switch period {
        case .day: return String(localized: "a day")
        case .week: return String(localized: "a week")
        case .month: return String(localized: "a month")
        }
    }

    static func mood(_ mood: UInt8) -> String {
        switch mood {
        case 1: return String(localized: "Very low")
        case 2: return String(localized: "Low")
        case 3: return String(localized: "Okay")
        case 4: return String(localized: "Good")
        default: return String(localized: "Very good")
        }
    }
}

enum GroupWords {
    static func kind(_ kind: GroupKind) -> String {
        switch kind {
        case .twelveStep: return String(localized: "Twelve-step")
        case .smart: return String(localized: "SMART Recovery")
        case .peer: return String(localized: "Peer support")
        case .therapyGroup: return String(localized: "Therapy group")
        case .other: return String(localized: "Other")
        }
    }
}

enum DayWords {
    /// 0 = Sunday, in the phone's language.
    static func weekday(_ day: UInt8) -> String {
        let symbols = Calendar.current.weekdaySymbols
        return Int(day) < symbols.count ? symbols[Int(day)] : "?"
    }

    static func time(_ minutes: UInt16) -> String {
        ClockTime.date(minutes: minutes).formatted(date: .omitted, time: .shortened)
    }
}

enum PeopleWords {
    /// The sentence under a name: where the user stands with them, warmly, never a score. The
    /// numbers are the core's (peopleOverview).
    static func standing(name: String, _ summary: PersonSummary?) -> String {
        guard let summary else { return String(localized: "A good day to reach out to \(name)") }
        let since = summary.daysSinceContact
        switch summary.standing {
        case .avoided:
            return String(localized: "You're keeping your distance. Tend won't suggest them.")
        case .overdue, .dueToday:
            if let since, since > 1 { return String(localized: "You haven't talked to \(name) in \(since) days") }
            if since == 1 { return String(localized: "You last talked to \(name) yesterday") }
            return String(localized: "A good day to reach out to \(name)")
        case .soon:
            let due = summary.dueInDays ?? 1
            return due <= 1
                ? String(localized: "Reach out to \(name) tomorrow")
                : String(localized: "Reach out to \(name) in the next \(due) days")
        case .fine, .noRhythm:
            switch since {
            case nil: return String(localized: "No talk logged yet")
            case 0?: return String(localized: "You talked today")
            case 1?: return String(localized: "You talked yesterday")
            case let days?: return String(localized: "You talked \(days) days ago")
            }
        }
    }
}
