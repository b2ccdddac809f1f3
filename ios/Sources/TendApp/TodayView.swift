// Today: check-in state, people to reach out to, meetings, directory meetings starting soon,
// and reminders missed.
import SwiftUI
import TendCore
import TendShellLogic

struct TodayView: View {
    @ObservedObject var model: AppModel

    var body: some View {
        NavigationStack {
            List {
                if !model.notificationsAllowed {
                    Section {
                        Text("Reminders are off. Turn on notifications to get them.")
                        Button("Turn on") { Task { await model.requestNotificationPermission() } }
                    }
                }
                switch model.state {
                case .loading:
                    ProgressView()
                case let .unavailable(message):
                    Text(message)
                case let .open(today):
                    Section {
                        Text(today.checkedIn ? "Checked in today" : "No check-in yet today")
                            .font(.headline)
                    }
                    if !today.due.isEmpty {
                        Section("Reach out") {
                            ForEach(today.due, id: \.personId) { Text($0.name) }
                        }
                    }
                    if !today.meetings.isEmpty {
                        Section("Meetings today") {
                            ForEach(today.meetings, id: \.meetingId) { m in
                                Text("\(m.localStart)  \(m.groupName)")
                            }
                        }
                    }
                    if !model.startingSoon.isEmpty {
                        Section("Starting soon") {
                            ForEach(model.startingSoon, id: \.id) { m in
                                Text("\(m.localStart)  \(m.name), \(startsIn(minutes: m.minutesUntil))")
                            }
                        }
                    }
                    if !today.missed.isEmpty {
                        // Text from the core, as the notification would have shown it.
                        Section("Missed reminders") {
                            ForEach(today.missed, id: \.id) { Text($0.title) }
                        }
                    }
                }
            }
            .navigationTitle("Today")
            .refreshable { await model.loadToday() }
        }
    }
}
