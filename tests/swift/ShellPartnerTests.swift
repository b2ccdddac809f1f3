// Host (Linux) tests of the iOS Partner screen's decisions, driven through the generated
// bindings against the real core: consent on and off as partnerRows() reports it, Share…'s text
// equal to the preview and to the weekly summary, a refused switch naming the core's field, a
// paused partner, and the screen saying nothing is shared when nothing is.
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let partnerZone = "Europe/Dublin"

final class ShellPartnerTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!
    private var sam: Int64 = 0
    private var buddy: Int64 = 0
    private var networkId: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 7, count: 32))
        networkId = try store.addNetwork(input: NetworkInput(name: "Recovery", since: "2026-01-02")).id
        sam = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, networks: [networkId])).id
        buddy = try store.addPerson(input: PersonInput(name: "Old drinking buddy", role: .friend, avoid: true, networks: [networkId])).id
        _ = try store.addPerson(input: PersonInput(name: "Landlord", role: .friend))
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    private func rows() throws -> [PartnerRow] {
        try store.partnerRows()
    }

    private func toggle(_ item: ShareItem) throws -> ShareToggle {
        try XCTUnwrap(try rows().first { $0.person.id == sam }?.toggles.first { $0.item == item })
    }

    private func refusal(_ body: () throws -> Void) -> ShareRefusal? {
        do {
            try body()
            return nil
        } catch {
            return PartnerSharing.refusal(error)
        }
    }

    func testNothingConsentedSaysNothingIsSharedAndListsOnlyNetworkPeople() throws {
        XCTAssertTrue(PartnerSharing.nothingShared(try rows()))
        XCTAssertEqual(try rows().map(\.person.name), ["Sam"])
        XCTAssertFalse(try toggle(.summary).on)
        XCTAssertTrue(try toggle(.summary).enabled)
        XCTAssertFalse(try toggle(.mood).enabled)
        XCTAssertNil(PartnerSharing.shareText(try store.partnerPreview(personId: sam, zone: partnerZone)))
    }

    func testConsentOnAndOffIsWhatPartnerRowsReports() throws {
        _ = try store.setConsent(personId: sam, item: .summary, on: true, declineDays: nil)
        _ = try store.setConsent(personId: sam, item: .decline, on: true, declineDays: PartnerSharing.declineDays(" 5 "))
        XCTAssertFalse(PartnerSharing.nothingShared(try rows()))
        XCTAssertTrue(try toggle(.summary).on)
        XCTAssertEqual(try toggle(.decline).declineDays, 5)
        XCTAssertTrue(try toggle(.mood).enabled)
        _ = try store.setConsent(personId: sam, item: .mood, on: true, declineDays: nil)
        XCTAssertTrue(try toggle(.mood).on)

        // The summary off takes mood with it: the core's rule, read back.
        _ = try store.setConsent(personId: sam, item: .summary, on: false, declineDays: nil)
        XCTAssertFalse(try toggle(.mood).on)
        XCTAssertFalse(try toggle(.mood).enabled)
        _ = try store.setConsent(personId: sam, item: .decline, on: false, declineDays: nil)
        XCTAssertTrue(PartnerSharing.nothingShared(try rows()))
    }

    func testTheSharedTextIsThePreviewAndTheWeeklySummary() throws {
        _ = try store.setConsent(personId: sam, item: .summary, on: true, declineDays: nil)
        let preview = try store.partnerPreview(personId: sam, zone: partnerZone)
        let text = try XCTUnwrap(PartnerSharing.shareText(preview))
        XCTAssertEqual(text, preview.items.first { $0.item == .summary }?.text)
        XCTAssertEqual(text, try store.weeklySummary(networkId: networkId, includeMood: false, zone: partnerZone).text)
        XCTAssertFalse(text.contains("Sam") || text.contains("Recovery"))
    }

    func testARefusedSwitchShowsTheCoresField() throws {
        guard case .item? = refusal({ _ = try store.setConsent(personId: sam, item: .mood, on: true, declineDays: nil) }) else {
            return XCTFail("mood before the summary is refused on the item")
        }
        guard case let .days(why)? = refusal({ _ = try store.setConsent(personId: sam, item: .decline, on: true, declineDays: 61) }) else {
            return XCTFail("61 days is refused on the days")
        }
        XCTAssertEqual(why.id, .refusalRange)
        XCTAssertEqual(PartnerSharing.message(.days(why), words: MessageCatalog.shipped.text("en")), "Days: This must be between 1 and 60.")
        // Here the sentence around it is the catalog's key (no app bundle on Linux); the core's
        // message is worded in the language asked for.
        XCTAssertTrue(PartnerSharing.message(.days(why), words: MessageCatalog.shipped.text("fr"))
            .hasSuffix(": La valeur doit être comprise entre 1 et 60."))
        guard case .person? = refusal({ _ = try store.setConsent(personId: buddy, item: .sos, on: true, declineDays: nil) }) else {
            return XCTFail("an avoided person is refused")
        }
        XCTAssertTrue(try store.partners().isEmpty)
    }

    func testAPartnerMarkedAvoidedIsShownPausedAndCanStillBeRevoked() throws {
        _ = try store.setConsent(personId: sam, item: .sos, on: true, declineDays: nil)
        let p = try store.person(id: sam)
        _ = try store.updatePerson(id: sam, input: PersonInput(name: p.name, role: p.role, avoid: true, networks: p.networks))
        let row = try XCTUnwrap(try rows().first { $0.person.id == sam })
        XCTAssertTrue(row.paused)
        XCTAssertTrue(PartnerSharing.nothingShared(try rows()))
        XCTAssertEqual(row.toggles.filter(\.enabled).map(\.item), [.sos])
        _ = try store.setConsent(personId: sam, item: .sos, on: false, declineDays: nil)
        XCTAssertFalse(try rows().contains { $0.person.id == sam })
    }
}
