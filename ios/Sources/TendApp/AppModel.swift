// The app's state: the store (opened once, as the core's launch decision says), Today, the
// replan that every launch, foreground, background refresh, system time event and data change
// runs, and the bundle chooser.
import BackgroundTasks
import Foundation
import TendCore
import TendShellLogic
import UserNotifications

public enum StoreState {
    case loading
    case open(Today)
    case unavailable(String)
}

/// The store cannot be opened now; `decision` says why (never a new key over existing data).
struct StoreUnavailable: Error {
    let decision: LaunchDecision
}

@MainActor
public final class AppModel: ObservableObject {
    public static let shared = AppModel()
    public static let refreshTaskIdentifier = "app.tend.refresh"

    @Published public private(set) var state: StoreState = .loading
    @Published public private(set) var notificationsAllowed = true
    /// The chooser on screen, if any.
    @Published var bundleFollowUp: BundleFollowUp?

    private var store: TendStore?
    private var replanning = false
    private let followUpsKey = "tend.bundleFollowUps"
    private let center = SystemNotificationCenter.shared

    static var zone: String { TimeZone.current.identifier }

    private static var appVersion: String {
        Bundle.main.infoDictionary?["CFBundleVersion"] as? String ?? "0"
    }

    private static var databaseURL: URL {
        get throws {
            let dir = try FileManager.default.url(for: .applicationSupportDirectory, in: .userDomainMask,
                                                  appropriateFor: nil, create: true)
                .appendingPathComponent("Tend", isDirectory: true)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [
                // Readable after the first unlock: reminders' actions work on a locked phone.
                .protectionKey: FileProtectionType.completeUntilFirstUserAuthentication,
            ])
            var url = dir.appendingPathComponent("tend.db")
            // The key never leaves this device, so a backup copy could not be opened: keep the
            // database out of iCloud/iTunes backups (Tend's own backup file is the way to move).
            var values = URLResourceValues()
            values.isExcludedFromBackup = true
            try? url.setResourceValues(values)
            return url
        }
    }

    /// The store, opened on first use as the core's launch decision says.
    func openStore() async throws -> TendStore {
        if let store { return store }
        let url = try Self.databaseURL
        let (keyState, existing) = KeychainKeyStore.read()
        let key: Data
        switch launchDecision(databaseExists: FileManager.default.fileExists(atPath: url.path), key: keyState) {
        case .open:
            guard let existing else { throw StoreUnavailable(decision: .askToRestore(problem: .keyDamaged)) }
            key = existing
        case .createKey:
            key = try KeychainKeyStore.create()
        case let decision:
            throw StoreUnavailable(decision: decision)
        }
        let opened = try await TendStore.openAsync(path: url.path, key: key)
        store = opened
        return opened
    }

    public func loadToday() async {
        do {
            let store = try await openStore()
            state = .open(try await store.todayAsync(zone: Self.zone))
        } catch let error as StoreUnavailable {
            state = .unavailable(Self.message(for: error.decision))
        } catch {
            state = .unavailable(String(localized: "Tend could not open your data. It has not been changed or deleted."))
        }
    }

    private static func message(for decision: LaunchDecision) -> String {
        switch decision {
        case .waitForUnlock:
            return String(localized: "Unlock your phone to open Tend.")
        case .askToRestore(problem: .keyMissing):
            return String(localized: "Tend cannot find the key to your data on this phone. Your data has not been changed or deleted. Restore from your Tend backup file to continue.")
        case .askToRestore(problem: .keyDamaged), .open, .createKey:
            return String(localized: "The key to your data is damaged. Your data has not been changed or deleted. Restore from your Tend backup file to continue.")
        }
    }

    /// Tells the core what the device looks like and applies its answer. One replan at a time.
    public func replan(after event: ShellEvent) async {
        guard !replanning else { return }
        replanning = true
        defer { replanning = false }
        do {
            let store = try await openStore()
            let authorization = await center.authorization()
            notificationsAllowed = authorization.allowsReminders
            let outcome = try await Replanner(center: center).replan(
                after: event, zone: .current, authorization: authorization, appVersion: Self.appVersion, now: Date()
            ) { device in try await store.syncAsync(device: device) }
            scheduleRefresh(replanBy: outcome.replanBy)
        } catch {
            // Nothing to undo: the core compares what iOS holds on the next replan and resets.
            scheduleRefresh(replanBy: nil)
        }
    }

    private func scheduleRefresh(replanBy: Date?) {
        let request = BGAppRefreshTaskRequest(identifier: Self.refreshTaskIdentifier)
        request.earliestBeginDate = Replanner.nextRefresh(replanBy: replanBy, now: Date())
        try? BGTaskScheduler.shared.submit(request)
    }

    /// A notification action, already routed. The id goes to the core unchanged.
    func handle(notificationId: String, action: ReminderAction) async {
        guard let store = try? await openStore() else { return }
        let zone = Self.zone
        // handleAction has no async variant: run it off the main actor.
        let outcome = try? await Task.detached {
            try store.handleAction(notificationId: notificationId, action: action, zone: zone)
        }.value
        if let outcome, let followUp = BundleFollowUp(outcome: outcome) {
            // Whom the user reached is asked in the app: now if it is open, else next time.
            var queue = followUps
            queue.add(followUp.notificationId)
            followUps = queue
            if bundleFollowUp == nil { bundleFollowUp = followUp }
        }
        await replan(after: .dataChanged)
        await loadToday()
    }

    // MARK: The bundle chooser

    private var followUps: FollowUpQueue {
        get { FollowUpQueue(ids: UserDefaults.standard.stringArray(forKey: followUpsKey) ?? []) }
        set { UserDefaults.standard.set(newValue.ids, forKey: followUpsKey) }
    }

    /// Shows the oldest unanswered bundle, asking the core again (a repeated Done returns the
    /// same people and logs nothing).
    func showNextFollowUp() async {
        guard bundleFollowUp == nil, let id = followUps.ids.first, let store = try? await openStore() else { return }
        let zone = Self.zone
        let outcome = try? await Task.detached {
            try store.handleAction(notificationId: id, action: .done, zone: zone)
        }.value
        if let followUp = outcome.flatMap(BundleFollowUp.init(outcome:)) {
            bundleFollowUp = followUp
        } else {
            // Too old (the core forgot it) or nothing to ask: drop it.
            forgetFollowUp(id)
        }
    }

    /// Logs the people picked in the chooser, once however often it is called.
    func log(_ followUp: BundleFollowUp) async {
        guard let store = try? await openStore() else { return }
        let zone = Self.zone
        let logged = try? await Task.detached {
            try followUp.log { id, people in try store.logBundleContacts(notificationId: id, personIds: people, zone: zone) }
        }.value
        if logged != nil { forgetFollowUp(followUp.notificationId) }
        bundleFollowUp = nil
        await replan(after: .dataChanged)
        await loadToday()
    }

    /// "None of them": nothing is logged and the chooser does not come back.
    func forgetFollowUp(_ id: String) {
        var queue = followUps
        queue.remove(id)
        followUps = queue
        if bundleFollowUp?.notificationId == id { bundleFollowUp = nil }
    }

    public func requestNotificationPermission() async {
        let granted = (try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound, .badge])) ?? false
        notificationsAllowed = granted
        await replan(after: .authorizationChanged)
    }
}
