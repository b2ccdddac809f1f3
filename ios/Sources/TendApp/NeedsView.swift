// Needs and gaps (the People tab's second segment, or a page from Today's gaps): each need of the
// current network (or of all, under their network's name), who covers it, and for a gap the
// core's next step, with crisis lines always at hand; set a need (kind, how much it matters, a
// note) and remove one. Who covers what is the core's `coverage`.
import SwiftUI
import TendCore
import TendShellLogic

struct NeedsView: View {
    @ObservedObject var model: AppModel
    /// Inside the People tab (its title and switcher are the tab's).
    var embedded = false
    @State private var coverage: [Coverage] = []
    @State private var editing: NeedForm?
    @State private var removing: Need?
    @State private var problem: Problem?

    var body: some View {
        if embedded {
            list
        } else {
            list.navigationTitle(Words.title)
        }
    }

    private var list: some View {
        List {
            if let problem { Section { ProblemRow(problem: problem) } }
            if let id = model.scope.id {
                let addable = NeedsList.addable(coverage, networkId: id)
                if !addable.isEmpty {
                    Section {
                        Menu {
                            ForEach(addable, id: \.self) { kind in
                                Button(SupportWords.name(kind)) { editing = NeedForm(networkId: id, kind: kind) }
                            }
                        } label: {
                            Label(Words.addNeed, systemImage: "plus.circle")
                        }
                    } footer: {
                        Text(Words.addFooter)
                    }
                }
            } else if !model.networks.isEmpty {
                Section { Text(Words.pickNetwork) }
            } else {
                Section {
                    Text(Words.noNetwork)
                    Button(Words.startGuide) { model.showingWelcome = true }
                }
            }
            ForEach(coverage, id: \.need.id) { c in
                Section {
                    Button { editing = NeedForm(c.need) } label: {
                        VStack(alignment: .leading, spacing: 2) {
                            Text(SupportWords.name(c.need.kind)).font(.headline)
                            Text(SupportWords.importance(c.need.importance)).font(.footnote).foregroundStyle(.secondary)
                            if let note = c.need.note { Text(note).font(.footnote) }
                        }
                    }
                    .accessibilityHint(Words.editHint)
                    if c.coveredBy.isEmpty {
                        Label(Words.gap, systemImage: "exclamationmark.circle")
                        if let step = c.nextStep { Text(step.text) }
                        Button(Words.crisis) { model.showingSOS = true }
                    } else {
                        ForEach(c.coveredBy, id: \.id) { person in
                            NavigationLink(value: Route.person(person.id)) {
                                Text(Words.coveredBy(person.name))
                            }
                        }
                    }
                    Button(Words.removeNeed, role: .destructive) { removing = c.need }
                } header: {
                    if model.scope == .all { Text(c.networkName) }
                }
            }
        }
        .task(id: model.scope) { await reload() }
        .refreshable { await reload() }
        .sheet(item: $editing) { form in
            NeedSheet(model: model, form: form) {
                editing = nil
                Task { await reload() }
            }
        }
        .confirmationDialog(Words.removeQuestion(removing.map { SupportWords.name($0.kind) } ?? ""),
                            isPresented: Binding(get: { removing != nil }, set: { if !$0 { removing = nil } }),
                            titleVisibility: .visible) {
            Button(Words.removeNeed, role: .destructive) {
                if let need = removing { Task { await remove(need) } }
            }
        } message: {
            Text(Words.removeMessage)
        }
    }

    private func reload() async {
        let id = model.scope.id
        if let read = await model.read({ try $0.coverage(networkId: id) }) {
            coverage = read
        }
    }

    private func remove(_ need: Need) async {
        removing = nil
        if case let .failure(p) = await model.perform({ removeNeed(need, store: $0) }) { problem = p } else { problem = nil }
        await reload()
    }
}

extension NeedForm: Identifiable {
    public var id: String { "\(networkId)-\(kind)" }
}

/// Setting one need: how much it matters and a note.
struct NeedSheet: View {
    @ObservedObject var model: AppModel
    @State var form: NeedForm
    let onDone: () -> Void
    @State private var problem: Problem?

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    Text(SupportWords.detail(form.kind)).foregroundStyle(.secondary)
                    Picker(Words.howMuch, selection: $form.importance) {
                        ForEach(Importance.allCases, id: \.self) { Text(SupportWords.importance($0)).tag($0) }
                    }
                    .pickerStyle(.inline)
                }
                Section {
                    TextField(Words.note, text: $form.note, axis: .vertical)
                    FieldError(problem, "note")
                }
                ProblemRow(problem: problem?.general(besides: ["note"]))
            }
            .navigationTitle(SupportWords.name(form.kind))
            .sheetActions(cancel: { onDone() }, save: save)
        }
    }

    private func save() async {
        let form = form
        switch await model.perform({ form.save($0) }) {
        case .success: onDone()
        case let .failure(p): problem = p
        }
    }
}

private enum Words {
    static let title = String(localized: "Needs")
    static let addNeed = String(localized: "Add a need")
    static let addFooter = String(localized: "What kinds of support would help you right now?")
    static let pickNetwork = String(localized: "Choose a network at the top to add a need to it.")
    static let noNetwork = String(localized: "Needs belong to a network: what you're working on. Start one first.")
    static let startGuide = String(localized: "Build your network, step by step")
    static let editHint = String(localized: "Change how much it matters")
    static let gap = String(localized: "Nobody covers this yet")
    static let crisis = String(localized: "If you need someone now: crisis lines")
    static let removeNeed = String(localized: "Remove this need")
    static let removeMessage = String(localized: "The people who cover it stay in your network.")
    static let howMuch = String(localized: "How much it matters")
    static let note = String(localized: "A note (optional)")

    static func coveredBy(_ name: String) -> String { String(localized: "\(name) helps with this") }
    static func removeQuestion(_ kind: String) -> String { String(localized: "Remove \"\(kind)\" from your needs?") }

}
