// More › About: the app's version (and the core's), and the privacy promise in plain words.
import SwiftUI
import TendShellLogic

struct AboutView: View {
    private let info = AboutInfo(infoDictionary: Bundle.main.infoDictionary)

    var body: some View {
        List {
            Section {
                LabeledContent(Words.version, value: "\(info.appVersion) (\(info.build))")
                LabeledContent(Words.core, value: info.coreVersion)
            }
            Section(Words.promiseHeader) {
                Text(Words.promise1)
                Text(Words.promise2)
                Text(Words.promise3)
                Text(Words.promise4)
            }
        }
        .navigationTitle(Words.title)
    }
}

private enum Words {
    static let title = String(localized: "About Tend")
    static let version = String(localized: "Version")
    static let core = String(localized: "Core")
    static let promiseHeader = String(localized: "Our promise")
    static let promise1 = String(localized: "What you put in Tend stays on this phone, encrypted, with a key only this phone holds.")
    static let promise2 = String(localized: "No Tend account, no ads, no tracking. Tend goes online only to fetch the public meeting lists you choose and, if you connect a partner account, to send what you allowed, end-to-end encrypted.")
    static let promise3 = String(localized: "A partner sees only what you turn on, and you can turn it off at any time.")
    static let promise4 = String(localized: "Your backups are yours: export them, encrypt them with a passphrase, delete them.")
}
