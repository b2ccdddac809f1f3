// The chooser after a bundle's Done: who did the user reach? Draws a BundleFollowUp and hands
// the picks back; what to show and what to log are TendShellLogic's decisions.
import SwiftUI
import TendCore
import TendShellLogic

struct BundleChooserSheet: View {
    @State var followUp: BundleFollowUp
    let onLog: (BundleFollowUp) -> Void
    let onNoneOfThem: () -> Void

    var body: some View {
        NavigationStack {
            List {
                Section {
                    ForEach(followUp.people, id: \.id) { person in
                        Button {
                            followUp.toggle(person.id)
                        } label: {
                            HStack {
                                Text(person.name)
                                Spacer()
                                if followUp.isPicked(person.id) {
                                    Image(systemName: "checkmark").foregroundStyle(.tint)
                                }
                            }
                        }
                        .accessibilityAddTraits(followUp.isPicked(person.id) ? .isSelected : [])
                    }
                } header: {
                    Text("Who did you reach?")
                } footer: {
                    Text("Tend notes a contact with each person you pick.")
                }
            }
            .navigationTitle("You reached out")
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button("None of them", action: onNoneOfThem)
                }
                ToolbarItem(placement: .confirmationAction) {
                    Button("Save") { onLog(followUp) }
                        .disabled(followUp.personIdsToLog.isEmpty)
                }
            }
        }
    }
}
