// Partner: per person in a network, a switch for each item they may see, the exact text as the
// core previews it, and Share… to hand the summary to the share sheet (ShareLink). Tend sends
// nothing itself. Whom to list, which switches are enabled and what a refusal says are
// TendShellLogic's (PartnerSharing); the rules are the core's.
import SwiftUI
import TendCore
import TendShellLogic

struct PartnerView: View {
    @ObservedObject var model: AppModel
    @State private var rows: [PartnerRow] = []
    @State private var nothingShared = true
    @State private var previews: [Int64: PartnerPreview] = [:]
    @State private var messages: [Int64: String] = [:]
    @State private var daysField: [Int64: String] = [:]
    @State private var failed = false

    var body: some View {
        NavigationStack {
            List {
                Section {
                    Text("Choose what each person may see. Tend sends nothing itself: Share… hands the text to an app you pick, and you send it.")
                    if failed { Text("Tend could not read your data just now.") }
                    if nothingShared { Text("Nothing is shared with anyone.").font(.headline) }
                    if rows.isEmpty { Text("Add people to a network to share with them.") }
                }
                ForEach(rows, id: \.person.id) { row in
                    Section(row.person.name) {
                        if row.paused {
                            Text("Paused: nothing is shared while this person is marked to avoid or in none of your networks. Turn items off to revoke.")
                                .font(.footnote)
                        }
                        ForEach(row.toggles, id: \.item) { toggle in
                            HStack {
                                Toggle(label(toggle), isOn: Binding(get: { toggle.on }, set: { _ in Task { await flip(row, toggle) } }))
                                    .disabled(!toggle.enabled)
                                if toggle.item == .decline, !toggle.on, toggle.enabled {
                                    TextField("Days", text: Binding(get: { daysField[row.person.id] ?? "" }, set: { daysField[row.person.id] = $0 }))
                                        .keyboardType(.numberPad)
                                        .frame(width: 64)
                                }
                            }
                        }
                        if let message = messages[row.person.id] {
                            Text(message).foregroundStyle(.red)
                        }
                        if let preview = previews[row.person.id], !preview.items.isEmpty {
                            Text("What they would read").font(.subheadline)
                            ForEach(preview.items, id: \.item) { item in Text(item.text).font(.footnote) }
                            if let text = PartnerSharing.shareText(preview) {
                                ShareLink(item: text) { Label("Share…", systemImage: "square.and.arrow.up") }
                            }
                        }
                    }
                }
            }
            .navigationTitle("Partner")
            .task { await reload() }
            .refreshable { await reload() }
        }
    }

    private func label(_ toggle: ShareToggle) -> String {
        switch toggle.item {
        case .summary: return "Weekly summary"
        case .mood: return "Mood in the summary"
        case .milestones: return "Milestones"
        case .sos: return "When I press SOS"
        case .decline: return toggle.declineDays.map { "No check-in for \($0) days" } ?? "When I stop checking in (days, blank for 3)"
        }
    }

    private func reload() async {
        do {
            let store = try await model.openStore()
            let zone = AppModel.zone
            let listed = try await offMain { try store.partnerRows() }
            var read: [Int64: PartnerPreview] = [:]
            for row in listed where row.toggles.contains(where: \.on) {
                let id = row.person.id
                read[id] = try await offMain { try store.partnerPreview(personId: id, zone: zone) }
            }
            rows = listed
            nothingShared = PartnerSharing.nothingShared(listed)
            previews = read
            failed = false
        } catch {
            failed = true
        }
    }

    private func flip(_ row: PartnerRow, _ toggle: ShareToggle) async {
        let days = toggle.item == .decline && !toggle.on ? PartnerSharing.declineDays(daysField[row.person.id] ?? "") : nil
        do {
            let store = try await model.openStore()
            let id = row.person.id
            let item = toggle.item
            let on = !toggle.on
            _ = try await offMain { try store.setConsent(personId: id, item: item, on: on, declineDays: days) }
            messages[row.person.id] = nil
        } catch {
            messages[row.person.id] = PartnerSharing.message(PartnerSharing.refusal(error))
        }
        await reload()
    }
}
