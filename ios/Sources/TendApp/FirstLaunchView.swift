// The first-launch guide (TendShellLogic.FirstLaunchGuide), shown over everything while the core
// says nothing is built yet (needsWelcome): name what you are working on, pick the support you
// need, add the people who already help (from your contacts through the system picker, or by
// hand) and say what each covers, see the gaps with the core's next step (and the crisis lines),
// be offered a meeting, choose a daily check-in time, and only then be asked for notifications,
// with the reason. Every step can be skipped; skipping lands on Today.
import SwiftUI
import TendCore
import TendShellLogic

struct FirstLaunchView: View {
    @ObservedObject var model: AppModel
    @State private var guide = FirstLaunchGuide()
    @State private var network = NetworkForm()
    @State private var needs: Set<SupportKind> = []
    @State private var newName = ""
    @State private var newRole: Role = .friend
    @State private var newCovers: Set<SupportKind> = []
    @State private var picking = false
    @State private var pickedNote: String?
    @State private var findingMeeting = false
    @State private var checkinTime = ClockTime.date(minutes: 20 * 60)
    @State private var busy = false

    var body: some View {
        NavigationStack {
            step
                .navigationTitle(Words.title(guide.step))
                .navigationBarTitleDisplayMode(.inline)
                .toolbar {
                    ToolbarItem(placement: .cancellationAction) {
                        Button(Words.skipAll) { finish() }
                    }
                    ToolbarItem(placement: .principal) {
                        Text(Words.position(guide.position)).font(.footnote).foregroundStyle(.secondary)
                    }
                }
        }
        .interactiveDismissDisabled()
        .background(ContactPicker(isPresented: $picking) { picked in
            switch picked {
            case let .picked(vcards): Task { await addPicked(vcards) }
            case .unreadable: pickedNote = Words.unreadable
            case .cancelled: break
            }
        })
        .sheet(isPresented: $findingMeeting) {
            NavigationStack {
                SearchView(model: model)
                    .navigationDestination(for: Route.self) { RouteView(model: model, route: $0) }
                    .toolbar { ToolbarItem(placement: .confirmationAction) { Button(Words.done) { findingMeeting = false } } }
            }
        }
        .onChange(of: guide.needs) { _ in newCovers = guide.typicalCovers(newRole) }
        .task {
            if let first = model.settings?.checkinTimes.first { checkinTime = ClockTime.date(minutes: first) }
        }
    }

    @ViewBuilder private var step: some View {
        switch guide.step {
        case .network: networkStep
        case .needs: needsStep
        case .people: peopleStep
        case .gaps: gapsStep
        case .meeting: meetingStep
        case .checkinTime: checkinStep
        case .notifications: notificationsStep
        case .done: Color.clear.onAppear { finish() }
        }
    }

    // MARK: Steps

    private var networkStep: some View {
        VStack(spacing: 0) {
            Text(Words.welcome).padding()
            NetworkFields(form: $network, problem: guide.problem)
            footer(primary: Words.next, enabled: true) {
                let form = network
                await run { _ = $0.nameNetwork(form, store: $1) }
            }
        }
    }

    private var needsStep: some View {
        VStack(spacing: 0) {
            Form {
                Section {
                    ForEach(SupportKind.allCases, id: \.self) { kind in
                        Toggle(isOn: Binding(get: { needs.contains(kind) },
                                             set: { on in if on { needs.insert(kind) } else { needs.remove(kind) } })) {
                            VStack(alignment: .leading) {
                                Text(SupportWords.name(kind))
                                Text(SupportWords.detail(kind)).font(.footnote).foregroundStyle(.secondary)
                            }
                        }
                    }
                } header: {
                    Text(Words.needsIntro)
                }
                problemRow
            }
            footer(primary: Words.next, enabled: true) {
                let kinds = needs
                await run { _ = $0.chooseNeeds(kinds, store: $1) }
            }
        }
    }

