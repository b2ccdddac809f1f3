// Host (Linux) tests for the Tend bridge: one user's day told through the generated Swift API,
// exactly as the iOS shell will call it (TendCore built as its own module over the cdylib).
import Foundation
import TendCore
import XCTest

private let zone = "Europe/Dublin"

/// The TendError a throwing call ended with, or nil when it did not throw one.
private func tendError(_ body: () throws -> Void) -> TendError? {
    do {
        try body()
        return nil
    } catch let error as TendError {
        return error
    } catch {
        return nil
    }
}

/// The user's network: a sponsor with contact windows and a cadence, someone to avoid, a group.
private struct Circle {
    let recovery: Network
    let sponsor: Person
    let avoided: Person
    let group: SupportGroup

    init(in store: TendStore) throws {
        recovery = try store.addNetwork(input: NetworkInput(name: "Recovery", focus: "Staying sober", since: "2026-01-02"))
        _ = try store.addNetwork(input: NetworkInput(name: "Career change"))
        sponsor = try store.addPerson(input: PersonInput(
            name: "Sam", role: .sponsor, support: [.accountability, .emotional],
            contacts: [ContactMethod(kind: .phone, value: "+353 87 123 4567")], cadenceDays: 3,
            windows: (1...5).map { ContactWindow(weekday: UInt8($0), start: 9 * 60, end: 21 * 60) },
            emergency: true, networks: [recovery.id]))
        avoided = try store.addPerson(input: PersonInput(
            name: "Old drinking buddy", role: .friend, support: [.practical], avoid: true, networks: [recovery.id]))
        _ = try store.setNeed(networkId: recovery.id, kind: .practical, importance: .essential, note: "lifts to meetings")
        _ = try store.setNeed(networkId: recovery.id, kind: .emotional, importance: .helpful, note: nil)
        group = try store.addGroup(input: GroupInput(
            name: "Tuesday Step Group", kind: .twelveStep, networkId: recovery.id,
            meetings: [MeetingInput(weekday: 2, start: 19 * 60 + 30, durationMinutes: 60, timezone: zone)],
            members: [sponsor.id]))
    }
}

private func daily(key: String? = nil) -> CheckinInput {
    CheckinInput(data: .daily(mood: 4, craving: 2), zone: zone, idempotencyKey: key)
}

final class TendStoreTests: XCTestCase {
    private var dir: URL!
    private var dbPath: String!
    private var key: Data!
    private var store: TendStore!

    override func setUp() {
        super.setUp()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        dbPath = dir.appendingPathComponent("tend.db").path
        key = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
        store = try! TendStore.open(path: dbPath, key: key)
    }

    override func tearDown() {
        store = nil
        try? FileManager.default.removeItem(at: dir)
        super.tearDown()
    }

    private func dailyCount() throws -> Int {
        try store.checkins(query: CheckinQuery(kind: .daily, limit: 10_000)).count
    }

    func testNetworksAndPeopleAreStoredAsEntered() throws {
        let circle = try Circle(in: store)
        XCTAssertEqual(try store.networks().map(\.name), ["Recovery", "Career change"])
        XCTAssertEqual(circle.recovery.since, "2026-01-02")
        let sponsor = try store.person(id: circle.sponsor.id)
        XCTAssertEqual(sponsor.role, .sponsor)
        XCTAssertEqual(sponsor.cadenceDays, 3)
        XCTAssertEqual(sponsor.windows.first, ContactWindow(weekday: 1, start: 540, end: 1260))
        XCTAssertLessThanOrEqual(sponsor.createdAt, Date())
        XCTAssertTrue(try store.person(id: circle.avoided.id).avoid)
        XCTAssertEqual(try store.people(networkId: circle.recovery.id).count, 2)
        XCTAssertEqual(try store.group(id: circle.group.id).meetings.first?.start, 1170, "19:30 as minutes after midnight")
        XCTAssertEqual(try parseContactWindows(spec: "fri 22:00-01:00"), [ContactWindow(weekday: 5, start: 1320, end: 60)])
    }

