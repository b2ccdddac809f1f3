// The system contact picker: the user picks one or more people from the phone's contacts and only
// those reach Tend, so Tend needs no contacts permission. The picked contacts are written as vCard
// text (CNContactVCardSerialization) and handed to the core's importVcards, the same import the
// desktop uses for a .vcf file.
import Contacts
import ContactsUI
import SwiftUI
import UIKit

/// What the picker gave back.
enum PickedContacts {
    case cancelled
    case picked(vcards: String)
    /// The picked contacts could not be written as vCards.
    case unreadable
}

/// Presents the picker over the current screen while `isPresented` (attach with `.background`):
/// CNContactPickerViewController presents itself, so it is shown from a host controller rather
/// than inside a sheet.
struct ContactPicker: UIViewControllerRepresentable {
    @Binding var isPresented: Bool
    let onPick: (PickedContacts) -> Void

    func makeUIViewController(context: Context) -> UIViewController {
        UIViewController()
    }

    func updateUIViewController(_ host: UIViewController, context: Context) {
        context.coordinator.parent = self
        guard isPresented, host.presentedViewController == nil else { return }
        let picker = CNContactPickerViewController()
        picker.delegate = context.coordinator
        host.present(picker, animated: true)
    }

    func makeCoordinator() -> Coordinator {
        Coordinator(parent: self)
    }

    final class Coordinator: NSObject, CNContactPickerDelegate {
        var parent: ContactPicker

        init(parent: ContactPicker) {
            self.parent = parent
        }

        // Implementing the plural form lets the user pick several people at once.
        func contactPicker(_ picker: CNContactPickerViewController, didSelect contacts: [CNContact]) {
            parent.isPresented = false
            parent.onPick(Self.vcards(contacts))
        }

        func contactPickerDidCancel(_ picker: CNContactPickerViewController) {
            parent.isPresented = false
            parent.onPick(.cancelled)
        }

        private static func vcards(_ contacts: [CNContact]) -> PickedContacts {
            guard !contacts.isEmpty else { return .cancelled }
            guard let data = try? CNContactVCardSerialization.data(with: contacts),
                  let text = String(data: data, encoding: .utf8)
            else { return .unreadable }
            return .picked(vcards: text)
        }
    }
}
