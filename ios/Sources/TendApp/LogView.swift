// Progress › Your log: every check-in, newest first (the core's order), filtered by kind
// (TendShellLogic.LogFilter), each with who or which group it was about; a mistaken entry is
// removed after a confirmation.
import SwiftUI
import TendCore
import TendShellLogic

struct LogView: View {
    @ObservedObject var model: AppModel
    @State private var filter = LogFilter.all
    @State private var entries: [LogEntry] = []
    @State private var removing: LogEntry?
    @State private var failed = false

    var body: some View {
        List {
            Picker(Words.show, selection: $filter) {
                ForEach(LogFilter.choices, id: \.self) { Text(Words.filter($0)).tag($0) }
            }
            if failed { Text(Words.failed).foregroundStyle(.red) }
            if entries.isEmpty { Text(Words.empty) }
            ForEach(entries) { entry in
                VStack(alignment: .leading, spacing: 2) {
                    Text(Words.line(entry)).font(.headline)
                    Text(Words.day(entry.checkin)).font(.footnote).foregroundStyle(.secondary)
                    if let note = entry.checkin.note { Text(note).font(.subheadline) }
                }
                .accessibilityElement(children: .combine)
                .swipeActions {
                    Button(Words.remove, role: .destructive) { removing = entry }
                }
                .contextMenu {
                    Button(Words.remove, role: .destructive) { removing = entry }
                }
            }
        }
        .navigationTitle(Words.title)
        .task(id: filter) { await reload() }
        .refreshable { await reload() }
        .confirmationDialog(Words.removeQuestion, isPresented: Binding(get: { removing != nil }, set: { if !$0 { removing = nil } }),
                            titleVisibility: .visible) {
            Button(Words.remove, role: .destructive) {
                if let entry = removing { Task { await remove(entry) } }
            }
        } message: {
            Text(Words.removeMessage)
        }
    }

    private func reload() async {
        let query = filter.query
        guard let read = await model.read({ store in
            LogEntry.entries(try store.checkins(query: query), people: try store.people(networkId: nil), groups: try store.groups())
        }) else {
            failed = true
            return
        }
        entries = read
        failed = false
    }

    private func remove(_ entry: LogEntry) async {
        removing = nil
        let id = entry.id
        let result = await model.perform { removeLogEntry(id, store: $0) }
        if case .failure = result { failed = true }
        await reload()
    }
}

private enum Words {
    static let title = String(localized: "Your log")
    static let show = String(localized: "Show")
    static let empty = String(localized: "Nothing logged here yet.")
    static let failed = String(localized: "That did not work. Nothing was changed.")
    static let remove = String(localized: "Remove")
    static let removeQuestion = String(localized: "Remove this entry?")
    static let removeMessage = String(localized: "For an entry logged by mistake. Your goals and streaks are counted again without it.")

    static func filter(_ f: LogFilter) -> String {
        switch f {
        case .all: return String(localized: "Everything")
        case let .only(kind): return CheckinWords.kind(kind)
        }
    }

    static func line(_ e: LogEntry) -> String {
        let c = e.checkin
        switch c.kind {
        case .daily:
            let mood = c.mood.map(CheckinWords.mood) ?? ""
            return c.craving.map { String(localized: "Checked in: \(mood), craving \($0) of 10") } ?? String(localized: "Checked in: \(mood)")
        case .contact:
            return String(localized: "With \(e.person ?? String(localized: "someone no longer in Tend"))")
        case .meeting:
            return String(localized: "Went to \(e.group ?? String(localized: "a group no longer in Tend"))")
        case .gratitude:
            return String(localized: "Thanked \(e.person ?? String(localized: "someone no longer in Tend"))")
        case .sos:
            return String(localized: "Pressed SOS")
        }
    }

    static func day(_ c: Checkin) -> String {
        c.at.formatted(date: .abbreviated, time: .shortened)
    }
}
