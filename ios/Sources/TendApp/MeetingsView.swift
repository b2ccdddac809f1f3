// The Meetings tab: Your groups (each with its weekly meetings in the group's own zone, "I went"
// by hand, edit, leave or remove with confirmation) and Find a meeting (the directory search and
// its meeting lists). How long before a meeting Tend reminds is the core's setting, changed in
// Settings. A meeting kept in another zone also shows its next start on the phone's clock (the
// core's meetingTimes).
import SwiftUI
import TendCore
import TendShellLogic

struct MeetingsView: View {
    @Environment(\.dynamicTypeSize) private var dynamicTypeSize
    @ObservedObject var model: AppModel
    @State private var groups: [SupportGroup] = []
    /// Each weekly meeting's next start as the phone's clock shows it (the core's meetingTimes).
    @State private var times: [Int64: MeetingTime] = [:]
    @State private var removing: SupportGroup?
    @State private var message: String?
    @State private var went: Set<Int64> = []

    var body: some View {
        List {
            Section {
                Button { model.push(.findMeeting) } label: {
                    Label(Words.find, systemImage: "magnifyingglass")
                }
                .frame(minHeight: 44)
            } footer: {
                Text(Words.findFooter)
            }
            if let message { Section { Text(message) } }
            Section {
                if groups.isEmpty {
                    Text(Words.noGroups)
                }
                ForEach(groups, id: \.id) { group in
                    VStack(alignment: .leading, spacing: 6) {
                        NavigationLink(value: Route.editGroup(group.id)) {
                            VStack(alignment: .leading, spacing: 2) {
                                Text(group.name).font(.headline)
                                Text(GroupWords.kind(group.kind)).font(.footnote).foregroundStyle(.secondary)
                                ForEach(group.meetings, id: \.id) { m in
                                    Text(Words.meeting(m)).font(.subheadline)
                                    if let local = times[m.id], local.differs { Text(Words.here(local)).font(.footnote) }
                                }
                                if group.listed == false { Text(Words.unlisted).font(.footnote) }
                            }
                            .accessibilityElement(children: .combine)
                        }
                        dynamicTypeSize.rowLayout {
                            if went.contains(group.id) {
                                Label(Words.logged, systemImage: "checkmark.circle.fill")
                            } else {
                                Button(Words.iWent) { Task { await attended(group) } }
                                    .buttonStyle(.bordered)
                                    .accessibilityLabel(Words.iWentTo(group.name))
                            }
                            Spacer()
                            Button(GroupActions.joinedFromList(group) ? Words.leave : Words.remove, role: .destructive) {
                                removing = group
                            }
                            .buttonStyle(.borderless)
                        }
                    }
                    .padding(.vertical, 4)
                }
            } header: {
                Text(Words.yourGroups)
            } footer: {
                if let lead = model.settings?.meetingLeadMinutes { Text(Words.lead(lead)) }
            }
        }
        .navigationTitle(Words.title)
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                Button { model.push(.editGroup(nil)) } label: { Image(systemName: "plus") }
                    .accessibilityLabel(Words.add)
            }
        }
        .task { await reload() }
        .refreshable { await reload() }
        .confirmationDialog(removing.map { Words.removeQuestion($0) } ?? "",
                            isPresented: Binding(get: { removing != nil }, set: { if !$0 { removing = nil } }),
                            titleVisibility: .visible) {
            Button(Words.confirm(removing), role: .destructive) {
                if let group = removing { Task { await remove(group) } }
            }
        } message: {
            Text(Words.removeMessage)
        }
    }

    private func reload() async {
        let zone = AppModel.zone
        groups = await model.read { try $0.groups() } ?? groups
        let read = await model.read { try $0.meetingTimes(zone: zone) } ?? []
        times = Dictionary(read.map { ($0.meetingId, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private func attended(_ group: SupportGroup) async {
        let zone = AppModel.zone, key = "went-\(group.id)-\(LocalDay.string(Date()))"
        switch await model.perform({ GroupActions.attended(group.id, zone: zone, key: key, store: $0) }) {
        case .success:
            went.insert(group.id)
            message = nil
        case .failure:
            message = Words.failed
        }
    }

    private func remove(_ group: SupportGroup) async {
        removing = nil
        if case .failure = await model.perform({ GroupActions.remove(group, store: $0) }) { message = Words.failed }
        await reload()
    }
}

private enum Words {
    static let title = String(localized: "Meetings")
    static let find = String(localized: "Find a meeting")
    static let findFooter = String(localized: "Search your area's meeting lists, in person or online.")
    static let yourGroups = String(localized: "Your groups")
    static let noGroups = String(localized: "No groups yet. Add your home group, or find a meeting and join it.")
    static let unlisted = String(localized: "No longer in its meeting list; it stays yours.")
    static let iWent = String(localized: "I went")
    static let logged = String(localized: "Logged for today")
    static let leave = String(localized: "Leave…")
    static let remove = String(localized: "Remove…")
    static let add = String(localized: "Add a group")
    static let removeMessage = String(localized: "The meetings you went to stay in your log.")
    static let failed = String(localized: "That did not work. Nothing was changed.")

    static func iWentTo(_ name: String) -> String { String(localized: "I went to \(name) today") }

    static func meeting(_ m: Meeting) -> String {
        guard let day = m.weekday, let start = m.start else { return String(localized: "By appointment") }
        let zone = m.timezone == TimeZone.current.identifier ? "" : " (\(m.timezone))"
        return String(localized: "\(DayWords.weekday(day))s at \(DayWords.time(start))\(zone)")
    }

    /// A meeting kept in another zone, as the phone's clock shows its next start.
    static func here(_ t: MeetingTime) -> String {
        String(localized: "Here: \(DayWords.weekday(t.weekday)) at \(DayWords.time(t.start))")
    }

    static func lead(_ minutes: UInt32) -> String {
        String(localized: "Tend reminds you \(minutes) minutes before each meeting. Change it in More › Settings.")
    }

    static func removeQuestion(_ g: SupportGroup) -> String { String(localized: "Stop \(g.name) being one of your groups?") }

    static func confirm(_ g: SupportGroup?) -> String {
        g.map { GroupActions.joinedFromList($0) } == true ? String(localized: "Leave the group") : String(localized: "Remove the group")
    }
}
