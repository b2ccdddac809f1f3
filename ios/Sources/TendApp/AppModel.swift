// The app's state: the store (opened once, as the core's launch decision says), Today, the
// replans that every launch, foreground, background refresh, system time event and data change
// asks for (queued, one at a time), notification actions, and the bundle chooser. Every core
// call runs off the main actor: the async variants, or offMain for the rest.
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
    /// Directory meetings starting in the next two hours (online, or near the last search).
    @Published private(set) var startingSoon: [SoonMeeting] = []
    /// Whether the store opened, and why not when the launch decision stopped it: what the Data
    /// screen offers (never "move aside" for a store that is open).
    @Published private(set) var storeOpen = false
    @Published private(set) var launchProblem: LaunchDecision?
    /// Why the file did not open, when the launch decision let it try.
    @Published private(set) var openFailure: OpenFailure?
    /// The chooser on screen, if any.
    @Published var bundleFollowUp: BundleFollowUp?
    /// Navigation (AppNavigation.swift): the tab shown, each tab's pushed pages, SOS over
    /// everything, and the first-launch guide.
    @Published var tab: AppTab = .today
    @Published var paths: [AppTab: [Route]] = [:]
    @Published var showingSOS = false
    @Published var showingWelcome = false
    /// The networks (the core's order) and the one the People tab shows (nil: never chosen).
    @Published var networks: [Network] = []
    @Published var chosenScope: NetworkScope?
    /// The core's settings as last read (crisis-line country, quiet hours…).
    @Published var settings: TendCore.Settings?
    /// Nothing built yet: Today offers the first steps.
    @Published var needsWelcome = false
    /// The guide was finished or skipped in this run: not offered again until the next launch.
    var welcomeDismissed = false
    /// Done on the lock screen asks for Face ID / the passcode first (TendShellLogic.LockScreenDone):
    /// the core's `done_needs_unlock` setting, mirrored for the next launch.
    @Published private(set) var doneNeedsUnlock: Bool {
        didSet {
            UserDefaults.standard.set(doneNeedsUnlock, forKey: LockScreenDone.defaultsKey)
            SystemNotificationCenter.registerCategories(doneNeedsUnlock: doneNeedsUnlock)
        }
    }

    private let followUpsKey = "tend.bundleFollowUps"
    private let center = SystemNotificationCenter.shared
    private let deduper = ActionDeduper()
    /// Every caller awaits the same open; a failed open is tried again by the next caller.
    private let store = OpenOnce<TendStore> { try await AppModel.openStoreOnce() }
    /// One replan at a time; one asked for meanwhile runs after it.
    private lazy var replans = SerialQueue<ShellEvent> { [weak self] event in
        await self?.performReplan(after: event)
    }

    init() {
        doneNeedsUnlock = LockScreenDone.needsUnlock(stored: UserDefaults.standard.object(forKey: LockScreenDone.defaultsKey) as? Bool)
    }

    static var zone: String { TimeZone.current.identifier }

    private static var appVersion: String {
        Bundle.main.infoDictionary?["CFBundleVersion"] as? String ?? "0"
    }

    // MARK: The store

    /// Application Support/Tend: the database, its -wal/-shm files and any copy moved aside.
    nonisolated static func dataDirectory() throws -> URL {
        var dir = try FileManager.default.url(for: .applicationSupportDirectory, in: .userDomainMask,
                                              appropriateFor: nil, create: true)
            .appendingPathComponent("Tend", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [
            // Readable after the first unlock: reminders' actions work on a locked phone.
            .protectionKey: FileProtectionType.completeUntilFirstUserAuthentication,
        ])
        // The key never leaves this device, so a backup copy could not be opened: keep the whole
        // folder out of iCloud/Finder backups (Tend's own backup file is the way to move). Set on
        // the folder, which exists now, so it covers files SQLite creates later. A failure only
        // means a backup may hold unreadable ciphertext; it is tried again at the next launch.
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try? dir.setResourceValues(values)
        return dir
    }

    nonisolated static func databasePath() throws -> String {
        try dataDirectory().appendingPathComponent("tend.db").path
    }

    /// Runs once per attempt, off the main actor (OpenOnce detaches it).
    private nonisolated static func openStoreOnce() async throws -> TendStore {
        let path = try databasePath()
        let (keyState, existing) = KeychainKeyStore.read()
        let key: Data
        switch launchDecision(databaseExists: FileManager.default.fileExists(atPath: path), key: keyState) {
        case .open:
            guard let existing else { throw StoreUnavailable(decision: .askToRestore(problem: .keyDamaged)) }
            key = existing
        case .createKey:
            key = try KeychainKeyStore.create()
        case let decision:
            throw StoreUnavailable(decision: decision)
        }
        return try await TendStore.openAsync(path: path, key: key)
    }

    func openStore() async throws -> TendStore {
        try await store.value()
    }

    public func loadToday() async {
        let store: TendStore
        do {
            store = try await openStore()
        } catch let error as StoreUnavailable {
            (storeOpen, launchProblem, openFailure) = (false, error.decision, nil)
            state = .unavailable(Self.message(for: error.decision))
            return
        } catch {
            // The file did not open: the Data screen offers moving it aside only when it is
            // damaged or not this key's (DataActions).
            let failure = OpenFailure.of(error)
            (storeOpen, launchProblem, openFailure) = (false, nil, failure)
            state = .unavailable(Self.message(for: failure))
            return
        }
        (storeOpen, launchProblem, openFailure) = (true, nil, nil)
        if let settings = try? await offMain({ try store.settings() }), settings.doneNeedsUnlock != doneNeedsUnlock {
            doneNeedsUnlock = settings.doneNeedsUnlock
        }
        await refreshShared(store)
        do {
            state = .open(try await store.todayAsync(zone: Self.zone))
        } catch {
            state = .unavailable(String(localized: "Tend could not show today. Your data has not been changed."))
        }
        let zone = Self.zone
        startingSoon = (try? await offMain { try store.meetingsSoon(zone: zone, near: nil, limit: 3) }) ?? []
    }

    /// The Data screen's toggle: the core stores the choice, the categories follow what it kept.
    func setDoneNeedsUnlock(_ on: Bool) async {
        guard let store = try? await openStore(),
              let settings = try? await offMain({ try store.setSetting(key: "done_needs_unlock", value: on ? "on" : "off") })
        else { return }
        doneNeedsUnlock = settings.doneNeedsUnlock
    }

    private static func message(for failure: OpenFailure) -> String {
        switch failure {
        case .unreadable:
            return String(localized: "Tend could not open your data. It has not been changed or deleted.")
        case .newerVersion:
            return String(localized: "Your data was saved by a newer version of Tend. Update the app to open it; nothing has been changed or deleted.")
        case .unavailable:
            return String(localized: "Tend could not read your data just now. Nothing has been changed or deleted.")
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

    // MARK: Replanning

    /// Asks for a replan; returns once one that started after this call has finished.
    public func replan(after event: ShellEvent) async {
        await replans.request(event)
    }

    /// Tells the core what the device looks like and applies its answer.
    private func performReplan(after event: ShellEvent) async {
        do {
            let store = try await openStore()
            let authorization = await center.authorization()
            notificationsAllowed = authorization.allowsReminders
            let outcome = try await Replanner(center: center).replan(
                after: event, zone: .current, authorization: authorization, appVersion: Self.appVersion, now: Date(),
                // The phone's language: iOS relaunches Tend when it changes, and this replan at
                // launch then replaces every pending request (the language is in each fingerprint).
                text: .system()
            ) { device in try await store.syncAsync(device: device) }
            scheduleRefresh(replanBy: outcome.replanBy)
        } catch {
            // Nothing to undo: the core compares what iOS holds on the next replan and resets.
            scheduleRefresh(replanBy: nil)
        }
    }

    /// The full check of every page, which opening no longer runs: at most once a day (the core
    /// remembers its last pass), in the background refresh. Damage surfaces as `Corrupt` on the
    /// next load, where the Data screen offers salvage and moving it aside.
    func checkIntegrity() async {
        guard let store = try? await openStore() else { return }
        _ = try? await store.checkIntegrityAsync()
    }

    private func scheduleRefresh(replanBy: Date?) {
        let request = BGAppRefreshTaskRequest(identifier: Self.refreshTaskIdentifier)
        request.earliestBeginDate = Replanner.nextRefresh(replanBy: replanBy, now: Date())
        try? BGTaskScheduler.shared.submit(request)
    }

    // MARK: Notification actions

    /// A notification action, already routed. The id goes to the core unchanged; the
    /// notification is dismissed only once the core stored the action.
    func handle(notificationId: String, action: ReminderAction) async {
        let zone = Self.zone
        let result = await ActionHandling.perform(
            notificationId: notificationId, action: action, deduper: deduper, now: Date(),
            handle: { [self] id, action in
                let store = try await openStore()
                return try await offMain { try store.handleAction(notificationId: id, action: action, zone: zone) }
            },
            dismiss: { [center] id in center.dismissDelivered(id) }
        )
        guard case let .stored(outcome) = result else { return }
        if let followUp = BundleFollowUp(outcome: outcome) {
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
        let outcome = try? await offMain { try store.handleAction(notificationId: id, action: .done, zone: zone) }
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
        let logged = try? await offMain {
            try followUp.log { id, people in try store.logBundleContacts(notificationId: id, personIds: people, zone: zone) }
        }
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

    // MARK: Data (backup, restore, move aside)

    var dataActions: DataActions {
        DataActions.offered(storeOpen: storeOpen, launch: launchProblem, failure: openFailure)
    }

    /// The backup as a file (0600, whole or absent) in the app's temporary folder, for the share
    /// sheet. The previous export is deleted first: a copy of everything (maybe unencrypted)
    /// should not linger once it was shared.
    func exportBackup(passphrase: String?) async throws -> URL {
        let store = try await openStore()
        let bytes = try await store.exportBackupAsync(passphrase: passphrase)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("TendExport", isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = BackupFile.name(at: Date(), zone: .current)
        return try await offMain { try BackupFile.write(Data(bytes), named: name, in: folder) }
    }

    /// Restores a backup picked in the file importer, replacing what the store holds (the user
    /// confirmed). The store is unchanged unless the whole backup was restored.
    func restoreBackup(from url: URL, passphrase: String?) async -> RestoreStep {
        let result: Result<BackupSummary, Error>
        do {
            let store = try await openStore()
            let bytes = try await offMain {
                // A picked file is outside the sandbox until its security scope is opened.
                let scoped = url.startAccessingSecurityScopedResource()
                defer { if scoped { url.stopAccessingSecurityScopedResource() } }
                return try Data(contentsOf: url)
            }
            result = .success(try await store.importBackupAsync(bytes: bytes, passphrase: passphrase, replace: true))
        } catch {
            result = .failure(error)
        }
        let step = Restore.step(after: result)
        if case .restored = step {
            await replan(after: .dataChanged)
            await loadToday()
        }
        return step
    }

    /// Moves the unreadable store aside (renamed, nothing deleted) and opens a fresh one.
    func moveStoreAside() async throws -> String {
        // Only a store that did not open: one in use (or opening) is never renamed under SQLite.
        guard await store.isClosed else { throw StoreUnavailable(decision: .open) }
        let path = try Self.databasePath()
        // With the key it holds, the core refuses a store that opens (or is merely newer); with
        // none, nothing can open it.
        let key = KeychainKeyStore.read().key
        let movedTo = try await offMain { try quarantineStore(path: path, key: key) }
        await store.close()
        await loadToday()
        await replan(after: .dataChanged)
        return movedTo
    }
}
