// The Partner screen's mapping: the text Share… hands to the share sheet and what a refused
// switch says. Whom the screen lists and which switches can be flipped are the core's
// (partnerRows, by the same rules as setConsent); this file only reads its answers.
import Foundation
import TendCore

/// Why a switch did not change: the field the core named and its message (no personal data).
public enum ShareRefusal: Equatable, Sendable {
    case person(Message)
    case item(Message)
    case days(Message)
    case other(field: String, message: Message)
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
        case let TendError.InvalidInput(field, _, message):
            switch field {
            case "person": return .person(message)
            case "item": return .item(message)
            case "days": return .days(message)
            default: return .other(field: field, message: message)
            }
        case TendError.NotFound:
            return .personGone
        default:
            return .failed
        }
    }

    /// What the screen says for a refusal: the core's message, which names no one, worded by
    /// `words` (the sentences around it are keys of App/Localizable.xcstrings, shared with
    /// PartnerChannel).
    public static func message(_ refusal: ShareRefusal, words: MessageText = .system()) -> String {
        switch refusal {
        case let .person(why): return words.string(why)
        case let .item(why): return String(format: NSLocalizedString("Not changed. %@", comment: ""), words.string(why))
        case let .days(why): return String(format: NSLocalizedString("Days: %@", comment: ""), words.string(why))
        case let .other(_, why): return String(format: NSLocalizedString("Not changed. %@", comment: ""), words.string(why))
        case .personGone: return NSLocalizedString("This person is no longer in Tend.", comment: "")
        case .failed: return NSLocalizedString("That did not work. Nothing was changed.", comment: "")
        }
    }
}
