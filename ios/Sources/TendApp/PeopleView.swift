// The People tab: the network switcher, then People (the core's peopleOverview in its order,
// under headings, each row opening the person's page) or Needs (NeedsView). "Add someone" by
// hand or from the phone's contacts (the system picker: no contacts permission; the picked cards
// go to the core's importVcards).
import SwiftUI
import TendCore
import TendShellLogic

struct PeopleView: View {
    @ObservedObject var model: AppModel
    @State private var segment = Segment.people
    @State private var people: [PersonSummary] = []
    @State private var loaded = false
    @State private var picking = false
    @State private var message: String?

    enum Segment: Hashable { case people, needs }

    var body: some View {
        VStack(spacing: 0) {
            Picker(Words.show, selection: $segment) {
                Text(Words.peopleSegment).tag(Segment.people)
                Text(Words.needsSegment).tag(Segment.needs)
            }
            .pickerStyle(.segmented)
            .padding(.horizontal)
            .padding(.vertical, 8)
            switch segment {
            case .people: list
            case .needs: NeedsView(model: model, embedded: true)
            }
        }
        .navigationTitle(Words.title)
        .toolbar {
            ToolbarItem(placement: .principal) { NetworkSwitcher(model: model) }
            ToolbarItem(placement: .navigationBarLeading) {
                Menu {
                    Button { model.push(.editPerson(nil)) } label: { Label(Words.byHand, systemImage: "square.and.pencil") }
                    Button { picking = true } label: { Label(Words.fromContacts, systemImage: "person.crop.circle.badge.plus") }
                        .disabled(model.workingNetworkId == nil)
                } label: {
                    Image(systemName: "plus")
                }
                .accessibilityLabel(Words.addSomeone)
            }
        }
        .background(ContactPicker(isPresented: $picking) { picked in
            switch picked {
            case let .picked(vcards): Task { await importPicked(vcards) }
            case .unreadable: message = Words.unreadable
            case .cancelled: break
            }
        })
        .task(id: model.scope) { await reload() }
        .refreshable { await reload() }
    }

    @ViewBuilder private var list: some View {
        List {
            if let message {
                Section { Text(message) }
            }
            if loaded && people.isEmpty {
                Section {
                    Text(Words.empty)
                    Button(Words.addSomeone) { model.push(.editPerson(nil)) }
                }
            }
            ForEach(PeopleSection.group(people), id: \.section) { group in
                Section(Words.heading(group.section)) {
                    ForEach(group.people, id: \.person.id) { summary in
                        NavigationLink(value: Route.person(summary.person.id)) {
                            VStack(alignment: .leading, spacing: 2) {
                                Text(summary.person.name).font(.headline)
                                Text(PeopleWords.standing(name: summary.person.name, summary))
                                    .font(.subheadline)
                                    .foregroundStyle(.secondary)
                            }
                            .padding(.vertical, 4)
                            .accessibilityElement(children: .combine)
                        }
                    }
                }
            }
        }
    }

    private func reload() async {
        let id = model.scope.id, zone = AppModel.zone
        if let read = await model.read({ try $0.peopleOverview(networkId: id, zone: zone) }) {
            people = read
            message = nil
        } else {
            message = Words.couldNotRead
        }
        loaded = true
    }

    /// Picked contacts go into the current network as friends; their page says the rest.
    private func importPicked(_ vcards: String) async {
        guard let network = model.workingNetworkId else { return }
        let result = await model.perform { store in attempt { try store.importVcards(text: vcards, networkId: network, role: .friend) } }
        switch result {
        case let .success(report):
            message = Words.imported(report)
        case let .failure(problem):
            message = ProblemWords.message(problem)
        }
        await reload()
    }
}

/// The current network's name; the menu lists the others, "All networks" and Networks.
struct NetworkSwitcher: View {
    @ObservedObject var model: AppModel

    var body: some View {
        Menu {
            ForEach(model.networks, id: \.id) { network in
                Button {
                    model.chosenScope = .one(network.id)
                } label: {
                    if model.scope == .one(network.id) {
                        Label(network.name, systemImage: "checkmark")
                    } else {
                        Text(network.name)
                    }
                }
            }
            Button(Words.allNetworks) { model.chosenScope = .all }
            Divider()
            Button(Words.manage) { model.open(Destination(.networks)) }
        } label: {
            HStack(spacing: 4) {
                Text(currentName).font(.headline).lineLimit(1)
                Image(systemName: "chevron.down").font(.caption)
            }
        }
        .accessibilityLabel(Words.switcherLabel(currentName))
    }

    private var currentName: String {
        switch model.scope {
        case .all: return Words.allNetworks
        case let .one(id): return model.networks.first { $0.id == id }?.name ?? Words.allNetworks
        }
    }
}

private enum Words {
    static let title = String(localized: "People")
    static let show = String(localized: "Show")
    static let peopleSegment = String(localized: "People")
    static let needsSegment = String(localized: "Needs")
    static let byHand = String(localized: "Add by hand")
    static let fromContacts = String(localized: "Add from your contacts")
    static let addSomeone = String(localized: "Add someone")
    static let empty = String(localized: "Nobody here yet. Who do you turn to on a hard day? Start with one person.")
    static let couldNotRead = String(localized: "Tend could not read your people just now. Nothing was changed.")
    static let unreadable = String(localized: "Tend could not read that contact. You can add them by hand.")
    static let allNetworks = String(localized: "All networks")
    static let manage = String(localized: "Networks…")

    static func switcherLabel(_ name: String) -> String { String(localized: "Network: \(name). Double-tap to switch.") }

    static func heading(_ section: PeopleSection) -> String {
        switch section {
        case .reachOut: return String(localized: "Reach out soon")
        case .everyone: return String(localized: "Everyone")
        case .distance: return String(localized: "Keeping your distance")
        }
    }

    static func imported(_ r: ContactsReport) -> String {
        if r.created == 0 && r.updated == 0 && !r.skipped.isEmpty {
            return String(localized: "Tend could not read that contact. You can add them by hand.")
        }
        if r.created == 0 { return String(localized: "They are already in your list.") }
        return String(localized: "Added \(r.created). Open their page to say how they help.")
    }

}
