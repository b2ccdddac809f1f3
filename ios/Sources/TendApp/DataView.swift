// Your data: export a backup (share sheet, optional passphrase), restore one (file importer),
// move an unreadable store aside to start afresh. (Whether Done on the lock screen needs the phone
// unlocked moved to Settings.) What is offered and what a failed restore asks next are TendShellLogic's
// (DataActions, Restore); the backup, restore and quarantine are the core's.
import SwiftUI
import TendCore
import TendShellLogic
import UniformTypeIdentifiers

struct DataView: View {
    @ObservedObject var model: AppModel
    @State private var passphrase = ""
    @State private var exported: URL?
    @State private var picking = false
    @State private var picked: URL?
    @State private var confirmRestore = false
    @State private var askPassphrase = false
    @State private var restorePassphrase = ""
    @State private var confirmMoveAside = false
    @State private var message: String?
    @State private var busy = false

    var body: some View {
        let offered = model.dataActions
        Form {
            if let message {
                Section { Text(message) }
            }
            if offered.export {
                Section {
                    SecureField("Passphrase (optional)", text: $passphrase)
                    Button("Export a backup") { Task { await export() } }.disabled(busy)
                    if let exported {
                        ShareLink(item: exported) { Label("Share the backup file", systemImage: "square.and.arrow.up") }
                    }
                } header: {
                    Text("Backup")
                } footer: {
                    Text("The file holds everything in Tend. With a passphrase it is encrypted; without one, keep it somewhere private.")
                }
            }
            if offered.restore {
                Section {
                    Button("Restore from a backup…") { picking = true }.disabled(busy)
                } footer: {
                    Text("Restoring replaces everything Tend holds on this phone with the backup.")
                }
            }
            if offered.moveAside {
                Section {
                    Button("Move the unreadable data aside and start afresh", role: .destructive) { confirmMoveAside = true }
                } footer: {
                    Text("Nothing is deleted: the old file stays on this phone under a new name. Then restore from your backup.")
                }
            }
        }
        .navigationTitle("Your data")
        .fileImporter(isPresented: $picking, allowedContentTypes: [.data]) { result in
            if case let .success(url) = result {
                picked = url
                confirmRestore = true
            }
        }
        .confirmationDialog("Replace everything in Tend with this backup?", isPresented: $confirmRestore) {
            Button("Replace", role: .destructive) { Task { await restore(passphrase: nil) } }
        }
        .confirmationDialog("Move the unreadable data aside?", isPresented: $confirmMoveAside) {
            Button("Move aside and start afresh", role: .destructive) { Task { await moveAside() } }
        }
        .alert("This backup is encrypted", isPresented: $askPassphrase) {
            SecureField("Passphrase", text: $restorePassphrase)
            Button("Restore") { Task { await restore(passphrase: restorePassphrase) } }
            Button("Cancel", role: .cancel) {}
        }
    }

    private func export() async {
        busy = true
        defer { busy = false }
        do {
            exported = try await model.exportBackup(passphrase: passphrase.isEmpty ? nil : passphrase)
            message = nil
        } catch {
            message = String(localized: "The backup could not be made. Your data is unchanged.")
        }
    }

    private func restore(passphrase: String?) async {
        guard let picked else { return }
        busy = true
        defer { busy = false }
        switch await model.restoreBackup(from: picked, passphrase: passphrase) {
        case let .restored(summary):
            message = String(localized: "Restored \(summary.people) people, \(summary.groups) groups and \(summary.checkins) check-ins.")
        case .askPassphrase:
            restorePassphrase = ""
            askPassphrase = true
        case let .refused(refusal):
            let reason = refusal.text
            message = String(localized: "Not restored. \(reason) Your data is unchanged.")
        case let .problem(reason):
            message = String(localized: "Not restored: \(reason). Your data is unchanged.")
        }
    }

    private func moveAside() async {
        do {
            _ = try await model.moveStoreAside()
            message = String(localized: "The old data was moved aside. You can restore your backup now.")
        } catch {
            message = String(localized: "The data could not be moved aside. Nothing was changed.")
        }
    }
}
