// A group's editor (TendShellLogic.GroupForm): name, kind, network, where it meets (address,
// online link, dial-in), its weekly meetings in the group's own zone (a meeting keeps its zone
// when the user travels), members, notes. The core's refusals appear under their field.
import SwiftUI
import TendCore
import TendShellLogic

struct GroupEditorView: View {
    @ObservedObject var model: AppModel
    let groupId: Int64?
    @State private var form: GroupForm?
    @State private var people: [Person] = []
    @State private var problem: Problem?
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        Group {
            if let binding = Binding($form) {
                editor(binding)
            } else {
                ProgressView()
            }
        }
        .navigationTitle(groupId == nil ? Words.newTitle : Words.editTitle)
        .navigationBarTitleDisplayMode(.inline)
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button(Words.save) { Task { await save() } }.disabled(form == nil)
            }
        }
        .task { await load() }
    }

    @ViewBuilder private func editor(_ form: Binding<GroupForm>) -> some View {
        Form {
            if let general = problem?.general(besides: GroupForm.fields) {
                Section { ProblemRow(problem: general) }
            }
            Section {
                TextField(Words.name, text: form.name)
                FieldError(problem, "group name")
                Picker(Words.kind, selection: form.kind) {
                    ForEach(GroupKind.allCases, id: \.self) { Text(GroupWords.kind($0)).tag($0) }
                }
                Picker(Words.network, selection: form.networkId) {
                    Text(Words.noNetwork).tag(Int64?.none)
                    ForEach(model.networks, id: \.id) { Text($0.name).tag(Int64?.some($0.id)) }
                }
            }
            Section(Words.where) {
                TextField(Words.address, text: form.address, axis: .vertical)
                FieldError(problem, "address")
                TextField(Words.link, text: form.onlineUrl)
                    .keyboardType(.URL).textInputAutocapitalization(.never).autocorrectionDisabled()
                FieldError(problem, "online url")
                TextField(Words.dialIn, text: form.onlinePhone).keyboardType(.phonePad)
                FieldError(problem, "online phone")
            }
            Section {
                ForEach(form.meetings) { $meeting in
                    VStack(alignment: .leading) {
                        Picker(Words.day, selection: $meeting.weekday) {
                            Text(Words.byAppointment).tag(UInt8?.none)
                            ForEach(0..<7, id: \.self) { d in Text(DayWords.weekday(UInt8(d))).tag(UInt8?.some(UInt8(d))) }
                        }
                        .onChange(of: meeting.weekday) { day in
                            // A weekly meeting has a day and a time, or neither (by appointment).
                            if day == nil { meeting.start = nil } else if meeting.start == nil { meeting.start = 19 * 60 }
                        }
                        if meeting.weekday != nil {
                            DatePicker(Words.starts, selection: Binding(
                                get: { ClockTime.date(minutes: meeting.start ?? 19 * 60) },
                                set: { meeting.start = ClockTime.minutes(of: $0) }
                            ), displayedComponents: .hourAndMinute)
                        }
                        Stepper(Words.duration(meeting.durationMinutes), value: $meeting.durationMinutes, in: 15...480, step: 15)
                        Text(Words.zone(meeting.timezone)).font(.footnote).foregroundStyle(.secondary)
                    }
                }
                .onDelete { form.wrappedValue.meetings.remove(atOffsets: $0) }
                FieldError(problem, "meeting", "meeting weekday", "meeting start", "meeting duration", "meeting time zone")
                Button {
                    form.wrappedValue.meetings.append(form.wrappedValue.newMeeting(deviceZone: .current))
                } label: {
                    Label(Words.addMeeting, systemImage: "calendar.badge.plus")
                }
            } header: {
                Text(Words.meetings)
            } footer: {
                Text(Words.meetingsFooter)
            }
            if !people.isEmpty {
                Section(Words.members) {
                    ForEach(people, id: \.id) { person in
                        Toggle(person.name, isOn: Binding(
                            get: { form.wrappedValue.members.contains(person.id) },
                            set: { on in
                                if on { form.wrappedValue.members.append(person.id) } else { form.wrappedValue.members.removeAll { $0 == person.id } }
                            }
                        ))
                    }
                }
            }
            Section {
                TextField(Words.notes, text: form.notes, axis: .vertical)
                FieldError(problem, "notes")
            }
        }
    }


    private func load() async {
        people = await model.read { try $0.people(networkId: nil) } ?? []
        guard form == nil else { return }
        if let groupId {
            if let group = await model.read({ try $0.group(id: groupId) }) { form = GroupForm(group) }
        } else {
            form = GroupForm(networkId: model.workingNetworkId)
        }
    }

    private func save() async {
        guard let form else { return }
        switch await model.perform({ form.save($0) }) {
        case .success: dismiss()
        case let .failure(p): problem = p
        }
    }
}

private enum Words {
    static let newTitle = String(localized: "Add a group")
    static let editTitle = String(localized: "Edit group")
    static let save = String(localized: "Save")
    static let name = String(localized: "Name")
    static let kind = String(localized: "Kind of group")
    static let network = String(localized: "Network")
    static let noNetwork = String(localized: "None")
    static let `where` = String(localized: "Where")
    static let address = String(localized: "Address (optional)")
    static let link = String(localized: "Online link (optional)")
    static let dialIn = String(localized: "Dial-in number (optional)")
    static let meetings = String(localized: "When it meets")
    static let meetingsFooter = String(localized: "Times are in the group's own time zone, so a reminder stays right when you travel.")
    static let day = String(localized: "Day")
    static let byAppointment = String(localized: "By appointment")
    static let starts = String(localized: "Starts")
    static let addMeeting = String(localized: "Add a weekly meeting")
    static let members = String(localized: "People in this group")
    static let notes = String(localized: "Notes (optional)")

    static func duration(_ minutes: UInt32) -> String { String(localized: "Lasts \(minutes) minutes") }
    static func zone(_ zone: String) -> String { String(localized: "Time zone: \(zone)") }

}
