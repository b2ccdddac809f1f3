// Today: the check-in, people to reach out to (each opens their page), needs nobody covers with
// the core's next step, today's meetings with "I went", goals falling behind, the next
// milestone, directory meetings starting soon, and reminders missed. With nothing built yet it
// offers the first steps instead (a useful Today for someone who skipped the guide). A milestone
// reached is celebrated here once (TendShellLogic.Celebrations).
import SwiftUI
import TendCore
import TendShellLogic

struct TodayView: View {
    @Environment(\.dynamicTypeSize) private var dynamicTypeSize
    @ObservedObject var model: AppModel
    @State private var celebrating: MilestoneReport?
    /// Days since the last contact, the core's (peopleOverview), for the sentences under names.
    @State private var summaries: [Int64: PersonSummary] = [:]
    @AppStorage("tend.celebrated") private var celebratedText = ""

    var body: some View {
        List {
            if !model.notificationsAllowed {
                Section {
                    Text(Words.remindersOff)
                    Button(Words.turnOn) { Task { await model.requestNotificationPermission() } }
                }
            }
            switch model.state {
            case .loading:
                ProgressView()
            case let .unavailable(message):
                Text(message)
            case let .open(today):
                checkIn(today)
                if model.needsWelcome { gettingStarted }
                if !today.due.isEmpty {
                    Section(Words.reachOut) {
                        ForEach(today.due, id: \.personId) { person in
                            Button { model.open(Destination(.person(person.personId))) } label: {
                                VStack(alignment: .leading, spacing: 2) {
                                    Text(person.name).font(.headline)
                                    Text(Words.due(person, summaries[person.personId])).font(.subheadline).foregroundStyle(.secondary)
                                }
                            }
                            .accessibilityHint(Words.openPage)
                        }
                    }
                }
                if !today.gaps.isEmpty {
                    Section(Words.gaps) {
                        ForEach(today.gaps, id: \.need.id) { gap in
                            Button { model.open(Destination(.needs)) } label: {
                                VStack(alignment: .leading, spacing: 2) {
                                    Text(Words.nobodyFor(gap.need.kind, network: gap.networkName)).font(.headline)
                                    if let step = gap.nextStep { Text(step.text).font(.subheadline) }
                                }
                            }
                        }
                    }
                }
                if !today.meetings.isEmpty {
                    Section(Words.meetingsToday) {
                        ForEach(today.meetings, id: \.meetingId) { m in
                            dynamicTypeSize.rowLayout {
                                Text("\(m.localStart)  \(m.groupName)")
                                Spacer()
                                if m.attended {
                                    Label(Words.went, systemImage: "checkmark.circle.fill").labelStyle(.iconOnly)
                                        .accessibilityLabel(Words.went)
                                } else {
                                    Button(Words.iWent) { Task { await attended(m) } }
                                        .buttonStyle(.bordered)
                                        .accessibilityLabel(Words.iWentTo(m.groupName))
                                }
                            }
                        }
                    }
                }
                if !today.goalsAtRisk.isEmpty {
                    Section(Words.goals) {
                        ForEach(today.goalsAtRisk, id: \.goal.id) { g in
                            Button { model.open(Destination(.progress)) } label: {
                                Text(Words.behind(g))
                            }
                        }
                    }
                }
                if let next = today.nextMilestone {
                    Section { Text(Words.milestone(next)) }
                }
                if !model.startingSoon.isEmpty {
                    Section(Words.startingSoon) {
                        ForEach(model.startingSoon, id: \.id) { m in
                            Text("\(m.localStart)  \(m.name), \(startsIn(minutes: m.minutesUntil))")
                        }
                    }
                }
                if !today.missed.isEmpty {
                    // Text from the core, as the notification would have shown it.
                    Section(Words.missed) {
                        ForEach(today.missed, id: \.id) { Text($0.title.text) }
                    }
                }
            }
        }
        .navigationTitle(Words.title)
        .refreshable {
            await model.loadToday()
            await readSummaries()
        }
        .task {
            await readSummaries()
            await celebrate()
        }
        .sheet(item: $celebrating) { report in
            CelebrationSheet(report: report) {
                celebratedText = Celebrations.celebrate([report], in: celebrated).sorted().joined(separator: "\n")
                celebrating = nil
                Task { await celebrate() }
            }
        }
    }

    @ViewBuilder private func checkIn(_ today: Today) -> some View {
        Section {
            if today.checkedIn {
                Label(Words.checkedIn, systemImage: "checkmark.circle.fill").font(.headline)
            } else {
                Text(Words.notYet).font(.headline)
                Button(Words.checkInNow) { model.open(Destination(.progress)) }
                    .buttonStyle(.borderedProminent)
            }
        }
    }

