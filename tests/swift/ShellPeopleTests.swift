// Host (Linux) tests of the iOS People screens against the real core: the editor's form
// (contact windows, emergency, avoid, refusals next to their field), a contact window refusing
// a keep-in-touch reminder outside it (and one inside quiet hours held back), the People list
// under its headings in the core's order, a person's page (links, "outside their window", log a
// contact, say thank you), needs and gaps, and removal.
import Foundation
import TendCore
import TendShellLogic
import XCTest

final class ShellPeopleTests: XCTestCase {
    private var scratch: ScratchStore!
    private var store: TendStore { scratch.store }
    private var networkId: Int64 = 0

    override func setUpWithError() throws {
        scratch = try ScratchStore()
        networkId = try store.addNetwork(input: NetworkInput(name: "Recovery", focus: nil, since: nil)).id
        // Quiet hours off unless a test sets them: windows alone decide when Tend reminds.
        _ = try store.setSetting(key: "quiet_hours", value: "off")
    }

    override func tearDownWithError() throws {
        scratch = nil
    }

    private func sam(windows: [WindowEntry], cadence: UInt32? = 1) throws -> Person {
        var form = PersonForm(networks: [networkId])
        form.name = "Sam"
        form.role = .sponsor
        form.cadenceDays = cadence
        form.windows = windows
        form.contacts = [ContactEntry(kind: .phone, value: "+1 (555) 010-0199"), ContactEntry(kind: .email, value: "sam@example.org"),
                         ContactEntry(kind: .phone, value: "  ")]
        return try form.save(store).get()
    }

