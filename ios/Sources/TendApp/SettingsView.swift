// More › Settings: check-in times, quiet hours, reminder defaults (keep-in-touch per day, how
// long before a meeting, thank-you nudges, the week's first day), discreet notifications, Done
// from the lock screen, the crisis lines' country, the partner account (disconnect), and the
// calendar export through the share sheet. Each control changes one core setting at once
// (TendShellLogic.SettingChange); the choices, defaults and checks are the core's. The core's
// Settings is written TendCore.Settings: SwiftUI has a (macOS) Settings scene of that name.
import SwiftUI
import TendCore
import TendShellLogic

struct SettingsView: View {
    @ObservedObject var model: AppModel
    @State private var problem: Problem?
    @State private var account: MatrixAccount?
    @State private var confirmDisconnect = false
    @State private var disconnected: DisconnectOutcome?
    @State private var includeReminders = false
    @State private var calendarFile: URL?
    @State private var calendarFailed = false

    var body: some View {
        Form {
            if let settings = model.settings {
                checkins(settings)
                quiet(settings)
                reminders(settings)
                privacy(settings)
                crisis(settings)
            } else {
                ProgressView()
            }
            partnerAccount
            calendar
        }
        .navigationTitle(Words.title)
        .task {
            account = await model.read { try $0.matrixAccount() } ?? nil
        }
        .confirmationDialog(Words.disconnectQuestion, isPresented: $confirmDisconnect, titleVisibility: .visible) {
            Button(Words.disconnect, role: .destructive) { Task { await disconnect() } }
        } message: {
            Text(Words.disconnectMessage)
        }
    }

    // MARK: Sections

    @ViewBuilder private func checkins(_ s: TendCore.Settings) -> some View {
        Section {
            ForEach(Array(s.checkinTimes.enumerated()), id: \.offset) { index, time in
                DatePicker(Words.checkinAt(index + 1), selection: Binding(
                    get: { ClockTime.date(minutes: time) },
                    set: { date in
                        var times = s.checkinTimes
                        times[index] = ClockTime.minutes(of: date)
                        apply(.checkinTimes(times))
                    }
                ), displayedComponents: .hourAndMinute)
            }
            .onDelete { offsets in
                var times = s.checkinTimes
                times.remove(atOffsets: offsets)
                apply(.checkinTimes(times))
            }
            Button(Words.addTime) { apply(.checkinTimes(s.checkinTimes + [12 * 60])) }
            FieldError(problem, "checkin_times")
        } header: {
            Text(Words.checkinHeader)
        } footer: {
            Text(Words.checkinFooter)
        }
    }

    @ViewBuilder private func quiet(_ s: TendCore.Settings) -> some View {
        Section {
            Toggle(Words.quietOn, isOn: Binding(
                get: { s.quietHours != nil },
                set: { on in
                    if !on {
                        apply(.quietHoursOff)
                    } else if let q = SettingsChoices.defaultQuietHours {
                        apply(.quietHours(start: q.start, end: q.end))
                    }
                }
            ))
            if let q = s.quietHours {
                DatePicker(Words.from, selection: Binding(
                    get: { ClockTime.date(minutes: q.start) },
                    set: { apply(.quietHours(start: ClockTime.minutes(of: $0), end: q.end)) }
                ), displayedComponents: .hourAndMinute)
                DatePicker(Words.until, selection: Binding(
                    get: { ClockTime.date(minutes: q.end) },
                    set: { apply(.quietHours(start: q.start, end: ClockTime.minutes(of: $0))) }
                ), displayedComponents: .hourAndMinute)
            }
            FieldError(problem, "quiet_hours")
        } header: {
            Text(Words.quietHeader)
        } footer: {
            Text(Words.quietFooter)
        }
    }

    @ViewBuilder private func reminders(_ s: TendCore.Settings) -> some View {
        Section {
            Stepper(Words.cap(s.dailyCap), value: Binding(get: { s.dailyCap }, set: { apply(.dailyCap($0)) }), in: 1...20)
            FieldError(problem, "daily_cap")
            Stepper(Words.lead(s.meetingLeadMinutes), value: Binding(get: { s.meetingLeadMinutes }, set: { apply(.meetingLead($0)) }),
                    in: 0...240, step: 15)
            FieldError(problem, "meeting_lead_minutes")
            Toggle(Words.gratitude, isOn: Binding(get: { s.gratitude }, set: { apply(.gratitude($0)) }))
            Picker(Words.weekStart, selection: Binding(
                get: { SettingsChoices.weekStartChoice(s) ?? "" },
                set: { apply(.weekStart($0)) }
            )) {
                ForEach(SettingsChoices.choices("week_start"), id: \.self) { Text(Words.weekday($0)).tag($0) }
            }
            FieldError(problem, "week_start")
        } header: {
            Text(Words.remindersHeader)
        }
    }

    @ViewBuilder private func privacy(_ s: TendCore.Settings) -> some View {
        Section {
            Toggle(Words.discreet, isOn: Binding(get: { s.discreet }, set: { apply(.discreet($0)) }))
            Toggle(Words.unlock, isOn: Binding(
                get: { model.doneNeedsUnlock },
                set: { on in Task { await model.setDoneNeedsUnlock(on) } }
            ))
        } header: {
            Text(Words.lockScreenHeader)
        } footer: {
            Text(Words.lockScreenFooter)
        }
    }

    @ViewBuilder private func crisis(_ s: TendCore.Settings) -> some View {
        Section {
            Picker(Words.country, selection: Binding(
                get: { SettingsChoices.crisisCountryChoice(s) },
                set: { apply(.crisisCountry($0)) }
            )) {
                ForEach(SettingsChoices.choices("crisis_country"), id: \.self) { Text(Words.country($0)).tag($0) }
            }
            FieldError(problem, "crisis_country")
        } footer: {
            Text(Words.countryFooter)
        }
    }

