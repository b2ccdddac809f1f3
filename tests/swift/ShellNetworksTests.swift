// Host (Linux) tests of the iOS Networks screen and navigation against the real core: the current
// network (the first by default, kept while it exists), adding and renaming, removing one only
// after the confirmation said what goes and what stays, settings changed in the core's text
// form, and a notification tap landing where the core's notificationOpens says.
import Foundation
import TendCore
import TendShellLogic
import XCTest

final class ShellNetworksTests: XCTestCase {
    private var scratch: ScratchStore!
    private var store: TendStore { scratch.store }

    override func setUpWithError() throws {
        scratch = try ScratchStore()
    }

    override func tearDownWithError() throws {
        scratch = nil
    }

    private func network(_ name: String) throws -> Network {
        var form = NetworkForm()
        form.name = name
        return try form.save(store).get()
    }

    func testRemovingANetworkSaysWhatGoesFirstAndOnlyTheConfirmedOneGoes() throws {
        let recovery = try network("Recovery")
        let work = try network("Back to work")
        var taken = NetworkForm()
        taken.name = "recovery"
        guard case let .failure(problem) = taken.save(store) else { return XCTFail("a taken name was stored") }
        XCTAssertNotNil(problem.reason(for: "network name"))

        _ = try NeedForm(networkId: recovery.id, kind: .emotional).save(store).get()
        _ = try NeedForm(networkId: recovery.id, kind: .accountability).save(store).get()
        var sam = PersonForm(networks: [recovery.id, work.id])
        sam.name = "Sam"
        let samId = try sam.save(store).get().id
        _ = try GoalForm(networkId: recovery.id, kind: .meeting).save(store, zone: "UTC").get()
        var group = GroupForm(networkId: recovery.id)
        group.name = "Home group"
        let groupId = try group.save(store).get().id

        var scope = NetworkScope.resolve(.one(recovery.id), networks: try store.networks())
        XCTAssertEqual(scope, .one(recovery.id))

        // Step one: what the confirmation says; nothing changed yet.
        let confirmation = try NetworkRemovalConfirmation.ask(recovery.id, store: store).get()
        XCTAssertEqual(confirmation.removal.network.name, "Recovery")
        XCTAssertEqual(confirmation.removal.needs, 2)
        XCTAssertEqual(confirmation.removal.goals, 1)
        XCTAssertEqual(confirmation.removal.members, 1)
        XCTAssertEqual(confirmation.removal.groups, 1)
        XCTAssertEqual(try store.networks().count, 2, "asking removes nothing")

        // Step two, confirmed: the network, its needs and goals go; Sam and the group stay.
        XCTAssertNoThrow(try confirmation.confirm(store).get())
        let left = try store.networks()
        XCTAssertEqual(left.map(\.id), [work.id])
        XCTAssertEqual(try store.person(id: samId).networks, [work.id])
        XCTAssertNil(try store.group(id: groupId).networkId)
        XCTAssertTrue(try store.goals(networkId: nil).isEmpty)
        scope = confirmation.scope(after: scope, networks: left)
        XCTAssertEqual(scope, .one(work.id), "the People tab moves to a network that exists")

        guard case .failure(.gone) = NetworkRemovalConfirmation.ask(recovery.id, store: store) else {
            return XCTFail("a removed network can be asked about")
        }
    }

    func testTheCurrentNetworkIsTheFirstUntilChosenAndAllNetworksIsNil() throws {
        XCTAssertEqual(NetworkScope.resolve(nil, networks: []), .all)
        let a = try network("Recovery")
        let b = try network("Family")
        let networks = try store.networks()
        XCTAssertEqual(NetworkScope.resolve(nil, networks: networks), .one(a.id))
        XCTAssertEqual(NetworkScope.resolve(.one(b.id), networks: networks), .one(b.id))
        XCTAssertEqual(NetworkScope.resolve(.all, networks: networks), .all)
        XCTAssertNil(NetworkScope.all.id)
        XCTAssertEqual(NetworkScope.resolve(.one(999), networks: networks), .one(a.id))

        var rename = NetworkForm(b)
        rename.name = "My family"
        rename.focus = "  "
        let renamed = try rename.save(store).get()
        XCTAssertEqual(renamed.id, b.id)
        XCTAssertNil(renamed.focus, "a blank focus is none")
    }

