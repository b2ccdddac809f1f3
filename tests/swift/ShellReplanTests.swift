// Host (Linux) tests of the iOS shell's path from the real core to the notification center:
// the generated bindings + TendShellLogic's Replanner over a fake UNUserNotificationCenter,
// as the app chains them. They prove from the shell's side the rules the core now owns: when a
// sync becomes a full reset, when a fingerprint changes, which reminders are urgent, and that a
// bundle's chooser logs the chosen contacts once.
import Foundation
import TendCore
import TendShellLogic
import XCTest

/// Behaves like UNUserNotificationCenter for what a replan uses: an added identifier replaces
/// a pending one, and only the soonest 64 are kept.
private final class FakeCenter: NotificationScheduling {
    private(set) var requests: [String: ReminderRequest] = [:]
    private(set) var removals = 0

    func pendingReminders() async -> [PendingReminder] {
        requests.values.map { PendingReminder(id: $0.id, fingerprint: $0.fingerprint, zone: $0.zone) }
    }

    func removePending(withIdentifiers ids: [String]) {
        removals += ids.count
        for id in ids { requests[id] = nil }
    }

    func add(_ request: ReminderRequest) async throws {
        requests[request.id] = request
        XCTAssertLessThanOrEqual(requests.count, ReminderRequests.systemLimit)
    }

    /// What iOS does silently at times (a restore, a bug): a request is gone.
    func lose(_ id: String) { requests[id] = nil }

    var ids: Set<String> { Set(requests.keys) }
}