    /// Nothing built yet: the first steps, each one tap away.
    private var gettingStarted: some View {
        Section {
            Text(Words.startIntro)
            Button(Words.startGuide) { model.showingWelcome = true }
            Button(Words.addSomeone) { model.open(Destination(.editPerson(nil))) }
            Button(Words.findMeeting) { model.open(Destination(.findMeeting)) }
        } header: {
            Text(Words.startHeader)
        }
    }

    private func readSummaries() async {
        let zone = AppModel.zone
        let all = await model.read { try $0.peopleOverview(networkId: nil, zone: zone) } ?? []
        summaries = Dictionary(all.map { ($0.person.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private var celebrated: Set<String> {
        Set(celebratedText.split(separator: "\n").map(String.init))
    }

    private func celebrate() async {
        guard celebrating == nil else { return }
        let zone = AppModel.zone
        let reports = await model.read { try $0.milestones(zone: zone) } ?? []
        celebrating = Celebrations.due(reports, celebrated: celebrated).first
    }

    private func attended(_ meeting: MeetingToday) async {
        let zone = AppModel.zone
        let key = "went-\(meeting.meetingId)-\(meeting.startsAt.timeIntervalSince1970)"
        _ = await model.perform { GroupActions.attended(meeting.groupId, zone: zone, key: key, store: $0) }
    }
}

extension MilestoneReport: Identifiable {
    public var id: Int64 { networkId }
}

/// A milestone reached: a moment, not only a number.
struct CelebrationSheet: View {
    let report: MilestoneReport
    let onDone: () -> Void

    var body: some View {
        VStack(spacing: 24) {
            Spacer()
            Image(systemName: "sparkles").font(.system(size: 64)).foregroundStyle(.yellow)
                .accessibilityHidden(true)
            Text(Words.reached(report)).font(.largeTitle.bold()).multilineTextAlignment(.center)
            Text(Words.reachedBody(report)).font(.title3).multilineTextAlignment(.center)
            Spacer()
            Button(Words.thankYou, action: onDone)
                .buttonStyle(.borderedProminent)
                .controlSize(.large)
        }
        .padding()
        .accessibilityElement(children: .contain)
    }
}

private enum Words {
    static let title = String(localized: "Today")
    static let remindersOff = String(localized: "Reminders are off. Turn on notifications to get them.")
    static let turnOn = String(localized: "Turn on")
    static let checkedIn = String(localized: "Checked in today")
    static let notYet = String(localized: "No check-in yet today")
    static let checkInNow = String(localized: "Check in now")
    static let reachOut = String(localized: "Reach out")
    static let openPage = String(localized: "Opens their page")
    static let gaps = String(localized: "Nobody covers yet")
    static let meetingsToday = String(localized: "Meetings today")
    static let went = String(localized: "You went")
    static let iWent = String(localized: "I went")
    static let goals = String(localized: "Goals to give some love")
    static let startingSoon = String(localized: "Starting soon")
    static let missed = String(localized: "Missed reminders")
    static let startHeader = String(localized: "Start here")
    static let startIntro = String(localized: "Tend helps you keep the people who support you close. Start with one person or one meeting; SOS is always at the top.")
    static let startGuide = String(localized: "Build your network, step by step")
    static let addSomeone = String(localized: "Add someone who helps you")
    static let findMeeting = String(localized: "Find a meeting")
    static let thankYou = String(localized: "Thank you")

    static func due(_ p: DuePerson, _ summary: PersonSummary?) -> String {
        PeopleWords.standing(name: p.name, summary)
    }

    static func iWentTo(_ group: String) -> String { String(localized: "I went to \(group)") }

    static func nobodyFor(_ kind: SupportKind, network: String) -> String {
        String(localized: "\(SupportWords.name(kind)) in \(network)")
    }

    static func behind(_ g: GoalProgress) -> String {
        String(localized: "\(g.goal.title): \(g.count) of \(g.goal.target) so far. There is still time.")
    }

    static func milestone(_ m: MilestoneReport) -> String {
        m.todayIsMilestone
            ? String(localized: "Today is \((m.last ?? m.next).label.text) in \(m.networkName). Well done.")
            : String(localized: "\(m.days) days in \(m.networkName). Next: \(m.next.label.text).")
    }

    static func reached(_ m: MilestoneReport) -> String {
        String(localized: "\(m.last?.label.text ?? "") in \(m.networkName)")
    }

    static func reachedBody(_ m: MilestoneReport) -> String {
        String(localized: "You reached it one day at a time. Take a moment with it.")
    }
}