    func testADayOfCheckinsShowsInCoverageAndToday() throws {
        let circle = try Circle(in: store)
        _ = try store.logCheckin(input: daily())
        let call = try store.logCheckin(input: CheckinInput(
            data: .contact(personId: circle.sponsor.id, channel: .call, direction: .received, support: .emotional),
            zone: zone, note: "Talked about the weekend"))
        XCTAssertEqual(call.kind, .contact)
        _ = try store.logCheckin(input: CheckinInput(data: .meeting(groupId: circle.group.id), zone: zone))
        XCTAssertEqual(try store.checkins(query: CheckinQuery()).count, 3)

        // Practical support is a gap: only the avoided person gives it, and they never count.
        let coverage = try store.coverage(networkId: circle.recovery.id)
        let practical = try XCTUnwrap(coverage.first { $0.need.kind == .practical })
        XCTAssertTrue(practical.coveredBy.isEmpty, "nobody covers it: a gap")
        XCTAssertNotNil(practical.nextStep)
        let emotional = try XCTUnwrap(coverage.first { $0.need.kind == .emotional })
        XCTAssertEqual(emotional.coveredBy.map(\.name), ["Sam"])

        let today = try store.today(zone: zone)
        XCTAssertTrue(today.checkedIn)
        XCTAssertEqual(today.latestDaily?.mood, 4)
        XCTAssertTrue(today.gaps.contains { $0.need.kind == .practical })
        XCTAssertFalse(today.due.contains { $0.personId == circle.avoided.id })

        let sos = try store.sos(country: "IE", zone: zone)
        XCTAssertEqual(sos.emergencyContacts.map(\.name), ["Sam"])
        // The SOS buttons dial what the core makes of the number as typed.
        let typed = try XCTUnwrap(sos.emergencyContacts.first?.phones.first)
        XCTAssertEqual(phoneLink(number: typed, kind: .call), "tel:+353871234567")
        XCTAssertEqual(phoneLink(number: typed, kind: .text), "sms:+353871234567")
        XCTAssertNil(phoneLink(number: "ask at the desk", kind: .call))
        XCTAssertGreaterThan(crisisLines(country: nil).count, crisisLines(country: "GB").count)
    }

    func testANotificationActedOnTwiceLogsOneCheckin() throws {
        _ = try Circle(in: store)
        let plan = try store.plan(zone: zone, horizonDays: 14, maxPending: 60)
        XCTAssertEqual(plan.zone, zone)
        let first = try XCTUnwrap(plan.notifications.first)
        XCTAssertFalse(first.id.isEmpty)
        let reminder = try XCTUnwrap(plan.notifications.first { $0.kind == .dailyCheckin })
        let before = try dailyCount()
        let once = try store.handleAction(notificationId: reminder.id, action: .done, zone: zone)
        let twice = try store.handleAction(notificationId: reminder.id, action: .done, zone: zone)
        XCTAssertEqual(once.state, "done")
        XCTAssertEqual(once.checkin?.id, twice.checkin?.id)
        XCTAssertEqual(try dailyCount(), before + 1)
        XCTAssertNil(once.checkin?.mood, "a reminder tap does not invent a mood")

        let device = DeviceState(zone: zone, exactAlarms: true, notificationsAllowed: true, appVersion: "1")
        XCTAssertFalse(try store.sync(device: device).schedule.isEmpty)
        XCTAssertTrue(try store.sync(device: device).schedule.isEmpty)
        XCTAssertFalse(try store.reset(zone: zone).notifications.isEmpty)
        XCTAssertEqual(try store.setSetting(key: "quiet_hours", value: "22:30-07:00").quietHours,
                       QuietHours(start: 22 * 60 + 30, end: 7 * 60))
    }

