// The app's state: the store (opened once with the Keychain key), Today, and the replan that
// every launch, foreground, background refresh, system time event and data change runs.
import BackgroundTasks
import Foundation
import TendCore
import TendCoreBridge
import TendShellLogic
import UserNotifications

public enum StoreState {
    case loading
    case open(Today)
    case unavailable(String)
}

@MainActor
public final class AppModel: ObservableObject {
    public static let shared = AppModel()
    public static let refreshTaskIdentifier = "app.tend.refresh"

    @Published public private(set) var state: StoreState = .loading
    @Published public private(set) var notificationsAllowed = true

    private var store: TendStore?
    private let window = PendingWindow()
    private let deviceStateKey = "tend.deviceState"
    private var replanning = false

    static var zone: String { TimeZone.current.identifier }

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

    /// The store, opened on first use. Never creates a fresh store over an existing file.
    func openStore() async throws -> TendStore {
        if let store { return store }
        let url = try Self.databaseURL
        let key = try KeychainKeyStore.databaseKey(databaseURL: url)
        let opened = try await TendStore.openAsync(path: url.path, key: key)
        store = opened
        return opened
    }

    public func loadToday() async {
        do {
            let store = try await openStore()
            state = .open(try await store.todayAsync(zone: Self.zone))
        } catch let error as KeyUnavailable {
            state = .unavailable(Self.message(for: error.problem))
        } catch {
            state = .unavailable(String(localized: "Tend could not open your data. It has not been changed or deleted."))
        }
    }

    private static func message(for problem: KeyProblem) -> String {
        switch problem {
        case .keyMissing:
            return String(localized: "Tend cannot find the key to your data on this phone. Your data has not been changed or deleted. Restore from your Tend backup file to continue.")
        case .keyDamaged:
            return String(localized: "The key to your data is damaged. Your data has not been changed or deleted. Restore from your Tend backup file to continue.")
        case .keychainLocked:
            return String(localized: "Unlock your phone to open Tend.")
        }
    }

    private func currentDeviceState() async -> DeviceState {
        let settings = await UNUserNotificationCenter.current().notificationSettings()
        let allowed = settings.authorizationStatus == .authorized || settings.authorizationStatus == .provisional
        notificationsAllowed = allowed
        let version = Bundle.main.infoDictionary?["CFBundleVersion"] as? String ?? "0"
        return DeviceState(zoneId: Self.zone, notificationsAllowed: allowed, appVersion: version)
    }

    private var recordedState: DeviceState? {
        get {
            UserDefaults.standard.data(forKey: deviceStateKey).flatMap { try? JSONDecoder().decode(DeviceState.self, from: $0) }
        }
        set {
            UserDefaults.standard.set(newValue.flatMap { try? JSONEncoder().encode($0) }, forKey: deviceStateKey)
        }
    }

    /// Asks the core and brings the OS's pending requests in line. One replan at a time.
    public func replan(after event: ShellEvent) async {
        guard !replanning else { return }
        replanning = true
        defer { replanning = false }
        do {
            let store = try await openStore()
            let device = await currentDeviceState()
            let now = Date()
            var replanBy: Date?
            switch ReplanTriggers.decide(event, previous: recordedState, current: device) {
            case .reset:
                replanBy = try await reset(store, now: now)
            case .sync:
                let diff = CoreBridge.diff(try await store.syncAsync(zone: Self.zone))
                let ops = window.apply(diff: diff, pending: await ReminderCenter.pending(), now: now)
                await ReminderCenter.perform(ops)
                replanBy = diff.replanBy
                // Something did not fit the window: the core's ledger believes it pending, so
                // hand over the full plan instead.
                if !ops.overflow.isEmpty { replanBy = try await reset(store, now: now) }
            }
            recordedState = device
            scheduleRefresh(replanBy: replanBy)
        } catch {
            // Keep the old recorded state cleared so the next launch resets.
            recordedState = nil
        }
    }

    private func reset(_ store: TendStore, now: Date) async throws -> Date {
        let plan = CoreBridge.plan(try await store.resetAsync(zone: Self.zone))
        await ReminderCenter.perform(window.reconcile(plan: plan, pending: await ReminderCenter.pending(), now: now))
        return plan.replanBy
    }

    private func scheduleRefresh(replanBy: Date?) {
        let request = BGAppRefreshTaskRequest(identifier: Self.refreshTaskIdentifier)
        request.earliestBeginDate = ReplanTriggers.nextRefresh(replanBy: replanBy, now: Date())
        try? BGTaskScheduler.shared.submit(request)
    }

    /// A notification action, already routed. The id goes to the core unchanged.
    func handle(notificationId: String, action: CoreAction) async {
        guard let store = try? await openStore() else { return }
        let zone = Self.zone
        // handleAction has no async variant: run it off the main actor.
        _ = try? await Task.detached {
            try store.handleAction(notificationId: notificationId, action: CoreBridge.action(action), zone: zone)
        }.value
        await replan(after: .dataChanged)
        await loadToday()
    }

    public func requestNotificationPermission() async {
        let granted = (try? await UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound, .badge])) ?? false
        notificationsAllowed = granted
        await replan(after: .authorizationChanged)
    }
}
