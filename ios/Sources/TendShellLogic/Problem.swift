// What a screen shows when the core refuses or fails: the core's typed error, kept as the field it
// names and why (a `Message`, worded in the user's language by `MessageText`), so a form can put
// the reason next to that field. The rules (what is valid, and why not) are the core's; this
// only reads its answer.
import Foundation
import TendCore

/// Why a call did not change anything.
public enum Problem: Error, Equatable, Sendable {
    /// `TendError.InvalidInput`: the core's field name ("name", "phone", "contact window",
    /// "target", "quiet_hours"…) and why, as the core's message (a `refusal-*` id with its
    /// arguments), which names no one and quotes nothing the user typed.
    case invalid(field: String, message: Message)
    /// The thing was removed meanwhile (another screen, a restore).
    case gone
    /// The store could not be read or written; nothing was changed.
    case failed

    public init(_ error: Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let TendError.InvalidInput(field, _, message):
            self = .invalid(field: field, message: message)
        case TendError.NotFound:
            self = .gone
        default:
            self = .failed
        }
    }

    /// The core's message when it names one of `fields`, for the line under that field.
    public func message(for fields: String...) -> Message? {
        guard case let .invalid(field, message) = self, fields.contains(field) else { return nil }
        return message
    }

    /// That message in the user's words (`words`: the app's catalog in the phone's language).
    public func reason(for fields: String..., words: MessageText = .system()) -> String? {
        guard case let .invalid(field, message) = self, fields.contains(field) else { return nil }
        return words.string(message)
    }

    /// The reason when it names none of `fields`: shown at the top of the form instead.
    public func general(besides fields: [String]) -> Problem? {
        if case let .invalid(field, _) = self, fields.contains(field) { return nil }
        return self
    }
}

/// Runs one core call and keeps its error as a `Problem`.
public func attempt<T>(_ call: () throws -> T) -> Result<T, Problem> {
    do {
        return .success(try call())
    } catch {
        return .failure(Problem(error))
    }
}

/// Minutes after midnight as "HH:MM", the text form the core's settings take and show.
public func hhmm(_ minutes: UInt16) -> String {
    String(format: "%02d:%02d", Int(minutes) / 60 % 24, Int(minutes) % 60)
}

/// A time picker's value ↔ minutes after midnight, on the device's calendar.
public enum ClockTime {
    public static func minutes(of date: Date, calendar: Calendar = .current) -> UInt16 {
        MeetingSearchForm.minutes(of: date, calendar: calendar)
    }

    /// Today at `minutes` on `calendar`, for a picker's initial value.
    public static func date(minutes: UInt16, calendar: Calendar = .current, now: Date = Date()) -> Date {
        calendar.date(bySettingHour: Int(minutes) / 60 % 24, minute: Int(minutes) % 60, second: 0, of: now) ?? now
    }
}
