// More › Networks: each network (what the user is working on) with its own people, needs, goals
// and milestones. Add, rename, switch the People tab to one, and remove one only after saying
// what goes with it and what stays (TendShellLogic.NetworkRemovalConfirmation: the core counts).
import SwiftUI
import TendCore
import TendShellLogic

struct NetworksView: View {
    @ObservedObject var model: AppModel
    @State private var editing: NetworkForm?
    @State private var confirming: NetworkRemovalConfirmation?
    @State private var problem: Problem?

    var body: some View {
        List {
            if let problem { Section { ProblemRow(problem: problem) } }
            if model.networks.isEmpty {
                Section { Text(Words.none) }
            }
            ForEach(model.networks, id: \.id) { network in
                Section {
                    VStack(alignment: .leading, spacing: 2) {
                        Text(network.name).font(.headline)
                        if let focus = network.focus { Text(focus).font(.subheadline) }
                        if let since = network.since, let date = LocalDay.date(since) {
                            Text(Words.since(date)).font(.footnote).foregroundStyle(.secondary)
                        }
                    }
                    .accessibilityElement(children: .combine)
                    Button(Words.show(network.name)) {
                        model.chosenScope = .one(network.id)
                        model.open(Destination(.people))
                    }
                    Button(Words.rename) { editing = NetworkForm(network) }
                    Button(Words.remove, role: .destructive) { Task { await ask(network.id) } }
                }
            }
        }
        .navigationTitle(Words.title)
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button { editing = NetworkForm() } label: { Image(systemName: "plus") }
                    .accessibilityLabel(Words.add)
            }
        }
        .sheet(item: $editing) { form in
            NetworkSheet(model: model, form: form) { editing = nil }
        }
        .confirmationDialog(confirming.map { Words.removeQuestion($0.removal.network.name) } ?? "",
                            isPresented: Binding(get: { confirming != nil }, set: { if !$0 { confirming = nil } }),
                            titleVisibility: .visible) {
            Button(Words.removeConfirm, role: .destructive) {
                if let confirming { Task { await remove(confirming) } }
            }
        } message: {
            if let confirming { Text(Words.removal(confirming.removal)) }
        }
    }

    /// Step one: the core says what would go; nothing changes yet.
    private func ask(_ id: Int64) async {
        guard let store = try? await model.openStore() else { return }
        switch (try? await offMain { NetworkRemovalConfirmation.ask(id, store: store) }) ?? .failure(.failed) {
        case let .success(confirmation):
            confirming = confirmation
            problem = nil
        case let .failure(p):
            problem = p
        }
    }

    /// Step two, confirmed.
    private func remove(_ confirmation: NetworkRemovalConfirmation) async {
        confirming = nil
        let current = model.scope
        switch await model.perform({ confirmation.confirm($0) }) {
        case .success:
            model.chosenScope = confirmation.scope(after: current, networks: model.networks)
            problem = nil
        case let .failure(p):
            problem = p
        }
    }
}

// Its id is the network's (nil for a new one).
extension NetworkForm: Identifiable {}

/// Adding or renaming a network: its name, what it is about, and since when (for milestones).
struct NetworkSheet: View {
    @ObservedObject var model: AppModel
    @State var form: NetworkForm
    let onDone: () -> Void
    @State private var problem: Problem?

    var body: some View {
        NavigationStack {
            NetworkFields(form: $form, problem: problem)
                .navigationTitle(form.id == nil ? Words.add : Words.rename)
                .sheetActions(cancel: { onDone() }, save: save)
        }
    }

    private func save() async {
        let form = form
        switch await model.perform({ form.save($0) }) {
        case let .success(network):
            if form.id == nil { model.chosenScope = .one(network.id) }
            onDone()
        case let .failure(p):
            problem = p
        }
    }
}

/// The network's fields, shared with the first-launch guide.
struct NetworkFields: View {
    @Binding var form: NetworkForm
    let problem: Problem?

    var body: some View {
        Form {
            if let general = problem?.general(besides: NetworkForm.fields) {
                Section { ProblemRow(problem: general) }
            }
            Section {
                TextField(Words.name, text: $form.name)
                FieldError(problem, "network name")
            } footer: {
                Text(Words.nameFooter)
            }
            Section {
                TextField(Words.focus, text: $form.focus, axis: .vertical)
                FieldError(problem, "focus")
            }
            Section {
                Toggle(Words.hasSince, isOn: Binding(
                    get: { form.since != nil },
                    set: { form.since = $0 ? LocalDay.string(Date()) : nil }
                ))
                if let since = form.since {
                    DatePicker(Words.sinceLabel, selection: Binding(
                        get: { LocalDay.date(since) ?? Date() },
                        set: { form.since = LocalDay.string($0) }
                    ), in: ...Date(), displayedComponents: .date)
                }
                FieldError(problem, "since")
            } footer: {
                Text(Words.sinceFooter)
            }
        }
    }
}

private enum Words {
    static let title = String(localized: "Networks")
    static let none = String(localized: "No networks yet. A network is what you're working on, with the people who help.")
    static let rename = String(localized: "Rename")
    static let remove = String(localized: "Remove…")
    static let removeConfirm = String(localized: "Remove the network")
    static let add = String(localized: "New network")
    static let name = String(localized: "Name, like \"Staying sober\"")
    static let nameFooter = String(localized: "What you're working on. You can have more than one.")
    static let focus = String(localized: "In your own words (optional)")
    static let hasSince = String(localized: "Count days from a start date")
    static let sinceLabel = String(localized: "Since")
    static let sinceFooter = String(localized: "Tend celebrates milestones from this day: 30 days, 90 days, a year.")

    static func show(_ name: String) -> String { String(localized: "Show \(name) on People") }
    static func since(_ date: Date) -> String { String(localized: "Since \(date.formatted(date: .long, time: .omitted))") }
    static func removeQuestion(_ name: String) -> String { String(localized: "Remove \(name)?") }

    /// What goes and what stays, from the core's count.
    static func removal(_ r: NetworkRemoval) -> String {
        String(localized: "Its \(r.needs) needs and \(r.goals) goals will be removed. The \(r.members) people in it stay in your list, and its \(r.groups) groups stay, no longer linked to it.")
    }

}
