// A person's editor (TendShellLogic.PersonForm): name, role, how they help, how often to keep in
// touch, how to reach them, when they are glad to be contacted, emergency contact, "avoid", their
// networks, a private note; remove with confirmation. A new person's support starts at what the
// core says people in that role usually give (typicalSupport), the rhythms offered are the
// core's (cadenceChoices); the core's refusals appear under the field they name.
import SwiftUI
import TendCore
import TendShellLogic

struct PersonEditorView: View {
    @Environment(\.dynamicTypeSize) private var dynamicTypeSize
    @ObservedObject var model: AppModel
    let personId: Int64?
    @State private var form: PersonForm?
    @State private var problem: Problem?
    @State private var confirmRemove = false
    @State private var supportTouched = false
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        Group {
            if let binding = Binding($form) {
                editor(binding)
            } else {
                ProgressView()
            }
        }
        .navigationTitle(personId == nil ? Words.newTitle : Words.editTitle)
        .navigationBarTitleDisplayMode(.inline)
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button(Words.save) { Task { await save() } }.disabled(form == nil)
            }
        }
        .task { await load() }
        .confirmationDialog(Words.removeQuestion(form?.name ?? ""), isPresented: $confirmRemove, titleVisibility: .visible) {
            Button(Words.remove, role: .destructive) { Task { await remove() } }
        } message: {
            Text(Words.removeMessage)
        }
    }

    @ViewBuilder private func editor(_ form: Binding<PersonForm>) -> some View {
        Form {
            if let general = PersonForm.general(problem) {
                Section { ProblemRow(problem: general) }
            }
            Section {
                TextField(Words.name, text: form.name)
                    .textContentType(.name)
                fieldError(.name)
                Picker(Words.role, selection: form.role) {
                    ForEach(Role.allCases, id: \.self) { Text(RoleWords.name($0)).tag($0) }
                }
                .onChange(of: form.wrappedValue.role) { role in
                    // A new person's support follows the role until the user ticks something.
                    if form.wrappedValue.isNew && !supportTouched {
                        form.wrappedValue.support = Set(typicalSupport(role: role))
                    }
                }
            }
            Section {
                ForEach(SupportKind.allCases, id: \.self) { kind in
                    Toggle(isOn: Binding(
                        get: { form.wrappedValue.support.contains(kind) },
                        set: { on in
                            supportTouched = true
                            if on { form.wrappedValue.support.insert(kind) } else { form.wrappedValue.support.remove(kind) }
                        }
                    )) {
                        VStack(alignment: .leading) {
                            Text(SupportWords.name(kind))
                            Text(SupportWords.detail(kind)).font(.footnote).foregroundStyle(.secondary)
                        }
                    }
                }
            } header: {
                Text(Words.howTheyHelp)
            }
            Section {
                Picker(Words.keepInTouch, selection: form.cadenceDays) {
                    Text(Words.noReminders).tag(UInt32?.none)
                    ForEach(cadences(form.wrappedValue.cadenceDays), id: \.self) { days in
                        Text(Words.every(days)).tag(UInt32?.some(days))
                    }
                }
                fieldError(.cadence)
            } footer: {
                Text(Words.keepInTouchFooter)
            }
            Section {
                ForEach(form.contacts) { $entry in
                    dynamicTypeSize.rowLayout {
                        Picker(Words.kind, selection: $entry.kind) {
                            Text(Words.phone).tag(ContactKind.phone)
                            Text(Words.email).tag(ContactKind.email)
                            Text(Words.other).tag(ContactKind.other)
                        }
                        .labelsHidden()
                        .fixedSize()
                        TextField(Words.value(entry.kind), text: $entry.value)
                            .keyboardType(entry.kind == .phone ? .phonePad : entry.kind == .email ? .emailAddress : .default)
                            .textInputAutocapitalization(.never)
                            .autocorrectionDisabled()
                    }
                }
                .onDelete { form.wrappedValue.contacts.remove(atOffsets: $0) }
                fieldError(.phone)
                fieldError(.email)
                fieldError(.contact)
                Button { form.wrappedValue.contacts.append(ContactEntry(kind: .phone)) } label: {
                    Label(Words.addPhone, systemImage: "phone.badge.plus")
                }
                Button { form.wrappedValue.contacts.append(ContactEntry(kind: .email)) } label: {
                    Label(Words.addEmail, systemImage: "envelope.badge")
                }
            } header: {
                Text(Words.reach)
            }
            Section {
                ForEach(form.windows) { $window in
                    VStack(alignment: .leading) {
                        Picker(Words.day, selection: $window.weekday) {
                            ForEach(0..<7, id: \.self) { d in Text(DayWords.weekday(UInt8(d))).tag(UInt8(d)) }
                        }
                        DatePicker(Words.from, selection: minutes($window.start), displayedComponents: .hourAndMinute)
                        DatePicker(Words.until, selection: minutes($window.end), displayedComponents: .hourAndMinute)
                    }
                }
                .onDelete { form.wrappedValue.windows.remove(atOffsets: $0) }
                fieldError(.window)
                Button {
                    form.wrappedValue.windows.append(WindowEntry(weekday: 1, start: 18 * 60, end: 20 * 60))
                } label: {
                    Label(Words.addWindow, systemImage: "clock.badge.checkmark")
                }
            } header: {
                Text(Words.windowsHeader)
            } footer: {
                Text(Words.windowsFooter)
            }
            Section {
                Toggle(Words.emergency, isOn: form.emergency)
                fieldError(.emergency)
                Toggle(Words.avoid, isOn: form.avoid)
            } footer: {
                Text(Words.avoidFooter)
            }
            if !model.networks.isEmpty {
                Section(Words.networks) {
                    ForEach(model.networks, id: \.id) { network in
                        Toggle(network.name, isOn: Binding(
                            get: { form.wrappedValue.networks.contains(network.id) },
                            set: { on in
                                if on { form.wrappedValue.networks.insert(network.id) } else { form.wrappedValue.networks.remove(network.id) }
                            }
                        ))
                    }
                    fieldError(.network)
                }
            }
            Section {
                TextField(Words.notes, text: form.notes, axis: .vertical)
                fieldError(.notes)
            } footer: {
                Text(Words.notesFooter)
            }
            if !form.wrappedValue.isNew {
                Section {
                    Button(Words.remove, role: .destructive) { confirmRemove = true }
                }
            }
        }
    }

    @ViewBuilder private func fieldError(_ field: PersonForm.Field) -> some View {
        if let reason = PersonForm.message(problem, for: field) {
            Text(reason.text).font(.footnote).foregroundStyle(.red)
        }
    }

    /// The core's rhythms, plus the person's own when it is not one of them.
    private func cadences(_ current: UInt32?) -> [UInt32] {
        var offered = cadenceChoices()
        if let current, !offered.contains(current) { offered.append(current) }
        return offered.sorted()
    }

    private func minutes(_ value: Binding<UInt16>) -> Binding<Date> {
        Binding(get: { ClockTime.date(minutes: value.wrappedValue) }, set: { value.wrappedValue = ClockTime.minutes(of: $0) })
    }

    private func load() async {
        guard form == nil else { return }
        if let personId {
            if let person = await model.read({ try $0.person(id: personId) }) { form = PersonForm(person) }
        } else {
            var new = PersonForm(networks: model.workingNetworkId.map { [$0] } ?? [])
            new.support = Set(typicalSupport(role: new.role))
            form = new
        }
    }

    private func save() async {
        guard let form else { return }
        switch await model.perform({ form.save($0) }) {
        case .success: dismiss()
        case let .failure(p): problem = p
        }
    }

    private func remove() async {
        guard let id = personId else { return }
        switch await model.perform({ removePerson(id, store: $0) }) {
        case .success: model.open(Destination(.people))
        case let .failure(p): problem = p
        }
    }
}

