// The core's messages in the user's words. The core never writes a sentence for the phone: a
// reminder's title and body, a gap's next step, a milestone's name, a crisis line's name, hours
// and description, a held reminder's reason are each a `Message` (an id and typed arguments).
// Here one becomes text for a locale: the catalog's format string for its id (table "Messages",
// App/Messages.xcstrings, written from the core's Fluent files by scripts/l10n-export.py), its
// arguments formatted the locale's way, then `String(format:locale:arguments:)`.
import Foundation
import TendCore

/// Words a `Message` for one locale.
///
/// Arguments are numbered in the message's argument order (`%1$@`, `%2$@`…): a number is
/// formatted for the locale (`NumberFormatter`, decimal), names are joined the locale's way
/// ("Sam, Alex and Jo"), a date is written long ("6. Dezember 2026"), a time of day short
/// ("19:30", "7:30 PM"), text as it is. Each is passed as a string, except the number a plural
/// message varies by (`messagePluralArg(id:)`), which is passed as an `Int64`: the catalog's
/// plural substitution (`%#@days@`, `%arg` = `lld`) reads it.
///
/// A message whose arguments do not fit its format string (a missing argument, a date that is
/// not a date, an unknown format) is shown as its key, never formatted wrongly or crashed on.
public struct MessageText: Sendable {
    /// The catalog's format string for a key, as `String(format:)` takes it; the key itself
    /// when the catalog has none (as `Bundle.localizedString(forKey:value:table:)` answers).
    public typealias Lookup = @Sendable (_ key: String) -> String
    /// For a catalog read without the OS: the wording of plural substitution `substitution` of
    /// `key` for `count`, with `%arg` where the count goes; nil when there is none.
    public typealias PluralForm = @Sendable (_ key: String, _ substitution: String, _ count: Int64) -> String?

    /// The table the core's messages are in (`Messages.xcstrings`).
    public static let table = "Messages"

    public let locale: Locale
    private let lookup: Lookup
    private let pluralForm: PluralForm?

    /// `pluralForm` nil (the app): the format string is handed to `String(format:)` as the
    /// lookup returned it, and the OS resolves `%#@days@` from the compiled plural variations
    /// while formatting. Given (the host tests): this struct resolves it first.
    public init(locale: Locale, lookup: @escaping Lookup, pluralForm: PluralForm? = nil) {
        self.locale = locale
        self.lookup = lookup
        self.pluralForm = pluralForm
    }

    /// The app's: the compiled "Messages" table of the app bundle, in the phone's locale. The
    /// string the bundle returns for a plural message carries its variations (a stringsdict),
    /// which `String(format:locale:arguments:)` resolves for the count: it is passed on as is.
    public static func system(locale: Locale = .current) -> MessageText {
        MessageText(locale: locale) { key in
            Bundle.main.localizedString(forKey: key, value: nil, table: MessageText.table)
        }
    }

    /// The locale as a BCP 47 tag ("de-DE", "pt-BR"): what the core hears as
    /// `DeviceState.language` (part of each notification's fingerprint) and the calendar
    /// export's language.
    public var language: String {
        MessageText.languageTag(locale)
    }

    /// "de_DE" → "de-DE", "en_US@calendar=japanese" → "en-US"; "" for the root locale.
    public static func languageTag(_ locale: Locale) -> String {
        let base = locale.identifier.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        return base.replacingOccurrences(of: "_", with: "-")
    }

    // MARK: Wording

    /// The message in this locale's words, or its key when it cannot be worded.
    public func string(_ message: Message) -> String {
        let key = messageKey(id: message.id)
        return worded(message, key: key) ?? key
    }

    private func worded(_ message: Message, key: String) -> String? {
        let plural = messagePluralArg(id: message.id)
        var arguments: [CVarArg] = []
        var kinds: [ArgumentKind] = []
        var count: (position: Int, value: Int64)?
        for argument in message.args {
            if let plural, argument.name == plural {
                guard case let .number(value) = argument.value, count == nil else { return nil }
                count = (arguments.count + 1, value)
                arguments.append(value)
                kinds.append(.count)
            } else {
                guard let text = formatted(argument.value) else { return nil }
                arguments.append(NSString(string: text))
                kinds.append(.object)
            }
        }
        if plural != nil, count == nil { return nil }

        var format = lookup(key)
        if format == key {
            // Not in the catalog (an app older than the core): words the user typed are still
            // shown as typed; anything else as its key.
            if message.id == .verbatim, message.args.count == 1, case let .text(text) = message.args[0].value {
                return text
            }
            return nil
        }
        if let pluralForm {
            guard let resolved = MessageText.resolvePlurals(format, key: key, count: count, form: pluralForm) else { return nil }
            format = resolved
        }
        guard MessageText.fits(format, kinds: kinds) else { return nil }
        return String(format: format, locale: locale, arguments: arguments)
    }

    /// One argument as text in this locale; nil when its value is not what its kind promises.
    private func formatted(_ value: ArgValue) -> String? {
        switch value {
        case let .text(text):
            return text
        case let .number(number):
            let formatter = NumberFormatter()
            formatter.locale = locale
            formatter.numberStyle = .decimal
            return formatter.string(from: NSNumber(value: number)) ?? String(number)
        case let .names(names):
            return MessageText.list(names, locale: locale)
        case let .date(day):
            guard let date = MessageText.utcDate(day) else { return nil }
            return dateFormatter(date: .long, time: .none).string(from: date)
        case let .time(minute):
            guard minute < 24 * 60 else { return nil }
            return dateFormatter(date: .none, time: .short).string(from: Date(timeIntervalSince1970: TimeInterval(minute) * 60))
        }
    }

