// Host (Linux) tests of the iOS Progress tab against the real core: a goal set with its partner
// and target, its progress after the daily check-in (mood, craving, a private note), groups with
// weekly meetings in their own zone and "I went" by hand, the log filtered by kind with a
// mistaken entry removed, and milestones celebrated once.
import Foundation
import TendCore
import TendShellLogic
import XCTest

final class ShellProgressTests: XCTestCase {
    private var scratch: ScratchStore!
    private var store: TendStore { scratch.store }
    private var networkId: Int64 = 0
    private var sam: Int64 = 0

    override func setUpWithError() throws {
        scratch = try ScratchStore()
        networkId = try store.addNetwork(input: NetworkInput(name: "Recovery", focus: nil, since: nil)).id
        var form = PersonForm(networks: [networkId])
        form.name = "Sam"
        form.role = .sponsor
        sam = try form.save(store).get().id
    }

    override func tearDownWithError() throws {
        scratch = nil
    }

    func testAGoalWithAPartnerShowsItsProgressAfterACheckIn() throws {
        var goal = GoalForm(networkId: networkId, kind: .daily)
        goal.target = 0
        guard case let .failure(problem) = goal.save(store, zone: "UTC") else { return XCTFail("a target of 0 was stored") }
        XCTAssertNotNil(problem.reason(for: "target"), "said next to the target")
        goal.target = 5
        goal.period = .week
        goal.partnerId = sam
        goal.title = "Check in most days"
        let saved = try goal.save(store, zone: "UTC").get()
        XCTAssertEqual(saved.partnerId, sam)

        let before = try XCTUnwrap(try store.goalProgress(networkId: networkId, zone: "UTC").first)
        XCTAssertEqual(before.count, 0)
        XCTAssertEqual(before.partner?.name, "Sam")

        var checkin = DailyCheckinForm()
        checkin.mood = 6
        guard case let .failure(mood) = checkin.save(store, zone: "UTC") else { return XCTFail("mood 6 was stored") }
        XCTAssertNotNil(mood.reason(for: "mood"))
        checkin.mood = 4
        checkin.craving = 2
        checkin.note = "  Hard morning, better after the walk.  "
        let logged = try checkin.save(store, zone: "UTC").get()
        XCTAssertEqual(logged.note, "Hard morning, better after the walk.")
        _ = try checkin.save(store, zone: "UTC").get() // a double tap logs once

        let after = try XCTUnwrap(try store.goalProgress(networkId: networkId, zone: "UTC").first)
        XCTAssertEqual(after.goal.id, saved.id)
        XCTAssertEqual(after.count, 1)
        XCTAssertEqual(after.goal.target, 5)
        XCTAssertFalse(after.met)
        XCTAssertEqual(after.partner?.id, sam)
        let today = try store.today(zone: "UTC")
        XCTAssertTrue(today.checkedIn)
        XCTAssertEqual(today.latestDaily?.mood, 4)
        XCTAssertEqual(today.latestDaily?.craving, 2)

        XCTAssertNoThrow(try removeGoal(saved.id, store: store).get())
        XCTAssertTrue(try store.goalProgress(networkId: networkId, zone: "UTC").isEmpty)
    }

    func testTheGoalFormOffersTheCoresKindsAndTheirNarrowings() throws {
        let offered = goalKinds()
        XCTAssertFalse(offered.isEmpty)
        XCTAssertFalse(offered.contains { $0.kind == .sos }, "SOS is never a goal")
        var group = GroupForm(networkId: networkId)
        group.name = "Home group"
        let groupId = try group.save(store).get().id
        for choice in offered {
            var goal = GoalForm(networkId: networkId, kind: choice.kind)
            goal.personId = choice.namesPerson ? sam : nil
            goal.groupId = choice.namesGroup ? groupId : nil
            XCTAssertNoThrow(try goal.save(store, zone: "UTC").get(), "\(choice.kind)")
        }
        var contactWithGroup = GoalForm(networkId: networkId, kind: .contact)
        contactWithGroup.groupId = groupId
        guard case let .failure(problem) = contactWithGroup.save(store, zone: "UTC") else {
            return XCTFail("a contact goal naming a group was stored")
        }
        XCTAssertNotNil(problem.reason(for: "group"), "said next to the group picker")
    }

