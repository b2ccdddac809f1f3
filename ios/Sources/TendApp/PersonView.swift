// A person's page: where you stand (the core's personPage), call / text / e-mail links, whether
// their contact window is open now, what they cover, the give-and-receive balance, the last
// things logged with them, and "Log a contact" / "Say thank you". Edit opens the editor.
import SwiftUI
import TendCore
import TendShellLogic

struct PersonView: View {
    @ObservedObject var model: AppModel
    let personId: Int64
    @State private var layout: PersonPageLayout?
    @State private var gone = false
    @State private var contactForm: ContactLogForm?
    @State private var thanksForm: GratitudeForm?
    @State private var confirmation: String?
    @Environment(\.openURL) private var openURL

    var body: some View {
        List {
            if gone {
                Text(Words.gone)
            } else if let layout {
                content(layout)
            } else {
                ProgressView()
            }
        }
        .navigationTitle(layout?.person.name ?? "")
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                NavigationLink(value: Route.editPerson(personId)) { Text(Words.edit) }
            }
        }
        .task { await reload() }
        .refreshable { await reload() }
        .sheet(item: $contactForm) { form in
            ContactLogSheet(model: model, form: form) { logged in
                contactForm = nil
                if logged { confirmation = Words.logged }
                Task { await reload() }
            }
        }
        .sheet(item: $thanksForm) { form in
            GratitudeSheet(model: model, form: form, name: layout?.person.name ?? "") { logged in
                thanksForm = nil
                if logged { confirmation = Words.thanked }
                Task { await reload() }
            }
        }
    }

    @ViewBuilder private func content(_ layout: PersonPageLayout) -> some View {
        let person = layout.person
        Section {
            VStack(alignment: .leading, spacing: 4) {
                Text(RoleWords.name(person.role)).font(.subheadline).foregroundStyle(.secondary)
                Text(PeopleWords.standing(name: person.name, layout.page.summary))
            }
            .accessibilityElement(children: .combine)
            if let confirmation { Label(confirmation, systemImage: "checkmark.circle") }
            if person.avoid {
                Text(Words.avoiding)
            }
        }
        if layout.outsideTheirWindow {
            Section(Words.windowsHeader) {
                Text(Words.notNow(person.name))
                ForEach(Array(person.windows.enumerated()), id: \.offset) { _, w in
                    Text(Words.window(w))
                }
            }
        }
        if !layout.links.isEmpty || !layout.otherContacts.isEmpty {
            Section(Words.reach) {
                ForEach(layout.links, id: \.self) { link in
                    Button { if let url = URL(string: link.url) { openURL(url) } } label: {
                        Label(Words.link(link), systemImage: Words.icon(link))
                    }
                    .frame(minHeight: 44)
                }
                ForEach(layout.otherContacts, id: \.self) { Text($0) }
            }
        }
        if layout.offersContact {
            Section {
                Button { contactForm = ContactLogForm(personId: person.id) } label: {
                    Label(Words.logContact, systemImage: "bubble.left.and.bubble.right")
                }
                Button { thanksForm = GratitudeForm(personId: person.id) } label: {
                    Label(Words.sayThanks, systemImage: "heart")
                }
            }
        }
        Section(Words.covers) {
            if layout.page.covers.isEmpty {
                Text(Words.coversNone)
            } else {
                ForEach(layout.page.covers, id: \.self) { Text(SupportWords.name($0)) }
            }
            if let cadence = person.cadenceDays {
                Text(Words.rhythm(cadence))
            }
            if person.emergency { Label(Words.emergency, systemImage: "phone.badge.checkmark") }
        }
        if let balance = layout.page.balance {
            Section(Words.balanceHeader) {
                Text(Words.balance(balance))
            }
        }
        if !layout.page.recent.isEmpty {
            Section(Words.recent) {
                ForEach(layout.page.recent, id: \.id) { c in
                    VStack(alignment: .leading, spacing: 2) {
                        Text(Words.recentLine(c))
                        if let note = c.note { Text(note).font(.footnote).foregroundStyle(.secondary) }
                    }
                    .accessibilityElement(children: .combine)
                }
            }
        }
    }

    private func reload() async {
        let id = personId, zone = AppModel.zone
        guard let store = try? await model.openStore() else { return }
        switch (try? await offMain { attempt { try store.personPage(id: id, zone: zone) } }) ?? .failure(.failed) {
        case let .success(page):
            layout = PersonPageLayout(page)
            gone = false
        case .failure(.gone):
            gone = true
        case .failure:
            break
        }
    }
}

extension ContactLogForm: Identifiable {
    public var id: String { key }
}

extension GratitudeForm: Identifiable {
    public var id: String { key }
}

/// "Log a contact": how it happened, which way support went, what kind, a note.
struct ContactLogSheet: View {
    @ObservedObject var model: AppModel
    @State var form: ContactLogForm
    let onDone: (Bool) -> Void
    @State private var problem: Problem?

