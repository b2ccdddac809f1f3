// The Progress tab: today's check-in (mood, craving, a private note), goals (progress this period,
// streak, partner; add one, remove one), milestones, and the log (log a contact, a thank-you or
// a meeting by hand; the whole log with filters). Counting, streaks, "at risk" and milestones
// are the core's (goalProgress, milestones, today).
import SwiftUI
import TendCore
import TendShellLogic

struct ProgressTabView: View {
    @ObservedObject var model: AppModel
    @State private var form = DailyCheckinForm()
    @State private var sayCraving = false
    @State private var problem: Problem?
    @State private var goals: [GoalProgress] = []
    @State private var milestones: [MilestoneReport] = []
    @State private var removingGoal: GoalProgress?
    @State private var quickLog: QuickLogKind?

    var body: some View {
        List {
            checkIn
            Section {
                if goals.isEmpty { Text(Words.noGoals) }
                ForEach(goals, id: \.goal.id) { g in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(g.goal.title).font(.headline)
                        Text(Words.progress(g))
                        ProgressView(value: min(Double(g.count), Double(g.goal.target)), total: Double(max(g.goal.target, 1)))
                            .accessibilityHidden(true)
                        if g.streak > 0 { Text(Words.streak(g)).font(.subheadline) }
                        if g.atRisk && !g.met { Text(Words.atRisk).font(.subheadline) }
                        if let partner = g.partner { Text(Words.partner(partner.name)).font(.footnote).foregroundStyle(.secondary) }
                    }
                    .accessibilityElement(children: .combine)
                    .swipeActions {
                        Button(Words.removeGoal, role: .destructive) { removingGoal = g }
                    }
                }
                Button { model.push(.addGoal) } label: { Label(Words.addGoal, systemImage: "plus.circle") }
                    .disabled(model.workingNetworkId == nil)
            } header: {
                Text(Words.goals)
            }
            if !milestones.isEmpty {
                Section(Words.milestones) {
                    ForEach(milestones, id: \.networkId) { m in
                        VStack(alignment: .leading, spacing: 2) {
                            Text(Words.days(m)).font(.headline)
                            if let last = m.last { Text(Words.reached(last.label.text)) }
                            Text(Words.next(m.next)).font(.subheadline).foregroundStyle(.secondary)
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
            }
            Section {
                Button { quickLog = .contact } label: { Label(Words.logContact, systemImage: "bubble.left.and.bubble.right") }
                Button { quickLog = .gratitude } label: { Label(Words.logThanks, systemImage: "heart") }
                Button { quickLog = .meeting } label: { Label(Words.logMeeting, systemImage: "person.3") }
                NavigationLink(value: Route.log) { Label(Words.yourLog, systemImage: "list.bullet") }
            } header: {
                Text(Words.logHeader)
            }
        }
        .navigationTitle(Words.title)
        .task(id: model.scope) { await reload() }
        .refreshable { await reload() }
        .sheet(item: $quickLog) { kind in
            QuickLogSheet(model: model, kind: kind) {
                quickLog = nil
                Task { await reload() }
            }
        }
        .confirmationDialog(removingGoal.map { Words.removeQuestion($0.goal.title) } ?? "",
                            isPresented: Binding(get: { removingGoal != nil }, set: { if !$0 { removingGoal = nil } }),
                            titleVisibility: .visible) {
            Button(Words.removeGoal, role: .destructive) {
                if let g = removingGoal { Task { await remove(g.goal.id) } }
            }
        }
    }

    @ViewBuilder private var checkIn: some View {
        Section {
            if let daily = latestDaily {
                Label(Words.checkedIn, systemImage: "checkmark.circle.fill").font(.headline)
                if let mood = daily.mood { Text(Words.moodWas(CheckinWords.mood(mood))) }
            }
            Picker(Words.mood, selection: $form.mood) {
                ForEach(1...5, id: \.self) { m in Text(CheckinWords.mood(UInt8(m))).tag(UInt8(m)) }
            }
            .pickerStyle(.inline)
            FieldError(problem, "mood")
            Toggle(Words.sayCraving, isOn: $sayCraving)
            if sayCraving {
                Stepper(Words.craving(form.craving ?? 0), value: Binding(get: { Int(form.craving ?? 0) },
                                                                     set: { form.craving = UInt8(clamping: $0) }), in: 0...10)
                FieldError(problem, "craving")
            }
            TextField(Words.note, text: $form.note, axis: .vertical)
            FieldError(problem, "note")
            ProblemRow(problem: problem?.general(besides: DailyCheckinForm.fields))
            Button(Words.save) { Task { await saveCheckIn() } }
                .buttonStyle(.borderedProminent)
        } header: {
            Text(Words.todayHeader)
        } footer: {
            Text(Words.privateNote)
        }
    }

    /// Today's daily check-in, once there is one.
    private var latestDaily: Checkin? {
        if case let .open(today) = model.state, today.checkedIn { return today.latestDaily }
        return nil
    }

    private func reload() async {
        let id = model.scope.id, zone = AppModel.zone
        goals = await model.read { try $0.goalProgress(networkId: id, zone: zone) } ?? goals
        let all = await model.read { try $0.milestones(zone: zone) } ?? []
        milestones = id.map { id in all.filter { $0.networkId == id } } ?? all
    }

    private func saveCheckIn() async {
        var typed = form
        if !sayCraving { typed.craving = nil }
        let checkin = typed, zone = AppModel.zone
        switch await model.perform({ checkin.save($0, zone: zone) }) {
        case .success:
            problem = nil
            form = DailyCheckinForm()
            sayCraving = false
            await reload()
        case let .failure(p):
            problem = p
        }
    }

    private func remove(_ id: Int64) async {
        removingGoal = nil
        _ = await model.perform { removeGoal(id, store: $0) }
        await reload()
    }
}

enum QuickLogKind: String, Identifiable {
    case contact, gratitude, meeting
    var id: String { rawValue }
}

/// Logging by hand from Progress: a contact or a thank-you (pick the person first), or a meeting
/// attended (pick the group).
struct QuickLogSheet: View {
    @ObservedObject var model: AppModel
    let kind: QuickLogKind
    let onDone: () -> Void
    @State private var people: [Person] = []
    @State private var groups: [SupportGroup] = []
    @State private var personId: Int64?
    @State private var groupId: Int64?
    @State private var contact: ContactLogForm?
    @State private var thanks: GratitudeForm?
    @State private var problem: Problem?
    /// One key while the sheet is open: a double tap logs the meeting once.
    @State private var key = "quick-\(UUID().uuidString)"

    var body: some View {
        NavigationStack {
            Form {
                switch kind {
                case .contact, .gratitude:
                    Picker(Words.who, selection: $personId) {
                        Text(Words.choose).tag(Int64?.none)
                        ForEach(people.filter { !$0.avoid }, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                    }
                    if people.isEmpty { Text(Words.noPeople) }
                case .meeting:
                    Picker(Words.which, selection: $groupId) {
                        Text(Words.choose).tag(Int64?.none)
                        ForEach(groups, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                    }
                    if groups.isEmpty { Text(Words.noGroups) }
                }
                ProblemRow(problem: problem)
            }
            .navigationTitle(Words.title(kind))
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(Words.cancel, action: onDone) }
                ToolbarItem(placement: .confirmationAction) {
                    Button(kind == .meeting ? Words.save : Words.next) { Task { await next() } }
                        .disabled(kind == .meeting ? groupId == nil : personId == nil)
                }
            }
            .task {
                people = await model.read { try $0.people(networkId: nil) } ?? []
                groups = await model.read { try $0.groups() } ?? []
            }
            .sheet(item: $contact) { form in
                ContactLogSheet(model: model, form: form) { _ in onDone() }
            }
            .sheet(item: $thanks) { form in
                GratitudeSheet(model: model, form: form, name: people.first { $0.id == form.personId }?.name ?? "") { _ in onDone() }
            }
        }
    }

    private func next() async {
        switch kind {
        case .contact: if let personId { contact = ContactLogForm(personId: personId) }
        case .gratitude: if let personId { thanks = GratitudeForm(personId: personId) }
        case .meeting:
            guard let groupId else { return }
            let zone = AppModel.zone, key = key
            switch await model.perform({ GroupActions.attended(groupId, zone: zone, key: key, store: $0) }) {
            case .success: onDone()
            case let .failure(p): problem = p
            }
        }
    }
}

private enum Words {
    static let title = String(localized: "Progress")
    static let todayHeader = String(localized: "How are you today?")
    static let privateNote = String(localized: "Your note stays private: it is never shared with anyone.")
    static let checkedIn = String(localized: "You checked in today")
    static let mood = String(localized: "Mood")
    static let sayCraving = String(localized: "Say how strong cravings are")
    static let note = String(localized: "A note, just for you (optional)")
    static let save = String(localized: "Save")
    static let goals = String(localized: "Goals")
    static let noGoals = String(localized: "No goals yet. A small one is a good start, like two meetings a week.")
    static let addGoal = String(localized: "Add a goal")
    static let removeGoal = String(localized: "Remove goal")
    static let atRisk = String(localized: "A bit behind this time. There's still time, and every step counts.")
    static let milestones = String(localized: "Milestones")
    static let logHeader = String(localized: "Log something")
    static let logContact = String(localized: "Time with someone")
    static let logThanks = String(localized: "A thank-you")
    static let logMeeting = String(localized: "A meeting I went to")
    static let yourLog = String(localized: "Your log")
    static let who = String(localized: "Who")
    static let which = String(localized: "Which group")
    static let choose = String(localized: "Choose")
    static let noPeople = String(localized: "Add people on the People tab first.")
    static let noGroups = String(localized: "Add a group on the Meetings tab first.")
    static let cancel = String(localized: "Cancel")
    static let next = String(localized: "Next")

    static func moodWas(_ mood: String) -> String { String(localized: "Mood: \(mood)") }
    static func craving(_ n: UInt8) -> String { String(localized: "Craving: \(n) of 10") }

    static func progress(_ g: GoalProgress) -> String {
        g.met
            ? String(localized: "Done: \(g.count) of \(g.goal.target) \(CheckinWords.period(g.goal.period)). Well done.")
            : String(localized: "\(g.count) of \(g.goal.target) \(CheckinWords.period(g.goal.period)) so far")
    }

    static func streak(_ g: GoalProgress) -> String {
        String(localized: "\(g.streak) in a row")
    }

    static func partner(_ name: String) -> String { String(localized: "With \(name)") }
    static func days(_ m: MilestoneReport) -> String { String(localized: "\(m.days) days in \(m.networkName)") }
    static func reached(_ label: String) -> String { String(localized: "You reached \(label)") }
    static func next(_ m: Milestone) -> String { String(localized: "Next: \(m.label.text)") }
    static func removeQuestion(_ title: String) -> String { String(localized: "Remove the goal \"\(title)\"?") }

    static func title(_ kind: QuickLogKind) -> String {
        switch kind {
        case .contact: return logContact
        case .gratitude: return logThanks
        case .meeting: return logMeeting
        }
    }

}