    func testAGroupMeetsWeeklyInItsOwnZoneAndIWentIsLoggedOnce() throws {
        var form = GroupForm(networkId: networkId)
        form.name = "Tuesday Big Book"
        var meeting = form.newMeeting(deviceZone: TimeZone(identifier: "Europe/Dublin")!)
        XCTAssertEqual(meeting.timezone, "Europe/Dublin", "a new meeting keeps the phone's zone")
        meeting.weekday = 2
        meeting.start = 19 * 60 + 30
        form.meetings = [meeting]
        XCTAssertEqual(form.newMeeting(deviceZone: TimeZone(identifier: "UTC")!).timezone, "Europe/Dublin",
                       "another meeting of the group keeps the group's zone")
        form.onlineUrl = "meet.example.org"
        guard case let .failure(url) = form.save(store) else { return XCTFail("a link without https was stored") }
        XCTAssertNotNil(url.reason(for: "online url"))
        form.onlineUrl = "https://meet.example.org/bigbook"
        let group = try form.save(store).get()
        XCTAssertEqual(group.meetings.first?.timezone, "Europe/Dublin")
        XCTAssertEqual(group.meetings.first?.start, 19 * 60 + 30)
        XCTAssertFalse(GroupActions.joinedFromList(group))

        var edit = GroupForm(group)
        edit.name = "Tuesday Big Book Study"
        XCTAssertEqual(try edit.save(store).get().meetings.count, 1, "an edit keeps the meetings")

        _ = try GroupActions.attended(group.id, zone: "UTC", key: "went-1", store: store).get()
        _ = try GroupActions.attended(group.id, zone: "UTC", key: "went-1", store: store).get()
        XCTAssertEqual(try store.checkins(query: LogFilter.only(.meeting).query).count, 1)
        XCTAssertNoThrow(try GroupActions.remove(group, store: store).get())
        XCTAssertTrue(try store.groups().isEmpty)
        XCTAssertEqual(try store.checkins(query: LogFilter.only(.meeting).query).count, 1, "attendance stays in the log")
    }

    func testTheLogFiltersByKindAndAMistakenEntryIsRemoved() throws {
        _ = try DailyCheckinForm().save(store, zone: "UTC").get()
        var contact = ContactLogForm(personId: sam)
        contact.note = "Coffee"
        let mistaken = try contact.save(store, zone: "UTC").get()
        var thanks = GratitudeForm(personId: sam)
        thanks.note = "For the lift"
        _ = try thanks.save(store, zone: "UTC").get()

        XCTAssertEqual(LogFilter.choices.count, CheckinKind.allCases.count + 1)
        XCTAssertEqual(try store.checkins(query: LogFilter.all.query).count, 3)
        let contacts = try store.checkins(query: LogFilter.only(.contact).query)
        XCTAssertEqual(contacts.map(\.id), [mistaken.id])
        let entries = LogEntry.entries(try store.checkins(query: LogFilter.all.query), people: try store.people(networkId: nil),
                                       groups: try store.groups())
        XCTAssertEqual(entries.first { $0.id == mistaken.id }?.person, "Sam")

        XCTAssertNoThrow(try removeLogEntry(mistaken.id, store: store).get())
        XCTAssertTrue(try store.checkins(query: LogFilter.only(.contact).query).isEmpty)
        XCTAssertEqual(try store.checkins(query: LogFilter.all.query).count, 2)
    }

    func testAReachedMilestoneIsCelebratedOnce() throws {
        var network = NetworkForm(try store.network(id: networkId))
        let calendar = Calendar(identifier: .gregorian)
        network.since = LocalDay.string(calendar.date(byAdding: .day, value: -40, to: Date())!, calendar: calendar)
        _ = try network.save(store).get()
        let reports = try store.milestones(zone: "UTC")
        XCTAssertEqual(reports.count, 1)
        XCTAssertNotNil(reports[0].last, "40 days in, a milestone was reached")
        let due = Celebrations.due(reports, celebrated: [])
        XCTAssertEqual(due.map(\.networkId), [networkId])
        let celebrated = Celebrations.celebrate(due, in: ["\(networkId):2000-01-01", "99:2026-01-01"])
        XCTAssertTrue(Celebrations.due(reports, celebrated: celebrated).isEmpty, "celebrated once")
        XCTAssertTrue(celebrated.contains("99:2026-01-01"), "other networks' are kept")
        XCTAssertFalse(celebrated.contains("\(networkId):2000-01-01"), "only the latest per network is kept")
    }
}