    private var peopleStep: some View {
        VStack(spacing: 0) {
            Form {
                Section {
                    Button { picking = true } label: {
                        Label(Words.fromContacts, systemImage: "person.crop.circle.badge.plus")
                    }
                    if let pickedNote { Text(pickedNote).font(.footnote) }
                } header: {
                    Text(Words.peopleIntro)
                } footer: {
                    Text(Words.pickerFooter)
                }
                Section(Words.byHand) {
                    TextField(Words.name, text: $newName).textContentType(.name)
                    Picker(Words.role, selection: $newRole) {
                        ForEach(Role.allCases, id: \.self) { Text(RoleWords.name($0)).tag($0) }
                    }
                    .onChange(of: newRole) { role in newCovers = guide.typicalCovers(role) }
                    coversToggles(Binding(get: { newCovers }, set: { newCovers = $0 }))
                    Button(Words.add) {
                        Task {
                            let (name, role, covers) = (newName, newRole, newCovers)
                            await run { _ = $0.addByHand(name: name, role: role, covers: covers, store: $1) }
                            if guide.problem == nil { (newName, newCovers) = ("", guide.typicalCovers(newRole)) }
                        }
                    }
                    .disabled(busy)
                }
                ForEach(guide.people, id: \.id) { person in
                    Section(Words.whatCovers(person.name)) {
                        coversToggles(Binding(
                            get: { guide.covers(person) },
                            set: { kinds in
                                let id = person.id
                                Task { await run { _ = $0.setCovers(id, kinds, store: $1) } }
                            }
                        ))
                    }
                }
                problemRow
            }
            footer(primary: Words.next, enabled: true) { await run { _ = $0.finishPeople(store: $1) } }
        }
    }

    private var gapsStep: some View {
        VStack(spacing: 0) {
            List {
                if guide.gaps.isEmpty {
                    Text(Words.noGaps)
                } else {
                    Section(Words.gapsIntro) {
                        ForEach(guide.gaps, id: \.need.id) { gap in
                            VStack(alignment: .leading, spacing: 4) {
                                Text(SupportWords.name(gap.need.kind)).font(.headline)
                                if let step = gap.nextStep { Text(step.text) }
                            }
                            .accessibilityElement(children: .combine)
                        }
                    }
                }
                Section {
                    Text(Words.crisisIntro)
                    ForEach(Array(crisisLines(country: model.crisisCountry).prefix(3).enumerated()), id: \.offset) { _, line in
                        if let url = URL(string: phoneLink(number: line.phone, kind: .call) ?? "") {
                            Link(Words.call(line.name.text, line.phone), destination: url)
                        }
                    }
                } header: {
                    Text(Words.crisisHeader)
                }
            }
            footer(primary: Words.next, enabled: true) { guide.next() }
        }
    }

    private var meetingStep: some View {
        VStack(spacing: 16) {
            Spacer()
            Image(systemName: "person.3").font(.system(size: 48)).accessibilityHidden(true)
            Text(Words.meetingIntro).multilineTextAlignment(.center).padding(.horizontal)
            Button(Words.findMeeting) { findingMeeting = true }
                .buttonStyle(.borderedProminent)
                .controlSize(.large)
            Spacer()
            footer(primary: Words.next, enabled: true) { guide.next() }
        }
    }

    private var checkinStep: some View {
        VStack(spacing: 0) {
            Form {
                Section {
                    DatePicker(Words.checkinAt, selection: $checkinTime, displayedComponents: .hourAndMinute)
                } header: {
                    Text(Words.checkinIntro)
                }
                problemRow
            }
            footer(primary: Words.setTime, enabled: true) {
                let minutes = ClockTime.minutes(of: checkinTime)
                await run { _ = $0.setCheckinTime(minutes, store: $1) }
            }
        }
    }

    private var notificationsStep: some View {
        VStack(spacing: 16) {
            Spacer()
            Image(systemName: "bell").font(.system(size: 48)).accessibilityHidden(true)
            Text(Words.notificationsWhy).multilineTextAlignment(.center).padding(.horizontal)
            Spacer()
            Button(Words.allow) {
                Task {
                    await model.requestNotificationPermission()
                    guide.next()
                }
            }
            .buttonStyle(.borderedProminent)
            .controlSize(.large)
            Button(Words.notNow) { guide.skip() }
                .padding(.bottom)
        }
    }

    // MARK: Pieces

    @ViewBuilder private var problemRow: some View {
        if let problem = guide.problem {
            Section { ProblemRow(problem: problem) }
        }
    }

