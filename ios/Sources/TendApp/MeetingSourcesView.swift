// Find a meeting's public lists: the user's own lists with "updated 3 days ago" and the last
// failure in plain words, pull to refresh, and the lists for where the user is (the position is
// asked once, on tap, and used on the phone only) with the sentence about what the list's server
// will learn before the first fetch. Decisions are TendShellLogic's (MeetingSources); fetching is
// the core's, off the main actor (every call blocks on the network, bounded).
import SwiftUI
import TendCore
import TendShellLogic

struct MeetingSourcesView: View {
    @ObservedObject var model: AppModel
    @State private var inUse: [MeetingSource] = []
    @State private var nearby: [MeetingSource] = []
    @State private var near: GeoPoint?
    @State private var location: LocationProvider?
    @State private var confirming: MeetingSource?
    @State private var message: String?
    @State private var address = ""
    @State private var busy = false

    var body: some View {
        List {
            if let message { Section { Text(message) } }
            if !inUse.isEmpty {
                Section("Your meeting lists") {
                    ForEach(inUse, id: \.id) { source in
                        VStack(alignment: .leading, spacing: 4) {
                            Text(source.name).font(.headline)
                            Text(Self.words(MeetingSources.freshness(source, now: Date()))).font(.subheadline)
                            if let failure = MeetingSources.failure(source, now: Date()) {
                                Text(Self.words(failure)).font(.footnote)
                            }
                        }
                        .swipeActions {
                            Button("Stop using this list", role: .destructive) { Task { await remove(source) } }
                        }
                    }
                }
            }
            Section("Meeting lists near you") {
                if near == nil {
                    Button("Use my location once") { Task { await locate() } }.frame(minHeight: 44)
                }
                ForEach(nearby, id: \.id) { source in
                    Button {
                        confirming = source
                    } label: {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(source.name).font(.headline)
                            Text([source.fellowship, source.region].compactMap { $0 }.joined(separator: " · ")).font(.subheadline)
                        }
                    }
                    .frame(minHeight: 44)
                }
            }
            Section("Add a list by its web address") {
                TextField("https://", text: $address)
                    .textInputAutocapitalization(.never)
                    .keyboardType(.URL)
                Button("Add") { Task { await add() } }.disabled(address.isEmpty || busy)
            }
        }
        .navigationTitle("Meeting lists")
        .refreshable { await refreshAll() }
        .task { await load() }
        .confirmationDialog(confirming?.name ?? "", isPresented: Binding(get: { confirming != nil }, set: { if !$0 { confirming = nil } }),
                            titleVisibility: .visible) {
            if let source = confirming {
                Button("Use this list") { Task { await use(source) } }
            }
        } message: {
            if let source = confirming { Text(Self.words(MeetingSources.whatServerLearns(source))) }
        }
    }

    private func load() async {
        guard let store = try? await model.openStore(),
              let all = try? await offMain({ [near] in try store.meetingSources(near: near, fellowship: nil) })
        else { return }
        let offer = MeetingSources.offer(all)
        inUse = offer.inUse
        nearby = near == nil ? [] : offer.nearby
    }

    private func locate() async {
        let provider = location ?? LocationProvider()
        location = provider
        near = await provider.nearMe()
        if near == nil { message = String(localized: "Location is off. You can still add a list by its address.") }
        await load()
    }

    private func use(_ source: MeetingSource) async {
        busy = true
        defer { busy = false }
        guard let store = try? await model.openStore() else { return }
        let place = MeetingSources.needsPlace(source) ? near : nil
        do {
            let r = try await offMain { try store.refreshMeetingSource(id: source.id, near: place) }
            message = r.failure.map { Self.words(.failed($0, nil)) }
        } catch {
            message = Self.words(MeetingSources.addError(error))
        }
        await model.scheduleMeetingListRefresh()
        await load()
    }

    private func add() async {
        busy = true
        defer { busy = false }
        guard let store = try? await model.openStore() else { return }
        let url = address
        do {
            _ = try await offMain { try store.addMeetingSource(input: NewSource(url: url)) }
            address = ""
            message = nil
        } catch {
            message = Self.words(MeetingSources.addError(error))
        }
        await model.scheduleMeetingListRefresh()
        await load()
    }

    private func remove(_ source: MeetingSource) async {
        guard let store = try? await model.openStore() else { return }
        _ = try? await offMain { try store.removeMeetingSource(id: source.id) }
        await load()
    }

    private func refreshAll() async {
        guard let store = try? await model.openStore() else { return }
        _ = try? await offMain { try store.refreshMeetingSources() }
        await load()
    }

    private static func ago(_ a: Ago) -> String {
        switch a {
        case .justNow: return String(localized: "just now")
        case let .minutes(n): return String(localized: "\(n) min ago")
        case let .hours(n): return String(localized: "\(n) h ago")
        case let .days(n): return String(localized: "\(n) days ago")
        }
    }

    static func words(_ line: SourceLine) -> String {
        switch line {
        case .neverUpdated: return String(localized: "Not updated yet")
        case let .updated(a): return String(localized: "Updated \(ago(a))")
        case let .failed(f, a):
            let what = failureWords(f)
            return a.map { String(localized: "\(what) (\(ago($0)))") } ?? what
        case let .revealsList(name):
            return String(localized: "\(name) will learn that someone looked at its meeting list, and when. Not who you are, and not where you are.")
        case let .revealsArea(name):
            return String(localized: "\(name) will learn an area about 50 km across around the place you chose, and when. Not who you are, and not exactly where you are.")
        case let .addFailed(why):
            let reason = why.text
            return String(localized: "Couldn't add this list: \(reason)")
        case .badZone: return String(localized: "That time zone isn't one Tend knows.")
        case .gone: return String(localized: "That list isn't in use any more.")
        case .failedOther: return String(localized: "That did not work. Nothing was changed.")
        }
    }

    private static func failureWords(_ f: FetchFailure) -> String {
        switch f {
        case .private: return String(localized: "This group keeps its meeting list private, so Tend can't read it. You can ask them for a public link, or choose another list. The meetings you already have stay.")
        case .notFound: return String(localized: "This list is no longer at its address. The meetings you already have stay.")
        case .serverError: return String(localized: "The list's website had a problem. Tend will try again later; the meetings you have stay.")
        case .refused: return String(localized: "The list's website turned the request down. The meetings you have stay.")
        case .timedOut: return String(localized: "The list's website took too long to answer. Tend will try again later; the meetings you have stay.")
        case .tooBig: return String(localized: "This list is larger than Tend can read. The meetings you have stay.")
        case .truncated: return String(localized: "Only part of the list arrived. Tend will try again later; the meetings you have stay.")
        case .insecure: return String(localized: "This list isn't offered over a secure connection, so Tend won't read it.")
        case .unreachable: return String(localized: "Tend couldn't reach the list. Check your connection; the meetings you have stay.")
        case .notAList: return String(localized: "The website sent something that isn't a meeting list. The meetings you have stay.")
        }
    }
}
