// The People list and a person's page. Order, days since contact, when someone is due and where
// they stand are the core's (peopleOverview, personPage); this groups the rows under headings
// without reordering them, turns contact methods into call / text / e-mail links (the core makes
// phone links), and builds the check-ins "log a contact" and "say thank you" send.
import Foundation
import TendCore

/// The headings of the People list, in the order the core's ranking gives.
public enum PeopleSection: Hashable, Sendable, CaseIterable {
    /// Overdue, due today, due soon.
    case reachOut
    /// A rhythm that is not due yet, or no rhythm.
    case everyone
    /// People the user keeps their distance from.
    case distance

    public init(_ standing: Standing) {
        switch standing {
        case .overdue, .dueToday, .soon: self = .reachOut
        case .fine, .noRhythm: self = .everyone
        case .avoided: self = .distance
        }
    }

    /// The core's list under its headings, each in the core's order; empty headings left out.
    public static func group(_ people: [PersonSummary]) -> [(section: PeopleSection, people: [PersonSummary])] {
        allCases.compactMap { section in
            let rows = people.filter { PeopleSection($0.standing) == section }
            return rows.isEmpty ? nil : (section, rows)
        }
    }
}

/// A way to reach someone from their page.
public enum ReachLink: Hashable, Sendable {
    case call(label: String, url: String)
    case text(label: String, url: String)
    case email(label: String, url: String)

    public var url: String {
        switch self {
        case let .call(_, url), let .text(_, url), let .email(_, url): return url
        }
    }

    /// Call and Text for each phone number (the core's links: separators dropped), Write for each
    /// address; other contact methods are shown as they are, without a link.
    public static func links(_ contacts: [ContactMethod]) -> [ReachLink] {
        contacts.flatMap { method -> [ReachLink] in
            switch method.kind {
            case .phone:
                return [
                    phoneLink(number: method.value, kind: .call).map { .call(label: method.value, url: $0) },
                    phoneLink(number: method.value, kind: .text).map { .text(label: method.value, url: $0) },
                ].compactMap { $0 }
            case .email:
                let address = method.value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? method.value
                return [.email(label: method.value, url: "mailto:\(address)")]
            case .other:
                return []
            }
        }
    }
}

/// What a person's page shows beyond the core's record.
public struct PersonPageLayout: Sendable {
    public let page: PersonPage
    public let links: [ReachLink]
    /// Contact methods without a link (a handle, a room), shown as text.
    public let otherContacts: [String]

    public init(_ page: PersonPage) {
        self.page = page
        links = ReachLink.links(page.summary.person.contacts)
        otherContacts = page.summary.person.contacts.filter { $0.kind == .other }.map(\.value)
    }

    public var person: Person { page.summary.person }

    /// They set contact windows and none is open now: the page says when they are glad to hear
    /// from you before the call buttons.
    public var outsideTheirWindow: Bool {
        !page.windowOpenNow && !person.windows.isEmpty
    }

    /// "Log a contact" and "Say thank you" are offered for everyone but people the user avoids.
    public var offersContact: Bool { !person.avoid }
}

/// "Log a contact" with someone: how it happened and which way support went.
public struct ContactLogForm: Equatable, Sendable {
    public let personId: Int64
    public var channel: Channel = .call
    public var direction: Direction = .both
    /// Optional: what kind of support it was.
    public var support: SupportKind?
    public var note = ""
    /// One key per form shown: a double tap logs once.
    public let key: String

    public init(personId: Int64, key: String = "contact-\(UUID().uuidString)") {
        self.personId = personId
        self.key = key
    }

    public func input(zone: String) -> CheckinInput {
        CheckinInput(data: .contact(personId: personId, channel: channel, direction: direction, support: support),
                     zone: zone, note: trimmedOrNil(note), idempotencyKey: key, at: nil)
    }

    public func save(_ store: TendStore, zone: String) -> Result<Checkin, Problem> {
        attempt { try store.logCheckin(input: input(zone: zone)) }
    }
}

/// "Say thank you": a gratitude to someone, in the user's words (the core asks for them).
public struct GratitudeForm: Equatable, Sendable {
    public let personId: Int64
    public var note = ""
    public let key: String

    public init(personId: Int64, key: String = "gratitude-\(UUID().uuidString)") {
        self.personId = personId
        self.key = key
    }

    public func input(zone: String) -> CheckinInput {
        CheckinInput(data: .gratitude(personId: personId), zone: zone, note: trimmedOrNil(note), idempotencyKey: key, at: nil)
    }

    public func save(_ store: TendStore, zone: String) -> Result<Checkin, Problem> {
        attempt { try store.logCheckin(input: input(zone: zone)) }
    }
}

func trimmedOrNil(_ text: String) -> String? {
    let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return t.isEmpty ? nil : t
}
