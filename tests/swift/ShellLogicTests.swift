// Host (Linux) tests of the iOS shell's OS mapping (TendShellLogic) on values of the generated
// TendCore types: a Diff → UNUserNotificationCenter requests, action identifiers → the core's
// ReminderAction, a Keychain read → the core's key decision. The UserNotifications glue itself
// is not compiled here.
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let logicNow = Date(timeIntervalSince1970: 1_741_600_800) // 2025-03-10T10:00Z
private let dublin = TimeZone(identifier: "Europe/Dublin")!
private let english = MessageCatalog.shipped.text("en")

private func reminder(_ id: String, inMinutes m: Double, kind: ReminderKind = .dailyCheckin, urgent: Bool = true,
                      title: String = "Check in", fingerprint: String? = nil,
                      actions: [ActionKind] = [.done, .snooze, .skip]) -> ReminderNotification {
    ReminderNotification(id: id, kind: kind, fireAt: logicNow.addingTimeInterval(m * 60), localTime: "",
                         title: verbatim(title), body: verbatim("How is today going?"), actions: actions,
                         refers: Refers(personIds: [], groupId: nil, meetingId: nil, goalId: nil, networkId: nil),
                         urgent: urgent, doneNeedsUnlock: actions.contains(.done),
                         earlyIfInexactMinutes: 0, fingerprint: fingerprint ?? "\(id)|\(m)|\(title)")
}

private func pendingOf(_ r: ReminderNotification, zone: TimeZone = dublin) -> PendingReminder {
    PendingReminder(id: r.id, fingerprint: r.fingerprint, zone: zone.identifier)
}

final class ReminderRequestsTests: XCTestCase {
    func testAMinimalDiffRemovesWhatItCancelsAndReplacesWhatItReschedules() {
        let a = reminder("a", inMinutes: 10), b = reminder("b", inMinutes: 20), c = reminder("c", inMinutes: 30)
        let movedB = reminder("b", inMinutes: 25), d = reminder("d", inMinutes: 5)
        let diff = Diff(schedule: [movedB, d], cancel: ["a", "b"], replanBy: nil, reset: nil)
        let changes = ReminderRequests.changes(for: diff, pending: [a, b, c].map { pendingOf($0) }, zone: dublin, now: logicNow, text: english)
        // b is re-added under its id (replacing it without a gap), so it is not removed first.
        XCTAssertEqual(changes.remove, ["a"])
        XCTAssertEqual(changes.add.map(\.id), ["b", "d"])
        XCTAssertEqual(changes.add.first?.trigger, .calendar(ReminderRequests.triggerComponents(for: movedB.fireAt, in: dublin)))
    }

    func testAResetRemovesEverythingElseAndLeavesIdenticalRequestsAlone() {
        let a = reminder("a", inMinutes: 10), b = reminder("b", inMinutes: 20), stale = reminder("stale", inMinutes: 30)
        let changedA = reminder("a", inMinutes: 10, title: "Time to check in")
        let diff = Diff(schedule: [changedA, b], cancel: [], replanBy: nil, reset: .pendingMissing)
        let pending = [pendingOf(a), pendingOf(b), pendingOf(stale), PendingReminder(id: "unknown", fingerprint: nil, zone: nil)]
        let changes = ReminderRequests.changes(for: diff, pending: pending, zone: dublin, now: logicNow, text: english)
        XCTAssertEqual(changes.remove, ["stale", "unknown"])
        XCTAssertEqual(changes.add.map(\.id), ["a"], "b is pending exactly as planned; a's text changed")
        XCTAssertEqual(changes.add.first?.title, "Time to check in")
    }

    func testAnIdenticalRequestScheduledInAnotherZoneIsReplaced() {
        let a = reminder("a", inMinutes: 60)
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let diff = Diff(schedule: [a], cancel: [], replanBy: nil, reset: .zoneChanged)
        let changes = ReminderRequests.changes(for: diff, pending: [pendingOf(a, zone: dublin)], zone: tokyo, now: logicNow, text: english)
        XCTAssertEqual(changes.remove, [])
        XCTAssertEqual(changes.add.map(\.zone), ["Asia/Tokyo"])
        guard case let .calendar(c)? = changes.add.first?.trigger else { return XCTFail("expected a calendar trigger") }
        XCTAssertEqual(c.timeZone, tokyo)
        XCTAssertEqual(c.hour, 20, "11:00 in Dublin is 20:00 in Tokyo")
    }

