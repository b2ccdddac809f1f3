// Host (Linux) tests of how the iOS shell heals after what a phone does: replans asked for
// while one runs, the app not running through a zone change, a cold start where iOS holds
// nothing, a tap whose store write fails, the store opened by two callers at once, and the
// lock-screen option. The real core decides every reset; the notification center is a fake that
// behaves like UNUserNotificationCenter.
import Foundation
import TendCore
import TendShellLogic
import XCTest

/// UNUserNotificationCenter as a replan uses it: an added identifier replaces a pending one.
private final class Center: NotificationScheduling, @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [String: ReminderRequest] = [:]

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    func pendingReminders() async -> [PendingReminder] {
        locked { requests.values.map { PendingReminder(id: $0.id, fingerprint: $0.fingerprint, zone: $0.zone) } }
    }

    func removePending(withIdentifiers ids: [String]) {
        locked { ids.forEach { requests[$0] = nil } }
    }

    func add(_ request: ReminderRequest) async throws {
        locked { requests[request.id] = request }
    }

    var all: [ReminderRequest] { locked { Array(requests.values) } }
}

/// Something a test holds closed until it chooses to open it.
private actor Gate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func open() {
        isOpen = true
        waiters.forEach { $0.resume() }
        waiters = []
    }
}

private actor Log {
    private(set) var entries: [String] = []
    func add(_ entry: String) { entries.append(entry) }
}

