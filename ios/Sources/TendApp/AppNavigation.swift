// The app's navigation and the screens' one way to the store. Five tabs, each with its own stack
// of pages (TendShellLogic.Route); a notification tap or a Today card opens a Destination; SOS
// sits over everything; the first-launch guide is offered while the core says nothing is built
// (needsWelcome). Every screen reads and writes through `read` and `perform`, off the main
// actor; a change replans the reminders and refreshes Today.
import Foundation
import TendCore
import TendShellLogic

extension AppModel {
    // MARK: Navigation

    /// Shows `destination`: its tab, with its page alone on that tab's stack.
    func open(_ destination: Destination) {
        showingSOS = false
        tab = destination.tab
        paths[destination.tab] = destination.route.map { [$0] } ?? []
    }

    /// Pushes a page on the current tab (a second tap from a tab's first screen).
    func push(_ route: Route) {
        paths[tab, default: []].append(route)
    }

    /// The network the People tab and the forms work in.
    var scope: NetworkScope {
        NetworkScope.resolve(chosenScope, networks: networks)
    }

    /// The current network's id, or the first network's when "All networks" is shown (a new
    /// person, need or goal goes somewhere); nil with no network at all.
    var workingNetworkId: Int64? {
        scope.id ?? networks.first?.id
    }

    /// The crisis lines' country: the one chosen in Settings, else the phone's region.
    var crisisCountry: String? {
        SettingsChoices.crisisCountry(settings, region: Locale.current.region?.identifier)
    }

    /// Networks, settings and whether to offer the guide, re-read after any change.
    func refreshShared(_ store: TendStore) async {
        if let read = try? await offMain({ (try store.networks(), try store.settings(), try store.needsWelcome()) }) {
            (networks, settings, needsWelcome) = read
            if needsWelcome && !welcomeDismissed && !showingWelcome { showingWelcome = true }
        }
    }

    /// The guide was finished or skipped: not offered again in this run.
    func dismissWelcome() {
        welcomeDismissed = true
        showingWelcome = false
    }

    // MARK: The store, for the screens

    /// A read for a screen, off the main actor; nil when the store cannot be opened or read.
    func read<T: Sendable>(_ call: @escaping @Sendable (TendStore) throws -> T) async -> T? {
        guard let store = try? await openStore() else { return nil }
        return try? await offMain { try call(store) }
    }

    /// A change from a screen, off the main actor. When it worked, the reminders are replanned
    /// and Today, the networks and the settings are read again.
    func perform<T: Sendable>(_ call: @escaping @Sendable (TendStore) -> Result<T, Problem>) async -> Result<T, Problem> {
        guard let store = try? await openStore() else { return .failure(.failed) }
        let result = (try? await offMain { call(store) }) ?? .failure(.failed)
        if case .success = result {
            await replan(after: .dataChanged)
            await loadToday()
        }
        return result
    }
}
