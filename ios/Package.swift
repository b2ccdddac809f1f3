// swift-tools-version:5.9
// Tend's iOS shell as a Swift package. The Rust core comes in as TendCoreFFI.xcframework (built
// on macOS by build-xcframework.sh) plus the generated TendCore.swift; the app target in Xcode
// holds only Info.plist, entitlements and App/TendMain.swift. See ios/README.md.
import PackageDescription

let package = Package(
    name: "Tend",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "TendApp", targets: ["TendApp"]),
        .library(name: "TendShellLogic", targets: ["TendShellLogic"]),
    ],
    targets: [
        // libtend_ffi.a for device and simulator, with TendCoreFFI.h and its module map.
        .binaryTarget(name: "TendCoreFFI", path: "TendCoreFFI.xcframework"),
        // The generated bindings (build output copied here by build-xcframework.sh, not committed).
        .target(name: "TendCore", dependencies: ["TendCoreFFI"], path: "Sources/TendCore", exclude: ["README.md"]),
        // Decisions in plain Swift (Foundation only), tested on Linux by scripts/test-swift.sh.
        .target(name: "TendShellLogic", path: "Sources/TendShellLogic"),
        // TendCore records → TendShellLogic data, also tested on Linux.
        .target(name: "TendCoreBridge", dependencies: ["TendCore", "TendShellLogic"], path: "Sources/TendCoreBridge"),
        // SwiftUI, UserNotifications, Keychain, background refresh: needs Xcode.
        .target(
            name: "TendApp",
            dependencies: ["TendCore", "TendShellLogic", "TendCoreBridge"],
            path: "Sources/TendApp"
        ),
    ]
)