/// Waits (at most 5 s) until `condition` holds; fails the test otherwise and returns, so the
/// test still opens its gates and ends (a throw would leave an `async let` waiting forever).
private func eventually(_ what: String, file: StaticString = #filePath, line: UInt = #line,
                        _ condition: () async -> Bool) async {
    let deadline = Date().addingTimeInterval(5)
    while !(await condition()) {
        guard Date() < deadline else { return XCTFail("timed out waiting for \(what)", file: file, line: line) }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
}

/// A value the test changes while a task reads it.
private final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    var current: T {
        get {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
        set {
            lock.lock()
            value = newValue
            lock.unlock()
        }
    }
}

final class ShellHealingTests: XCTestCase {
    private var dir: URL!
    private var path: String!
    private let key = Data(repeating: 9, count: 32)

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-heal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        path = dir.appendingPathComponent("tend.db").path
        let store = try TendStore.open(path: path, key: key)
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        _ = try store.setSetting(key: "checkin_times", value: "08:00,20:00")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A replan as the app runs one; a new TendStore stands for a new process.
    @discardableResult
    private func replan(_ event: ShellEvent, store: TendStore, center: Center, zone: TimeZone,
                        beforeSync: @escaping () async -> Void = {}) async throws -> ReplanOutcome {
        try await Replanner(center: center).replan(
            after: event, zone: zone, authorization: .authorized, appVersion: "1", now: Date(),
            text: MessageCatalog.shipped.text("en")
        ) { device in
            await beforeSync()
            return try await store.syncAsync(device: device)
        }
    }

    func testAReplanAskedForDuringAReplanRunsAfterItInsteadOfBeingDropped() async throws {
        let store = try TendStore.open(path: path, key: key)
        let center = Center()
        let zone = Box(TimeZone(identifier: "UTC")!)
        let gate = Gate()
        let log = Log()
        let replans = SerialQueue<ShellEvent> { event in
            await log.add("start \(event)")
            let outcome = try? await self.replan(event, store: store, center: center, zone: zone.current) {
                if event == .launch { await gate.wait() }
            }
            await log.add("end \(event) \(outcome?.reset.map { "\($0)" } ?? "minimal")")
        }
        async let launch: Void = replans.request(.launch)
        await eventually("the launch replan to start") { await log.entries == ["start launch"] }
        // The user lands in Tokyo while the launch replan is still running.
        zone.current = TimeZone(identifier: "Asia/Tokyo")!
        async let zoneChange: Void = replans.request(.timeZoneChanged)
        await eventually("the zone change to queue") { await replans.queued == 1 }
        await gate.open()
        _ = await (launch, zoneChange)

        let entries = await log.entries
        XCTAssertEqual(entries, ["start launch", "end launch firstPlan", "start timeZoneChanged", "end timeZoneChanged zoneChanged"])
        XCTAssertFalse(center.all.isEmpty)
        XCTAssertTrue(center.all.allSatisfy { $0.zone == "Asia/Tokyo" }, "every pending request is in the new zone")
        XCTAssertEqual(Set(try store.believedPending()), Set(center.all.map(\.id)))
    }

    func testTheSameReplanAskedTwiceWhileOneRunsRunsOnceMore() async throws {
        let gate = Gate()
        let log = Log()
        let replans = SerialQueue<ShellEvent> { event in
            await log.add("\(event)")
            if event == .launch { await gate.wait() }
        }
        async let launch: Void = replans.request(.launch)
        await eventually("the launch replan to start") { await log.entries == ["launch"] }
        async let a: Void = replans.request(.dataChanged)
        async let b: Void = replans.request(.dataChanged)
        async let c: Void = replans.request(.foreground)
        await eventually("both to queue") { await replans.queued == 2 }
        await gate.open()
        _ = await (launch, a, b, c)
        let entries = await log.entries
        XCTAssertEqual(entries.first, "launch")
        XCTAssertEqual(entries.sorted(), ["dataChanged", "foreground", "launch"])
    }

    func testAZoneChangeWhileTheAppWasNotRunningResetsAtTheNextLaunch() async throws {
        let center = Center()
        try await replan(.launch, store: TendStore.open(path: path, key: key), center: center,
                         zone: TimeZone(identifier: "Europe/Dublin")!)
        XCTAssertTrue(center.all.allSatisfy { $0.zone == "Europe/Dublin" })
        // The process ends; the phone moves to New York; iOS still holds the Dublin requests.
        let relaunched = try TendStore.open(path: path, key: key)
        let outcome = try await replan(.launch, store: relaunched, center: center,
                                       zone: TimeZone(identifier: "America/New_York")!)
        XCTAssertEqual(outcome.reset, .zoneChanged)
        XCTAssertTrue(center.all.allSatisfy { $0.zone == "America/New_York" })
        XCTAssertEqual(Set(try relaunched.believedPending()), Set(center.all.map(\.id)))
    }

    func testAColdStartWithNothingPendingInIOSResetsAndRefills() async throws {
        let zone = TimeZone(identifier: "UTC")!
        try await replan(.launch, store: TendStore.open(path: path, key: key), center: Center(), zone: zone)
        // A new process finds iOS holding nothing (restored phone, notifications cleared).
        let empty = Center()
        let relaunched = try TendStore.open(path: path, key: key)
        XCTAssertFalse(try relaunched.believedPending().isEmpty)
        let outcome = try await replan(.launch, store: relaunched, center: empty, zone: zone)
        XCTAssertEqual(outcome.reset, .pendingMissing)
        XCTAssertFalse(empty.all.isEmpty)
        XCTAssertEqual(Set(try relaunched.believedPending()), Set(empty.all.map(\.id)))
    }

    // MARK: Notification actions

    func testAnActionWhoseStoreWriteFailsKeepsTheNotificationAndCanBeTappedAgain() async throws {
        let deduper = ActionDeduper()
        var dismissed: [String] = []
        let failing = await ActionHandling.perform(
            notificationId: "checkin:1", action: .done, deduper: deduper, now: Date(),
            handle: { _, _ in throw TendError.Storage(reason: "disk full") },
            dismiss: { dismissed.append($0) })
        guard case .kept = failing else { return XCTFail("expected the notification kept, got \(failing)") }
        XCTAssertEqual(dismissed, [], "a tap that was not stored must not make the notification disappear")

        // The user taps Done again a moment later and the store takes it this time.
        let store = try TendStore.open(path: path, key: key)
        let center = Center()
        try await replan(.launch, store: store, center: center, zone: TimeZone(identifier: "UTC")!)
        let id = try XCTUnwrap(try store.believedPending().first)
        let stored = await ActionHandling.perform(
            notificationId: id, action: .done, deduper: deduper, now: Date(),
            handle: { id, action in try store.handleAction(notificationId: id, action: action, zone: "UTC") },
            dismiss: { dismissed.append($0) })
        guard case let .stored(outcome) = stored else { return XCTFail("expected stored, got \(stored)") }
        XCTAssertEqual(outcome.state, "done")
        XCTAssertEqual(dismissed, [id], "dismissed once the core stored it")
    }

    func testAFailedTapIsLetThroughAgainButAStoredOneIsNot() async throws {
        let deduper = ActionDeduper()
        let now = Date()
        let id = "checkin:2"
        _ = await ActionHandling.perform(notificationId: id, action: .done, deduper: deduper, now: now,
                                         handle: { _, _ in throw TendError.CannotOpen(reason: "locked") },
                                         dismiss: { _ in })
        var calls = 0
        let retry = await ActionHandling.perform(notificationId: id, action: .done, deduper: deduper, now: now,
                                                 handle: { _, _ in calls += 1; throw TendError.Storage(reason: "busy") },
                                                 dismiss: { _ in })
        XCTAssertEqual(calls, 1, "the retry reached the core")
        guard case .kept = retry else { return XCTFail("expected kept") }
    }

    func testATapOnAReminderTheCoreNoLongerKnowsIsDismissed() async throws {
        let store = try TendStore.open(path: path, key: key)
        var dismissed: [String] = []
        let result = await ActionHandling.perform(
            notificationId: "no-such-reminder", action: .done, deduper: ActionDeduper(), now: Date(),
            handle: { id, action in try store.handleAction(notificationId: id, action: action, zone: "UTC") },
            dismiss: { dismissed.append($0) })
        guard case .refused(.NotFound) = result else { return XCTFail("expected NotFound, got \(result)") }
        XCTAssertEqual(dismissed, ["no-such-reminder"], "tapping it again could never work")
    }

    func testDoneFromTheLockScreenNeedsUnlockUnlessTheUserTurnsThatOff() {
        XCTAssertTrue(LockScreenDone.needsUnlock(stored: nil), "on by default")
        XCTAssertFalse(LockScreenDone.needsUnlock(stored: false))
        XCTAssertEqual(LockScreenDone.options(for: .done, needsUnlock: true), [.authenticationRequired])
        XCTAssertEqual(LockScreenDone.options(for: .done, needsUnlock: false), [])
        XCTAssertEqual(LockScreenDone.options(for: .snooze, needsUnlock: true), [])
        XCTAssertEqual(LockScreenDone.options(for: .skip, needsUnlock: true), [])
    }

    // MARK: Opening the store once

    func testTwoCallersAtOnceOpenTheStoreOnce() async throws {
        let gate = Gate()
        let log = Log()
        let path = self.path!, key = self.key
        let opener = OpenOnce<TendStore> {
            await log.add("open")
            await gate.wait()
            return try await TendStore.openAsync(path: path, key: key)
        }
        async let first = opener.value()
        await eventually("the first open to start") { await log.entries.count == 1 }
        async let second = opener.value()
        // Give the second caller time to (wrongly) start its own open before the first ends.
        try await Task.sleep(nanoseconds: 100_000_000)
        await gate.open()
        let (a, b) = try await (first, second)
        XCTAssertTrue(a === b, "both callers got the same store")
        let opens = await log.entries.count
        XCTAssertEqual(opens, 1)
    }

    func testAFailedOpenIsTriedAgainAndCloseOpensAfresh() async throws {
        let log = Log()
        let path = self.path!
        let key = Data(repeating: 9, count: 32)
        let wrong = Data(repeating: 1, count: 32)
        let useWrongKey = Box(true)
        let opener = OpenOnce<TendStore> {
            await log.add("open")
            return try TendStore.open(path: path, key: useWrongKey.current ? wrong : key)
        }
        do {
            _ = try await opener.value()
            XCTFail("a wrong key must not open")
        } catch TendError.WrongKey {}
        let (isOpen, isClosed) = (await opener.isOpen, await opener.isClosed)
        XCTAssertFalse(isOpen)
        XCTAssertTrue(isClosed, "a failed open leaves nothing open: the file may be moved aside")
        useWrongKey.current = false
        let store = try await opener.value()
        XCTAssertNotNil(try store.settings())
        _ = try await opener.value()
        var opens = await log.entries.count
        XCTAssertEqual(opens, 2, "the failure was not kept; the success was")
        await opener.close()
        _ = try await opener.value()
        opens = await log.entries.count
        XCTAssertEqual(opens, 3)
    }
}
