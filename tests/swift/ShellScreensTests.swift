// Host (Linux) tests of the iOS Search and Data screens' decisions, driven through the
// generated bindings as the screens call them: a small Meeting Guide feed imported into the
// directory, searched near a point and by filters, a meeting joined (and then reminded), the
// SOS screen's "starting soon", and a backup exported, refused without its passphrase and
// restored with it.
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let belleville = GeoPoint(latitude: 44.1628, longitude: -77.3832)

/// "HH:MM" and weekday (0 = Sunday) of `date` in UTC.
private func slot(_ date: Date) -> (day: Int, time: String) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.weekday, .hour, .minute], from: date)
    return (c.weekday! - 1, String(format: "%02d:%02d", c.hour!, c.minute!))
}

/// Kingston's weekday: three days from the lunch meeting's, so a day filter on it never catches
/// the two meetings whose day depends on when the test runs.
private func kingstonDay(now: Date) -> Int {
    (slot(now.addingTimeInterval(45 * 60)).day + 3) % 7
}

/// Four meetings around the Bay of Quinte: two near Belleville, one in Kingston (~72 km away),
/// one online only (with the county-centre position real feeds give online meetings). The
/// lunch meeting starts in 45 minutes and the online one in 30, so both are "starting soon".
private func feed(now: Date) -> String {
    let lunch = slot(now.addingTimeInterval(45 * 60))
    let online = slot(now.addingTimeInterval(30 * 60))
    return """
    [
      {"slug": "lunch", "name": "Belleville Lunch Bunch", "day": \(lunch.day), "time": "\(lunch.time)",
       "timezone": "UTC", "types": ["O", "D"], "location": "Bridge Street Church",
       "formatted_address": "60 Bridge St E, Belleville, ON", "latitude": 44.1631, "longitude": -77.3826},
      {"slug": "trenton-women", "name": "Trenton Women's Group", "day": 2, "time": "19:30",
       "timezone": "America/Toronto", "types": ["W", "C"], "location": "Trinity Hall",
       "formatted_address": "12 Quinte St, Trenton, ON", "latitude": 44.1001, "longitude": -77.5766},
      {"slug": "kingston", "name": "Kingston Big Book", "day": \(kingstonDay(now: now)), "time": "20:00",
       "timezone": "America/Toronto", "types": ["B", "C"], "location": "St Mark's",
       "formatted_address": "1 King St, Kingston, ON", "latitude": 44.2312, "longitude": -76.4860},
      {"slug": "online-daily", "name": "Online Daily Reflection", "day": \(online.day), "time": "\(online.time)",
       "timezone": "UTC", "types": ["O"], "attendance_option": "online",
       "conference_url": "https://meet.example.org/daily", "latitude": 44.16, "longitude": -77.38}
    ]
    """
}

