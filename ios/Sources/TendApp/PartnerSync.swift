// The live partner channel's background side: a BGAppRefreshTask (its identifier listed under
// BGTaskSchedulerPermittedIdentifiers in Info.plist) that syncs while a Matrix account is
// connected, and the SOS button's "log it, then sync now". Every channel call blocks on the
// network (up to two minutes), so all of them run off the main actor (offMain). What is sent
// and when is the core's (consent, outbox, an SOS at most a day old).
import BackgroundTasks
import Foundation
import TendCore
import TendShellLogic

extension AppModel {
    public static let partnerSyncTaskIdentifier = "app.tend.partner-sync"

    /// One channel call off the main actor, worded for the screen.
    func channel(_ call: @escaping @Sendable (TendStore) throws -> [ChannelLine]) async -> [ChannelLine] {
        do {
            let store = try await openStore()
            return try await offMain { try call(store) }
        } catch {
            return [PartnerChannel.error(error)]
        }
    }

    /// The background task: one sync, then the next one asked for unless there is no account.
    func backgroundPartnerSync() async {
        let zone = Self.zone
        do {
            let store = try await openStore()
            _ = try await offMain { try store.partnerSync(zone: zone) }
            schedulePartnerSync()
        } catch {
            // Offline or the store locked: try again later. No account: stop asking.
            if PartnerChannel.retryLater(error) { schedulePartnerSync() }
        }
    }

    /// Asks iOS for a background sync in a few hours (it decides when; a network is needed).
    func schedulePartnerSync() {
        let request = BGAppRefreshTaskRequest(identifier: Self.partnerSyncTaskIdentifier)
        request.earliestBeginDate = Date().addingTimeInterval(3 * 60 * 60)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// At launch: keep the background sync asked for while an account is connected.
    func schedulePartnerSyncIfConnected() async {
        guard let store = try? await openStore(),
              let account = try? await offMain({ try store.matrixAccount() }), account != nil
        else { return }
        schedulePartnerSync()
    }

    /// The SOS button: logs the SOS check-in (once per `key`, however often tapped), then syncs
    /// at once so partners who may know are told. Offline, the outbox waits for the next sync
    /// (foreground, the Partner screen or the background task). False when nothing was logged.
    func logSOS(key: String) async -> Bool {
        let zone = Self.zone
        guard let store = try? await openStore(),
              (try? await offMain({ try store.logCheckin(input: CheckinInput(data: .sos, zone: zone, idempotencyKey: key)) })) != nil
        else { return false }
        _ = await channel { store in PartnerChannel.lines(try store.partnerSync(zone: zone)) }
        schedulePartnerSync()
        return true
    }
}
