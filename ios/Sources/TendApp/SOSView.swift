// SOS: the user's emergency contacts, then crisis lines. Crisis lines need no store, so this
// screen works even when the store cannot be opened.
import SwiftUI
import TendCore

struct SOSView: View {
    @ObservedObject var model: AppModel
    @State private var contacts: [EmergencyContact] = []
    @Environment(\.openURL) private var openURL

    private var country: String? { Locale.current.region?.identifier }

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
                Section("Crisis lines") {
                    ForEach(Array(crisisLines(country: country).enumerated()), id: \.offset) { _, line in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(line.name).font(.headline)
                            Text(line.description)
                            Text(line.hours).font(.footnote)
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
            .task {
                if let store = try? await model.openStore(), let view = try? store.sos(country: country, zone: TimeZone.current.identifier) {
                    contacts = view.emergencyContacts
                }
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