final class ShellScreensTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-screens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 3, count: 32))
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    private func search(_ form: MeetingSearchForm) throws -> [MeetingRow] {
        try store.searchDirectory(query: form.query).map {
            MeetingRow($0, deviceZone: TimeZone(identifier: "UTC")!, locale: Locale(identifier: "en_US_POSIX"))
        }
    }

    // MARK: Search

    func testAnImportedFeedIsSearchedNearMeNearestFirstAndJoinedIntoANetwork() throws {
        let report = try store.importDirectory(feed: "quinte.json", json: feed(now: Date()), defaultZone: nil)
        XCTAssertEqual(report.created, 4)
        XCTAssertEqual(report.skippedCount, 0)
        XCTAssertTrue(try store.groups().isEmpty, "a directory is not the user's groups")
        XCTAssertTrue(try store.plan(zone: "UTC", horizonDays: 7, maxPending: 60).notifications.allSatisfy { $0.kind != .meeting })

        var form = MeetingSearchForm()
        form.near = belleville
        form.withinKm = 25
        let near = try search(form)
        XCTAssertEqual(near.map(\.name), ["Belleville Lunch Bunch", "Trenton Women's Group"],
                       "nearest first; Kingston is too far and the online-only meeting has no place")
        XCTAssertEqual(near[0].distance, "0.1 km")
        XCTAssertEqual(near[1].distance, "17 km")
        XCTAssertEqual(near[1].when, "Tue 19:30 (America/Toronto)", "the meeting's own day, time and zone")
        XCTAssertEqual(near[0].place, "Bridge Street Church")

        // Join the lunch meeting into a network: it becomes the user's group, with reminders.
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        let group = try store.joinDirectoryMeeting(id: near[0].meetingId, networkId: network.id, wholeGroup: false)
        XCTAssertEqual(group.name, "Belleville Lunch Bunch")
        XCTAssertEqual(group.networkId, network.id)
        XCTAssertEqual(try search(form).map(\.joined), [true, false])
        // The lunch meeting starts 45 minutes from now, so its reminders fall at this time of day:
        // between about 21:15 and 06:15 UTC that is inside the default quiet hours, where the
        // core holds them. Quiet hours off, so the test means the same at any hour.
        _ = try store.setSetting(key: "quiet_hours", value: "off")
        let meetingReminders = try store.plan(zone: "UTC", horizonDays: 8, maxPending: 60).notifications
            .filter { $0.kind == .meeting }
        XCTAssertFalse(meetingReminders.isEmpty)
        XCTAssertTrue(meetingReminders.allSatisfy { $0.refers.groupId == group.id }, "only the joined meeting is reminded")
    }

    func testTheFiltersNarrowTheSearch() throws {
        let now = Date()
        _ = try store.importDirectory(feed: "quinte.json", json: feed(now: now), defaultZone: nil)
        var form = MeetingSearchForm()
        XCTAssertEqual(try search(form).count, 4, "no filter: every meeting")
        form.onlineOnly = true
        XCTAssertEqual(try search(form).map(\.name), ["Online Daily Reflection"])
        XCTAssertEqual(try search(form).map(\.online), [true])
        form = MeetingSearchForm()
        form.types = ["W"]
        XCTAssertEqual(try search(form).map(\.name), ["Trenton Women's Group"])
        form = MeetingSearchForm()
        form.text = "  big book  "
        XCTAssertEqual(try search(form).map(\.name), ["Kingston Big Book"])
        form = MeetingSearchForm()
        form.day = .weekday(UInt8(kingstonDay(now: now)))
        form.from = 19 * 60
        XCTAssertEqual(try search(form).map(\.name), ["Kingston Big Book"])
        form.from = 20 * 60 + 1
        XCTAssertEqual(try search(form).map(\.name), [])
    }

    func testTheFormBecomesTheCoresQuery() {
        var form = MeetingSearchForm()
        form.text = "   "
        form.withinKm = 10
        form.types = ["W", "C"]
        var query = form.query
        XCTAssertNil(query.text, "blank text is no filter")
        XCTAssertNil(query.withinKm, "a radius only means something near a point")
        XCTAssertEqual(query.types, ["C", "W"])
        XCTAssertNil(query.day)
        form.near = belleville
        form.day = .today
        query = form.query
        XCTAssertEqual(query.withinKm, 10)
        XCTAssertEqual(query.day, .today)
        form.day = .weekday(6)
        XCTAssertEqual(form.query.day, .weekday(day: 6))
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        XCTAssertEqual(MeetingSearchForm.minutes(of: Date(timeIntervalSince1970: 19 * 3600 + 45 * 60), calendar: utc), 1185)
    }

    func testEveryOfferedTypeFilterFindsItsMeetings() throws {
        _ = try store.importDirectory(feed: "quinte.json", json: feed(now: Date()), defaultZone: nil)
        let offered = meetingTypeFilters(language: "en")
        XCTAssertTrue(offered.contains(MeetingTypeName(code: "W", name: "Women")))
        XCTAssertEqual(meetingTypeFilters(language: "es").first { $0.code == "C" }?.name, "Cerrada")
        XCTAssertEqual(meetingTypeNames(codes: ["C", "XYZ"], language: "es"), ["Cerrada", "XYZ"])
        for type in offered {
            var byCode = MeetingSearchForm()
            byCode.types = [type.code]
            // The core accepts the shown name too, so code and name must name the same type.
            let byName = try store.searchDirectory(query: SearchQuery(types: [type.name]))
            XCTAssertEqual(try search(byCode).map(\.meetingId), byName.map(\.id), type.code)
        }
        var women = MeetingSearchForm()
        women.types = ["W"]
        XCTAssertEqual(try search(women).count, 1)
    }

    func testNearMeAsksForLocationOnlyWhenTheUserNeverAnswered() {
        XCTAssertEqual(nearMeStep(.notDetermined), .askPermission)
        XCTAssertEqual(nearMeStep(.authorizedWhenInUse), .locate)
        XCTAssertEqual(nearMeStep(.authorizedAlways), .locate)
        XCTAssertEqual(nearMeStep(.denied), .explainDenied)
        XCTAssertEqual(nearMeStep(.restricted), .explainDenied)
    }

    func testSOSShowsOnlineMeetingsStartingSoonAndInPersonOnesNearTheLastSearch() throws {
        _ = try store.importDirectory(feed: "quinte.json", json: feed(now: Date()), defaultZone: nil)
        let before = try store.meetingsSoon(zone: "UTC", near: nil, limit: 5)
        XCTAssertEqual(before.map(\.name), ["Online Daily Reflection"], "no place searched from yet: online ones only")
        XCTAssertTrue((28...31).contains(before[0].minutesUntil), "\(before[0].minutesUntil)")
        XCTAssertEqual(startsIn(minutes: before[0].minutesUntil), "in \(before[0].minutesUntil) min")

        var form = MeetingSearchForm()
        form.near = belleville
        _ = try search(form)
        let after = try store.meetingsSoon(zone: "UTC", near: nil, limit: 5)
        XCTAssertEqual(after.map(\.name), ["Online Daily Reflection", "Belleville Lunch Bunch"], "soonest first")
        XCTAssertEqual(startsIn(minutes: 0), "now")
        XCTAssertEqual(startsIn(minutes: 75), "in 1 h 15 min")
    }

    // MARK: Data

    func testTheDataScreenOffersWhatTheStoreStateAllows() {
        XCTAssertEqual(DataActions.offered(storeOpen: true, launch: nil, failure: nil), DataActions(export: true, restore: true, moveAside: false))
        XCTAssertEqual(DataActions.offered(storeOpen: false, launch: .waitForUnlock, failure: nil),
                       DataActions(export: false, restore: false, moveAside: false))
        XCTAssertEqual(DataActions.offered(storeOpen: false, launch: .askToRestore(problem: .keyMissing), failure: nil),
                       DataActions(export: false, restore: false, moveAside: true))
        XCTAssertEqual(DataActions.offered(storeOpen: false, launch: nil, failure: .unreadable),
                       DataActions(export: false, restore: false, moveAside: true), "a damaged file or the wrong key: move it aside first")
        XCTAssertEqual(DataActions.offered(storeOpen: false, launch: nil, failure: .newerVersion),
                       DataActions(export: false, restore: false, moveAside: false), "a newer Tend's data is healthy: update the app")
        XCTAssertEqual(DataActions.offered(storeOpen: false, launch: nil, failure: .unavailable),
                       DataActions(export: false, restore: false, moveAside: false), "out of reach is not the file's fault")
    }

    func testOnlyAStoreItsKeyCannotUseCountsAsUnreadable() throws {
        XCTAssertEqual(OpenFailure.of(TendError.WrongKey(reason: "wrong key")), .unreadable)
        XCTAssertEqual(OpenFailure.of(TendError.Corrupt(reason: "damaged")), .unreadable)
        XCTAssertEqual(OpenFailure.of(TendError.NewerSchema(reason: "newer")), .newerVersion)
        XCTAssertEqual(OpenFailure.of(TendError.CannotOpen(reason: "no permission")), .unavailable)
        XCTAssertEqual(OpenFailure.of(TendError.Storage(reason: "disk full")), .unavailable)
        // The real core: a store opened with another key.
        let path = dir.appendingPathComponent("keyed.db").path
        _ = try TendStore.open(path: path, key: Data(repeating: 3, count: 32))
        XCTAssertThrowsError(try TendStore.open(path: path, key: Data(repeating: 4, count: 32))) { error in
            XCTAssertEqual(OpenFailure.of(error), .unreadable)
        }
    }

    func testAnEncryptedBackupAsksForItsPassphraseAndLeavesTheStoreAloneUntilRight() async throws {
        _ = try store.addNetwork(input: NetworkInput(name: "Recovery"))
        _ = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor))
        let bytes = try await store.exportBackupAsync(passphrase: "blue kettle")
        let file = try BackupFile.write(bytes, named: BackupFile.name(at: Date(timeIntervalSince1970: 1_796_000_000), zone: TimeZone(identifier: "UTC")!), in: dir)
        XCTAssertEqual(file.lastPathComponent, "Tend backup 2026-11-30.tendbackup")

        let fresh = try TendStore.open(path: dir.appendingPathComponent("other.db").path, key: Data(repeating: 4, count: 32))
        func restore(_ passphrase: String?) async -> RestoreStep {
            let result: Result<BackupSummary, Error>
            do {
                result = .success(try await fresh.importBackupAsync(bytes: Data(contentsOf: file), passphrase: passphrase, replace: true))
            } catch {
                result = .failure(error)
            }
            return Restore.step(after: result)
        }
        let first = await restore(nil)
        XCTAssertEqual(first, .askPassphrase)
        let wrong = await restore("red kettle")
        guard case let .refused(why) = wrong else { return XCTFail("expected a refusal, got \(wrong)") }
        XCTAssertEqual(why.id, .refusalBackupDecrypt)
        XCTAssertTrue(MessageCatalog.shipped.text("en").string(why).contains("passphrase is wrong"))
        XCTAssertTrue(try fresh.people(networkId: nil).isEmpty, "nothing restored by a wrong passphrase")
        let right = await restore("blue kettle")
        guard case let .restored(summary) = right else { return XCTFail("expected restored, got \(right)") }
        XCTAssertEqual(summary.people, 1)
        XCTAssertEqual(try fresh.people(networkId: nil).map(\.name), ["Sam"])
    }

    func testABackupFileIsPrivateAndWhole() throws {
        let bytes = Data((0..<100_000).map { UInt8($0 % 251) })
        let file = try BackupFile.write(bytes, named: "b.tendbackup", in: dir)
        XCTAssertEqual(try Data(contentsOf: file), bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        // Writing again replaces it whole; no partial file is left behind.
        let second = Data("second".utf8)
        _ = try BackupFile.write(second, named: "b.tendbackup", in: dir)
        XCTAssertEqual(try Data(contentsOf: file), second)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".partial") }
        XCTAssertEqual(left, [])
    }

    func testAnUnreadableStoreIsMovedAsideNotDeleted() throws {
        let damaged = dir.appendingPathComponent("damaged.db")
        try Data(repeating: 0x5A, count: 8192).write(to: damaged)
        XCTAssertThrowsError(try TendStore.open(path: damaged.path, key: Data(repeating: 3, count: 32)))
        // A store that opens with its key is never moved.
        let healthy = dir.appendingPathComponent("healthy.db")
        _ = try TendStore.open(path: healthy.path, key: Data(repeating: 3, count: 32))
        XCTAssertThrowsError(try quarantineStore(path: healthy.path, key: Data(repeating: 3, count: 32)))
        XCTAssertTrue(FileManager.default.fileExists(atPath: healthy.path))
        let movedTo = try quarantineStore(path: damaged.path, key: Data(repeating: 3, count: 32))
        XCTAssertFalse(FileManager.default.fileExists(atPath: damaged.path))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: movedTo)), Data(repeating: 0x5A, count: 8192))
        // Starting afresh at the same path now works.
        XCTAssertNoThrow(try TendStore.open(path: damaged.path, key: Data(repeating: 3, count: 32)))
    }
}
