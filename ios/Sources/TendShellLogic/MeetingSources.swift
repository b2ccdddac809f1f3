// "Find a meeting"'s decisions about public meeting lists (the same as Android's
// logic/MeetingSources.kt): which lists to offer for where the user is (the core filters the
// catalog by area on the phone; the position is never sent), when a list needs a place first, the
// "updated 3 days ago" line, a failed refresh in plain words, the sentence about what the list's
// server learns, and when the background refresh may run.
import Foundation
import TendCore

/// How long ago, in the largest whole unit.
public enum Ago: Equatable, Sendable {
    case justNow
    case minutes(Int64)
    case hours(Int64)
    case days(Int64)

    public init(from at: Date, to now: Date) {
        let minutes = max(0, Int64(now.timeIntervalSince(at) / 60))
        switch minutes {
        case 0: self = .justNow
        case 1 ..< 60: self = .minutes(minutes)
        case 60 ..< 1440: self = .hours(minutes / 60)
        default: self = .days(minutes / 1440)
        }
    }
}

/// One line about a list, for the screen to word.
public enum SourceLine: Equatable, Sendable {
    case neverUpdated
    case updated(Ago)
    /// The failure, and when the attempt was.
    case failed(FetchFailure, Ago?)
    /// Before the first fetch: the site learns that someone looked at its list.
    case revealsList(String)
    /// Before the first fetch of a list asked by area: the server learns a ~50 km area.
    case revealsArea(String)
    /// The core's message saying why the list cannot be had.
    case addFailed(Message)
    case badZone
    case gone
    case failedOther
}

/// How the background refresh may use the network, as the user chose.
public enum RefreshNetwork: Sendable {
    case wifiOnly, any
}

public enum MeetingSources {
    /// At most one background refresh a day.
    public static let refreshEvery: TimeInterval = 86_400

    /// The user's lists (in use, with their freshness) and those offered for this place.
    public static func offer(_ sources: [MeetingSource]) -> (inUse: [MeetingSource], nearby: [MeetingSource]) {
        (sources.filter { $0.status != nil }, sources.filter { $0.status == nil })
    }

    /// An NA list asked by area (BMLT without a service body) needs a place before its first use.
    public static func needsPlace(_ s: MeetingSource) -> Bool {
        s.kind == .bmlt && s.service == nil && s.status?.cell == nil
    }

    /// "Updated 3 days ago", or "not updated yet".
    public static func freshness(_ s: MeetingSource, now: Date) -> SourceLine {
        guard let at = s.status?.fetchedAt else { return .neverUpdated }
        return .updated(Ago(from: at, to: now))
    }

    /// The last refresh's failure, with when; nil after a success.
    public static func failure(_ s: MeetingSource, now: Date) -> SourceLine? {
        guard let status = s.status, let f = status.failure else { return nil }
        return .failed(f, status.checkedAt.map { Ago(from: $0, to: now) })
    }

    /// What the list's server will learn, shown before the first fetch.
    public static func whatServerLearns(_ s: MeetingSource) -> SourceLine {
        s.kind == .bmlt && s.service == nil ? .revealsArea(s.name) : .revealsList(s.name)
    }

    /// A failed add: the core's words for a list that cannot be had, else what to fix.
    public static func addError(_ error: Error) -> SourceLine {
        switch error {
        case let TendError.InvalidInput(field, _, message):
            return field == "timezone" ? .badZone : .addFailed(message)
        case TendError.NotFound:
            return .gone
        default:
            return .failedOther
        }
    }

    /// Whether the background refresh may run now: a day since the last, on an allowed network.
    public static func backgroundRefreshDue(lastRun: Date?, now: Date, network: RefreshNetwork, onWifi: Bool) -> Bool {
        if network == .wifiOnly, !onWifi { return false }
        guard let last = lastRun else { return true }
        return now.timeIntervalSince(last) >= refreshEvery
    }
}