    var body: some View {
        NavigationStack {
            Form {
                Picker(Words.how, selection: $form.channel) {
                    ForEach(Channel.allCases, id: \.self) { Text(CheckinWords.channel($0)).tag($0) }
                }
                Picker(Words.which, selection: $form.direction) {
                    ForEach(Direction.allCases, id: \.self) { Text(CheckinWords.direction($0)).tag($0) }
                }
                Picker(Words.kindOf, selection: $form.support) {
                    Text(Words.notSaid).tag(SupportKind?.none)
                    ForEach(SupportKind.allCases, id: \.self) { Text(SupportWords.name($0)).tag(SupportKind?.some($0)) }
                }
                Section {
                    TextField(Words.note, text: $form.note, axis: .vertical)
                    FieldError(problem, "note")
                }
                ProblemRow(problem: problem?.general(besides: ["note"]))
            }
            .navigationTitle(Words.logContact)
            .sheetActions(cancel: { onDone(false) }, save: save)
        }
    }

    private func save() async {
        let form = form, zone = AppModel.zone
        switch await model.perform({ form.save($0, zone: zone) }) {
        case .success: onDone(true)
        case let .failure(p): problem = p
        }
    }
}

/// "Say thank you": what for, in the user's words (the core asks for them).
struct GratitudeSheet: View {
    @ObservedObject var model: AppModel
    @State var form: GratitudeForm
    let name: String
    let onDone: (Bool) -> Void
    @State private var problem: Problem?

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    TextField(Words.thanksFor(name), text: $form.note, axis: .vertical)
                        .lineLimit(3...8)
                    FieldError(problem, "gratitude", "note")
                } footer: {
                    Text(Words.thanksFooter)
                }
                ProblemRow(problem: problem?.general(besides: ["gratitude", "note"]))
            }
            .navigationTitle(Words.sayThanks)
            .sheetActions(cancel: { onDone(false) }, save: save)
        }
    }

    private func save() async {
        let form = form, zone = AppModel.zone
        switch await model.perform({ form.save($0, zone: zone) }) {
        case .success: onDone(true)
        case let .failure(p): problem = p
        }
    }
}

private enum Words {
    static let gone = String(localized: "This person is no longer in Tend.")
    static let edit = String(localized: "Edit")
    static let logged = String(localized: "Logged. Thank you for reaching out.")
    static let thanked = String(localized: "Saved. Gratitude is good for both of you.")
    static let avoiding = String(localized: "You chose to keep your distance from them. Tend never suggests or reminds you about them, and they can't be an emergency contact or a partner.")
    static let windowsHeader = String(localized: "When they like to hear from you")
    static let reach = String(localized: "Reach them")
    static let logContact = String(localized: "Log a contact")
    static let sayThanks = String(localized: "Say thank you")
    static let covers = String(localized: "How they help")
    static let coversNone = String(localized: "None of this network's needs yet. Edit to say how they help.")
    static let emergency = String(localized: "Emergency contact: shown on SOS")
    static let balanceHeader = String(localized: "Give and take, last 90 days")
    static let recent = String(localized: "Recently")
    static let how = String(localized: "How")
    static let which = String(localized: "Who helped whom")
    static let kindOf = String(localized: "What kind of support")
    static let notSaid = String(localized: "Not said")
    static let note = String(localized: "A note for you (optional)")
    static let thanksFooter = String(localized: "Only you see this. Tell them too, if you like.")

    static func notNow(_ name: String) -> String {
        String(localized: "\(name) would rather not be contacted right now. These are the times they're glad to hear from you:")
    }

    static func window(_ w: ContactWindow) -> String {
        String(localized: "\(DayWords.weekday(w.weekday)), \(DayWords.time(w.start)) to \(DayWords.time(w.end))")
    }

    static func link(_ link: ReachLink) -> String {
        switch link {
        case let .call(label, _): return String(localized: "Call \(label)")
        case let .text(label, _): return String(localized: "Text \(label)")
        case let .email(label, _): return String(localized: "Write to \(label)")
        }
    }

    static func icon(_ link: ReachLink) -> String {
        switch link {
        case .call: return "phone"
        case .text: return "message"
        case .email: return "envelope"
        }
    }

    static func rhythm(_ days: UInt32) -> String {
        days == 1 ? String(localized: "Keep in touch every day") : String(localized: "Keep in touch every \(days) days")
    }

    static func balance(_ b: Balance) -> String {
        switch b.lean {
        case .balanced: return String(localized: "Support goes both ways between you.")
        case .mostlyGiving: return String(localized: "You've mostly been the one helping lately. Make sure someone is looking after you too.")
        case .mostlyReceiving: return String(localized: "They've been helping you a lot lately. A thank-you, or an offer to help back, may be welcome.")
        case .tooFew: return String(localized: "Not enough logged yet to say.")
        }
    }

    static func recentLine(_ c: Checkin) -> String {
        let day = LocalDay.date(c.localDate)?.formatted(date: .abbreviated, time: .omitted) ?? c.localDate
        switch c.kind {
        case .contact: return String(localized: "\(day): \(c.channel.map(CheckinWords.channel) ?? CheckinWords.kind(.contact))")
        case .gratitude: return String(localized: "\(day): you said thank you")
        default: return String(localized: "\(day): \(CheckinWords.kind(c.kind))")
        }
    }

    static func thanksFor(_ name: String) -> String { String(localized: "What are you grateful to \(name) for?") }

}
