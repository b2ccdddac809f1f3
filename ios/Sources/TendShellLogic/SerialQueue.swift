// Runs the app's replans one at a time without losing any. A replan asked for while one runs
// (a zone change during the launch replan, a Done tapped during background refresh) used to be
// dropped, leaving the OS with a plan made before the change; now it waits its turn.
import Foundation

/// Performs requested items one at a time, in the order asked. A request made while another
/// runs is queued, never dropped; asking for an item that is already waiting (not yet started)
/// joins that wait, since the run to come covers it. `request` returns once a run of its item
/// that started after the request has finished. `perform` must not request on its own queue:
/// that request would wait for the run it is part of.
public actor SerialQueue<Item: Equatable & Sendable> {
    private let perform: @Sendable (Item) async -> Void
    private var running = false
    private var waiting: [(item: Item, waiters: [CheckedContinuation<Void, Never>])] = []

    public init(perform: @escaping @Sendable (Item) async -> Void) {
        self.perform = perform
    }

    /// How many runs are queued behind the current one.
    public var queued: Int { waiting.count }

    public func request(_ item: Item) async {
        if running {
            await withCheckedContinuation { continuation in
                if let index = waiting.firstIndex(where: { $0.item == item }) {
                    waiting[index].waiters.append(continuation)
                } else {
                    waiting.append((item, [continuation]))
                }
            }
            return
        }
        running = true
        await perform(item)
        // Whatever arrived meanwhile runs now, in order, before the queue is idle again.
        while !waiting.isEmpty {
            let next = waiting.removeFirst()
            await perform(next.item)
            next.waiters.forEach { $0.resume() }
        }
        running = false
    }
}
