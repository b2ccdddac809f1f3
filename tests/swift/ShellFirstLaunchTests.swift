// Host (Linux) tests of the iOS first-launch guide (TendShellLogic.FirstLaunchGuide) against the
// real core: from an empty store, a network, three needs, two people from a picked vCard and one
// by hand (each saying which needs they cover), the gap with its next step — on the guide's gap
// step and on Today —, the check-in time, and only then the notification question. Skipping
// everything stores nothing and Today still opens.
import Foundation
import TendCore
import TendShellLogic
import XCTest

/// What the system contact picker hands over for two picked contacts
/// (CNContactVCardSerialization writes vCard 3.0).
private let pickedCards = """
BEGIN:VCARD\r
VERSION:3.0\r
N:Rivera;Sam;;;\r
FN:Sam Rivera\r
TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-0199\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
N:Shah;Priya;;;\r
FN:Priya Shah\r
EMAIL;type=INTERNET;type=HOME;type=pref:priya@example.org\r
END:VCARD\r

"""

final class ShellFirstLaunchTests: XCTestCase {
    private var scratch: ScratchStore!
    private var store: TendStore { scratch.store }

    override func setUpWithError() throws {
        scratch = try ScratchStore()
    }

    override func tearDownWithError() throws {
        scratch = nil
    }

    func testTheWholeFirstLaunchBuildsANetworkAndTodayShowsTheGapWithItsNextStep() throws {
        XCTAssertTrue(try store.needsWelcome(), "an empty store offers the guide")
        var guide = FirstLaunchGuide()
        XCTAssertEqual(guide.step, .network)

        // 1. What you are working on.
        var network = NetworkForm()
        network.name = "  "
        XCTAssertFalse(guide.nameNetwork(network, store: store))
        XCTAssertNotNil(guide.problem?.reason(for: "network name"), "a blank name is refused next to the field")
        XCTAssertEqual(guide.step, .network)
        network.name = "Staying sober"
        network.focus = "Alcohol"
        XCTAssertTrue(guide.nameNetwork(network, store: store))
        let networkId = try XCTUnwrap(guide.network?.id)
        XCTAssertEqual(try store.networks().map(\.name), ["Staying sober"])
        XCTAssertEqual(guide.step, .needs)

        // 2. Three kinds of support.
        XCTAssertTrue(guide.chooseNeeds([.accountability, .emotional, .practical], store: store))
        XCTAssertEqual(guide.needs, [.emotional, .practical, .accountability], "in the core's order")
        XCTAssertEqual(Set(try store.coverage(networkId: networkId).map(\.need.kind)), [.emotional, .practical, .accountability])
        XCTAssertEqual(guide.step, .people)

        // 3. Two people picked from the contacts, one by hand; each says what they cover.
        let picked = guide.addPicked(vcards: pickedCards, role: .friend, store: store)
        XCTAssertEqual(picked.map(\.name).sorted(), ["Priya Shah", "Sam Rivera"])
        XCTAssertTrue(picked.allSatisfy { $0.networks == [networkId] })
        let sam = try XCTUnwrap(picked.first { $0.name == "Sam Rivera" })
        let priya = try XCTUnwrap(picked.first { $0.name == "Priya Shah" })
        XCTAssertEqual(sam.contacts.first?.kind, .phone, "the card's number came with them")
        XCTAssertTrue(guide.setCovers(sam.id, [.emotional], store: store))
        XCTAssertTrue(guide.setCovers(priya.id, [], store: store))
        XCTAssertEqual(Set(try store.person(id: priya.id).support).intersection(guide.needs), [],
                       "Priya covers none of the chosen needs now")
        XCTAssertEqual(guide.typicalCovers(.sponsor), [.accountability, .emotional], "the role's usual support, among the needs")
        let jo = try XCTUnwrap(guide.addByHand(name: "Jo", role: .family, covers: [.practical], store: store))
        XCTAssertEqual(guide.covers(jo), [.practical])
        XCTAssertTrue(jo.support.contains(.financial), "what family usually gives beyond the chosen needs comes with them")
        XCTAssertEqual(guide.people.count, 3)
        XCTAssertEqual(Set(try store.people(networkId: networkId).map(\.name)), ["Sam Rivera", "Priya Shah", "Jo"])
        XCTAssertNil(guide.addByHand(name: "", role: .friend, covers: [], store: store))
        XCTAssertNotNil(guide.problem?.reason(for: "name"))

        // 4. The gap, with the core's next step.
        XCTAssertTrue(guide.finishPeople(store: store))
        XCTAssertEqual(guide.step, .gaps)
        XCTAssertEqual(guide.gaps.map(\.need.kind), [.accountability])
        let nextStep = try XCTUnwrap(guide.gaps.first?.nextStep)
        XCTAssertEqual(MessageCatalog.shipped.text("en").string(nextStep),
                       "Find a sponsor or mentor, or join a group that meets weekly.")
        XCTAssertEqual(MessageCatalog.shipped.text("de").string(nextStep),
                       "Such dir einen Sponsor oder eine Sponsorin (oder einen Mentor), oder schließ dich einer Gruppe an, die sich jede Woche trifft.")

        // 5. A meeting is offered; 6. the check-in time; 7. only then notifications.
        guide.next()
        XCTAssertEqual(guide.step, .meeting)
        guide.next()
        XCTAssertEqual(guide.step, .checkinTime)
        XCTAssertTrue(guide.setCheckinTime(19 * 60 + 30, store: store))
        XCTAssertEqual(try store.settings().checkinTimes, [UInt16(19 * 60 + 30)])
        XCTAssertEqual(guide.step, .notifications)
        guide.next()
        XCTAssertTrue(guide.finished)

        // Today: the same gap with its next step; the guide is not offered again.
        let today = try store.today(zone: "UTC")
        XCTAssertEqual(today.gaps.map(\.need.kind), [.accountability])
        XCTAssertEqual(today.gaps.first?.nextStep, nextStep)
        XCTAssertFalse(try store.needsWelcome())
    }

