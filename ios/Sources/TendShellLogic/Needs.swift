// Needs and gaps: each need of a network, who covers it, and for a gap the core's next step (who
// covers what, and what to do about a gap, are the core's `coverage`). Here: which kinds can
// still be added to a network, and the form that sets one.
import Foundation
import TendCore

public enum NeedsList {
    /// The kinds of support a network does not ask for yet, in the core's order.
    public static func addable(_ coverage: [Coverage], networkId: Int64) -> [SupportKind] {
        let set = Set(coverage.filter { $0.need.networkId == networkId }.map(\.need.kind))
        return SupportKind.allCases.filter { !set.contains($0) }
    }

    /// How many needs nobody covers, for the heading (the rows stay in the core's order).
    public static func gapCount(_ coverage: [Coverage]) -> Int {
        coverage.filter { $0.coveredBy.isEmpty }.count
    }
}

/// Setting (or changing) one need of a network.
public struct NeedForm: Equatable, Sendable {
    public let networkId: Int64
    public var kind: SupportKind
    public var importance: Importance = .essential
    public var note = ""

    public init(networkId: Int64, kind: SupportKind) {
        self.networkId = networkId
        self.kind = kind
    }

    public init(_ need: Need) {
        networkId = need.networkId
        kind = need.kind
        importance = need.importance
        note = need.note ?? ""
    }

    public func save(_ store: TendStore) -> Result<Need, Problem> {
        attempt { try store.setNeed(networkId: networkId, kind: kind, importance: importance, note: trimmedOrNil(note)) }
    }
}

public func removeNeed(_ need: Need, store: TendStore) -> Result<Void, Problem> {
    attempt { try store.removeNeed(networkId: need.networkId, kind: need.kind) }
}
