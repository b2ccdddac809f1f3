// Networks: which one the People tab shows (kept in memory, default the first in the core's
// order; "All networks" is nil where the core takes an optional network), the add / rename form,
// and removing one only after saying what goes with it (the core's `networkRemoval`).
import Foundation
import TendCore

/// The network the People tab and the forms work in.
public enum NetworkScope: Hashable, Sendable {
    case all
    case one(Int64)

    /// What the core takes: nil for all networks.
    public var id: Int64? {
        if case let .one(id) = self { return id }
        return nil
    }

    /// The user's choice while it still exists; otherwise (never chosen, or removed) the first
    /// network as the core orders them; all networks when there is none.
    public static func resolve(_ chosen: NetworkScope?, networks: [Network]) -> NetworkScope {
        switch chosen {
        case .all?:
            return .all
        case let .one(id)? where networks.contains(where: { $0.id == id }):
            return .one(id)
        default:
            return networks.first.map { .one($0.id) } ?? .all
        }
    }
}

/// A local day as the core's dates are written ("2026-03-09"), on the device's calendar.
public enum LocalDay {
    public static func string(_ date: Date, calendar: Calendar = .current) -> NaiveDate {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The core's "YYYY-MM-DD" as a date at noon on `calendar` (for a picker), nil if malformed.
    public static func date(_ day: NaiveDate, calendar: Calendar = .current) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }
}

/// Adding or renaming a network.
public struct NetworkForm: Equatable, Sendable {
    public let id: Int64?
    public var name: String
    /// What the user is working on, in their words (optional).
    public var focus: String
    /// The day they started: milestones count from it (optional).
    public var since: NaiveDate?

    public init(_ network: Network? = nil) {
        id = network?.id
        name = network?.name ?? ""
        focus = network?.focus ?? ""
        since = network?.since
    }

    public var input: NetworkInput {
        let focus = focus.trimmingCharacters(in: .whitespacesAndNewlines)
        return NetworkInput(name: name, focus: focus.isEmpty ? nil : focus, since: since)
    }

    /// Adds or renames; a blank or taken name is the core's refusal ("network name").
    public func save(_ store: TendStore) -> Result<Network, Problem> {
        attempt {
            if let id { return try store.updateNetwork(id: id, input: input) }
            return try store.addNetwork(input: input)
        }
    }

    /// The fields the core's refusals can name on this form.
    public static let fields = ["network name", "focus", "since"]
}

/// Removing a network, in two steps: first what goes with it and what stays (the core counts
/// them, changing nothing), said in the confirmation; only the confirmed one is removed.
public struct NetworkRemovalConfirmation: Equatable, Sendable {
    public let removal: NetworkRemoval

    /// Step one: what the confirmation says.
    public static func ask(_ id: Int64, store: TendStore) -> Result<NetworkRemovalConfirmation, Problem> {
        attempt { NetworkRemovalConfirmation(removal: try store.networkRemoval(id: id)) }
    }

    /// Step two, after the user confirmed: the network with its needs and goals goes; its people
    /// and groups stay.
    public func confirm(_ store: TendStore) -> Result<Void, Problem> {
        attempt { try store.removeNetwork(id: removal.network.id) }
    }

    /// The network the People tab shows after the removal (the current one if it was another).
    public func scope(after current: NetworkScope, networks: [Network]) -> NetworkScope {
        NetworkScope.resolve(current == .one(removal.network.id) ? nil : current, networks: networks)
    }
}