    func testUrgentRemindersAreTimeSensitiveAndTheRestArePassive() {
        let meeting = ReminderRequests.request(for: reminder("meeting:7:x", inMinutes: 5, kind: .meeting, urgent: true), zone: dublin, now: logicNow, text: english)
        let kit = ReminderRequests.request(for: reminder("kit:x:1", inMinutes: 5, kind: .keepInTouch, urgent: false), zone: dublin, now: logicNow, text: english)
        XCTAssertEqual(meeting.interruption, .timeSensitive)
        XCTAssertEqual(kit.interruption, .passive)
        XCTAssertEqual(meeting.threadIdentifier, "tend.meeting")
        XCTAssertNotEqual(meeting.threadIdentifier, kit.threadIdentifier)
    }

    func testATimeThatPassedOnTheWayIsDeliveredNow() {
        let late = ReminderRequests.request(for: reminder("late", inMinutes: -1), zone: dublin, now: logicNow, text: english)
        let due = ReminderRequests.request(for: reminder("due", inMinutes: 0), zone: dublin, now: logicNow, text: english)
        let soon = ReminderRequests.request(for: reminder("soon", inMinutes: 1), zone: dublin, now: logicNow, text: english)
        XCTAssertEqual(late.trigger, .now)
        XCTAssertEqual(due.trigger, .now)
        XCTAssertNotEqual(soon.trigger, .now)
    }

    func testTriggerComponentsNameTheSameInstant() throws {
        let zone = try XCTUnwrap(TimeZone(identifier: "America/New_York"))
        let c = ReminderRequests.triggerComponents(for: logicNow, in: zone)
        XCTAssertEqual([c.year, c.month, c.day, c.hour, c.minute, c.second], [2025, 3, 10, 6, 0, 0])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        XCTAssertEqual(calendar.date(from: c), logicNow)
    }

    func testTheCategoryFollowsTheCoreButtons() {
        let r = ReminderRequests.request(for: reminder("a", inMinutes: 5, actions: [.skip, .done]), zone: dublin, now: logicNow, text: english)
        XCTAssertEqual(r.categoryIdentifier, "tend.done-skip")
        XCTAssertEqual(r.fingerprint, "a|5.0|Check in")
        XCTAssertEqual(r.zone, "Europe/Dublin")
    }
}

final class ShellActionRouterTests: XCTestCase {
    func testEachButtonRoutesToItsCoreActionWithTheIdUnchanged() {
        let id = " kit:2025-03-10:12-15-40"
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: id), .handle(notificationId: id, action: .done))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.skipIdentifier, notificationId: id), .handle(notificationId: id, action: .skip))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.defaultIdentifier, notificationId: id), .open(notificationId: id))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.dismissIdentifier, notificationId: id), .ignore)
    }

    func testTheLaterButtonSnoozesByTheCoresShortestChoice() throws {
        let shortest = try XCTUnwrap(snoozeChoices().first)
        XCTAssertEqual(snoozeChoices(), snoozeChoices().sorted())
        XCTAssertLessThanOrEqual(snoozeChoices().last ?? 0, maxSnoozeMinutes())
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.snoozeIdentifier, notificationId: "daily:a"),
                       .handle(notificationId: "daily:a", action: .snooze(minutes: shortest)))
    }

    func testUnknownActionsAndBlankIdsAreRejected() {
        for action in ["", "done", "app.tend.action.DONE", "app.tend.action.delete"] {
            XCTAssertEqual(ActionRouter.route(actionIdentifier: action, notificationId: "daily:a"), .reject(reason: "unknown action"), action)
        }
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: " \n"), .reject(reason: "missing notification id"))
    }

    func testEveryButtonCombinationHasARegisteredCategory() {
        let registered = ActionRouter.allCategories
        XCTAssertEqual(Set(registered.map(\.identifier)).count, 8)
        XCTAssertEqual(registered.count, 8)
        for buttons in [[ActionKind.done, .snooze, .skip], [.skip, .done], [.done], []] {
            XCTAssertTrue(registered.contains { $0.identifier == ActionRouter.categoryIdentifier(for: buttons) })
        }
        XCTAssertEqual(ActionRouter.categoryIdentifier(for: []), "tend.none")
        XCTAssertEqual(ActionRouter.categoryIdentifier(for: [.skip, .snooze, .done]), "tend.done-snooze-skip")
        for button in ActionRouter.buttonOrder {
            if case .handle = ActionRouter.route(actionIdentifier: ActionRouter.identifier(for: button), notificationId: "x:1") {} else {
                XCTFail("\(button) does not route")
            }
        }
    }

    func testADoubleDeliveredResponseIsHandledOnce() {
        let d = ActionDeduper(window: 10)
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .done, now: logicNow))
        XCTAssertFalse(d.firstDelivery(notificationId: "daily:a", action: .done, now: logicNow.addingTimeInterval(1)))
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .skip, now: logicNow.addingTimeInterval(2)))
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:b", action: .done, now: logicNow.addingTimeInterval(3)))
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .done, now: logicNow.addingTimeInterval(30)))
    }
}