final class ShellReplanTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!
    private var center: FakeCenter!
    private var zone = TimeZone(identifier: "UTC")!
    private var appVersion = "7"
    private var authorization = NotificationAuthorization.authorized
    /// The phone's language, as the app words requests in it.
    private var text = MessageCatalog.shipped.text("en")

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 7, count: 32))
        center = FakeCenter()
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        // Six check-ins a day for two weeks: more than the core keeps pending.
        _ = try store.setSetting(key: "checkin_times", value: "07:00,09:00,11:00,13:00,15:00,17:00")
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    @discardableResult
    private func replan(_ event: ShellEvent = .foreground) async throws -> ReplanOutcome {
        let store = self.store!
        return try await Replanner(center: center).replan(
            after: event, zone: zone, authorization: authorization, appVersion: appVersion, now: Date(), text: text
        ) { device in try await store.syncAsync(device: device) }
    }

    func testTheFirstPlanFillsTheWindowAndAnUnchangedReplanDoesNothing() async throws {
        let first = try await replan(.launch)
        XCTAssertEqual(first.reset, .firstPlan)
        XCTAssertEqual(center.requests.count, Int(maxPendingReminders()), "the core caps what is pending")
        XCTAssertLessThan(Int(maxPendingReminders()), ReminderRequests.systemLimit)
        XCTAssertTrue(center.requests.values.allSatisfy { !$0.title.isEmpty && $0.interruption == .timeSensitive })
        XCTAssertEqual(Set(try store.believedPending()), center.ids)
        let again = try await replan(.foreground)
        XCTAssertNil(again.reset)
        XCTAssertTrue(again.changes.isEmpty)
        XCTAssertNotNil(again.replanBy)
    }

    func testAZoneChangeMakesSyncAFullResetInTheNewZoneWithoutDuplicates() async throws {
        zone = TimeZone(identifier: "Europe/Dublin")!
        try await replan(.launch)
        let before = center.requests
        zone = TimeZone(identifier: "Asia/Tokyo")!
        let outcome = try await replan(.timeZoneChanged)
        XCTAssertEqual(outcome.reset, .zoneChanged)
        XCTAssertLessThanOrEqual(center.requests.count, Int(maxPendingReminders()))
        XCTAssertTrue(center.requests.values.allSatisfy { $0.zone == "Asia/Tokyo" })
        XCTAssertEqual(Set(try store.believedPending()), center.ids)
        // Every check-in slot is wall-clock: 07:00 in Tokyo is not 07:00 in Dublin.
        XCTAssertNotEqual(Set(before.values.map(\.fingerprint)), Set(center.requests.values.map(\.fingerprint)))
        // A zone change noticed only at the next launch (the app was not running) resets too.
        zone = TimeZone(identifier: "America/New_York")!
        let reset1 = try await replan(.launch).reset
        XCTAssertEqual(reset1, .zoneChanged)
    }

    func testAClockChangeIsALostRemindersReset() async throws {
        try await replan(.launch)
        let reset2 = try await replan(.clockChanged).reset
        XCTAssertEqual(reset2, .osLostReminders)
        let reset3 = try await replan(.significantTimeChange).reset
        XCTAssertEqual(reset3, .osLostReminders)
        let reset4 = try await replan(.foreground).reset
        XCTAssertNil(reset4)
    }

    func testARequestTheOSLostMakesTheNextSyncAFullResetThatPutsItBack() async throws {
        try await replan(.launch)
        let lost = try XCTUnwrap(center.ids.sorted().first)
        center.lose(lost)
        let outcome = try await replan(.foreground)
        XCTAssertEqual(outcome.reset, .pendingMissing)
        XCTAssertEqual(outcome.changes.add.map(\.id), [lost], "only the lost one is added; the rest is pending as planned")
        XCTAssertTrue(center.ids.contains(lost))
        let reset5 = try await replan(.foreground).reset
        XCTAssertNil(reset5)
    }

    func testPermissionAndAppUpdatesReset() async throws {
        try await replan(.launch)
        authorization = .denied
        let reset6 = try await replan(.authorizationChanged).reset
        XCTAssertEqual(reset6, .notificationsChanged)
        authorization = .authorized
        let reset7 = try await replan(.authorizationChanged).reset
        XCTAssertEqual(reset7, .notificationsChanged)
        appVersion = "8"
        let reset8 = try await replan(.launch).reset
        XCTAssertEqual(reset8, .appUpdated)
        let reset9 = try await replan(.launch).reset
        XCTAssertNil(reset9)
    }

    func testTheFingerprintChangesExactlyWhenWhatIsShownChanges() async throws {
        let plan = try store.plan(zone: "UTC", horizonDays: 14, maxPending: 60)
        let again = try store.plan(zone: "UTC", horizonDays: 14, maxPending: 60)
        XCTAssertEqual(plan.notifications.map(\.fingerprint), again.notifications.map(\.fingerprint))
        XCTAssertEqual(Set(plan.notifications.map(\.fingerprint)).count, plan.notifications.count, "each occurrence has its own")

        try await replan(.launch)
        let before = center.requests
        _ = try store.setSetting(key: "discreet", value: "on")
        let discreet = try store.plan(zone: "UTC", horizonDays: 14, maxPending: 60)
        XCTAssertEqual(discreet.notifications.map(\.id), plan.notifications.map(\.id))
        for (old, new) in zip(plan.notifications, discreet.notifications) {
            XCTAssertEqual(old.fireAt, new.fireAt)
            XCTAssertNotEqual(old.fingerprint, new.fingerprint, new.id)
            XCTAssertTrue(old.title != new.title || old.body != new.body, new.id)
        }
        // The shell replaces every pending request in place: same ids, the discreet text.
        let outcome = try await replan(.dataChanged)
        XCTAssertNil(outcome.reset)
        XCTAssertEqual(Set(outcome.changes.add.map(\.id)), Set(discreet.notifications.map(\.id)))
        XCTAssertEqual(outcome.changes.remove, [])
        XCTAssertEqual(center.requests.count, discreet.notifications.count)
        // The pending fingerprints are the plan's for the language the replan reported.
        for n in discreet.notifications {
            XCTAssertEqual(center.requests[n.id]?.title, text.string(n.title))
            XCTAssertNotEqual(center.requests[n.id]?.fingerprint, before[n.id]?.fingerprint, n.id)
        }
    }

    func testAChangedLanguageGivesEveryPendingRequestANewFingerprintAndItsWords() async throws {
        _ = try store.setSetting(key: "checkin_times", value: "08:00")
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        _ = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, cadenceDays: 1, networks: [network.id]))
        try await replan(.launch)
        let english = center.requests
        XCTAssertTrue(english.values.contains { $0.title == "Reach out to Sam" })
        XCTAssertTrue(english.values.contains { $0.title == "Daily check-in" })

        // iOS relaunches Tend after the phone's language changed; the replan at that launch
        // tells the core the new language and replaces every request in place.
        text = MessageCatalog.shipped.text("de")
        let outcome = try await replan(.launch)
        XCTAssertEqual(Set(outcome.changes.add.map(\.id)), Set(english.keys), "every request is added again")
        XCTAssertEqual(outcome.changes.remove, [], "under the same ids: replaced without a gap")
        XCTAssertEqual(Set(center.requests.keys), Set(english.keys))
        for (id, old) in english {
            let new = try XCTUnwrap(center.requests[id])
            XCTAssertNotEqual(new.fingerprint, old.fingerprint, id)
            XCTAssertNotEqual(new.title, old.title, id)
        }
        XCTAssertTrue(center.requests.values.contains { $0.title == "Melde dich bei Sam" })
        XCTAssertTrue(center.requests.values.contains { $0.title == "Tages-Check-in" })
        XCTAssertEqual(Set(try store.believedPending()), center.ids)

        let again = try await replan(.foreground)
        XCTAssertTrue(again.changes.isEmpty, "the same language again changes nothing")
    }

    func testCheckInsAndMeetingsAreUrgentAndKeepInTouchIsNot() async throws {
        _ = try store.setSetting(key: "checkin_times", value: "08:00")
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        let sam = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, cadenceDays: 1, networks: [network.id]))
        let weekdays = (0...6).map { MeetingInput(weekday: UInt8($0), start: 19 * 60, durationMinutes: 60, timezone: "UTC") }
        _ = try store.addGroup(input: GroupInput(name: "Evening group", kind: .peer, networkId: network.id, meetings: weekdays))
        let notifications = try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).notifications
        var seen: [ReminderKind: Bool] = [:]
        for n in notifications { seen[n.kind] = n.urgent }
        XCTAssertEqual(seen[.dailyCheckin], true)
        XCTAssertEqual(seen[.meeting], true)
        XCTAssertEqual(seen[.keepInTouch], false)
        XCTAssertTrue(notifications.contains { $0.kind == .keepInTouch && $0.refers.personIds == [sam.id] })

        try await replan(.launch)
        for n in notifications.prefix(Int(maxPendingReminders())) {
            XCTAssertEqual(center.requests[n.id]?.interruption, n.urgent ? .timeSensitive : .passive, n.id)
        }
    }

    func testADoubleDeliveredDoneLogsOneCheckin() async throws {
        try await replan(.launch)
        let first = try XCTUnwrap(try store.believedPending().first)
        var outcomes: [ActionOutcome] = []
        for _ in 0..<2 {
            guard case let .handle(id, action) = ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: first) else {
                return XCTFail("done did not route")
            }
            outcomes.append(try store.handleAction(notificationId: id, action: action, zone: "UTC"))
        }
        XCTAssertEqual(outcomes[0].state, "done")
        XCTAssertNotNil(outcomes[0].checkin)
        XCTAssertEqual(outcomes[0].checkin, outcomes[1].checkin)
        XCTAssertNil(BundleFollowUp(outcome: outcomes[0]), "a check-in's Done asks about nobody")
        XCTAssertEqual(try store.checkins(query: CheckinQuery(kind: .daily)).count, 1)
    }

    func testALaterTapMovesTheRequestInTheNextSync() async throws {
        try await replan(.launch)
        let first = try XCTUnwrap(try store.believedPending().first)
        guard case let .handle(id, action) = ActionRouter.route(actionIdentifier: ActionRouter.snoozeIdentifier, notificationId: first) else {
            return XCTFail("snooze did not route")
        }
        let outcome = try store.handleAction(notificationId: id, action: action, zone: "UTC")
        let until = try XCTUnwrap(outcome.snoozedUntil)
        let replanned = try await replan(.dataChanged)
        XCTAssertNil(replanned.reset)
        let moved = try XCTUnwrap(replanned.changes.add.first { $0.id == first })
        guard case let .calendar(c) = moved.trigger else { return XCTFail("expected a calendar trigger") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let fires = try XCTUnwrap(calendar.date(from: c))
        // Calendar triggers are to the second.
        XCTAssertEqual(fires.timeIntervalSince1970, until.timeIntervalSince1970.rounded(.down), accuracy: 1)
        XCTAssertEqual(center.requests.values.filter { $0.id == first }.count, 1)
        XCTAssertEqual(Set(try store.believedPending()), center.ids)
    }

    func testTheBundleChooserLogsTheChosenContactsOnce() async throws {
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        var people: [Person] = []
        for name in ["Sam", "Priya", "Jo"] {
            people.append(try store.addPerson(input: PersonInput(name: name, role: .friend, cadenceDays: 1, networks: [network.id])))
        }
        try await replan(.launch)
        let bundle = try XCTUnwrap(try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).notifications.first {
            $0.kind == .keepInTouch && $0.refers.personIds.count > 1
        }, "three people due together are one reminder")
        guard case let .handle(id, action) = ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: bundle.id) else {
            return XCTFail("done did not route")
        }
        let outcome = try store.handleAction(notificationId: id, action: action, zone: "UTC")
        XCTAssertNil(outcome.checkin, "the core does not guess whom the user reached")
        var followUp = try XCTUnwrap(BundleFollowUp(outcome: outcome))
        XCTAssertEqual(Set(followUp.people.map(\.id)), Set(bundle.refers.personIds))

        let chosen = followUp.people.prefix(2).map(\.id)
        chosen.forEach { followUp.toggle($0) }
        let store = self.store!
        let log = { (id: String, ids: [Int64]) in try store.logBundleContacts(notificationId: id, personIds: ids, zone: "UTC") }
        let first = try followUp.log(log)
        let second = try followUp.log(log)
        XCTAssertEqual(first.map(\.personId), chosen.map(Optional.some))
        XCTAssertEqual(first, second, "a repeat logs nothing new")
        let contacts = try store.checkins(query: CheckinQuery(kind: .contact))
        XCTAssertEqual(contacts.count, 2)
        XCTAssertEqual(Set(contacts.compactMap(\.personId)), Set(chosen))

        // After a relaunch the app asks again with the same Done: the same people, no check-in.
        let repeated = try store.handleAction(notificationId: id, action: .done, zone: "UTC")
        XCTAssertEqual(BundleFollowUp(outcome: repeated)?.people, followUp.people)
        XCTAssertEqual(try store.checkins(query: CheckinQuery(kind: .contact)).count, 2)
    }
}