    func testSettingsAreChangedInTheCoresTextFormAndRefusalsNameTheirKey() throws {
        XCTAssertEqual(try SettingChange.checkinTimes([480, 1265]).apply(store).get().checkinTimes, [480, 1265])
        XCTAssertNil(try SettingChange.quietHoursOff.apply(store).get().quietHours)
        XCTAssertEqual(try SettingChange.quietHours(start: 23 * 60, end: 6 * 60).apply(store).get().quietHours,
                       QuietHours(start: 23 * 60, end: 6 * 60))
        XCTAssertTrue(try SettingChange.discreet(true).apply(store).get().discreet)
        XCTAssertFalse(try SettingChange.doneNeedsUnlock(false).apply(store).get().doneNeedsUnlock)
        XCTAssertEqual(try SettingChange.meetingLead(30).apply(store).get().meetingLeadMinutes, 30)
        guard case let .failure(cap) = SettingChange.dailyCap(0).apply(store) else { return XCTFail("a cap of 0 was stored") }
        XCTAssertNotNil(cap.reason(for: SettingChange.dailyCap(0).key))
        guard case let .failure(quiet) = SettingChange.quietHours(start: 60, end: 60).apply(store) else {
            return XCTFail("empty quiet hours were stored")
        }
        XCTAssertNotNil(quiet.reason(for: "quiet_hours"))

        // Quiet hours turned back on start from the core's default.
        let quietDefault = try XCTUnwrap(SettingsChoices.defaultQuietHours)
        XCTAssertEqual(try SettingChange.quietHours(start: quietDefault.start, end: quietDefault.end).apply(store).get().quietHours,
                       quietDefault)

        // Pickers offer exactly what the core lists, and what it lists is taken back.
        var settings = try store.settings()
        XCTAssertEqual(SettingsChoices.weekStartChoice(settings), "mon")
        for choice in SettingsChoices.choices("week_start") {
            settings = try SettingChange.weekStart(choice).apply(store).get()
            XCTAssertEqual(SettingsChoices.weekStartChoice(settings), choice)
        }
        let countries = SettingsChoices.choices("crisis_country")
        XCTAssertEqual(countries.first, "auto")
        XCTAssertTrue(countries.contains("GB"))
        XCTAssertEqual(SettingsChoices.crisisCountry(try store.settings(), region: "US"), "US", "auto: the phone's region")
        settings = try SettingChange.crisisCountry("GB").apply(store).get()
        XCTAssertEqual(SettingsChoices.crisisCountryChoice(settings), "GB")
        XCTAssertEqual(SettingsChoices.crisisCountry(settings, region: "US"), "GB", "the chosen country wins")
        XCTAssertTrue(crisisLines(country: SettingsChoices.crisisCountry(settings, region: "US")).allSatisfy { $0.country == "GB" })
        guard case let .failure(country) = SettingChange.crisisCountry("ZZ").apply(store) else {
            return XCTFail("a country without lines was stored")
        }
        XCTAssertNotNil(country.reason(for: "crisis_country"))
        settings = try SettingChange.crisisCountry("auto").apply(store).get()
        XCTAssertEqual(SettingsChoices.crisisCountryChoice(settings), "auto")

        let file = try CalendarExport.file(store, includeReminders: false, zone: "UTC", language: "en", in: scratch.dir)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
        XCTAssertEqual(file.lastPathComponent, CalendarExport.fileName)
    }

    func testANotificationTapLandsOnThePageItsReminderIsAbout() throws {
        _ = try SettingChange.quietHoursOff.apply(store).get()
        let recovery = try network("Recovery")
        var sam = PersonForm(networks: [recovery.id])
        sam.name = "Sam"
        sam.cadenceDays = 1
        let samId = try sam.save(store).get().id
        let plan = try store.plan(zone: "UTC", horizonDays: 3, maxPending: 60)
        func opens(_ kind: ReminderKind) throws -> Destination {
            let reminder = try XCTUnwrap(plan.notifications.first { $0.kind == kind }, "no \(kind) reminder planned")
            return NotificationTap.destination(notificationId: reminder.id)
        }
        XCTAssertEqual(try opens(.keepInTouch), Destination(.person(samId)))
        XCTAssertEqual(try opens(.keepInTouch).tab, .people)
        XCTAssertEqual(try opens(.dailyCheckin), Destination(.today))
        XCTAssertEqual(NotificationTap.destination(.people), Destination(.people), "a bundle opens the list")
        XCTAssertEqual(NotificationTap.destination(.meetings), Destination(.meetings))
        XCTAssertEqual(NotificationTap.destination(.progress), Destination(.progress))
        XCTAssertEqual(NotificationTap.destination(notificationId: "not-tend"), Destination(.today), "opening the app is never refused")
        XCTAssertEqual(Destination(.addGoal).tab, .progress)
        XCTAssertEqual(Destination(.about).tab, .more)
    }
}