final class ShellKeyDecisionTests: XCTestCase {
    private let key = Data(repeating: 9, count: KeychainKeyState.keyLength)

    func testAKeychainReadBecomesTheCoresKeyState() {
        XCTAssertEqual(KeychainKeyState.state(status: KeychainKeyState.success, data: key), .present)
        XCTAssertEqual(KeychainKeyState.state(status: KeychainKeyState.success, data: Data(count: 16)), .damaged)
        XCTAssertEqual(KeychainKeyState.state(status: KeychainKeyState.success, data: nil), .damaged)
        XCTAssertEqual(KeychainKeyState.state(status: KeychainKeyState.itemNotFound, data: nil), .missing)
        XCTAssertEqual(KeychainKeyState.state(status: KeychainKeyState.interactionNotAllowed, data: nil), .locked)
        // errSecAuthFailed, errSecDecode…: something is there; never "no key".
        XCTAssertEqual(KeychainKeyState.state(status: -25293, data: nil), .damaged)
    }

    /// The whole table, from what the Keychain said to what the app does.
    func testTheLaunchDecisionTable() {
        let reads: [(String, Int32, Data?)] = [
            ("present", KeychainKeyState.success, key),
            ("missing", KeychainKeyState.itemNotFound, nil),
            ("damaged", KeychainKeyState.success, Data(count: 31)),
            ("locked", KeychainKeyState.interactionNotAllowed, nil),
        ]
        let expected: [String: (noDatabase: LaunchDecision, database: LaunchDecision)] = [
            "present": (.open, .open),
            "missing": (.createKey, .askToRestore(problem: .keyMissing)),
            "damaged": (.createKey, .askToRestore(problem: .keyDamaged)),
            "locked": (.waitForUnlock, .waitForUnlock),
        ]
        for (name, status, data) in reads {
            let state = KeychainKeyState.state(status: status, data: data)
            let want = expected[name]!
            XCTAssertEqual(launchDecision(databaseExists: false, key: state), want.noDatabase, "no database, key \(name)")
            XCTAssertEqual(launchDecision(databaseExists: true, key: state), want.database, "database, key \(name)")
        }
    }
}

final class ShellDeviceStateTests: XCTestCase {
    func testTheDeviceStateTellsTheCoreWhatIOSShows() {
        let pending = [PendingReminder(id: "daily:a", fingerprint: "1", zone: "Europe/Dublin")]
        let state = deviceState(event: .foreground, zone: dublin, authorization: .provisional, appVersion: "41", pending: pending,
                                language: "de-DE")
        XCTAssertEqual(state, DeviceState(zone: "Europe/Dublin", exactAlarms: true, notificationsAllowed: true,
                                          appVersion: "41", osLostReminders: false, osPending: ["daily:a"], language: "de-DE"))
        for event in [ShellEvent.clockChanged, .significantTimeChange] {
            XCTAssertTrue(deviceState(event: event, zone: dublin, authorization: .authorized, appVersion: "41", pending: [], language: "en").osLostReminders)
        }
        for event in [ShellEvent.launch, .foreground, .backgroundRefresh, .timeZoneChanged, .authorizationChanged, .dataChanged] {
            XCTAssertFalse(event.clockMayHaveJumped, "\(event)")
        }
        XCTAssertFalse(deviceState(event: .launch, zone: dublin, authorization: .denied, appVersion: "41", pending: [], language: "en").notificationsAllowed)
        XCTAssertFalse(NotificationAuthorization.notDetermined.allowsReminders)
        XCTAssertTrue(NotificationAuthorization.ephemeral.allowsReminders)
    }

