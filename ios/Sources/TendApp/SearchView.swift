// Find a meeting: day, time, type, online and text filters, "near me" on request, and Join to
// make a result one of the user's groups. The form → query mapping and the rows are
// TendShellLogic's (MeetingSearchForm, MeetingRow); searching and joining are the core's.
import SwiftUI
import TendCore
import TendShellLogic
import UIKit
import UniformTypeIdentifiers

struct SearchView: View {
    @ObservedObject var model: AppModel
    @State private var form = MeetingSearchForm()
    @State private var rows: [MeetingRow] = []
    @State private var networks: [Network] = []
    @State private var message: String?
    @State private var locationOff = false
    @State private var location: LocationProvider?
    @State private var fromTime = Calendar.current.date(bySettingHour: 18, minute: 0, second: 0, of: Date()) ?? Date()
    @State private var useFrom = false
    @State private var importing = false
    @Environment(\.openURL) private var openURL

    var body: some View {
        List {
            filters
            if let message {
                Section { Text(message) }
            }
            Section("Meetings") {
                ForEach(rows) { row in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(row.name).font(.headline)
                        Text([row.when, row.distance, row.online ? String(localized: "Online") : nil]
                            .compactMap { $0 }.joined(separator: " · "))
                            .font(.subheadline)
                        if let place = row.place { Text(place).font(.footnote) }
                        if row.joined {
                            Label("One of your groups", systemImage: "checkmark.circle")
                        } else {
                            Menu("Join") {
                                ForEach(networks, id: \.id) { network in
                                    Button(network.name) { Task { await join(row, network: network.id) } }
                                }
                                Button("Without a network") { Task { await join(row, network: nil) } }
                            }
                        }
                    }
                }
            }
        }
        .navigationTitle("Find a meeting")
        .toolbar {
            ToolbarItemGroup(placement: .secondaryAction) {
                NavigationLink(value: Route.meetingLists) { Text("Meeting lists") }
                Button("Import a meeting list") { importing = true }
            }
        }
        // A Meeting Guide JSON file (an intergroup's feed, downloaded): the core reads it as
        // a stream into the directory; nothing is planned until the user joins a meeting.
        .fileImporter(isPresented: $importing, allowedContentTypes: [.json]) { result in
            if case let .success(url) = result { Task { await importList(url) } }
        }
        .task { await search() }
    }

    @ViewBuilder private var filters: some View {
        Section {
            TextField("Name or place", text: $form.text)
                .onSubmit { Task { await search() } }
            Picker("Day", selection: $form.day) {
                Text("Any day").tag(MeetingSearchForm.Day.any)
                Text("Today").tag(MeetingSearchForm.Day.today)
                Text("Tomorrow").tag(MeetingSearchForm.Day.tomorrow)
                ForEach(0..<7, id: \.self) { d in
                    Text(Calendar.current.weekdaySymbols[d]).tag(MeetingSearchForm.Day.weekday(UInt8(d)))
                }
            }
            Toggle("Starting after", isOn: $useFrom)
            if useFrom {
                DatePicker("From", selection: $fromTime, displayedComponents: .hourAndMinute)
            }
            Toggle("Online only", isOn: $form.onlineOnly)
            DisclosureGroup("Types") {
                // The core's filter list, named in the phone's language.
                ForEach(meetingTypeFilters(language: Locale.current.language.languageCode?.identifier ?? "en"), id: \.code) { type in
                    Toggle(type.name, isOn: Binding(
                        get: { form.types.contains(type.code) },
                        set: { on in if on { form.types.insert(type.code) } else { form.types.remove(type.code) } }
                    ))
                }
            }
            Button {
                Task { await nearMe() }
            } label: {
                Label(form.near == nil ? "Near me" : "Near me (on)", systemImage: "location")
            }
            if locationOff {
                Button("Location is off for Tend. Open Settings") {
                    if let url = URL(string: UIApplication.openSettingsURLString) { openURL(url) }
                }
            }
            Button("Search") { Task { await search() } }
                .buttonStyle(.borderedProminent)
        }
    }

    private func nearMe() async {
        let provider = location ?? LocationProvider()
        location = provider
        if let point = await provider.nearMe() {
            form.near = point
            locationOff = false
        } else {
            locationOff = nearMeStep(provider.authorization) == .explainDenied
        }
        await search()
    }

    private func search() async {
        form.from = useFrom ? MeetingSearchForm.minutes(of: fromTime) : nil
        let query = form.query
        do {
            let store = try await model.openStore()
            let found = try await offMain { try store.searchDirectory(query: query) }
            networks = (try? await offMain { try store.networks() }) ?? []
            rows = found.map { MeetingRow($0, deviceZone: .current) }
            message = rows.isEmpty ? String(localized: "No meetings match. Import your area's meeting list, or widen the search.") : nil
        } catch let TendError.InvalidInput(_, _, problem) {
            message = problem.text
        } catch {
            message = String(localized: "The search did not run. Your data is unchanged.")
        }
    }

    private func importList(_ url: URL) async {
        do {
            let store = try await model.openStore()
            let zone = TimeZone.current.identifier
            let report = try await offMain {
                let scoped = url.startAccessingSecurityScopedResource()
                defer { if scoped { url.stopAccessingSecurityScopedResource() } }
                return try store.importDirectoryFile(feed: url.deletingPathExtension().lastPathComponent,
                                                     path: url.path, defaultZone: zone)
            }
            message = String(localized: "\(report.created + report.updated + report.unchanged) meetings in the list.")
            await search()
        } catch let TendError.InvalidInput(_, _, problem) {
            message = problem.text
        } catch {
            message = String(localized: "Tend could not read this meeting list. Nothing was changed.")
        }
    }

    private func join(_ row: MeetingRow, network: Int64?) async {
        do {
            let store = try await model.openStore()
            _ = try await offMain { try store.joinDirectoryMeeting(id: row.meetingId, networkId: network, wholeGroup: false) }
            await model.replan(after: .dataChanged)
            await search()
        } catch {
            message = String(localized: "Tend could not join this meeting. Nothing was changed.")
        }
    }
}
