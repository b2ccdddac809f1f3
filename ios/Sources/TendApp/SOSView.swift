// SOS (a sheet over every tab, from the red toolbar button): the user's emergency contacts,
// meetings starting soon (online ones, and in-person ones near where the user last searched),
// then crisis lines for the country chosen in Settings (else the phone's region). Crisis lines
// need no store, so this screen works even when the store cannot be opened.
import SwiftUI
import TendCore
import TendShellLogic

struct SOSView: View {
    @ObservedObject var model: AppModel
    @State private var contacts: [EmergencyContact] = []
    @State private var soon: [SoonMeeting] = []
    /// Whether the SOS was logged (nil: not yet tapped); one key per visit, so a double tap logs once.
    @State private var sosLogged: Bool?
    @State private var sosKey = "sos-\(UUID().uuidString)"
    @Environment(\.openURL) private var openURL
    @Environment(\.dismiss) private var dismiss

    /// The country chosen in Settings, else the phone's region.
    private var country: String? { model.crisisCountry }

    var body: some View {
        NavigationStack {
            List {
                if !contacts.isEmpty {
                    Section("Your people") {
                        ForEach(contacts, id: \.personId) { c in
                            VStack(alignment: .leading) {
                                Text(c.name).font(.headline)
                                if let phone = c.phones.first {
                                    HStack {
                                        Button("Call") { dial(phone) }.buttonStyle(.borderedProminent)
                                        Button("Text") { text(phone) }.buttonStyle(.bordered)
                                    }
                                }
                            }
                        }
                    }
                }
                Section {
                    Text("Log that you pressed SOS. Partners you allowed to know are told at once, or as soon as the phone is back online.")
                    Button("Log SOS and tell my partners") {
                        Task { sosLogged = await model.logSOS(key: sosKey) }
                    }
                    .disabled(sosLogged == true)
                    if let logged = sosLogged {
                        Text(logged ? "Logged. Partners you allowed are told as soon as there is a network." : "That did not work. Nothing was changed.")
                    }
                }
                if !soon.isEmpty {
                    Section("Meetings starting soon") {
                        ForEach(soon, id: \.id) { m in
                            VStack(alignment: .leading, spacing: 4) {
                                Text(m.name).font(.headline)
                                Text("\(m.localStart), \(startsIn(minutes: m.minutesUntil))")
                                if let place = m.location ?? m.address { Text(place).font(.footnote) }
                                HStack {
                                    if let link = m.onlineUrl, let url = URL(string: link) {
                                        Button("Join online") { openURL(url) }.buttonStyle(.borderedProminent)
                                    }
                                    if let phone = m.onlinePhone {
                                        Button("Dial in") { dial(phone) }.buttonStyle(.bordered)
                                    }
                                }
                            }
                        }
                    }
                }
                Section("Crisis lines") {
                    ForEach(Array(crisisLines(country: country).enumerated()), id: \.offset) { _, line in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(line.name.text).font(.headline)
                            Text(line.description.text)
                            Text(line.hours.text).font(.footnote)
                            HStack {
                                Button("Call \(line.phone)") { dial(line.phone) }.buttonStyle(.borderedProminent)
                                if let sms = line.text {
                                    Button("Text") { text(sms) }.buttonStyle(.bordered)
                                }
                            }
                        }
                    }
                }
            }
            .navigationTitle("SOS")
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button("Close") { dismiss() }
                }
            }
            .task {
                guard let store = try? await model.openStore() else { return }
                let country = self.country, zone = TimeZone.current.identifier
                if let view = try? await offMain({ try store.sos(country: country, zone: zone) }) {
                    contacts = view.emergencyContacts
                }
                // Near the last place searched from (the core remembers it, rounded).
                soon = (try? await offMain { try store.meetingsSoon(zone: zone, near: nil, limit: 3) }) ?? []
            }
        }
    }

    /// The core cleans the number up (separators, extensions), the same on both phones.
    private func dial(_ number: String) {
        follow(phoneLink(number: number, kind: .call))
    }

    private func text(_ number: String) {
        follow(phoneLink(number: number, kind: .text))
    }

    private func follow(_ link: String?) {
        if let link, let url = URL(string: link) { openURL(url) }
    }
}