    func testNextRefreshIsClamped() {
        XCTAssertEqual(Replanner.nextRefresh(replanBy: logicNow.addingTimeInterval(60), now: logicNow), logicNow.addingTimeInterval(900))
        XCTAssertEqual(Replanner.nextRefresh(replanBy: logicNow.addingTimeInterval(3600), now: logicNow), logicNow.addingTimeInterval(3600))
        XCTAssertEqual(Replanner.nextRefresh(replanBy: logicNow.addingTimeInterval(86400), now: logicNow), logicNow.addingTimeInterval(6 * 3600))
        XCTAssertEqual(Replanner.nextRefresh(replanBy: nil, now: logicNow), logicNow.addingTimeInterval(6 * 3600))
    }
}

final class BundleFollowUpTests: XCTestCase {
    private let sam = PersonRef(id: 12, name: "Sam", role: .sponsor)
    private let priya = PersonRef(id: 15, name: "Priya", role: .friend)

    private func outcome(state: String = "done", askAbout: [PersonRef]) -> ActionOutcome {
        ActionOutcome(id: "kit:2025-03-10:12-15", kind: .keepInTouch, state: state, checkin: nil, askAbout: askAbout, snoozedUntil: nil)
    }

    func testOnlyADoneThatAsksAboutPeopleShowsTheChooser() {
        XCTAssertNil(BundleFollowUp(outcome: outcome(askAbout: [])))
        XCTAssertNil(BundleFollowUp(outcome: outcome(state: "snoozed", askAbout: [sam, priya])))
        let followUp = BundleFollowUp(outcome: outcome(askAbout: [sam, priya]))
        XCTAssertEqual(followUp?.people.map(\.name), ["Sam", "Priya"])
        XCTAssertEqual(followUp?.notificationId, "kit:2025-03-10:12-15")
        XCTAssertEqual(followUp?.personIdsToLog, [])
    }

    func testOnlyPickedPeopleTheCoreNamedAreLoggedInTheOrderShown() throws {
        var followUp = try XCTUnwrap(BundleFollowUp(outcome: outcome(askAbout: [sam, priya])))
        followUp.toggle(15)
        followUp.toggle(12)
        followUp.toggle(99) // not in the bundle: ignored
        XCTAssertEqual(followUp.personIdsToLog, [12, 15])
        followUp.toggle(12)
        XCTAssertEqual(followUp.personIdsToLog, [15])
        XCTAssertFalse(followUp.isPicked(12))
        var calls: [(String, [Int64])] = []
        _ = followUp.log { id, people in calls.append((id, people)); return [] }
        XCTAssertEqual(calls.map(\.0), ["kit:2025-03-10:12-15"])
        XCTAssertEqual(calls.map(\.1), [[15]])
    }

    func testNobodyPickedCallsNothing() throws {
        let followUp = try XCTUnwrap(BundleFollowUp(outcome: outcome(askAbout: [sam])))
        var called = false
        XCTAssertEqual(followUp.log { _, _ in called = true; return [] }, [])
        XCTAssertFalse(called)
    }

    func testTheFollowUpQueueKeepsEachBundleOnceInOrder() {
        var queue = FollowUpQueue(ids: ["b", "a", "b"])
        XCTAssertEqual(queue.ids, ["b", "a"])
        queue.add("c")
        queue.add("a")
        queue.remove("b")
        XCTAssertEqual(queue.ids, ["a", "c"])
    }
}
