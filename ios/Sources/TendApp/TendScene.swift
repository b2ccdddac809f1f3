// The app's scene: Today, Find a meeting, SOS, Partner and Your data, the bundle chooser, and the replan on launch / foreground /
// background refresh and after the system's time notifications (the core decides on a reset).
import SwiftUI
import TendShellLogic
import UIKit

@MainActor
public struct TendScene: Scene {
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var model = AppModel.shared

    public init() {}

    public var body: some Scene {
        WindowGroup {
            TabView {
                TodayView(model: model)
                    .tabItem { Label("Today", systemImage: "sun.max") }
                SearchView(model: model)
                    .tabItem { Label("Meetings", systemImage: "magnifyingglass") }
                SOSView(model: model)
                    .tabItem { Label("SOS", systemImage: "phone") }
                PartnerView(model: model)
                    .tabItem { Label("Partner", systemImage: "person.2") }
                DataView(model: model)
                    .tabItem { Label("Data", systemImage: "externaldrive") }
            }
            .task {
                await model.loadToday()
                await model.replan(after: .launch)
                await model.schedulePartnerSyncIfConnected()
            }
            // A bundle's Done asks whom the user reached (TendShellLogic.BundleFollowUp).
            .sheet(item: $model.bundleFollowUp) { followUp in
                BundleChooserSheet(
                    followUp: followUp,
                    onLog: { picked in Task { await model.log(picked) } },
                    onNoneOfThem: { model.forgetFollowUp(followUp.notificationId) }
                )
            }
            .onReceive(NotificationCenter.default.publisher(for: .NSSystemTimeZoneDidChange)) { _ in
                Task { await model.replan(after: .timeZoneChanged) }
            }
            .onReceive(NotificationCenter.default.publisher(for: .NSSystemClockDidChange)) { _ in
                Task { await model.replan(after: .clockChanged) }
            }
            .onReceive(NotificationCenter.default.publisher(for: UIApplication.significantTimeChangeNotification)) { _ in
                Task { await model.replan(after: .significantTimeChange) }
            }
        }
        .onChange(of: scenePhase) { phase in
            if phase == .active {
                Task {
                    await model.replan(after: .foreground)
                    await model.loadToday()
                    await model.showNextFollowUp()
                }
            }
        }
        // BGAppRefreshTask: identifier listed under BGTaskSchedulerPermittedIdentifiers.
        .backgroundTask(.appRefresh(AppModel.refreshTaskIdentifier)) {
            await AppModel.shared.replan(after: .backgroundRefresh)
            await AppModel.shared.checkIntegrity()
        }
        // The partner channel's sync (PartnerSync.swift), also listed in Info.plist.
        .backgroundTask(.appRefresh(AppModel.partnerSyncTaskIdentifier)) {
            await AppModel.shared.backgroundPartnerSync()
        }
        // Public meeting lists (MeetingListRefresh.swift), also listed in Info.plist.
        .backgroundTask(.appRefresh(AppModel.meetingListTaskIdentifier)) {
            await AppModel.shared.backgroundMeetingListRefresh()
        }
    }
}
