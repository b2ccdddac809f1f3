// Host (Linux) tests of "Find a meeting"'s public lists, against the real core and a feed served
// on loopback by a small Perl server (bounded to a minute, stopped by its pid after each test),
// mirroring tests/kotlin/MeetingSourcesTest.kt: the catalog offers New York's lists for a New York
// position; an NA list asked by area needs a place; a list added by address is read and
// searchable; when it disappears (404) the last good list stays and the failure is shown; the
// freshness line; what the server learns; and when the daily job may run.
import Foundation
import TendCore
import TendShellLogic
import XCTest

private let nyc = GeoPoint(latitude: 40.71, longitude: -74.01)
private let feed = """
[{"slug": "m1", "name": "Harbour Light", "day": 3, "time": "18:30",
  "latitude": 40.7101, "longitude": -74.0102, "timezone": "America/New_York"}]
"""
// Perl, not Python: the Linux test chroot has perl-base (IO::Socket::INET) and no Python. Serves
// the files of one folder, 404 for anything else, and exits by itself after a minute.
private let serverScript = #"""
use IO::Socket::INET;
my $dir = shift;
my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => 0, Listen => 5, ReuseAddr => 1) or die;
$| = 1;
print $s->sockport, "\n";
alarm 60;
while (my $c = $s->accept) {
    my $req = <$c> // "";
    my ($path) = $req =~ m{^GET (/[A-Za-z0-9._-]*)};
    while (my $l = <$c>) { last if $l =~ /^\r?\n$/ }
    my $f = defined $path ? "$dir$path" : "";
    if ($f ne "" && -f $f) {
        open my $h, "<", $f; local $/; my $b = <$h>;
        print $c "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " . length($b) . "\r\nConnection: close\r\n\r\n$b";
    } else {
        print $c "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }
    close $c;
}
"""#

final class ShellMeetingSourcesTests: XCTestCase {
    private var dir: URL!
    private var store: TendStore!
    private var server: Process?
    private var port = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 4, count: 32))
    }

    override func tearDownWithError() throws {
        server?.terminate()
        server?.waitUntilExit()
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    /// Serves `dir/www` on a loopback port.
    private func serve() throws -> URL {
        let www = dir.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["perl", "-e", serverScript, www.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        server = p
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let d = out.fileHandleForReading.availableData
            if d.isEmpty { break }
            line.append(d)
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(port, 0)
        return www
    }

    func testTheCatalogOffersTheListsForWhereTheUserIs() throws {
        let offer = MeetingSources.offer(try store.meetingSources(near: nyc, fellowship: nil))
        let ids = offer.nearby.map(\.id)
        XCTAssertTrue(ids.contains("aa-new-york") && ids.contains("na-greater-new-york"), "\(ids)")
        XCTAssertFalse(ids.contains("aa-toronto"))
        let na = try XCTUnwrap(offer.nearby.first { $0.id == "na-greater-new-york" })
        XCTAssertTrue(MeetingSources.needsPlace(na))
        XCTAssertEqual(MeetingSources.whatServerLearns(na), .revealsArea(na.name))
        XCTAssertThrowsError(try store.refreshMeetingSource(id: na.id, near: nil)) { e in
            guard case let TendError.InvalidInput(field, _, _) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(field, "near")
        }
    }

    func testAListAddedByAddressIsReadAndKeptWhenItDisappears() throws {
        let www = try serve()
        let file = www.appendingPathComponent("feed.json")
        try feed.write(to: file, atomically: true, encoding: .utf8)
        let added = try store.addMeetingSource(input: NewSource(url: "http://127.0.0.1:\(port)/feed.json", name: "Harbour"))
        XCTAssertEqual(added.refresh.outcome, .updated)
        XCTAssertEqual(try store.searchDirectory(query: SearchQuery(near: nyc)).map(\.name), ["Harbour Light"])

        try FileManager.default.removeItem(at: file)
        let r = try store.refreshMeetingSource(id: added.source.id, near: nil)
        XCTAssertEqual(r.failure, .notFound)
        XCTAssertEqual(try store.searchDirectory(query: SearchQuery(near: nyc)).count, 1, "the last good list stays")
        let source = try XCTUnwrap(MeetingSources.offer(try store.meetingSources(near: nil, fellowship: nil)).inUse.first)
        guard case .failed(.notFound, _)? = MeetingSources.failure(source, now: Date()) else {
            return XCTFail("\(String(describing: MeetingSources.failure(source, now: Date())))")
        }
        let fetched = try XCTUnwrap(source.status?.fetchedAt)
        XCTAssertEqual(MeetingSources.freshness(source, now: fetched.addingTimeInterval(3 * 86_400)), .updated(.days(3)))
        _ = try store.removeMeetingSource(id: added.source.id)
        XCTAssertTrue(try store.searchDirectory(query: SearchQuery(near: nyc)).isEmpty)
    }

    func testTheDailyJobRunsOnTheAllowedNetworkOnly() {
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        XCTAssertTrue(MeetingSources.backgroundRefreshDue(lastRun: nil, now: now, network: .wifiOnly, onWifi: true))
        XCTAssertFalse(MeetingSources.backgroundRefreshDue(lastRun: nil, now: now, network: .wifiOnly, onWifi: false))
        XCTAssertTrue(MeetingSources.backgroundRefreshDue(lastRun: nil, now: now, network: .any, onWifi: false))
        XCTAssertFalse(MeetingSources.backgroundRefreshDue(lastRun: now - 3600, now: now, network: .any, onWifi: true))
        XCTAssertEqual(Ago(from: now - 7200, to: now), .hours(2))
    }
}
