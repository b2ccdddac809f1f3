// The live partner channel's pieces of the Partner screen: the Connect to Matrix form, a person's
// Matrix ID / Link / Send / Revoke controls with the device-change warning and what the last sync
// found of their room, and the Inbox. The
// calls are PartnerView's (off the main actor); the wording is TendShellLogic.PartnerChannel's.
import SwiftUI
import TendCore
import TendShellLogic

/// Connected: who, and Sync now. Not connected: the form. The password lives only in this view's
/// state and is cleared when Connect is tapped; Tend never stores it.
struct ChannelAccountSection: View {
    let account: MatrixAccount?
    let working: Bool
    let onConnect: (_ homeserver: String, _ user: String, _ password: String) -> Void
    let onSync: () -> Void
    @State private var homeserver = "https://"
    @State private var user = ""
    @State private var password = ""

    var body: some View {
        Section("Live channel (Matrix)") {
            if let account {
                Text("Connected as \(account.userId)")
                Button("Sync now", action: onSync).disabled(working)
            } else {
                TextField("Homeserver (https://…)", text: $homeserver)
                    .textContentType(.URL).keyboardType(.URL).autocorrectionDisabled().textInputAutocapitalization(.never)
                TextField("User name", text: $user)
                    .textContentType(.username).autocorrectionDisabled().textInputAutocapitalization(.never)
                SecureField("Password (not stored by Tend)", text: $password)
                Button("Connect to Matrix") {
                    let typed = password
                    password = ""
                    onConnect(homeserver.trimmingCharacters(in: .whitespaces), user.trimmingCharacters(in: .whitespaces), typed)
                }
                .disabled(working || user.isEmpty || password.isEmpty)
            }
            if working { Text("Talking to the homeserver…").font(.footnote) }
        }
    }
}

/// A person's channel controls, inside their section of the Partner screen.
struct ChannelPersonControls: View {
    let person: PersonRef
    let link: PartnerLink?
    let warning: ChannelLine?
    /// What the last sync found of their room, when it is not simply working.
    let status: ChannelLine?
    let working: Bool
    let onLink: (String) -> Void
    let onSend: (String?) -> Void
    let onRevoke: () -> Void
    @State private var matrixId = ""
    @State private var message = ""
    @State private var confirming = false

    var body: some View {
        if let warning {
            Text(PartnerChannel.message(warning)).foregroundStyle(.red)
        }
        HStack {
            TextField("Their Matrix ID (@name:server)", text: $matrixId)
                .autocorrectionDisabled().textInputAutocapitalization(.never)
            Button("Link") { onLink(matrixId.trimmingCharacters(in: .whitespaces)) }
                .disabled(working || matrixId.isEmpty)
        }
        .onAppear { if matrixId.isEmpty { matrixId = link?.matrixId ?? "" } }
        if let link {
            Text("Linked to \(link.matrixId)").font(.footnote)
            if let status {
                Text(PartnerChannel.message(status)).foregroundStyle(PartnerChannel.isWarning(status) ? Color.red : Color.primary)
            }
            Button("Send summary") { onSend(nil) }.disabled(working)
            TextField("Message", text: $message, axis: .vertical)
            Button("Send a message") {
                onSend(message)
                message = ""
            }
            .disabled(working || message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            Button("Revoke", role: .destructive) { confirming = true }.disabled(working)
                .alert(PartnerChannel.message(PartnerChannel.revokeConfirmation(person)), isPresented: $confirming) {
                    Button("Revoke", role: .destructive, action: onRevoke)
                    Button("Keep sharing", role: .cancel) {}
                }
        }
    }
}

/// What partners sent, newest first (the core's order): who, when, and the text.
struct ChannelInboxSection: View {
    let inbox: [InboxMessage]
    let names: [Int64: String]

    var body: some View {
        Section("Inbox") {
            if inbox.isEmpty { Text("No messages from partners yet.") }
            ForEach(Array(inbox.enumerated()), id: \.offset) { _, m in
                VStack(alignment: .leading, spacing: 4) {
                    Text("\(m.personId.flatMap { names[$0] } ?? m.from) · \(m.at.formatted(date: .abbreviated, time: .shortened))")
                        .font(.caption)
                    Text(m.body)
                }
            }
        }
    }
}