    func testPickingTheSameContactAgainAddsNobodyTwice() throws {
        var guide = FirstLaunchGuide()
        var network = NetworkForm()
        network.name = "Recovery"
        guide.nameNetwork(network, store: store)
        guide.chooseNeeds([.emotional], store: store)
        XCTAssertEqual(guide.addPicked(vcards: pickedCards, role: .peer, store: store).count, 2)
        XCTAssertEqual(guide.addPicked(vcards: pickedCards, role: .peer, store: store).count, 0)
        XCTAssertNil(guide.problem, "already there is not a problem")
        XCTAssertEqual(try store.people(networkId: nil).count, 2)
        XCTAssertTrue(guide.addPicked(vcards: "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n", role: .peer, store: store).isEmpty)
        XCTAssertNotNil(guide.problem?.reason(for: "contact"), "an unreadable card says why")
        // Why, as the core's message (worded in the phone's language), not English from the core.
        guard case let .invalid(_, message)? = guide.problem else { return XCTFail("\(String(describing: guide.problem))") }
        XCTAssertEqual(message.id, .skipCardNoName)
    }

    func testSkippingEverythingStoresNothingAndTodayStillOpens() throws {
        var guide = FirstLaunchGuide()
        guide.skip()
        XCTAssertEqual(guide.step, .meeting, "without a network there are no needs, people or gaps to ask about")
        guide.skip()
        XCTAssertEqual(guide.step, .checkinTime)
        guide.skip()
        XCTAssertTrue(guide.finished, "no check-in time: notifications are not asked for")
        XCTAssertTrue(try store.networks().isEmpty)
        let today = try store.today(zone: "UTC")
        XCTAssertFalse(today.checkedIn)
        XCTAssertTrue(today.due.isEmpty && today.gaps.isEmpty)
        XCTAssertTrue(try store.needsWelcome(), "offered again next time: skipping stored nothing")

        var skipAll = FirstLaunchGuide()
        skipAll.skipAll()
        XCTAssertTrue(skipAll.finished)
    }

    func testGoingBackRenamesTheNetworkInsteadOfAddingASecond() throws {
        var guide = FirstLaunchGuide()
        var network = NetworkForm()
        network.name = "Recovery"
        guide.nameNetwork(network, store: store)
        guide.back()
        XCTAssertEqual(guide.step, .network)
        network.name = "My recovery"
        XCTAssertTrue(guide.nameNetwork(network, store: store))
        XCTAssertEqual(try store.networks().map(\.name), ["My recovery"])
        guide.chooseNeeds([.emotional, .financial], store: store)
        guide.back()
        XCTAssertTrue(guide.chooseNeeds([.financial], store: store))
        XCTAssertEqual(try store.coverage(networkId: guide.network!.id).map(\.need.kind), [.financial],
                       "a need unticked on the way back is removed")
    }
}
