// Host (Linux) tests for the iOS shell's decisions: the rolling window under the 64-request
// limit, action routing, and which events reset. The UserNotifications glue is not compiled here.
import Foundation
import TendShellLogic
import XCTest

private let shellNow = Date(timeIntervalSince1970: 1_741_600_800) // 2025-03-10T10:00Z

private func shellRequest(_ id: String, inMinutes m: Double, title: String = "Check in") -> PlannedRequest {
    PlannedRequest(id: id, kind: "daily_checkin", fireAt: shellNow.addingTimeInterval(m * 60), title: title,
                   body: "How is today going?", actions: [.done, .snooze, .skip])
}

/// What the OS would have pending after performing `ops` on `pending` (a fake notification center).
private func shellApplied(_ ops: WindowOps, on pending: [PendingRequest]) -> [PendingRequest] {
    var byId = Dictionary(pending.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for id in ops.remove { byId[id] = nil }
    for r in ops.add { byId[r.id] = PendingRequest(id: r.id, fireAt: r.fireAt, fingerprint: r.fingerprint) }
    return byId.values.sorted { $0.fireAt! < $1.fireAt! }
}

final class PendingWindowTests: XCTestCase {
    func testSeventyPlannedKeepsOnlyTheNearestSixtyPending() {
        let plan = FullPlan(requests: (1...70).reversed().map { shellRequest("daily:\($0)", inMinutes: Double($0) * 60) }, replanBy: shellNow)
        let ops = PendingWindow().reconcile(plan: plan, pending: [], now: shellNow)
        XCTAssertEqual(ops.add.count, 60)
        XCTAssertEqual(ops.add.map(\.id), (1...60).map { "daily:\($0)" })
        XCTAssertEqual(ops.overflow, (61...70).map { "daily:\($0)" })
        XCTAssertLessThanOrEqual(shellApplied(ops, on: []).count, PendingWindow.systemLimit)
    }

    func testTheWindowRefillsAsRequestsFire() {
        let all = (1...70).map { shellRequest("daily:\($0)", inMinutes: Double($0) * 60) }
        let window = PendingWindow()
        var pending = shellApplied(window.reconcile(plan: FullPlan(requests: all, replanBy: shellNow), pending: [], now: shellNow), on: [])
        // Ten hours pass: ten requests fire and leave the OS's pending list and the core's plan.
        let later = shellNow.addingTimeInterval(10 * 3600 + 60)
        pending.removeAll { $0.fireAt! <= later }
        XCTAssertEqual(pending.count, 50)
        let refill = window.reconcile(plan: FullPlan(requests: all.filter { $0.fireAt > later }, replanBy: later), pending: pending, now: later)
        XCTAssertEqual(refill.remove, [])
        XCTAssertEqual(refill.add.map(\.id), (61...70).map { "daily:\($0)" })
        pending = shellApplied(refill, on: pending)
        XCTAssertEqual(pending.map(\.id), (11...70).map { "daily:\($0)" })
        // Refilling again changes nothing.
        XCTAssertTrue(window.reconcile(plan: FullPlan(requests: all.filter { $0.fireAt > later }, replanBy: later), pending: pending, now: later).isEmpty)
    }

    func testAResetReplacesChangedRequestsRemovesDroppedOnesAndNeverDuplicates() {
        let window = PendingWindow()
        let pending = shellApplied(window.reconcile(plan: FullPlan(requests: [shellRequest("a", inMinutes: 60), shellRequest("b", inMinutes: 120), shellRequest("c", inMinutes: 180)], replanBy: shellNow), pending: [], now: shellNow), on: [])
        // After a zone change: a moved, b unchanged, c gone, d new.
        let moved = FullPlan(requests: [shellRequest("a", inMinutes: 240), shellRequest("b", inMinutes: 120), shellRequest("d", inMinutes: 30)], replanBy: shellNow)
        let ops = window.reconcile(plan: moved, pending: pending, now: shellNow)
        XCTAssertEqual(ops.remove, ["c"])
        XCTAssertEqual(ops.add.map(\.id), ["d", "a"])
        let after = shellApplied(ops, on: pending)
        XCTAssertEqual(after.map(\.id), ["d", "b", "a"])
        XCTAssertEqual(Set(after.map(\.id)).count, after.count)
    }

    func testAChangedTextIsReplacedEvenAtTheSameTime() {
        let window = PendingWindow()
        let pending = shellApplied(window.reconcile(plan: FullPlan(requests: [shellRequest("a", inMinutes: 60)], replanBy: shellNow), pending: [], now: shellNow), on: [])
        let ops = window.reconcile(plan: FullPlan(requests: [shellRequest("a", inMinutes: 60, title: "Time to check in")], replanBy: shellNow), pending: pending, now: shellNow)
        XCTAssertEqual(ops.add.map(\.title), ["Time to check in"])
        XCTAssertEqual(ops.remove, [])
    }

    func testADiffCancelsAddsAndStillRespectsTheWindow() {
        let window = PendingWindow(capacity: 3)
        let pending = shellApplied(window.reconcile(plan: FullPlan(requests: [shellRequest("a", inMinutes: 10), shellRequest("b", inMinutes: 20), shellRequest("c", inMinutes: 30)], replanBy: shellNow), pending: [], now: shellNow), on: [])
        let diff = PlanDiff(schedule: [shellRequest("b", inMinutes: 25), shellRequest("d", inMinutes: 5), shellRequest("e", inMinutes: 40)], cancel: ["a", "b"], replanBy: nil)
        let ops = window.apply(diff: diff, pending: pending, now: shellNow)
        XCTAssertEqual(ops.remove, ["a"])
        XCTAssertEqual(ops.add.map(\.id), ["d", "b"])
        XCTAssertEqual(ops.overflow, ["e"])
        XCTAssertEqual(shellApplied(ops, on: pending).map(\.id), ["d", "b", "c"])
    }

    func testAPastFireTimeIsDeliveredNowOrLeftForTodayNotDropped() {
        let plan = FullPlan(requests: [shellRequest("late", inMinutes: -5), shellRequest("stale", inMinutes: -120), shellRequest("soon", inMinutes: 1), shellRequest("shellNow", inMinutes: 0)], replanBy: shellNow)
        let ops = PendingWindow().reconcile(plan: plan, pending: [], now: shellNow)
        XCTAssertEqual(ops.deliverNow.map(\.id), ["late", "shellNow"])
        XCTAssertEqual(ops.leftForToday, ["stale"])
        XCTAssertEqual(ops.add.map(\.id), ["soon"])
        XCTAssertTrue(ops.add.allSatisfy { $0.fireAt > shellNow })
    }

    func testCapacityIsClampedToTheSystemLimit() {
        XCTAssertEqual(PendingWindow(capacity: 500).capacity, 64)
        XCTAssertEqual(PendingWindow(capacity: 0).capacity, 1)
        XCTAssertEqual(PendingWindow().capacity, 60)
    }

    func testTriggerComponentsNameTheSameInstant() throws {
        let zone = try XCTUnwrap(TimeZone(identifier: "America/New_York"))
        let c = PendingWindow.triggerComponents(for: shellNow, in: zone)
        XCTAssertEqual([c.year, c.month, c.day, c.hour, c.minute], [2025, 3, 10, 6, 0])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        XCTAssertEqual(calendar.date(from: c), shellNow)
    }
}

final class ShellActionRouterTests: XCTestCase {
    func testEachButtonRoutesToItsCoreActionWithTheIdUnchanged() {
        let id = " kit:2025-03-10:12-15-40"
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: id), .handle(notificationId: id, action: .done))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.snoozeIdentifier, notificationId: id), .handle(notificationId: id, action: .snooze(minutes: 15)))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.skipIdentifier, notificationId: id), .handle(notificationId: id, action: .skip))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.defaultIdentifier, notificationId: id), .open(notificationId: id))
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.dismissIdentifier, notificationId: id), .ignore)
    }

    func testUnknownActionsAndBlankIdsAreRejected() {
        for action in ["", "done", "app.tend.action.DONE", "app.tend.action.delete"] {
            XCTAssertEqual(ActionRouter.route(actionIdentifier: action, notificationId: "daily:a"), .reject(reason: "unknown action"), action)
        }
        XCTAssertEqual(ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: " \n"), .reject(reason: "missing notification id"))
    }

    func testEveryButtonCombinationHasARegisteredCategory() {
        let registered = Set(ActionRouter.allCategories.map(\.identifier))
        XCTAssertEqual(registered.count, 8)
        for buttons in [[ReminderButton.done, .snooze, .skip], [.skip, .done], [.done], []] {
            XCTAssertTrue(registered.contains(ActionRouter.categoryIdentifier(for: buttons)))
        }
        XCTAssertEqual(ActionRouter.categoryIdentifier(for: [.skip, .done]), "tend.done-skip")
        for button in ReminderButton.allCases {
            if case .handle = ActionRouter.route(actionIdentifier: ActionRouter.identifier(for: button), notificationId: "x:1") {} else {
                XCTFail("\(button) does not route")
            }
        }
    }

    func testADoubleDeliveredResponseIsHandledOnce() {
        let d = ActionDeduper(window: 10)
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .done, now: shellNow))
        XCTAssertFalse(d.firstDelivery(notificationId: "daily:a", action: .done, now: shellNow.addingTimeInterval(1)))
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .skip, now: shellNow.addingTimeInterval(2)))
        XCTAssertTrue(d.firstDelivery(notificationId: "daily:a", action: .done, now: shellNow.addingTimeInterval(30)))
    }
}

