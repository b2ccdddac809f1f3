// Public meeting lists kept fresh in the background: a BGAppRefreshTask (its identifier listed
// under BGTaskSchedulerPermittedIdentifiers in Info.plist) at most daily while any list is in use,
// on Wi-Fi unless the user allowed any network (TendShellLogic.MeetingSources decides). A failed
// list keeps its last good copy (the core's rule); the next run tries again.
import BackgroundTasks
import Foundation
import Network
import TendCore
import TendShellLogic

extension AppModel {
    public static let meetingListTaskIdentifier = "app.tend.meeting-lists"
    private static let lastRunKey = "meetingLists.lastRun"
    private static let anyNetworkKey = "meetingLists.anyNetwork"

    /// Whether the current path is Wi-Fi or wired (not cellular, not constrained).
    private static func onUnmetered() async -> Bool {
        await withCheckedContinuation { done in
            let monitor = NWPathMonitor()
            monitor.pathUpdateHandler = { path in
                monitor.cancel()
                done.resume(returning: path.status == .satisfied && !path.isExpensive && !path.isConstrained)
            }
            monitor.start(queue: DispatchQueue(label: "app.tend.path"))
        }
    }

    /// The background task: refresh every list in use when due, then ask for the next run.
    func backgroundMeetingListRefresh() async {
        let defaults = UserDefaults.standard
        let last = defaults.object(forKey: Self.lastRunKey) as? Date
        let network: RefreshNetwork = defaults.bool(forKey: Self.anyNetworkKey) ? .any : .wifiOnly
        let wifi = await Self.onUnmetered()
        if MeetingSources.backgroundRefreshDue(lastRun: last, now: Date(), network: network, onWifi: wifi),
           let store = try? await openStore()
        {
            if (try? await offMain({ try store.refreshMeetingSources() })) != nil {
                defaults.set(Date(), forKey: Self.lastRunKey)
            }
        }
        await scheduleMeetingListRefresh()
    }

    /// Asks iOS for the next run in a day, while any list is in use.
    func scheduleMeetingListRefresh() async {
        guard let store = try? await openStore(),
              let sources = try? await offMain({ try store.meetingSources(near: nil, fellowship: nil) }),
              !MeetingSources.offer(sources).inUse.isEmpty
        else { return }
        let request = BGAppRefreshTaskRequest(identifier: Self.meetingListTaskIdentifier)
        request.earliestBeginDate = Date().addingTimeInterval(MeetingSources.refreshEvery)
        try? BGTaskScheduler.shared.submit(request)
    }
}
