// Partner: per person in a network, a switch for each item they may see, the exact text as the
// core previews it, and Share… to hand the summary to the share sheet (ShareLink); then the live
// channel (Matrix, PartnerChannelViews.swift): connect, link, send, revoke, the inbox. Whom to
// list, which switches are enabled and what a refusal or a sync says are TendShellLogic's
// (PartnerSharing, PartnerChannel); the rules are the core's. Channel calls block on the
// network: always off the main actor (AppModel.channel).
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
    @State private var account: MatrixAccount?
    @State private var links: [Int64: PartnerLink] = [:]
    @State private var warnings: [Int64: ChannelLine] = [:]
    @State private var linkStatus: [Int64: ChannelLine] = [:]
    @State private var inbox: [InboxMessage] = []
    /// The last channel call's lines, and whose section shows them (nil: the channel section).
    @State private var status: (person: Int64?, lines: [ChannelLine])?
    @State private var working = false

    var body: some View {
        List {
            Section {
                Text("Choose what each person may see. Share… hands the text to an app you pick, and you send it. Or connect to Matrix below: then Tend sends what you allowed itself, end-to-end encrypted, to the people you link.")
                if failed { Text("Tend could not read your data just now.") }
                if nothingShared { Text("Nothing is shared with anyone.").font(.headline) }
                if rows.isEmpty { Text("Add people to a network to share with them.") }
            }
            ChannelAccountSection(
                account: account, working: working,
                onConnect: { homeserver, user, password in
                    let zone = AppModel.zone
                    run(nil) { store in
                        _ = try store.matrixConnect(homeserver: homeserver, user: user, password: password)
                        return PartnerChannel.lines(try store.partnerSync(zone: zone))
                    }
                },
                onSync: sync
            )
            if let status, status.person == nil {
                ForEach(Array(status.lines.enumerated()), id: \.offset) { _, line in
                    Text(PartnerChannel.message(line)).foregroundStyle(PartnerChannel.isWarning(line) ? Color.red : Color.primary)
                }
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
                    if account != nil {
                        channelControls(row.person)
                    }
                    if let status, status.person == row.person.id {
                        ForEach(Array(status.lines.enumerated()), id: \.offset) { _, line in
                            Text(PartnerChannel.message(line)).foregroundStyle(PartnerChannel.isWarning(line) ? Color.red : Color.primary)
                        }
                    }
                }
            }
            ChannelInboxSection(inbox: inbox, names: Dictionary(uniqueKeysWithValues: rows.map { ($0.person.id, $0.person.name) }))
        }
        .navigationTitle("Partner")
        .task {
            await reload()
            // Opening the screen syncs (messages in, what waits out) once connected.
            if account != nil { sync() }
        }
        // Pull to sync: a sync when connected, otherwise only a reread.
        .refreshable {
            let zone = AppModel.zone
            if account != nil {
                await runNow(nil) { PartnerChannel.lines(try $0.partnerSync(zone: zone)) }
            } else {
                await reload()
            }
        }
    }

    private func label(_ toggle: ShareToggle) -> String {
        switch toggle.item {
        case .summary: return String(localized: "Weekly summary")
        case .mood: return String(localized: "Mood in the summary")
        case .milestones: return String(localized: "Milestones")
        case .sos: return String(localized: "When I press SOS")
        case .decline:
            return toggle.declineDays.map { String(localized: "No check-in for \($0) days") }
                ?? String(localized: "When I stop checking in (days, blank for 3)")
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
            let zoneFree = try await offMain { (try store.matrixAccount(), try store.partnerLinks(), try store.partnerInbox()) }
            rows = listed
            account = zoneFree.0
            links = Dictionary(uniqueKeysWithValues: zoneFree.1.map { ($0.person.id, $0) })
            warnings = PartnerChannel.warnings(zoneFree.1)
            linkStatus = PartnerChannel.linkStatus(zoneFree.1)
            inbox = zoneFree.2
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

    private func channelControls(_ person: PersonRef) -> some View {
        let id = person.id
        let zone = AppModel.zone
        return ChannelPersonControls(
            person: person, link: links[id], warning: warnings[id], status: linkStatus[id], working: working,
            onLink: { matrixId in
                run(id) { store in
                    _ = try store.partnerLink(personId: id, matrixId: matrixId)
                    // The sync right after invites them (the encrypted room).
                    return PartnerChannel.lines(try store.partnerSync(zone: zone))
                }
            },
            onSend: { text in run(id) { PartnerChannel.lines(try $0.partnerSend(personId: id, text: text, zone: zone)) } },
            onRevoke: { run(id) { [PartnerChannel.revoked(try $0.partnerRevoke(personId: id))] } }
        )
    }

    private func sync() {
        let zone = AppModel.zone
        run(nil) { PartnerChannel.lines(try $0.partnerSync(zone: zone)) }
    }

    private func run(_ person: Int64?, _ call: @escaping @Sendable (TendStore) throws -> [ChannelLine]) {
        Task { await runNow(person, call) }
    }

    /// One channel call (it blocks on the network, up to two minutes), its lines shown.
    private func runNow(_ person: Int64?, _ call: @escaping @Sendable (TendStore) throws -> [ChannelLine]) async {
        working = true
        status = (person, await model.channel(call))
        working = false
        await reload()
        // Connected (maybe just now): the next background sync a few hours after this one.
        if account != nil { model.schedulePartnerSync() }
    }
}
