// The user's own groups: the editor (name, kind, network, where, weekly meetings in the group's
// own zone), "I went" by hand, and leaving or removing one. When meetings happen and when they
// are reminded are the core's (the planner, in the meeting's zone; the lead time is a setting).
import Foundation
import TendCore

/// One weekly meeting as a row of the group's editor.
public struct MeetingEntry: Hashable, Sendable, Identifiable {
    public let id: UUID
    /// 0 = Sunday … 6 = Saturday; nil with no start: by appointment.
    public var weekday: UInt8?
    public var start: UInt16?
    public var durationMinutes: UInt32
    /// The IANA zone the meeting keeps wherever the user travels.
    public var timezone: String

    public init(weekday: UInt8?, start: UInt16?, durationMinutes: UInt32 = 60, timezone: String) {
        id = UUID()
        self.weekday = weekday
        self.start = start
        self.durationMinutes = durationMinutes
        self.timezone = timezone
    }

    public var input: MeetingInput {
        MeetingInput(weekday: weekday, start: start, durationMinutes: durationMinutes, timezone: timezone)
    }
}

public struct GroupForm: Equatable, Sendable {
    public let id: Int64?
    public var name = ""
    public var kind: GroupKind = .twelveStep
    public var networkId: Int64?
    public var address = ""
    public var onlineUrl = ""
    public var onlinePhone = ""
    public var notes = ""
    public var meetings: [MeetingEntry] = []
    public var members: [Int64] = []
    /// Kept as they are (a group joined from a meeting list carries them).
    private var types: [String] = []
    private var feedSlug: String?

    /// A new group in `networkId`.
    public init(networkId: Int64?) {
        id = nil
        self.networkId = networkId
    }

    public init(_ group: SupportGroup) {
        id = group.id
        name = group.name
        kind = group.kind
        networkId = group.networkId
        address = group.address ?? ""
        onlineUrl = group.onlineUrl ?? ""
        onlinePhone = group.onlinePhone ?? ""
        notes = group.notes ?? ""
        meetings = group.meetings.map {
            MeetingEntry(weekday: $0.weekday, start: $0.start, durationMinutes: $0.durationMinutes, timezone: $0.timezone)
        }
        members = group.members
        types = group.types
        feedSlug = group.feedSlug
    }

    /// A new weekly meeting row: in the zone of the group's other meetings, else the device's.
    public func newMeeting(deviceZone: TimeZone) -> MeetingEntry {
        MeetingEntry(weekday: 1, start: 19 * 60, timezone: meetings.last?.timezone ?? deviceZone.identifier)
    }

    public var input: GroupInput {
        GroupInput(name: name, kind: kind, networkId: networkId, address: trimmedOrNil(address),
                   onlineUrl: trimmedOrNil(onlineUrl), onlinePhone: trimmedOrNil(onlinePhone), notes: trimmedOrNil(notes),
                   types: types, feedSlug: feedSlug, meetings: meetings.map(\.input), members: members)
    }

    public func save(_ store: TendStore) -> Result<SupportGroup, Problem> {
        attempt {
            if let id { return try store.updateGroup(id: id, input: input) }
            return try store.addGroup(input: input)
        }
    }

    /// The form's fields, by the names the core's refusals use.
    public static let fields = ["group name", "address", "online url", "online phone", "notes", "meeting",
                                "meeting weekday", "meeting start", "meeting duration", "meeting time zone", "network",
                                "member"]
}

public enum GroupActions {
    /// "I went": a meeting of this group attended, logged by hand (once per key).
    public static func attended(_ groupId: Int64, zone: String, key: String, store: TendStore) -> Result<Checkin, Problem> {
        attempt {
            try store.logCheckin(input: CheckinInput(data: .meeting(groupId: groupId), zone: zone, note: nil,
                                                     idempotencyKey: key, at: nil))
        }
    }

    /// Whether this group came from a meeting list: then it is left (and found in the list
    /// again), otherwise removed. Either way its past attendance stays in the log.
    public static func joinedFromList(_ group: SupportGroup) -> Bool {
        group.listed != nil
    }

    public static func remove(_ group: SupportGroup, store: TendStore) -> Result<Void, Problem> {
        attempt {
            if joinedFromList(group) {
                try store.leaveDirectoryGroup(groupId: group.id)
            } else {
                try store.removeGroup(id: group.id)
            }
        }
    }
}
