// A fresh store in its own temporary folder for the screen-flow tests (first launch, people,
// progress, networks, navigation): opened with a test key, removed after the test.
import Foundation
import TendCore

final class ScratchStore {
    let dir: URL
    let store: TendStore

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("tend-flow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try TendStore.open(path: dir.appendingPathComponent("tend.db").path, key: Data(repeating: 9, count: 32))
    }

    deinit {
        try? FileManager.default.removeItem(at: dir)
    }
}

/// Minutes after midnight of `date` in UTC, and its weekday (0 = Sunday).
func utcClock(_ date: Date) -> (weekday: UInt8, minute: UInt16) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.weekday, .hour, .minute], from: date)
    return (UInt8(c.weekday! - 1), UInt16(c.hour! * 60 + c.minute!))
}
