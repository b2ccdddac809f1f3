// The More tab: Networks, Settings, Partner, Your data and About, each one tap away.
import SwiftUI
import TendShellLogic

struct MoreView: View {
    @ObservedObject var model: AppModel

    var body: some View {
        List {
            NavigationLink(value: Route.networks) { Label(Words.networks, systemImage: "circle.hexagongrid") }
            NavigationLink(value: Route.settings) { Label(Words.settings, systemImage: "gearshape") }
            NavigationLink(value: Route.partner) { Label(Words.partner, systemImage: "person.2") }
            NavigationLink(value: Route.data) { Label(Words.data, systemImage: "externaldrive") }
            NavigationLink(value: Route.about) { Label(Words.about, systemImage: "info.circle") }
            Button { model.showingWelcome = true } label: { Label(Words.guide, systemImage: "sparkles") }
        }
        .navigationTitle(Words.title)
    }
}

private enum Words {
    static let title = String(localized: "More")
    static let networks = String(localized: "Networks")
    static let settings = String(localized: "Settings")
    static let partner = String(localized: "Partner")
    static let data = String(localized: "Your data")
    static let about = String(localized: "About Tend")
    static let guide = String(localized: "The getting-started guide")
}
