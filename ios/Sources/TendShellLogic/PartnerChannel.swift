// The live partner channel's mapping (the same as Android's logic/PartnerChannel.kt): what a sync
// did, as the lines the user reads; each link's state (waiting, left, someone else in the room,
// could not reach); a failed call, as the one thing to do next; and the revoke confirmation. What
// is sent and when is the core's (consent, outbox); this file only words its answers.
import Foundation
import TendCore

/// One line on the screen. Names are the user's own people; refusals are the core's messages (no
/// names), worded in the user's language when the line is.
public enum ChannelLine: Equatable, Sendable {
    case devicesChanged(String)
    case sent(String)
    case waiting(String)
    case accepted(String)
    case received(UInt32)
    case undecryptable(UInt32)
    case ignored(String)
    /// Not sent: someone else is in the room. Who, and with which partner.
    case blocked(others: String, partner: String)
    case partnerLeft(String)
    case unreachable(String)
    case refusedInvite(String)
    case notFromPartner(UInt32)
    case linkWaiting(String)
    case linkOthers(String)
    case linkUnreachable(String)
    case revokedNoRoom
    case upToDate
    case offline
    case connectFirst
    case notLinked
    case badMatrixId(Message)
    case badHomeserver(Message)
    case badText(Message)
    case noConsent
    case person(Message)
    case refused(Message)
    case personGone
    case failed
    case revokeConfirm(String)
    case revoked
    case revokedOffline
}

public enum PartnerChannel {
    /// What one sync (or send) did, most urgent first; "up to date" when it did nothing visible.
    /// What could not go and why (someone else in the room, a partner who left, a server out of
    /// reach) comes before what went.
    public static func lines(_ report: SyncReport) -> [ChannelLine] {
        var out: [ChannelLine] = distinct(report.devicesChanged).map { .devicesChanged($0.name) }
        var seen = Set<Int64>()
        for b in report.blocked where seen.insert(b.item.person.id).inserted {
            out.append(.blocked(others: b.others.joined(separator: ", "), partner: b.item.person.name))
        }
        out += distinct(report.partnerLeft.map(\.person)).map { .partnerLeft($0.name) }
        if let names = names(report.unreachable.map(\.person)) { out.append(.unreachable(names)) }
        if let names = names(report.sent.map(\.person)) { out.append(.sent(names)) }
        if let names = names(report.waiting.map(\.person)) { out.append(.waiting(names)) }
        if let names = names(report.accepted) { out.append(.accepted(names)) }
        if let names = names(report.refusedInvites) { out.append(.refusedInvite(names)) }
        if report.received > 0 { out.append(.received(report.received)) }
        if report.undecryptable > 0 { out.append(.undecryptable(report.undecryptable)) }
        if report.notFromPartner > 0 { out.append(.notFromPartner(report.notFromPartner)) }
        if !report.declinedInvites.isEmpty { out.append(.ignored(report.declinedInvites.joined(separator: ", "))) }
        return out.isEmpty ? [.upToDate] : out
    }

    /// Each linked person's room as the last sync found it, for their row: waiting for them to
    /// join, they left, someone else is there, their server could not be reached. Nothing for a
    /// room that works, or none yet.
    public static func linkStatus(_ links: [PartnerLink]) -> [Int64: ChannelLine] {
        var out: [Int64: ChannelLine] = [:]
        for link in links {
            let name = link.person.name
            switch link.state {
            case .waiting: out[link.person.id] = .linkWaiting(name)
            case .left: out[link.person.id] = .partnerLeft(name)
            case let .othersPresent(others): out[link.person.id] = .linkOthers(others.joined(separator: ", "))
            case .unreachable: out[link.person.id] = .linkUnreachable(name)
            case .noRoom, .unchecked, .ready: break
            }
        }
        return out
    }

    /// The standing warning for each linked person whose devices changed (until linked again).
    public static func warnings(_ links: [PartnerLink]) -> [Int64: ChannelLine] {
        var out: [Int64: ChannelLine] = [:]
        for link in links where link.devicesChangedAt != nil {
            out[link.person.id] = .devicesChanged(link.person.name)
        }
        return out
    }

    /// A failed channel call: what to do next.
    public static func error(_ error: Error) -> ChannelLine {
        switch error {
        case TendError.Channel:
            return .offline
        case let TendError.NotFound(what):
            switch what {
            case "Matrix account": return .connectFirst
            case "partner link": return .notLinked
            default: return .personGone
            }
        case let TendError.InvalidInput(field, _, message):
            switch field {
            case "matrix id": return .badMatrixId(message)
            case "homeserver": return .badHomeserver(message)
            case "text": return .badText(message)
            case "consent": return .noConsent
            case "person": return .person(message)
            default: return .refused(message)
            }
        default:
            return .failed
        }
    }

    /// Whether a background sync that failed should be tried again: yes when the network or the
    /// store was not there (the outbox waits); no when nothing is connected or the request was
    /// refused (it would fail the same way).
    public static func retryLater(_ error: Error) -> Bool {
        switch error {
        case TendError.NotFound, TendError.InvalidInput: return false
        default: return true
        }
    }

    /// Asked before revoking: says plainly that what was delivered stays delivered.
    public static func revokeConfirmation(_ person: PersonRef) -> ChannelLine {
        .revokeConfirm(person.name)
    }

