// Adding a goal (TendShellLogic.GoalForm): what it counts (the kinds the core offers, goalKinds,
// each saying whether it may name a person or a group), how many per day / week / month, who
// keeps you company in it (a partner), and an optional title (the core makes one otherwise).
import SwiftUI
import TendCore
import TendShellLogic

struct GoalEditorView: View {
    @ObservedObject var model: AppModel
    @State private var form: GoalForm?
    @State private var people: [Person] = []
    @State private var groups: [SupportGroup] = []
    @State private var problem: Problem?
    @Environment(\.dismiss) private var dismiss
    let choices = goalKinds()

    var body: some View {
        Group {
            if let binding = Binding($form) {
                editor(binding)
            } else if model.workingNetworkId == nil {
                Text(Words.needNetwork).padding()
            } else {
                ProgressView()
            }
        }
        .navigationTitle(Words.title)
        .navigationBarTitleDisplayMode(.inline)
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button(Words.save) { Task { await save() } }.disabled(form == nil)
            }
        }
        .task { await load() }
    }

    @ViewBuilder private func editor(_ form: Binding<GoalForm>) -> some View {
        let choice = choices.first { $0.kind == form.wrappedValue.kind }
        Form {
            if let general = problem?.general(besides: GoalForm.fields) {
                Section { ProblemRow(problem: general) }
            }
            Section {
                Picker(Words.counts, selection: form.kind) {
                    ForEach(choices, id: \.kind) { Text(Words.kind($0.kind)).tag($0.kind) }
                }
                .onChange(of: form.wrappedValue.kind) { _ in
                    form.wrappedValue.personId = nil
                    form.wrappedValue.groupId = nil
                }
                FieldError(problem, "goal kind")
                if choice?.namesPerson == true {
                    Picker(Words.withWhom, selection: form.personId) {
                        Text(Words.anyone).tag(Int64?.none)
                        ForEach(people.filter { !$0.avoid }, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                    }
                    FieldError(problem, "person")
                }
                if choice?.namesGroup == true {
                    Picker(Words.whichGroup, selection: form.groupId) {
                        Text(Words.anyGroup).tag(Int64?.none)
                        ForEach(groups, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                    }
                    FieldError(problem, "group")
                }
            }
            Section {
                Stepper(Words.target(form.wrappedValue.target), value: form.target, in: 1...100)
                FieldError(problem, "target")
                Picker(Words.per, selection: form.period) {
                    ForEach(Period.allCases, id: \.self) { Text(CheckinWords.period($0)).tag($0) }
                }
                .pickerStyle(.segmented)
            } header: {
                Text(Words.howMany)
            }
            Section {
                Picker(Words.partner, selection: form.partnerId) {
                    Text(Words.noPartner).tag(Int64?.none)
                    ForEach(people.filter { !$0.avoid }, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                }
                FieldError(problem, "partner")
            } footer: {
                Text(Words.partnerFooter)
            }
            Section {
                TextField(Words.titleField, text: form.title)
                FieldError(problem, "title")
            } footer: {
                Text(Words.titleFooter)
            }
        }
    }


    private func load() async {
        guard form == nil, let network = model.workingNetworkId, let first = choices.first else { return }
        people = await model.read { try $0.people(networkId: network) } ?? []
        groups = await model.read { try $0.groups() } ?? []
        form = GoalForm(networkId: network, kind: first.kind)
    }

    private func save() async {
        guard let form else { return }
        let zone = AppModel.zone
        switch await model.perform({ form.save($0, zone: zone) }) {
        case .success: dismiss()
        case let .failure(p): problem = p
        }
    }
}

private enum Words {
    static let title = String(localized: "Add a goal")
    static let needNetwork = String(localized: "Goals belong to a network. Start one in More › Networks first.")
    static let save = String(localized: "Save")
    static let counts = String(localized: "What counts")
    static let withWhom = String(localized: "With whom")
    static let anyone = String(localized: "Anyone")
    static let whichGroup = String(localized: "Which group")
    static let anyGroup = String(localized: "Any group")
    static let howMany = String(localized: "How often")
    static let per = String(localized: "Per")
    static let partner = String(localized: "Goal partner")
    static let noPartner = String(localized: "Just me")
    static let partnerFooter = String(localized: "Someone who cheers you on. They see nothing unless you share it on the Partner screen.")
    static let titleField = String(localized: "Title (optional)")
    static let titleFooter = String(localized: "Left empty, Tend names it for you, like \"3 meetings a week\".")

    static func target(_ n: UInt32) -> String { String(localized: "\(n) times") }

    static func kind(_ kind: CheckinKind) -> String {
        switch kind {
        case .meeting: return String(localized: "Going to meetings")
        case .contact: return String(localized: "Reaching out to people")
        case .daily: return String(localized: "Checking in")
        case .gratitude: return String(localized: "Saying thank you")
        case .sos: return CheckinWords.kind(.sos)
        }
    }

}