    func testDocumentedErrorsSurfaceAsTypedErrors() throws {
        guard case let .InvalidInput(field, reason, problem)? = tendError({ _ = try store.addPerson(input: PersonInput(name: " ", role: .friend)) }) else {
            return XCTFail("expected TendError.InvalidInput for an empty name")
        }
        XCTAssertEqual(field, "name")
        XCTAssertEqual(problem, Message(id: .refusalEmpty, args: []), "why, for the shell to word")
        XCTAssertEqual(reason, "This must not be empty.", "the same in English, for logs")

        guard case let .InvalidInput(zoneField, _, _)? = tendError({ _ = try store.today(zone: "Mars/Olympus") }) else {
            return XCTFail("expected TendError.InvalidInput for an unknown zone")
        }
        XCTAssertEqual(zoneField, "zone")

        // Dates cross as "YYYY-MM-DD"; a bad one is refused before anything is stored.
        guard case let .InvalidInput(dateField, _, _)? = tendError({ _ = try store.addNetwork(input: NetworkInput(name: "Recovery", since: "2026-02-30")) }) else {
            return XCTFail("expected TendError.InvalidInput for an impossible date")
        }
        XCTAssertEqual(dateField, "date")
        XCTAssertEqual(try store.networks().count, 0)

        guard case .NotFound? = tendError({ _ = try store.person(id: 999) }) else {
            return XCTFail("expected TendError.NotFound")
        }

        var wrongKey = key!
        wrongKey[0] ^= 0xFF
        guard case .WrongKey? = tendError({ _ = try TendStore.open(path: dbPath, key: wrongKey) }) else {
            return XCTFail("expected TendError.WrongKey for a wrong key")
        }

        XCTAssertEqual(tendError { try debugPanicForTests() }, TendError.Storage(reason: "internal error"))
        XCTAssertEqual(try store.networks().count, 0, "the store is still usable after a caught panic")
    }

    func testEightThreadsAtOnce() throws {
        _ = try Circle(in: store)
        let store = self.store!
        let failures = NSLock()
        var errors: [Error] = []
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            do {
                for i in 0..<10 {
                    _ = try store.logCheckin(input: daily(key: "thread-\(t)-\(i)"))
                }
                _ = try store.logCheckin(input: daily(key: "thread-\(t)-0")) // a double tap: stored once
                _ = try store.today(zone: zone)
            } catch {
                failures.lock()
                errors.append(error)
                failures.unlock()
            }
        }
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        XCTAssertEqual(try dailyCount(), 80)
    }

    func testAsyncVariants() async throws {
        let path = dir.appendingPathComponent("async.db").path
        let store = try await TendStore.openAsync(path: path, key: Data(repeating: 7, count: 32))
        _ = try Circle(in: store)
        let today = try await store.todayAsync(zone: zone)
        XCTAssertEqual(today.zone, zone)
        let plan = try await store.planAsync(zone: zone, horizonDays: 7, maxPending: 10)
        XCTAssertLessThanOrEqual(plan.notifications.count, 10)
        let diff = try await store.syncAsync(device: DeviceState(zone: zone, exactAlarms: true, notificationsAllowed: true, appVersion: "1"))
        XCTAssertFalse(diff.schedule.isEmpty)
        XCTAssertEqual(diff.reset, .firstPlan)
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { try await store.planAsync(zone: zone, horizonDays: 7, maxPending: 10).notifications.count }
            }
            var all: [Int] = []
            for try await count in group { all.append(count) }
            return all
        }
        XCTAssertEqual(Set(counts), [plan.notifications.count])
    }

    func testABackupRestoresIntoASecondStore() async throws {
        let circle = try Circle(in: store)
        _ = try store.logCheckin(input: daily())
        let sealed = try await store.exportBackupAsync(passphrase: "correct horse battery staple")
        let other = try TendStore.open(path: dir.appendingPathComponent("restored.db").path, key: Data(repeating: 1, count: 32))
        let summary = try await other.importBackupAsync(bytes: sealed, passphrase: "correct horse battery staple", replace: false)
        XCTAssertEqual(summary.networks, 2)
        XCTAssertEqual(summary.people, 2)
        XCTAssertEqual(summary.checkins, 1)
        XCTAssertEqual(try other.person(id: circle.sponsor.id), try store.person(id: circle.sponsor.id))
        guard case let .InvalidInput(field, _, _)? = tendError({ _ = try other.importBackup(bytes: sealed, passphrase: nil, replace: true) }) else {
            return XCTFail("expected TendError.InvalidInput without a passphrase")
        }
        XCTAssertEqual(field, "passphrase")
    }
}