final class ShellReplanTriggersTests: XCTestCase {
    func testWallClockEventsResetAndUnchangedLaunchesSync() {
        let s = DeviceState(zoneId: "Europe/London", notificationsAllowed: true, appVersion: "1.0")
        for e in [ShellEvent.timeZoneChanged, .clockChanged, .significantTimeChange, .authorizationChanged] {
            XCTAssertEqual(ReplanTriggers.decide(e, previous: s, current: s), .reset)
        }
        for e in [ShellEvent.launch, .foreground, .backgroundRefresh, .dataChanged] {
            XCTAssertEqual(ReplanTriggers.decide(e, previous: s, current: s), .sync)
        }
        var moved = s
        moved.zoneId = "Asia/Tokyo"
        XCTAssertEqual(ReplanTriggers.decide(.launch, previous: s, current: moved), .reset)
        XCTAssertEqual(ReplanTriggers.decide(.launch, previous: nil, current: s), .reset)
    }

    func testNextRefreshIsClamped() {
        XCTAssertEqual(ReplanTriggers.nextRefresh(replanBy: shellNow.addingTimeInterval(60), now: shellNow), shellNow.addingTimeInterval(900))
        XCTAssertEqual(ReplanTriggers.nextRefresh(replanBy: shellNow.addingTimeInterval(3600), now: shellNow), shellNow.addingTimeInterval(3600))
        XCTAssertEqual(ReplanTriggers.nextRefresh(replanBy: nil, now: shellNow), shellNow.addingTimeInterval(6 * 3600))
    }
}

