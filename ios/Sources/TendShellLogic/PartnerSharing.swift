// The Partner screen's mapping: the text Share… hands to the share sheet and what a refused
// switch says. Whom the screen lists and which switches can be flipped are the core's
// (partnerRows, by the same rules as setConsent); this file only reads its answers.
import Foundation
import TendCore

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
    /// True when nothing would reach anyone: no consent at all, or only paused partners.
    public static func nothingShared(_ rows: [PartnerRow]) -> Bool {
        !rows.contains { row in !row.paused && row.toggles.contains(where: \.on) }
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

    /// What the screen says for a refusal: the core's reason, which names no one (the sentences
    /// are keys of App/Localizable.xcstrings, shared with PartnerChannel).
    public static func message(_ refusal: ShareRefusal) -> String {
        switch refusal {
        case let .person(reason): return String(format: NSLocalizedString("This person %@.", comment: ""), reason)
        case let .item(reason): return String(format: NSLocalizedString("Not changed: %@.", comment: ""), reason)
        case let .days(reason): return String(format: NSLocalizedString("Days: %@.", comment: ""), reason)
        case let .other(_, reason): return String(format: NSLocalizedString("Not changed: %@.", comment: ""), reason)
        case .personGone: return NSLocalizedString("This person is no longer in Tend.", comment: "")
        case .failed: return NSLocalizedString("That did not work. Nothing was changed.", comment: "")
        }
    }
}
