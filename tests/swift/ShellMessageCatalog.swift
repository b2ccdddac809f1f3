// A reader of the core's String Catalog (ios/App/Messages.xcstrings, which scripts/test-swift.sh
// copies beside the test binary) standing in
// for what iOS does with the compiled table: the format string of a key in one language, and the
// plural form of a substitution for a count by a simple rule (enough for the shipped languages'
// whole numbers). With it MessageText words the core's messages here exactly as the app will,
// except that the OS picks the plural form there.
import Foundation
import TendCore
import TendShellLogic

final class MessageCatalog: @unchecked Sendable {
    /// The catalog the app ships.
    static let shipped = MessageCatalog(
        json: String(data: FileManager.default.contents(atPath: "Messages.xcstrings") ?? Data(), encoding: .utf8) ?? ""
    )

    private let strings: [String: Any]

    init(json: String) {
        let root = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        strings = root?["strings"] as? [String: Any] ?? [:]
    }

    var keys: [String] { Array(strings.keys) }

    /// The `localizations.<language>` entry of a key.
    private func localization(_ key: String, _ language: String) -> [String: Any]? {
        let entry = strings[key] as? [String: Any]
        return (entry?["localizations"] as? [String: Any])?[language] as? [String: Any]
    }

    private static func value(_ node: Any?) -> String? {
        ((node as? [String: Any])?["stringUnit"] as? [String: Any])?["value"] as? String
    }

    /// The format string of `key` in `language`, or the key (as the OS answers a missing one).
    func format(_ key: String, language: String) -> String {
        MessageCatalog.value(localization(key, language)) ?? key
    }

    /// The wording of substitution `name` of `key` for `count`, `%arg` where the count goes.
    func pluralForm(_ key: String, language: String, substitution name: String, count: Int64) -> String? {
        let substitutions = localization(key, language)?["substitutions"] as? [String: Any]
        let variations = (substitutions?[name] as? [String: Any])?["variations"] as? [String: Any]
        guard let forms = variations?["plural"] as? [String: Any] else { return nil }
        return MessageCatalog.value(forms[MessageCatalog.category(count, language: language)])
            ?? MessageCatalog.value(forms["other"])
    }

    /// CLDR's plural category of a whole number, for the shipped languages: French says "one"
    /// for 0 and 1; Spanish, French and Portuguese "many" for a multiple of a million.
    static func category(_ n: Int64, language: String) -> String {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        if ["es", "fr", "pt"].contains(base), n != 0, n % 1_000_000 == 0 { return "many" }
        if base == "fr" { return n == 0 || n == 1 ? "one" : "other" }
        return n == 1 ? "one" : "other"
    }

    /// A MessageText over this catalog: `language` picks the wording, `locale` formats the
    /// arguments (the language's own by default).
    func text(_ language: String, locale: Locale? = nil) -> MessageText {
        MessageText(locale: locale ?? Locale(identifier: language), lookup: { [self] key in
            format(key, language: language)
        }, pluralForm: { [self] key, name, count in
            pluralForm(key, language: language, substitution: name, count: count)
        })
    }
}

/// Shorthands for messages built by hand.
func message(_ id: MessageId, _ args: (String, ArgValue)...) -> Message {
    Message(id: id, args: args.map { MessageArg(name: $0.0, value: $0.1) })
}

func verbatim(_ text: String) -> Message {
    message(.verbatim, ("text", .text(value: text)))
}