    /// After revoking, saying only what was done: rooms left now, on the next sync, or none.
    public static func revoked(_ report: RevokeReport) -> ChannelLine {
        if report.roomsPending > 0 { return .revokedOffline }
        return report.roomsLeft > 0 ? .revoked : .revokedNoRoom
    }

    /// Whether a line warns about who could read what is shared (someone else in the room, devices
    /// that changed): the screen shows those in red; every other line is plain news.
    public static func isWarning(_ line: ChannelLine) -> Bool {
        switch line {
        case .devicesChanged, .blocked, .linkOthers: return true
        default: return false
        }
    }

    /// What the screen says for a line, in the app's language: each sentence is a key of
    /// App/Localizable.xcstrings (`NSLocalizedString` reads it from the app bundle; on Linux,
    /// with no catalog, the key is the English sentence itself); the core's refusals are worded
    /// by `words` (the app's Messages table in the phone's language).
    public static func message(_ line: ChannelLine, words: MessageText = .system()) -> String {
        switch line {
        case let .devicesChanged(name):
            return String(format: NSLocalizedString("%@'s devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.", comment: ""), name)
        case let .sent(names): return String(format: NSLocalizedString("Sent to %@.", comment: ""), names)
        case let .waiting(names):
            return String(format: NSLocalizedString("Waiting for %@ to accept the invitation; Tend sends it once they do.", comment: ""), names)
        case let .accepted(names): return String(format: NSLocalizedString("%@ accepted the invitation.", comment: ""), names)
        case let .received(n): return String(format: NSLocalizedString("%u new messages.", comment: ""), n)
        case let .undecryptable(n): return String(format: NSLocalizedString("%u messages could not be decrypted yet.", comment: ""), n)
        case let .ignored(ids):
            return String(format: NSLocalizedString("Declined invitations from Matrix IDs you have not linked: %@", comment: ""), ids)
        case let .blocked(others, partner):
            return String(format: NSLocalizedString("Not sent to %1$@, to keep it private: someone else is in your shared room (%2$@). To start a fresh room with just the two of you, revoke and link again.", comment: ""), partner, others)
        case let .partnerLeft(name):
            return String(format: NSLocalizedString("%@ left your shared conversation. Link them again to invite them into a new one.", comment: ""), name)
        case let .unreachable(names):
            return String(format: NSLocalizedString("Could not reach the server for %@ just now. Nothing is lost: Tend tries again at the next sync.", comment: ""), names)
        case let .refusedInvite(names):
            return String(format: NSLocalizedString("Tend did not join a room %@ invited you to, because it was not private (not encrypted, or someone else was in it). Your room with them stays as it was.", comment: ""), names)
        case let .notFromPartner(n):
            return String(format: NSLocalizedString("Messages not shown, to keep you safe: %u that used a partner's name but did not come from their own devices.", comment: ""), n)
        case let .linkWaiting(name): return String(format: NSLocalizedString("Waiting for %@ to join your shared room.", comment: ""), name)
        case let .linkOthers(others):
            return String(format: NSLocalizedString("Someone else is in your shared room (%@), so Tend sends nothing there. Revoke and link again for a fresh room with just the two of you.", comment: ""), others)
        case let .linkUnreachable(name):
            return String(format: NSLocalizedString("Could not reach the server for %@ at the last sync. Tend keeps trying.", comment: ""), name)
        case .revokedNoRoom: return NSLocalizedString("Sharing stopped. There was no shared room to leave.", comment: "")
        case .upToDate: return NSLocalizedString("Up to date.", comment: "")
        case .offline: return NSLocalizedString("Offline or the homeserver refused: Tend sends it on the next sync. Nothing was lost.", comment: "")
        case .connectFirst: return NSLocalizedString("Connect to Matrix first.", comment: "")
        case .notLinked: return NSLocalizedString("This person is not linked to a Matrix ID.", comment: "")
        case let .badMatrixId(why): return String(format: NSLocalizedString("Matrix ID: %@", comment: ""), words.string(why))
        case let .badHomeserver(why): return String(format: NSLocalizedString("Homeserver: %@", comment: ""), words.string(why))
        case let .badText(why): return String(format: NSLocalizedString("Message: %@", comment: ""), words.string(why))
        case .noConsent: return NSLocalizedString("The weekly summary is not shared with this person: turn it on above first.", comment: "")
        case let .person(why): return words.string(why)
        case let .refused(why): return String(format: NSLocalizedString("Not changed. %@", comment: ""), words.string(why))
        case .personGone: return NSLocalizedString("This person is no longer in Tend.", comment: "")
        case .failed: return NSLocalizedString("That did not work. Nothing was changed.", comment: "")
        case let .revokeConfirm(name):
            return String(format: NSLocalizedString("Stop sharing with %@? Tend stops sending, drops what is waiting and leaves your room with them. Messages already delivered cannot be recalled: they keep what they have received.", comment: ""), name)
        case .revoked: return NSLocalizedString("Sharing stopped and the room left.", comment: "")
        case .revokedOffline: return NSLocalizedString("Sharing stopped; Tend leaves the room on the next sync.", comment: "")
        }
    }

    private static func distinct(_ people: [PersonRef]) -> [PersonRef] {
        var seen = Set<Int64>()
        return people.filter { seen.insert($0.id).inserted }
    }

    private static func names(_ people: [PersonRef]) -> String? {
        let unique = distinct(people)
        return unique.isEmpty ? nil : unique.map(\.name).joined(separator: ", ")
    }
}
