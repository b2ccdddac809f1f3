// The Partner screen's decisions: whom it lists, which switches each row shows on and enabled,
// the text Share… hands to the share sheet, and what a refused switch says. The rules (who may
// be a partner, mood only inside the summary, the decline days) are the core's (setConsent,
// partners, partnerPreview); this file only reads what the core answers.
import Foundation
import TendCore

/// One item's switch on a person's row.
public struct ShareToggle: Equatable, Sendable {
    public let item: ShareItem
    public let on: Bool
    public let enabled: Bool
    public let declineDays: UInt32?
}

/// One person on the Partner screen.
public struct PartnerRow: Equatable, Sendable, Identifiable {
    public let id: Int64
    public let name: String
    public let paused: Bool
    public let toggles: [ShareToggle]
}

/// Why a switch did not change: the field the core named and its reason (no personal data).
public enum ShareRefusal: Equatable, Sendable {
    case person(String)
    case item(String)
    case days(String)
    case other(field: String, reason: String)
    case personGone
    case failed
}

public enum PartnerSharing {
    /// The items in the order the screen shows them (the core's ShareItem order).
    public static let items: [ShareItem] = [.summary, .mood, .milestones, .sos, .decline]

    /// Everyone in a network who is not marked to avoid, plus anyone the core still lists as a
    /// partner (a paused one), so stored consent can always be seen and revoked.
    public static func rows(people: [Person], partners: [Partner]) -> [PartnerRow] {
        let byId = Dictionary(partners.map { ($0.person.id, $0) }, uniquingKeysWith: { a, _ in a })
        return people.filter { (!$0.networks.isEmpty && !$0.avoid) || byId[$0.id] != nil }.map { person in
            let partner = byId[person.id]
            let paused = partner?.paused ?? false
            let consents = partner?.consents ?? []
            let summaryOn = consents.contains { $0.item == .summary }
            let toggles = items.map { item -> ShareToggle in
                let consent = consents.first { $0.item == item }
                let on = consent != nil
                // Turning off always works. Turning on: not while paused (the core refuses the
                // person), and mood only once the core lists the summary as shared.
                let enabled = on || (!paused && (item != .mood || summaryOn))
                return ShareToggle(item: item, on: on, enabled: enabled, declineDays: consent?.declineDays)
            }
            return PartnerRow(id: person.id, name: person.name, paused: paused, toggles: toggles)
        }
    }

    /// True when nothing would reach anyone: no consent at all, or only paused partners.
    public static func nothingShared(_ partners: [Partner]) -> Bool {
        !partners.contains { !$0.paused && !$0.consents.isEmpty }
    }

    /// What Share… hands to the share sheet: the summary exactly as previewed, or nil.
    public static func shareText(_ preview: PartnerPreview) -> String? {
        preview.items.first { $0.item == .summary }?.text
    }

    /// The days field as typed: blank leaves the days to the core's default; the range is the
    /// core's to check.
    public static func declineDays(_ field: String) -> UInt32? {
        UInt32(field.trimmingCharacters(in: .whitespaces))
    }

    public static func refusal(_ error: Error) -> ShareRefusal {
        switch error {
        case let TendError.InvalidInput(field, reason):
            switch field {
            case "person": return .person(reason)
            case "item": return .item(reason)
            case "days": return .days(reason)
            default: return .other(field: field, reason: reason)
            }
        case TendError.NotFound:
            return .personGone
        default:
            return .failed
        }
    }

    /// What the screen says for a refusal: the core's reason, which names no one.
    public static func message(_ refusal: ShareRefusal) -> String {
        switch refusal {
        case let .person(reason): return "This person \(reason)."
        case let .item(reason): return "Not changed: \(reason)."
        case let .days(reason): return "Days: \(reason)."
        case let .other(_, reason): return "Not changed: \(reason)."
        case .personGone: return "This person is no longer in Tend."
        case .failed: return "That did not work. Nothing was changed."
        }
    }
}
