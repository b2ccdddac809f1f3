// Host (Linux) tests of MessageText: the core's messages worded from the shipped String Catalog
// (ios/App/Messages.xcstrings, through MessageCatalog) in English and German, each argument
// formatted the locale's way, the plural form for the count, and a malformed message shown as its
// key instead of formatted wrongly. What only a device shows: the OS picking the plural form from
// the compiled table (here MessageCatalog's rule stands in for it).
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let catalog = MessageCatalog.shipped
private let utc = TimeZone(identifier: "UTC")!

final class ShellMessageTextTests: XCTestCase {
    func testEveryCoreMessageIsInTheCatalogInEveryLanguage() {
        for id in MessageId.allCases {
            let key = messageKey(id: id)
            for language in ["en", "es", "fr", "pt-BR", "de"] {
                XCTAssertNotEqual(catalog.format(key, language: language), key, "\(key) in \(language)")
            }
        }
    }

    func testAKeepInTouchRequestReadsInThePhonesLanguage() throws {
        let scratch = try ScratchStore()
        let store = scratch.store
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        let sam = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, cadenceDays: 1, networks: [network.id]))
        let plan = try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60)
        let reminder = try XCTUnwrap(plan.notifications.first { $0.kind == .keepInTouch && $0.refers.personIds == [sam.id] })

        let english = ReminderRequests.request(for: reminder, zone: utc, now: Date(), text: catalog.text("en"))
        XCTAssertEqual(english.title, "Reach out to Sam")
        XCTAssertEqual(english.body, "You have not logged a contact yet.")
        let german = ReminderRequests.request(for: reminder, zone: utc, now: Date(), text: catalog.text("de"))
        XCTAssertEqual(german.title, "Melde dich bei Sam")
        XCTAssertEqual(german.body, "Du hast noch keinen Kontakt eingetragen.")
        XCTAssertEqual(german.fingerprint, english.fingerprint, "the core fingerprints for the language it is told")
    }

    func testEverythingTheCorePlansIsWordedInEveryLanguage() throws {
        let scratch = try ScratchStore()
        let store = scratch.store
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        _ = try store.setSetting(key: "checkin_times", value: "08:00")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let since = LocalDay.string(Date().addingTimeInterval(-29 * 86400), calendar: calendar)
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery", since: since))
        _ = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, cadenceDays: 1, networks: [network.id]))
        _ = try store.addPerson(input: PersonInput(name: "Alex", role: .friend, cadenceDays: 1, networks: [network.id]))
        let weekdays = (0...6).map { MeetingInput(weekday: UInt8($0), start: 19 * 60, durationMinutes: 60, timezone: "UTC") }
        _ = try store.addGroup(input: GroupInput(name: "Evening group", kind: .peer, networkId: network.id, meetings: weekdays))
        let notifications = try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).notifications
        XCTAssertTrue(Set(notifications.map(\.kind)).isSuperset(of: [.dailyCheckin, .keepInTouch, .meeting, .milestone]))
        for language in ["en", "es", "fr", "pt-BR", "de"] {
            let text = catalog.text(language)
            for n in notifications {
                for m in [n.title, n.body] {
                    let words = text.string(m)
                    XCTAssertNotEqual(words, messageKey(id: m.id), "\(n.id) in \(language)")
                    XCTAssertFalse(words.contains("%"), "\(words) in \(language)")
                }
            }
        }
    }

    func testAPluralPicksTheFormForTheCount() {
        let english = catalog.text("en", locale: Locale(identifier: "en_US"))
        let german = catalog.text("de", locale: Locale(identifier: "de_DE"))
        let one = message(.reminderKeepInTouchDays, ("days", .number(value: 1)))
        let three = message(.reminderKeepInTouchDays, ("days", .number(value: 3)))
        XCTAssertEqual(english.string(one), "It has been 1 day since you were last in touch.")
        XCTAssertEqual(english.string(three), "It has been 3 days since you were last in touch.")
        XCTAssertEqual(german.string(one), "Dein letzter Kontakt ist 1 Tag her.")
        XCTAssertEqual(german.string(three), "Dein letzter Kontakt ist 3 Tage her.")
        XCTAssertEqual(german.string(message(.milestoneYears, ("years", .number(value: 1)))), "1 Jahr")
        XCTAssertEqual(german.string(message(.milestoneYears, ("years", .number(value: 2)))), "2 Jahre")

        // The count between two other arguments: the rest keep their places.
        let body = message(.reminderMilestoneDaysBody, ("network", .text(value: "Recovery")),
                           ("days", .number(value: 30)), ("since", .date(value: "2026-11-01")))
        XCTAssertEqual(english.string(body), "Recovery: 30 days since November 1, 2026. Worth celebrating.")
        XCTAssertEqual(german.string(body), "Recovery: 30 Tage seit dem 1. November 2026. Ein Grund zum Feiern.")
        let meeting = message(.reminderMeetingMinutes, ("group", .text(value: "Evening group")), ("minutes", .number(value: 1)))
        XCTAssertEqual(english.string(meeting), "Evening group in 1 minute")
        XCTAssertEqual(german.string(meeting), "Evening group beginnt in 1 Minute")
    }

    func testADateIsWrittenTheLocalesWay() {
        let week = message(.reminderGoalWeek, ("count", .number(value: 2)), ("target", .number(value: 3)),
                           ("ends", .date(value: "2026-12-06")))
        XCTAssertEqual(catalog.text("en", locale: Locale(identifier: "en_US")).string(week),
                       "2 of 3 this week. The week ends December 6, 2026; there is still time.")
        XCTAssertEqual(catalog.text("de", locale: Locale(identifier: "de_DE")).string(week),
                       "2 von 3 in dieser Woche. Die Woche endet am 6. Dezember 2026; es bleibt noch Zeit.")
        XCTAssertTrue(catalog.text("es", locale: Locale(identifier: "es_ES")).string(week).contains("6 de diciembre de 2026"))
    }

    func testNumbersTimesAndNamesFollowTheLocale() {
        let german = catalog.text("de", locale: Locale(identifier: "de_DE"))
        let english = catalog.text("en", locale: Locale(identifier: "en_US"))
        let day = message(.reminderGoalDay, ("count", .number(value: 1200)), ("target", .number(value: 1500)))
        XCTAssertEqual(german.string(day), "1.200 von 1.500 heute. Heute bleibt noch Zeit.")
        XCTAssertEqual(english.string(day), "1,200 of 1,500 today. There is still time today.")

        let starts = message(.reminderMeetingBody, ("time", .time(minute: 19 * 60 + 30)))
        XCTAssertEqual(german.string(starts), "Beginnt um 19:30 Uhr (deine Ortszeit).")
        let englishStarts = english.string(starts)
        XCTAssertTrue(englishStarts.hasPrefix("Starts at 7:30") && englishStarts.contains("PM"), englishStarts)

        let names = message(.reminderKeepInTouchManyBody, ("names", .names(values: ["Sam", "Alex", "Jo"])))
        XCTAssertEqual(german.string(names), "Sam, Alex und Jo")
        XCTAssertTrue(english.string(names).hasSuffix("and Jo"))
        let count = message(.reminderKeepInTouchManyTitle, ("count", .number(value: 3)))
        XCTAssertEqual(german.string(count), "Bei 3 Personen melden")
    }

    func testThePlainListFallback() {
        XCTAssertEqual(MessageText.plainList([], language: "de"), "")
        XCTAssertEqual(MessageText.plainList(["Sam"], language: "de"), "Sam")
        XCTAssertEqual(MessageText.plainList(["Sam", "Alex"], language: "de-DE"), "Sam und Alex")
        XCTAssertEqual(MessageText.plainList(["Sam", "Alex", "Jo"], language: "fr"), "Sam, Alex et Jo")
        XCTAssertEqual(MessageText.plainList(["Sam", "Alex", "Jo"], language: "pt-BR"), "Sam, Alex e Jo")
        XCTAssertEqual(MessageText.plainList(["Sam", "Alex", "Jo"], language: "it"), "Sam, Alex and Jo")
    }

    func testTheLanguageIsABCP47Tag() {
        XCTAssertEqual(MessageText(locale: Locale(identifier: "pt_BR"), lookup: { $0 }).language, "pt-BR")
        XCTAssertEqual(MessageText(locale: Locale(identifier: "de"), lookup: { $0 }).language, "de")
        XCTAssertEqual(MessageText.languageTag(Locale(identifier: "en_US@calendar=japanese")), "en-US")
    }

    func testAMalformedMessageIsShownAsItsKey() {
        let english = catalog.text("en")
        // A missing argument, a count that is not a number, a date or time that is not one.
        XCTAssertEqual(english.string(message(.reminderKeepInTouchTitle)), "reminder-keep-in-touch-title")
        XCTAssertEqual(english.string(message(.reminderKeepInTouchDays, ("days", .text(value: "3")))), "reminder-keep-in-touch-days")
        XCTAssertEqual(english.string(message(.reminderKeepInTouchDays)), "reminder-keep-in-touch-days")
        XCTAssertEqual(english.string(message(.reminderGoalWeek, ("count", .number(value: 1)), ("target", .number(value: 2)),
                                              ("ends", .date(value: "2026-13-40")))), "reminder-goal-week")
        XCTAssertEqual(english.string(message(.reminderMeetingBody, ("time", .time(minute: 1440)))), "reminder-meeting-body")

        // A format string the arguments do not fit: a C string, a second argument, a number
        // where a string goes, a trailing percent sign.
        let one = message(.reminderKeepInTouchTitle, ("name", .text(value: "Sam")))
        for format in ["Reach out to %s", "%1$@ and %2$@", "%1$lld", "50%"] {
            XCTAssertEqual(MessageText(locale: Locale(identifier: "en"), lookup: { _ in format }).string(one),
                           "reminder-keep-in-touch-title", format)
        }
        XCTAssertEqual(MessageText(locale: Locale(identifier: "en"), lookup: { _ in "100%% %@" }).string(one), "100% Sam")
        // A plural form missing for the count.
        let noForms = MessageText(locale: Locale(identifier: "en"), lookup: { _ in "%#@days@" }, pluralForm: { _, _, _ in nil })
        XCTAssertEqual(noForms.string(message(.reminderKeepInTouchDays, ("days", .number(value: 2)))), "reminder-keep-in-touch-days")

        // Not in the catalog (an app older than the core): the key, but words the user typed as typed.
        let empty = MessageText(locale: Locale(identifier: "en"), lookup: { $0 })
        XCTAssertEqual(empty.string(one), "reminder-keep-in-touch-title")
        XCTAssertEqual(empty.string(verbatim("Call Sam")), "Call Sam")
        XCTAssertEqual(english.string(verbatim("50% of 3 %@")), "50% of 3 %@", "a typed percent sign is never a format")
    }
}
