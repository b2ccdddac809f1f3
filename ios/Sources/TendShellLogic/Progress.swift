// The Progress tab: today's check-in (mood, craving, a private note), goals with their partner and
// target, milestones celebrated when reached, and the log (filtered by kind, a mistaken entry
// removed). Progress, streaks, "at risk", milestones and what counts toward a goal are the
// core's (goalProgress, milestones, checkins); this holds the forms and what was celebrated.
import Foundation
import TendCore

/// The daily check-in: mood 1 (very low) to 5 (very good), craving 0 (none) to 10, a note only
/// the user sees.
public struct DailyCheckinForm: Equatable, Sendable {
    public var mood: UInt8 = 3
    /// nil: not said.
    public var craving: UInt8?
    public var note = ""
    public let key: String

    public init(key: String = "daily-\(UUID().uuidString)") {
        self.key = key
    }

    public func input(zone: String) -> CheckinInput {
        CheckinInput(data: .daily(mood: mood, craving: craving), zone: zone, note: trimmedOrNil(note), idempotencyKey: key, at: nil)
    }

    public func save(_ store: TendStore, zone: String) -> Result<Checkin, Problem> {
        attempt { try store.logCheckin(input: input(zone: zone)) }
    }

    public static let fields = ["mood", "craving", "note"]
}

/// Setting a goal in a network: what it counts, how many per period, and who keeps the user
/// company in it (a partner, optional).
public struct GoalForm: Equatable, Sendable {
    public var networkId: Int64
    public var title = ""
    public var kind: CheckinKind
    /// Only contacts with / thank-yous to this person count (contact and gratitude goals).
    public var personId: Int64?
    /// Only this group's meetings count (meeting goals).
    public var groupId: Int64?
    public var target: UInt32 = 3
    public var period: Period = .week
    public var partnerId: Int64?

    public init(networkId: Int64, kind: CheckinKind) {
        self.networkId = networkId
        self.kind = kind
    }

    public var input: GoalInput {
        GoalInput(networkId: networkId, title: trimmedOrNil(title), kind: kind, personId: personId, groupId: groupId,
                  target: target, period: period, partnerId: partnerId, startDate: nil)
    }

    public func save(_ store: TendStore, zone: String) -> Result<Goal, Problem> {
        attempt { try store.addGoal(input: input, zone: zone) }
    }

    public static let fields = ["title", "goal kind", "target", "person", "group", "partner", "network"]
}

public func removeGoal(_ id: Int64, store: TendStore) -> Result<Void, Problem> {
    attempt { try store.removeGoal(id: id) }
}

/// Milestones are a moment, not only a number: each reached milestone is celebrated once, when
/// the user next opens Progress (or Today) after reaching it. Which milestone is reached is the
/// core's; this remembers which were celebrated.
public enum Celebrations {
    /// The key a reached milestone is remembered by: the network and the milestone's day.
    public static func key(_ report: MilestoneReport) -> String? {
        report.last.map { "\(report.networkId):\($0.date)" }
    }

    /// Reports whose latest milestone was reached and not yet celebrated, in the core's order.
    public static func due(_ reports: [MilestoneReport], celebrated: Set<String>) -> [MilestoneReport] {
        reports.filter { report in key(report).map { !celebrated.contains($0) } ?? false }
    }

    /// Celebrated: remember them (at most the latest per network is kept).
    public static func celebrate(_ reports: [MilestoneReport], in celebrated: Set<String>) -> Set<String> {
        let networks = Set(reports.map { "\($0.networkId):" })
        let kept = celebrated.filter { key in !networks.contains { key.hasPrefix($0) } }
        return kept.union(reports.compactMap(key))
    }
}

/// The log's filter: everything, or one kind of check-in.
public enum LogFilter: Hashable, Sendable {
    case all
    case only(CheckinKind)

    public static var choices: [LogFilter] { [.all] + CheckinKind.allCases.map { .only($0) } }

    public var query: CheckinQuery {
        var kind: CheckinKind?
        if case let .only(k) = self { kind = k }
        return CheckinQuery(kind: kind, personId: nil, groupId: nil, from: nil, to: nil, limit: 200)
    }
}

/// One line of the log, with the names of the person and group it is about (a removed person or
/// group: nil; the entry stays).
public struct LogEntry: Identifiable, Sendable {
    public let checkin: Checkin
    public let person: String?
    public let group: String?

    public var id: Int64 { checkin.id }

    public static func entries(_ checkins: [Checkin], people: [Person], groups: [SupportGroup]) -> [LogEntry] {
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let groupNames = Dictionary(groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return checkins.map { c in
            LogEntry(checkin: c, person: c.personId.flatMap { names[$0] }, group: c.groupId.flatMap { groupNames[$0] })
        }
    }
}

/// Removing a mistaken entry, once the user confirmed.
public func removeLogEntry(_ id: Int64, store: TendStore) -> Result<Void, Problem> {
    attempt { try store.removeCheckin(id: id) }
}
