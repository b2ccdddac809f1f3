// The Xcode app target's only Swift file: everything else is in the TendApp package product.
import SwiftUI
import TendApp

@main
struct TendMain: App {
    @UIApplicationDelegateAdaptor(TendAppDelegate.self) private var delegate

    var body: some Scene {
        TendScene()
    }
}
