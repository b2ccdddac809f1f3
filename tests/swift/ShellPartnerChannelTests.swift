// Host (Linux) tests of the iOS Partner screen's live channel, against the real core (share
// feature), mirroring tests/kotlin/PartnerChannelTest.kt: a fresh store has no account, links or
// inbox; every channel call before connecting says "connect first"; a bad homeserver names its
// field; an unreachable one (a closed loopback port) is the Channel error, "sent on the next
// sync"; a hand-made sync report becomes the lines the user reads, the device-change warning
// first; the revoke confirmation says delivered messages cannot be recalled.
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let channelZone = "Europe/Dublin"
private let samRef = PersonRef(id: 1, name: "Sam", role: .sponsor)
private let alexRef = PersonRef(id: 2, name: "Alex", role: .peer)
private let quiet = SyncReport(
    sent: [], waiting: [], partnerLeft: [], blocked: [], unreachable: [], received: 0, undecryptable: 0, notFromPartner: 0,
    accepted: [], refusedInvites: [], declinedInvites: [], devicesChanged: []
)

private func outgoing(_ id: Int64, to person: PersonRef) -> Outgoing {
    Outgoing(id: id, person: person, matrixId: "@\(person.name.lowercased()):example.org", kind: .summary,
             body: "This week…", lines: [], createdAt: Date(timeIntervalSince1970: 1_796_000_000))
}

