// A person's editor: name, role, the support they give, how often to keep in touch, how to reach
// them (call / text / e-mail), when they are glad to be contacted (contact windows), emergency
// contact, and "avoid". What the form holds and what it sends; whether it is valid (a phone
// number, an address, a window, an avoided emergency contact) is the core's refusal, shown next
// to the field it names.
import Foundation
import TendCore

/// One way to reach someone, as a row of the form (blank rows are not sent).
public struct ContactEntry: Hashable, Sendable, Identifiable {
    public let id: UUID
    public var kind: ContactKind
    public var value: String

    public init(kind: ContactKind, value: String = "") {
        id = UUID()
        self.kind = kind
        self.value = value
    }
}

/// One contact window as a row of the form: a day and a time range in the user's local time (an
/// end at or before the start runs past midnight).
public struct WindowEntry: Hashable, Sendable, Identifiable {
    public let id: UUID
    /// 0 = Sunday … 6 = Saturday.
    public var weekday: UInt8
    public var start: UInt16
    public var end: UInt16

    public init(weekday: UInt8, start: UInt16, end: UInt16) {
        id = UUID()
        self.weekday = weekday
        self.start = start
        self.end = end
    }

    public var window: ContactWindow { ContactWindow(weekday: weekday, start: start, end: end) }
}

public struct PersonForm: Equatable, Sendable {
    /// nil: a new person.
    public let id: Int64?
    public var name = ""
    public var role: Role = .friend
    public var support: Set<SupportKind> = []
    public var contacts: [ContactEntry] = []
    /// Keep in touch every this many days; nil: no keep-in-touch reminders.
    public var cadenceDays: UInt32?
    public var windows: [WindowEntry] = []
    public var emergency = false
    public var avoid = false
    public var notes = ""
    public var networks: Set<Int64> = []

    /// A new person in `networks` (the current network, when there is one).
    public init(networks: Set<Int64>) {
        id = nil
        self.networks = networks
    }

    /// An existing person, as stored.
    public init(_ person: Person) {
        id = person.id
        name = person.name
        role = person.role
        support = Set(person.support)
        contacts = person.contacts.map { ContactEntry(kind: $0.kind, value: $0.value) }
        cadenceDays = person.cadenceDays
        windows = person.windows.map { WindowEntry(weekday: $0.weekday, start: $0.start, end: $0.end) }
        emergency = person.emergency
        avoid = person.avoid
        notes = person.notes ?? ""
        networks = Set(person.networks)
    }

    public var isNew: Bool { id == nil }

    /// What the core receives: blank contact rows left out, kinds of support in the core's order.
    public var input: PersonInput {
        let notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return PersonInput(
            name: name,
            role: role,
            support: SupportKind.allCases.filter(support.contains),
            contacts: contacts
                .filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { ContactMethod(kind: $0.kind, value: $0.value) },
            cadenceDays: cadenceDays,
            windows: windows.map(\.window),
            emergency: emergency,
            avoid: avoid,
            notes: notes.isEmpty ? nil : notes,
            networks: networks.sorted()
        )
    }

    /// Adds or replaces the person; the core's refusal names the field.
    public func save(_ store: TendStore) -> Result<Person, Problem> {
        attempt {
            if let id { return try store.updatePerson(id: id, input: input) }
            return try store.addPerson(input: input)
        }
    }

    /// The form's fields, by the names the core's refusals use.
    public enum Field: String, CaseIterable, Sendable {
        case name
        case phone
        case email
        case contact
        case cadence
        case window = "contact window"
        case emergency
        case notes
        case network
    }

    /// Why the core refused `field`, to word under it (`Message.text` in the app).
    public static func message(_ problem: Problem?, for field: Field) -> Message? {
        problem?.message(for: field.rawValue)
    }

    /// A refusal no field shows (a failure, the person gone): for the top of the form.
    public static func general(_ problem: Problem?) -> Problem? {
        problem?.general(besides: Field.allCases.map(\.rawValue))
    }
}

/// Removing someone, once the user confirmed: their past check-ins stay in the log.
public func removePerson(_ id: Int64, store: TendStore) -> Result<Void, Problem> {
    attempt { try store.removePerson(id: id) }
}
