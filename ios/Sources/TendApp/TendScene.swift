// The app's scene: five tabs (Today · People · Meetings · Progress · More), each a navigation
// stack whose pages are TendShellLogic.Route values, an SOS button in every tab's toolbar, the
// first-launch guide, the bundle chooser, and the replan on launch / foreground / background
// refresh and after the system's time notifications (the core decides on a reset).
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
            TabView(selection: $model.tab) {
                TabRoot(model: model, tab: .today) { TodayView(model: model) }
                    .tabItem { Label(Words.today, systemImage: "sun.max") }
                    .tag(AppTab.today)
                TabRoot(model: model, tab: .people) { PeopleView(model: model) }
                    .tabItem { Label(Words.people, systemImage: "person.3") }
                    .tag(AppTab.people)
                TabRoot(model: model, tab: .meetings) { MeetingsView(model: model) }
                    .tabItem { Label(Words.meetings, systemImage: "calendar") }
                    .tag(AppTab.meetings)
                TabRoot(model: model, tab: .progress) { ProgressTabView(model: model) }
                    .tabItem { Label(Words.progress, systemImage: "chart.line.uptrend.xyaxis") }
                    .tag(AppTab.progress)
                TabRoot(model: model, tab: .more) { MoreView(model: model) }
                    .tabItem { Label(Words.more, systemImage: "ellipsis.circle") }
                    .tag(AppTab.more)
            }
            .task {
                await model.loadToday()
                await model.replan(after: .launch)
                await model.schedulePartnerSyncIfConnected()
            }
            // SOS over whichever tab is shown; works even when the store cannot be opened.
            .sheet(isPresented: $model.showingSOS) {
                SOSView(model: model)
            }
            .fullScreenCover(isPresented: $model.showingWelcome) {
                FirstLaunchView(model: model)
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

/// One tab: its navigation stack (the platform's back), its pages, and the SOS button.
struct TabRoot<Content: View>: View {
    @ObservedObject var model: AppModel
    let tab: AppTab
    @ViewBuilder let content: () -> Content

    var body: some View {
        NavigationStack(path: Binding(get: { model.paths[tab] ?? [] }, set: { model.paths[tab] = $0 })) {
            content()
                .navigationDestination(for: Route.self) { route in
                    RouteView(model: model, route: route)
                }
                .toolbar {
                    ToolbarItem(placement: .navigationBarTrailing) {
                        SOSButton(model: model)
                    }
                }
        }
    }
}

/// Always one tap away: red, labelled for VoiceOver as what it does.
struct SOSButton: View {
    @ObservedObject var model: AppModel

    var body: some View {
        Button {
            model.showingSOS = true
        } label: {
            Text(Words.sos).bold()
        }
        .buttonStyle(.borderedProminent)
        .tint(.red)
        .accessibilityLabel(Words.sosLabel)
        .accessibilityHint(Words.sosHint)
    }
}

/// The page for each route.
struct RouteView: View {
    @ObservedObject var model: AppModel
    let route: Route

    var body: some View {
        page.toolbar {
            ToolbarItem(placement: .navigationBarTrailing) {
                SOSButton(model: model)
            }
        }
    }

    @ViewBuilder private var page: some View {
        switch route {
        case let .person(id): PersonView(model: model, personId: id)
        case let .editPerson(id): PersonEditorView(model: model, personId: id)
        case .needs: NeedsView(model: model)
        case .findMeeting: SearchView(model: model)
        case .meetingLists: MeetingSourcesView(model: model)
        case let .editGroup(id): GroupEditorView(model: model, groupId: id)
        case .addGoal: GoalEditorView(model: model)
        case .log: LogView(model: model)
        case .networks: NetworksView(model: model)
        case .settings: SettingsView(model: model)
        case .partner: PartnerView(model: model)
        case .data: DataView(model: model)
        case .about: AboutView()
        }
    }
}

private enum Words {
    static let today = String(localized: "Today")
    static let people = String(localized: "People")
    static let meetings = String(localized: "Meetings")
    static let progress = String(localized: "Progress")
    static let more = String(localized: "More")
    static let sos = String(localized: "SOS")
    static let sosLabel = String(localized: "SOS: help now")
    static let sosHint = String(localized: "Your emergency contacts, crisis lines and meetings starting soon.")
}
