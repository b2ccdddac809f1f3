// Host (Linux) tests of the iOS shell's path from the real core to UNUserNotificationCenter
// operations: generated bindings + TendCoreBridge + TendShellLogic, as the app chains them.
import Foundation
import TendCore
import TendCoreBridge
import TendShellLogic
import XCTest

/// The pending list a fake notification center holds after `ops`.
private func bridgeApplied(_ ops: WindowOps, to pending: [PendingRequest]) -> [PendingRequest] {
    var byId = Dictionary(pending.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for id in ops.remove { byId[id] = nil }
    for r in ops.add { byId[r.id] = PendingRequest(id: r.id, fireAt: r.fireAt, fingerprint: r.fingerprint) }
    return Array(byId.values)
}

final class ShellBridgeTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 7, count: 32))
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        // Six check-ins a day for two weeks: more than the window holds.
        _ = try store.setSetting(key: "checkin_times", value: "07:00,09:00,11:00,13:00,15:00,17:00")
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    func testAResetFillsTheWindowWithTheNearestSixtyAndARefillChangesNothing() throws {
        let plan = CoreBridge.plan(try store.reset(zone: "UTC"))
        XCTAssertEqual(plan.requests.count, 60, "the core caps the plan at the window")
        let window = PendingWindow()
        let ops = window.reconcile(plan: plan, pending: [], now: Date())
        XCTAssertEqual(ops.add.count, 60)
        XCTAssertEqual(ops.add.map(\.fireAt), ops.add.map(\.fireAt).sorted())
        XCTAssertTrue(ops.add.allSatisfy { $0.kind == "daily_checkin" && !$0.title.isEmpty })
        let pending = bridgeApplied(ops, to: [])
        let diff = CoreBridge.diff(try store.sync(zone: "UTC"))
        XCTAssertTrue(window.apply(diff: diff, pending: pending, now: Date()).isEmpty)
    }

    func testAZoneChangeReplacesRequestsInPlaceWithoutDuplicates() throws {
        let window = PendingWindow()
        let pending = bridgeApplied(window.reconcile(plan: CoreBridge.plan(try store.reset(zone: "Europe/Dublin")), pending: [], now: Date()), to: [])
        let ops = window.reconcile(plan: CoreBridge.plan(try store.reset(zone: "Asia/Tokyo")), pending: pending, now: Date())
        let after = bridgeApplied(ops, to: pending)
        XCTAssertLessThanOrEqual(after.count, 60)
        XCTAssertEqual(Set(after.map(\.id)).count, after.count)
        XCTAssertFalse(ops.add.isEmpty)
    }

    func testADoubleDeliveredDoneLogsOneCheckin() throws {
        let first = try XCTUnwrap(CoreBridge.plan(try store.reset(zone: "UTC")).requests.first)
        var outcomes: [ActionOutcome] = []
        for _ in 0..<2 {
            guard case let .handle(id, action) = ActionRouter.route(actionIdentifier: ActionRouter.doneIdentifier, notificationId: first.id) else {
                return XCTFail("done did not route")
            }
            outcomes.append(try store.handleAction(notificationId: id, action: CoreBridge.action(action), zone: "UTC"))
        }
        XCTAssertEqual(outcomes[0].state, "done")
        XCTAssertNotNil(outcomes[0].checkin)
        XCTAssertEqual(outcomes[0].checkin, outcomes[1].checkin)
    }

    func testASnoozeMovesTheRequestInTheNextSync() throws {
        let window = PendingWindow()
        let plan = CoreBridge.plan(try store.reset(zone: "UTC"))
        let pending = bridgeApplied(window.reconcile(plan: plan, pending: [], now: Date()), to: [])
        let first = try XCTUnwrap(plan.requests.first)
        guard case let .handle(id, action) = ActionRouter.route(actionIdentifier: ActionRouter.snoozeIdentifier, notificationId: first.id) else {
            return XCTFail("snooze did not route")
        }
        let outcome = try store.handleAction(notificationId: id, action: CoreBridge.action(action), zone: "UTC")
        let ops = window.apply(diff: CoreBridge.diff(try store.sync(zone: "UTC")), pending: pending, now: Date())
        let moved = try XCTUnwrap(ops.add.first { $0.id == first.id })
        // The plan keeps milliseconds; the outcome carries the core's full precision.
        let until = try XCTUnwrap(outcome.snoozedUntil)
        XCTAssertEqual(moved.fireAt.timeIntervalSince1970, until.timeIntervalSince1970, accuracy: 0.001)
        let after = bridgeApplied(ops, to: pending)
        XCTAssertLessThanOrEqual(after.count, 60)
        XCTAssertEqual(after.filter { $0.id == first.id }.count, 1)
    }
}