    /// A switch for each chosen need.
    private func coversToggles(_ covers: Binding<Set<SupportKind>>) -> some View {
        ForEach(guide.needs, id: \.self) { kind in
            Toggle(SupportWords.name(kind), isOn: Binding(
                get: { covers.wrappedValue.contains(kind) },
                set: { on in
                    var kinds = covers.wrappedValue
                    if on { kinds.insert(kind) } else { kinds.remove(kind) }
                    covers.wrappedValue = kinds
                }
            ))
        }
    }

    /// Next (or the step's own action) and Skip, big enough to tap.
    private func footer(primary: String, enabled: Bool, action: @escaping () async -> Void) -> some View {
        VStack(spacing: 8) {
            Button {
                Task { await action() }
            } label: {
                Text(primary).frame(maxWidth: .infinity, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            .disabled(!enabled || busy)
            Button(Words.skip) { guide.skip() }
                .frame(minHeight: 44)
        }
        .padding()
    }

    /// One guide step against the store, off the main actor; its refusal stays on the step.
    private func run(_ change: @escaping @Sendable (inout FirstLaunchGuide, TendStore) -> Void) async {
        busy = true
        defer { busy = false }
        let current = guide
        let result = await model.perform { store -> Result<FirstLaunchGuide, Problem> in
            var next = current
            change(&next, store)
            return .success(next)
        }
        if case let .success(next) = result { guide = next }
    }

    private func addPicked(_ vcards: String) async {
        await run { _ = $0.addPicked(vcards: vcards, role: .friend, store: $1) }
        pickedNote = guide.problem == nil ? nil : Words.unreadable
    }

    private func finish() {
        model.dismissWelcome()
        model.open(Destination(.today))
    }
}

private enum Words {
    static let skipAll = String(localized: "Skip the guide")
    static let skip = String(localized: "Skip this step")
    static let next = String(localized: "Continue")
    static let done = String(localized: "Done")
    static let welcome = String(localized: "Welcome to Tend. Recovery is easier with people around you. Let's gather yours, one small step at a time. You can skip anything.")
    static let needsIntro = String(localized: "What kinds of support would help you now? Pick as many as you like.")
    static let peopleIntro = String(localized: "Who already helps you? Even one person is a start.")
    static let fromContacts = String(localized: "Choose from your contacts")
    static let pickerFooter = String(localized: "Only the people you pick are added. Tend doesn't read the rest of your contacts.")
    static let unreadable = String(localized: "Tend could not read that contact. You can add them by hand below.")
    static let byHand = String(localized: "Or add someone by hand")
    static let name = String(localized: "Name")
    static let role = String(localized: "Who they are to you")
    static let add = String(localized: "Add")
    static let noGaps = String(localized: "Every need you picked has someone. That's a strong start.")
    static let gapsIntro = String(localized: "Nobody covers these yet. Here's a next step for each:")
    static let crisisHeader = String(localized: "If things are hard right now")
    static let crisisIntro = String(localized: "You don't have to wait for a network. SOS at the top of every screen has these and more.")
    static let meetingIntro = String(localized: "Meetings are a good place to find people who understand. Want to look for one near you or online?")
    static let findMeeting = String(localized: "Find a meeting")
    static let checkinIntro = String(localized: "A short daily check-in (how you feel, any cravings) helps you see how you're doing. When suits you?")
    static let checkinAt = String(localized: "Check in at")
    static let setTime = String(localized: "Set this time")
    static let notificationsWhy = String(localized: "Tend can remind you at your check-in time, before your meetings, and when it's been a while since you talked to someone. To do that, it needs your permission to send notifications. Nothing leaves your phone.")
    static let allow = String(localized: "Allow notifications")
    static let notNow = String(localized: "Not now")

    static func whatCovers(_ name: String) -> String { String(localized: "How \(name) helps") }
    static func call(_ name: String, _ phone: String) -> String { String(localized: "Call \(name): \(phone)") }
    static func position(_ p: (step: Int, of: Int)) -> String { String(localized: "Step \(p.step) of \(p.of)") }

    static func title(_ step: FirstLaunchGuide.Step) -> String {
        switch step {
        case .network: return String(localized: "What are you working on?")
        case .needs: return String(localized: "What would help")
        case .people: return String(localized: "Your people")
        case .gaps: return String(localized: "Where to look next")
        case .meeting: return String(localized: "Meetings")
        case .checkinTime: return String(localized: "A daily check-in")
        case .notifications, .done: return String(localized: "Reminders")
        }
    }

}