final class ShellKeyPolicyTests: XCTestCase {
    func testAnExistingDatabaseIsNeverGivenANewKey() {
        XCTAssertEqual(KeyPolicy.decide(databaseExists: true, keychainKeyLength: nil, keychainLocked: false), .refuse(.keyMissing))
        XCTAssertEqual(KeyPolicy.decide(databaseExists: true, keychainKeyLength: 16, keychainLocked: false), .refuse(.keyDamaged))
        XCTAssertEqual(KeyPolicy.decide(databaseExists: true, keychainKeyLength: nil, keychainLocked: true), .refuse(.keychainLocked))
        XCTAssertEqual(KeyPolicy.decide(databaseExists: false, keychainKeyLength: nil, keychainLocked: true), .refuse(.keychainLocked))
    }

    func testFirstRunCreatesAndLaterRunsUseTheKey() {
        XCTAssertEqual(KeyPolicy.decide(databaseExists: false, keychainKeyLength: nil, keychainLocked: false), .createNew)
        XCTAssertEqual(KeyPolicy.decide(databaseExists: true, keychainKeyLength: 32, keychainLocked: false), .useExisting)
        XCTAssertEqual(KeyPolicy.decide(databaseExists: false, keychainKeyLength: 32, keychainLocked: false), .useExisting)
    }
}