    @ViewBuilder private var partnerAccount: some View {
        Section {
            if let account {
                Text(Words.connected(account.userId))
                Button(Words.disconnect, role: .destructive) { confirmDisconnect = true }
            } else {
                Text(Words.notConnected)
                NavigationLink(value: Route.partner) { Text(Words.connect) }
            }
            if let disconnected { Text(Words.disconnected(disconnected)) }
        } header: {
            Text(Words.partnerHeader)
        }
    }

    @ViewBuilder private var calendar: some View {
        Section {
            Toggle(Words.includeReminders, isOn: $includeReminders)
            Button(Words.makeCalendar) { Task { await exportCalendar() } }
            if let calendarFile {
                ShareLink(item: calendarFile) { Label(Words.shareCalendar, systemImage: "square.and.arrow.up") }
            }
            if calendarFailed { Text(Words.calendarFailed).foregroundStyle(.red) }
        } header: {
            Text(Words.calendarHeader)
        } footer: {
            Text(Words.calendarFooter)
        }
    }


    // MARK: Changes

    private func apply(_ change: SettingChange) {
        Task {
            switch await model.perform({ change.apply($0) }) {
            case let .success(settings):
                model.settings = settings
                problem = nil
            case let .failure(p):
                problem = p
            }
        }
    }

    private func disconnect() async {
        guard let store = try? await model.openStore() else { return }
        // Signing out talks to the homeserver: off the main actor.
        disconnected = (try? await offMain { DisconnectOutcome.disconnect(store) }) ?? .failed
        account = await model.read { try $0.matrixAccount() } ?? nil
    }

    private func exportCalendar() async {
        guard let store = try? await model.openStore() else { return }
        let include = includeReminders, zone = AppModel.zone, language = MessageText.system().language
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("TendCalendar", isDirectory: true)
        do {
            calendarFile = try await offMain { () throws -> URL in
                try? FileManager.default.removeItem(at: folder)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                return try CalendarExport.file(store, includeReminders: include, zone: zone, language: language, in: folder)
            }
            calendarFailed = false
        } catch {
            calendarFailed = true
        }
    }
}

private enum Words {
    static let title = String(localized: "Settings")
    static let checkinHeader = String(localized: "Daily check-in")
    static let checkinFooter = String(localized: "Tend asks how you are at these times. Swipe a time to remove it.")
    static let addTime = String(localized: "Add a time")
    static let quietHeader = String(localized: "Quiet hours")
    static let quietOn = String(localized: "Quiet hours")
    static let quietFooter = String(localized: "No gentle reminders in these hours. Meetings and check-ins you set still come.")
    static let from = String(localized: "From")
    static let until = String(localized: "Until")
    static let remindersHeader = String(localized: "Reminders")
    static let gratitude = String(localized: "Nudge me to say thank you after someone helps")
    static let weekStart = String(localized: "Weeks start on")
    static let lockScreenHeader = String(localized: "On the lock screen")
    static let discreet = String(localized: "Discreet notifications")
    static let unlock = String(localized: "Unlock to mark Done")
    static let lockScreenFooter = String(localized: "Discreet: notifications say no names, no group names and no recovery words. Unlock to mark Done: someone holding your locked phone cannot log a check-in for you.")
    static let country = String(localized: "Crisis lines for")
    static let countryFooter = String(localized: "Which country's crisis lines SOS shows.")
    static let partnerHeader = String(localized: "Partner account (Matrix)")
    static let notConnected = String(localized: "Not connected.")
    static let connect = String(localized: "Connect on the Partner screen")
    static let disconnect = String(localized: "Disconnect")
    static let disconnectQuestion = String(localized: "Disconnect the partner account?")
    static let disconnectMessage = String(localized: "Tend signs this phone out and forgets the session. Your links and inbox stay; connect again any time.")
    static let calendarHeader = String(localized: "Calendar")
    static let includeReminders = String(localized: "Include reminders")
    static let makeCalendar = String(localized: "Export your meetings as a calendar file")
    static let shareCalendar = String(localized: "Share the calendar file")
    static let calendarFailed = String(localized: "The calendar file could not be made. Nothing was changed.")
    static let calendarFooter = String(localized: "Open it in your calendar app. With reminders, it holds names: share it only with yourself.")

    static func checkinAt(_ n: Int) -> String { String(localized: "Check-in \(n)") }
    static func cap(_ n: UInt32) -> String { String(localized: "Up to \(n) keep-in-touch reminders a day") }
    static func lead(_ n: UInt32) -> String { String(localized: "Remind me \(n) minutes before meetings") }
    static func connected(_ id: String) -> String { String(localized: "Connected as \(id)") }

    static func weekday(_ code: String) -> String {
        switch code {
        case "sun": return DayWords.weekday(0)
        case "mon": return DayWords.weekday(1)
        case "sat": return DayWords.weekday(6)
        default: return code
        }
    }

    static func country(_ code: String) -> String {
        code == "auto"
            ? String(localized: "This phone's region")
            : Locale.current.localizedString(forRegionCode: code) ?? code
    }

    static func disconnected(_ outcome: DisconnectOutcome) -> String {
        switch outcome {
        case .signedOut: return String(localized: "Disconnected. This phone is signed out.")
        case .forgottenHere: return String(localized: "Tend forgot the account on this phone but could not reach the server. Remove the \"Tend\" device from another Matrix app.")
        case .failed: return String(localized: "That did not work. Nothing was changed.")
        }
    }
}