    /// A formatter in this locale that reads and writes UTC: a date argument is a calendar day
    /// and a time argument a wall-clock time already in the user's zone, so no zone shifts them.
    private func dateFormatter(date: DateFormatter.Style, time: DateFormatter.Style) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateStyle = date
        formatter.timeStyle = time
        return formatter
    }

    /// Midnight UTC of a "YYYY-MM-DD" day; nil for anything else.
    static func utcDate(_ day: String) -> Date? {
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let components = DateComponents(year: year, month: month, day: dayOfMonth)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }

    // MARK: Lists

    /// Names joined the locale's way: `ListFormatter` where Foundation has it (Apple), the list
    /// format style of swift-foundation on Linux, else `plainList`.
    public static func list(_ items: [String], locale: Locale) -> String {
        #if canImport(Darwin)
        let formatter = ListFormatter()
        formatter.locale = locale
        return formatter.string(from: items) ?? plainList(items, language: languageTag(locale))
        #elseif canImport(FoundationInternationalization)
        return items.formatted(.list(type: .and).locale(locale))
        #else
        return plainList(items, language: languageTag(locale))
        #endif
    }

    /// "Sam, Alex and Jo" with the shipped languages' word for "and" (English for any other):
    /// the fallback where Foundation has no list formatting.
    public static func plainList(_ items: [String], language: String) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let and: String
        switch language.split(separator: "-").first.map(String.init) ?? "" {
        case "de": and = "und"
        case "es": and = "y"
        case "fr": and = "et"
        case "pt": and = "e"
        default: and = "and"
        }
        return items.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    // MARK: Format strings

    enum ArgumentKind: Equatable {
        /// A string (`%N$@`).
        case object
        /// The plural count, an `Int64` (`%N$lld`, or the OS's `%#@name@`).
        case count
    }

    /// `%#@name@` (or `%N$#@name@`) replaced by its plural form for the count, `%arg` in the
    /// form becoming the count's `%N$lld`. Nil when a substitution has no form or no count.
    static func resolvePlurals(_ format: String, key: String, count: (position: Int, value: Int64)?,
                               form: PluralForm) -> String? {
        var out = ""
        var rest = Substring(format)
        while let percent = rest.firstIndex(of: "%") {
            out += rest[..<percent]
            var cursor = rest.index(after: percent)
            let digits = rest[cursor...].prefix { $0.isASCII && $0.isNumber }
            var position: Int?
            if !digits.isEmpty, rest[digits.endIndex...].first == "$" {
                position = Int(digits)
                cursor = rest.index(after: digits.endIndex)
            }
            if rest[cursor...].hasPrefix("#@") {
                let nameStart = rest.index(cursor, offsetBy: 2)
                guard let nameEnd = rest[nameStart...].firstIndex(of: "@"), let count else { return nil }
                if let position, position != count.position { return nil }
                guard let wording = form(key, String(rest[nameStart ..< nameEnd]), count.value) else { return nil }
                out += wording.replacingOccurrences(of: "%arg", with: "%\(count.position)$lld")
                rest = rest[rest.index(after: nameEnd)...]
            } else {
                // Any other specifier is copied; `%%` whole, so its second `%` starts nothing.
                let end = rest[cursor...].hasPrefix("%") && position == nil ? rest.index(after: cursor) : cursor
                out += rest[percent ..< end]
                rest = rest[end...]
            }
        }
        return out + rest
    }

    /// Whether every specifier of `format` names an argument there is, of the type it reads:
    /// `%@` a string, `%d`/`%ld`/`%lld`/`%qd` the plural count, `%#@name@` a plural count the
    /// OS resolves. Anything else (`%s`, a width, an argument past the end) does not fit.
    static func fits(_ format: String, kinds: [ArgumentKind]) -> Bool {
        var position = 0
        var rest = Substring(format)
        while let percent = rest.firstIndex(of: "%") {
            var cursor = rest.index(after: percent)
            guard cursor < rest.endIndex else { return false }
            if rest[cursor] == "%" {
                rest = rest[rest.index(after: cursor)...]
                continue
            }
            let digits = rest[cursor...].prefix { $0.isASCII && $0.isNumber }
            var index: Int
            if !digits.isEmpty, rest[digits.endIndex...].first == "$", let explicit = Int(digits) {
                index = explicit
                cursor = rest.index(after: digits.endIndex)
            } else {
                position += 1
                index = position
            }
            guard index >= 1, index <= kinds.count else { return false }
            let tail = rest[cursor...]
            if tail.hasPrefix("#@") {
                let nameStart = rest.index(cursor, offsetBy: 2)
                guard let nameEnd = rest[nameStart...].firstIndex(of: "@"), kinds.contains(.count) else { return false }
                rest = rest[rest.index(after: nameEnd)...]
                continue
            }
            if tail.hasPrefix("@") {
                guard kinds[index - 1] == .object else { return false }
                rest = rest[rest.index(after: cursor)...]
                continue
            }
            guard let integer = ["lld", "ld", "qd", "d"].first(where: { tail.hasPrefix($0) }),
                  kinds[index - 1] == .count else { return false }
            rest = rest[rest.index(cursor, offsetBy: integer.count)...]
        }
        return true
    }
}