final class ShellPartnerChannelTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!
    private var sam: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 9, count: 32))
        let network = try store.addNetwork(input: NetworkInput(name: "Recovery", since: "2026-01-02")).id
        sam = try store.addPerson(input: PersonInput(name: "Sam", role: .sponsor, networks: [network])).id
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    private func failure(_ call: () throws -> Void) -> Error? {
        do {
            try call()
            return nil
        } catch {
            return error
        }
    }

    func testAFreshStoreHasNoAccountNoLinksAndAnEmptyInbox() throws {
        XCTAssertNil(try store.matrixAccount())
        XCTAssertTrue(try store.partnerLinks().isEmpty)
        XCTAssertTrue(try store.partnerInbox().isEmpty)
    }

    func testEveryChannelCallBeforeConnectingSaysConnectFirst() throws {
        let calls: [() throws -> Void] = [
            { _ = try self.store.partnerSync(zone: channelZone) },
            { _ = try self.store.partnerSend(personId: self.sam, text: nil, zone: channelZone) },
            { _ = try self.store.partnerSend(personId: self.sam, text: "Thinking of you", zone: channelZone) },
            { _ = try self.store.partnerLink(personId: self.sam, matrixId: "@sam:example.org") },
            { _ = try self.store.partnerRevoke(personId: self.sam) },
        ]
        for call in calls {
            let error = try XCTUnwrap(failure(call))
            guard case TendError.NotFound = error else { return XCTFail("\(error)") }
            XCTAssertEqual(PartnerChannel.error(error), .connectFirst)
            XCTAssertFalse(PartnerChannel.retryLater(error))
        }
        XCTAssertEqual(PartnerChannel.message(.connectFirst), "Connect to Matrix first.")
        XCTAssertTrue(try store.partnerLinks().isEmpty)
    }

    func testAHomeserverThatIsNotAUrlNamesTheField() throws {
        let error = try XCTUnwrap(failure { _ = try store.matrixConnect(homeserver: "matrix.example.org", user: "me", password: "secret") })
        guard case let .badHomeserver(why) = PartnerChannel.error(error) else { return XCTFail("\(error)") }
        XCTAssertEqual(why.id, .refusalUrlHttp)
        XCTAssertEqual(PartnerChannel.message(.badHomeserver(why), words: MessageCatalog.shipped.text("en")),
                       "Homeserver: This must be a web address starting with https:// or http://.")
        XCTAssertNil(try store.matrixAccount())
    }

    func testAnUnreachableHomeserverIsOfflineAndLosesNothing() throws {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        let error = try XCTUnwrap(failure { _ = try store.matrixConnect(homeserver: "http://127.0.0.1:9", user: "me", password: "secret") })
        guard case TendError.Channel = error else { return XCTFail("\(error)") }
        XCTAssertEqual(PartnerChannel.error(error), .offline)
        XCTAssertTrue(PartnerChannel.message(.offline).contains("Tend sends it on the next sync"))
        XCTAssertTrue(PartnerChannel.retryLater(error))
        XCTAssertNil(try store.matrixAccount())
    }

    func testASyncReportBecomesTheLinesTheUserReadsDeviceChangeFirst() {
        var report = quiet
        report.sent = [outgoing(1, to: samRef), outgoing(2, to: samRef)]
        report.waiting = [outgoing(3, to: alexRef)]
        report.received = 2
        report.declinedInvites = ["@stranger:example.org"]
        report.devicesChanged = [alexRef]
        XCTAssertEqual(PartnerChannel.lines(report).map { PartnerChannel.message($0) }, [
            "Alex's devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.",
            "Sent to Sam.",
            "Waiting for Alex to accept the invitation; Tend sends it once they do.",
            "2 new messages.",
            "Declined invitations from Matrix IDs you have not linked: @stranger:example.org",
        ])
        XCTAssertEqual(PartnerChannel.lines(quiet), [.upToDate])
    }

    func testWhatCouldNotGoComesFirstAndSaysWhyForEachPartner() {
        let kimRef = PersonRef(id: 3, name: "Kim", role: .friend)
        var report = quiet
        report.sent = [outgoing(1, to: samRef)]
        report.blocked = [Blocked(item: outgoing(2, to: alexRef), others: ["@zed:example.org"])]
        report.partnerLeft = [outgoing(3, to: kimRef), outgoing(4, to: kimRef)]
        report.unreachable = [outgoing(5, to: samRef)]
        report.notFromPartner = 1
        report.refusedInvites = [alexRef]
        XCTAssertEqual(PartnerChannel.lines(report), [
            .blocked(others: "@zed:example.org", partner: "Alex"), .partnerLeft("Kim"), .unreachable("Sam"), .sent("Sam"),
            .refusedInvite("Alex"), .notFromPartner(1),
        ])
        XCTAssertEqual(
            PartnerChannel.message(.blocked(others: "@zed:example.org", partner: "Alex")),
            "Not sent to Alex, to keep it private: someone else is in your shared room (@zed:example.org). To start a fresh room with just the two of you, revoke and link again."
        )
    }

    func testEachLinkSaysWhatTheLastSyncFoundOfItsRoom() {
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        func link(_ p: PersonRef, _ state: LinkState) -> PartnerLink {
            PartnerLink(person: p, matrixId: "@\(p.name.lowercased()):example.org", roomId: "!r\(p.id):example.org", linkedAt: at, devicesChangedAt: nil, state: state)
        }
        let kimRef = PersonRef(id: 3, name: "Kim", role: .friend)
        let leeRef = PersonRef(id: 4, name: "Lee", role: .friend)
        let readyRef = PersonRef(id: 5, name: "Ready", role: .friend)
        let status = PartnerChannel.linkStatus([
            link(samRef, .waiting), link(alexRef, .left), link(kimRef, .othersPresent(others: ["@amy:x.org", "@zed:x.org"])),
            link(leeRef, .unreachable), link(readyRef, .ready),
        ])
        XCTAssertEqual(status, [
            samRef.id: .linkWaiting("Sam"), alexRef.id: .partnerLeft("Alex"), kimRef.id: .linkOthers("@amy:x.org, @zed:x.org"),
            leeRef.id: .linkUnreachable("Lee"),
        ])
        XCTAssertEqual(PartnerChannel.message(.partnerLeft("Alex")), "Alex left your shared conversation. Link them again to invite them into a new one.")
    }

    func testOnlyWhatSaysWhoCouldReadItIsAWarning() {
        XCTAssertTrue(PartnerChannel.isWarning(.blocked(others: "@zed:example.org", partner: "Alex")))
        XCTAssertTrue(PartnerChannel.isWarning(.linkOthers("@amy:x.org")))
        XCTAssertTrue(PartnerChannel.isWarning(.devicesChanged("Sam")))
        for line in [ChannelLine.linkWaiting("Sam"), .partnerLeft("Sam"), .linkUnreachable("Sam"), .sent("Sam")] {
            XCTAssertFalse(PartnerChannel.isWarning(line), "\(line)")
        }
        XCTAssertEqual(
            PartnerChannel.message(.linkUnreachable("Lee")), "Could not reach the server for Lee at the last sync. Tend keeps trying."
        )
    }

    func testRevokingSaysOnlyWhatItDid() {
        func report(_ left: UInt32, _ pending: UInt32) -> RevokeReport {
            RevokeReport(person: samRef, leftRoom: left > 0 && pending == 0, roomsLeft: left, roomsPending: pending)
        }
        XCTAssertEqual(PartnerChannel.revoked(report(2, 0)), .revoked)
        XCTAssertEqual(PartnerChannel.revoked(report(0, 1)), .revokedOffline)
        XCTAssertEqual(PartnerChannel.message(PartnerChannel.revoked(report(0, 0))), "Sharing stopped. There was no shared room to leave.")
    }

    func testALinkWhoseDevicesChangedKeepsItsWarning() {
        let at = Date(timeIntervalSince1970: 1_796_000_000)
        let links = [
            PartnerLink(person: samRef, matrixId: "@sam:example.org", roomId: "!room:example.org", linkedAt: at, devicesChangedAt: at.addingTimeInterval(60), state: .ready),
            PartnerLink(person: alexRef, matrixId: "@alex:example.org", roomId: nil, linkedAt: at, devicesChangedAt: nil, state: .noRoom),
        ]
        XCTAssertEqual(PartnerChannel.warnings(links), [samRef.id: .devicesChanged("Sam")])
    }

    func testFieldErrorsGetTheirOwnMessages() {
        let why = Message(id: .refusalNotLinked, args: [])
        func line(_ field: String) -> ChannelLine {
            PartnerChannel.error(TendError.InvalidInput(field: field, reason: "This person is not linked.", problem: why))
        }
        XCTAssertEqual(line("matrix id"), .badMatrixId(why))
        XCTAssertEqual(line("text"), .badText(why))
        XCTAssertEqual(line("consent"), .noConsent)
        XCTAssertEqual(line("person"), .person(why))
        XCTAssertEqual(line("item"), .refused(why))
        // The core's message, worded in the phone's language, is the line.
        XCTAssertEqual(PartnerChannel.message(.person(why), words: MessageCatalog.shipped.text("de")),
                       "Diese Person ist mit keiner Matrix-ID verknüpft (noch nie, oder das Teilen wurde widerrufen); verknüpfe sie zuerst.")
        let id = Message(id: .refusalMatrixIdNoName, args: [MessageArg(name: "example", value: .text(value: "@name:server"))])
        XCTAssertEqual(PartnerChannel.message(.badMatrixId(id), words: MessageCatalog.shipped.text("en")),
                       "Matrix ID: It has no user name before the server (like @name:server).")
        XCTAssertEqual(PartnerChannel.error(TendError.NotFound(what: "partner link")), .notLinked)
    }

    func testRevokingSaysDeliveredMessagesCannotBeRecalled() {
        let confirm = PartnerChannel.message(PartnerChannel.revokeConfirmation(samRef))
        XCTAssertTrue(confirm.hasPrefix("Stop sharing with Sam?"), confirm)
        XCTAssertTrue(confirm.contains("Messages already delivered cannot be recalled"), confirm)
        let offline = RevokeReport(person: samRef, leftRoom: false, roomsLeft: 0, roomsPending: 1)
        XCTAssertTrue(PartnerChannel.message(PartnerChannel.revoked(offline)).contains("next sync"))
    }
}