private enum Words {
    static let newTitle = String(localized: "Add someone")
    static let editTitle = String(localized: "Edit")
    static let save = String(localized: "Save")
    static let name = String(localized: "Name")
    static let role = String(localized: "Who they are to you")
    static let howTheyHelp = String(localized: "How they help")
    static let keepInTouch = String(localized: "Keep in touch")
    static let noReminders = String(localized: "No reminders")
    static let keepInTouchFooter = String(localized: "Tend reminds you gently when it's been a while, at times that suit them.")
    static let kind = String(localized: "Kind")
    static let phone = String(localized: "Phone")
    static let email = String(localized: "E-mail")
    static let other = String(localized: "Other")
    static let addPhone = String(localized: "Add a phone number")
    static let addEmail = String(localized: "Add an e-mail address")
    static let reach = String(localized: "How to reach them")
    static let day = String(localized: "Day")
    static let from = String(localized: "From")
    static let until = String(localized: "Until")
    static let addWindow = String(localized: "Add a time they're glad to hear from you")
    static let windowsHeader = String(localized: "When they like to hear from you")
    static let windowsFooter = String(localized: "Tend only reminds you to reach out inside these times. None set: any time is fine.")
    static let emergency = String(localized: "Emergency contact")
    static let avoid = String(localized: "Keep my distance")
    static let avoidFooter = String(localized: "An emergency contact is shown first on SOS. \"Keep my distance\" is for someone who isn't good for your recovery right now: Tend will never suggest them or remind you about them, and they can't be an emergency contact or see anything you share.")
    static let networks = String(localized: "Networks")
    static let notes = String(localized: "Notes (only you see these)")
    static let notesFooter = String(localized: "Notes stay on this phone and in your backups.")
    static let remove = String(localized: "Remove from Tend")
    static let removeMessage = String(localized: "What you logged with them stays in your log.")

    static func every(_ days: UInt32) -> String {
        switch days {
        case 1: return String(localized: "Every day")
        case 7: return String(localized: "Every week")
        case 14: return String(localized: "Every two weeks")
        default: return String(localized: "Every \(days) days")
        }
    }

    static func value(_ kind: ContactKind) -> String {
        switch kind {
        case .phone: return String(localized: "Number")
        case .email: return String(localized: "Address")
        case .other: return String(localized: "How")
        }
    }

    static func removeQuestion(_ name: String) -> String { String(localized: "Remove \(name)?") }

}
