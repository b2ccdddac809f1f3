// A bundle's Done ("reach out to Sam, Priya or Jo"): the core does not know whom the user
// reached, so it returns the people in `askAbout`; the chooser sheet lists them and logs the
// ones picked with `logBundleContacts`. What to show and what to log is decided here, in plain
// values; the sheet only draws it.
import Foundation
import TendCore

public struct BundleFollowUp: Identifiable, Equatable, Sendable {
    public let notificationId: String
    /// In the order the core named them.
    public let people: [PersonRef]
    public private(set) var picked: Set<Int64> = []

    public var id: String { notificationId }

    /// Only for a Done that asked about people; nil for every other outcome.
    public init?(outcome: ActionOutcome) {
        guard outcome.state == "done", !outcome.askAbout.isEmpty else { return nil }
        notificationId = outcome.id
        people = outcome.askAbout
    }

    public mutating func toggle(_ personId: Int64) {
        guard people.contains(where: { $0.id == personId }) else { return }
        if picked.remove(personId) == nil { picked.insert(personId) }
    }

    public func isPicked(_ personId: Int64) -> Bool { picked.contains(personId) }

    /// The people to log, in the order shown; empty when nobody was picked ("not yet").
    public var personIdsToLog: [Int64] {
        people.map(\.id).filter(picked.contains)
    }

    /// Logs the picked people through `logContacts` (the store's `logBundleContacts`, with the
    /// zone bound). Nobody picked logs nothing and calls nothing.
    public func log(_ logContacts: (String, [Int64]) throws -> [Checkin]) rethrows -> [Checkin] {
        let ids = personIdsToLog
        return ids.isEmpty ? [] : try logContacts(notificationId, ids)
    }
}

/// Bundles marked Done from a notification whose chooser has not been answered yet, oldest
/// first. The app keeps the ids (UserDefaults) and asks the core again (a repeated Done returns
/// the same `askAbout`) when it next comes to the foreground.
public struct FollowUpQueue: Equatable, Sendable {
    public private(set) var ids: [String]

    public init(ids: [String] = []) {
        var seen = Set<String>()
        self.ids = ids.filter { seen.insert($0).inserted }
    }

    public mutating func add(_ id: String) {
        if !ids.contains(id) { ids.append(id) }
    }

    public mutating func remove(_ id: String) {
        ids.removeAll { $0 == id }
    }
}