    private func keepInTouch(_ person: Int64) throws -> [ReminderNotification] {
        try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).notifications
            .filter { $0.kind == .keepInTouch && $0.refers.personIds.contains(person) }
    }

    func testAContactWindowRefusesAReminderOutsideItAndOneInsideQuietHoursIsHeld() throws {
        // Sam is glad to hear from you 18:00–20:00 on every day.
        let evenings = (0..<7).map { WindowEntry(weekday: UInt8($0), start: 18 * 60, end: 20 * 60) }
        let person = try sam(windows: evenings)
        XCTAssertEqual(person.windows.count, 7)
        XCTAssertEqual(person.contacts.count, 2, "the blank row is not sent")
        let reminders = try keepInTouch(person.id)
        XCTAssertFalse(reminders.isEmpty, "a daily rhythm is reminded")
        for reminder in reminders {
            let clock = utcClock(reminder.fireAt)
            XCTAssertTrue((18 * 60..<20 * 60).contains(clock.minute), "\(reminder.localTime) is outside Sam's window")
        }

        // Windows that fall entirely inside quiet hours: no reminder, and the plan says why.
        var form = PersonForm(try store.person(id: person.id))
        form.windows = (0..<7).map { WindowEntry(weekday: UInt8($0), start: 23 * 60, end: 23 * 60 + 30) }
        _ = try form.save(store).get()
        _ = try SettingChange.quietHours(start: 22 * 60, end: 7 * 60).apply(store).get()
        XCTAssertTrue(try keepInTouch(person.id).isEmpty)
        let held = try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).held
        XCTAssertTrue(held.contains { $0.refers.personIds == [person.id] && $0.reason.id == .heldContactWindowsQuiet })
        let reason = try XCTUnwrap(held.first { $0.refers.personIds == [person.id] }?.reason)
        XCTAssertTrue(MessageCatalog.shipped.text("en").string(reason).contains("quiet hours"))

        // A window the core cannot take is refused next to the window field.
        form.windows = [WindowEntry(weekday: 1, start: 9 * 60, end: 9 * 60)]
        let refused = form.save(store)
        guard case let .failure(problem) = refused else { return XCTFail("a window of no length was stored") }
        XCTAssertEqual(PersonForm.message(problem, for: .window)?.id, .refusalWindowTimes)
        XCTAssertNil(PersonForm.general(problem))
    }

    func testARefusalIsWordedInThePhonesLanguageNextToItsFieldAndQuotesNothingTyped() throws {
        var form = PersonForm(networks: [networkId])
        form.name = String(repeating: "Jude ", count: 30)
        guard case let .failure(problem) = form.save(store) else { return XCTFail("a 150-character name was stored") }
        let message = try XCTUnwrap(PersonForm.message(problem, for: .name))
        XCTAssertEqual(message, Message(id: .refusalTooLong, args: [MessageArg(name: "max", value: .number(value: 100))]))
        XCTAssertEqual(problem.reason(for: "name", words: MessageCatalog.shipped.text("de")), "Das darf höchstens 100 Zeichen lang sein.")
        XCTAssertEqual(problem.reason(for: "name", words: MessageCatalog.shipped.text("en")), "This must be at most 100 characters.")
        XCTAssertNil(problem.reason(for: "notes", words: MessageCatalog.shipped.text("en")), "only under the field it names")
        for language in ["en", "es", "fr", "pt-BR", "de"] {
            let words = try XCTUnwrap(problem.reason(for: "name", words: MessageCatalog.shipped.text(language)))
            XCTAssertFalse(words.contains("Jude"), words)
            XCTAssertFalse(words.hasPrefix("refusal-"), "\(language) words it: \(words)")
        }

        // A number out of range names its bound, in the language's own plural.
        form.name = "Sam"
        form.cadenceDays = 400
        guard case let .failure(cadence) = form.save(store) else { return XCTFail("a 400-day rhythm was stored") }
        XCTAssertEqual(cadence.reason(for: "cadence", words: MessageCatalog.shipped.text("es")), "Esto debe ser de 1 a 365 días.")
    }

    func testThePageSaysWhenTheirWindowIsClosedAndOffersTheirLinks() throws {
        let now = utcClock(Date())
        // Every day, starting two hours from now for an hour: closed now whatever the time.
        let start = (now.minute + 120) % 1440
        let later = (0..<7).map { WindowEntry(weekday: UInt8($0), start: start, end: (start + 60) % 1440) }
        let person = try sam(windows: later)
        let page = PersonPageLayout(try store.personPage(id: person.id, zone: "UTC"))
        XCTAssertTrue(page.outsideTheirWindow)
        XCTAssertEqual(page.links.map(\.url), ["tel:+15550100199", "sms:+15550100199", "mailto:sam@example.org"])
        XCTAssertTrue(page.offersContact)

        var form = PersonForm(person)
        form.windows = []
        _ = try form.save(store).get()
        XCTAssertFalse(PersonPageLayout(try store.personPage(id: person.id, zone: "UTC")).outsideTheirWindow,
                       "no windows: any time is fine")
    }

    func testLoggingAContactAndAThankYouShowOnTheirPageOnce() throws {
        let person = try sam(windows: [])
        XCTAssertNil(try store.peopleOverview(networkId: networkId, zone: "UTC").first?.daysSinceContact, "no contact yet")
        var contact = ContactLogForm(personId: person.id)
        contact.channel = .call
        contact.direction = .received
        contact.support = .emotional
        _ = try contact.save(store, zone: "UTC").get()
        _ = try contact.save(store, zone: "UTC").get() // a double tap
        var thanks = GratitudeForm(personId: person.id)
        guard case let .failure(empty) = thanks.save(store, zone: "UTC") else { return XCTFail("an empty thank-you was stored") }
        XCTAssertNotNil(empty.reason(for: "gratitude"), "the core asks what for")
        thanks.note = "Thanks for picking up at midnight"
        _ = try thanks.save(store, zone: "UTC").get()

        let page = try store.personPage(id: person.id, zone: "UTC")
        XCTAssertEqual(page.recent.map(\.kind), [.gratitude, .contact], "newest first, the contact once")
        XCTAssertEqual(page.summary.daysSinceContact, 0)
        XCTAssertEqual(page.balance?.received, 1)
        XCTAssertTrue(page.covers.isEmpty, "the network has no needs yet")
        XCTAssertEqual(try store.peopleOverview(networkId: networkId, zone: "UTC").first?.lastContact, page.summary.lastContact)
    }

    func testTheListKeepsTheCoresOrderUnderItsHeadings() throws {
        let sam = try self.sam(windows: [])
        var jo = PersonForm(networks: [networkId])
        jo.name = "Jo"
        _ = try jo.save(store).get()
        var avoided = PersonForm(networks: [networkId])
        avoided.name = "Old drinking buddy"
        avoided.avoid = true
        avoided.emergency = true
        guard case let .failure(problem) = avoided.save(store) else { return XCTFail("an avoided emergency contact was stored") }
        XCTAssertEqual(PersonForm.message(problem, for: .emergency)?.id, .refusalAvoidedEmergency, "said next to the emergency switch")
        avoided.emergency = false
        _ = try avoided.save(store).get()

        let overview = try store.peopleOverview(networkId: networkId, zone: "UTC")
        let sections = PeopleSection.group(overview)
        XCTAssertEqual(sections.map(\.section), [.reachOut, .everyone, .distance])
        XCTAssertEqual(sections.flatMap(\.people).map(\.person.id), overview.map(\.person.id), "never reordered")
        XCTAssertEqual(sections[0].people.map(\.person.id), [sam.id])

        XCTAssertNoThrow(try removePerson(sam.id, store: store).get())
        XCTAssertEqual(try store.people(networkId: networkId).map(\.name), ["Jo", "Old drinking buddy"])
    }

    func testNeedsAreSetCoveredAndRemovedAsTheCoreSeesThem() throws {
        XCTAssertEqual(NeedsList.addable([], networkId: networkId), SupportKind.allCases)
        _ = try NeedForm(networkId: networkId, kind: .accountability).save(store).get()
        var emotional = NeedForm(networkId: networkId, kind: .emotional)
        emotional.importance = .helpful
        _ = try emotional.save(store).get()
        var jo = PersonForm(networks: [networkId])
        jo.name = "Jo"
        jo.support = [.emotional]
        _ = try jo.save(store).get()
        let coverage = try store.coverage(networkId: networkId)
        XCTAssertEqual(NeedsList.gapCount(coverage), 1)
        XCTAssertFalse(NeedsList.addable(coverage, networkId: networkId).contains(.emotional))
        let gap = try XCTUnwrap(coverage.first { $0.coveredBy.isEmpty })
        XCTAssertEqual(gap.need.kind, .accountability)
        XCTAssertNotNil(gap.nextStep)
        XCTAssertNoThrow(try removeNeed(gap.need, store: store).get())
        XCTAssertEqual(NeedsList.gapCount(try store.coverage(networkId: networkId)), 0)
    }
}
