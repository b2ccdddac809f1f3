// swift-tools-version:5.9
// Tend's iOS shell as a Swift package. The Rust core comes in as TendCoreFFI.xcframework (built
// on macOS by build-xcframework.sh: the static library with the TendModelFFI and TendCoreFFI C
// modules) plus the two generated Swift files, compiled together as the one module TendCore.
// The app target in Xcode holds only Info.plist, entitlements and App/TendMain.swift. See
// ios/README.md.
import PackageDescription

let package = Package(
    name: "Tend",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "TendApp", targets: ["TendApp"]),
        .library(name: "TendShellLogic", targets: ["TendShellLogic"]),
    ],
    targets: [
        // libtend_ffi.a for device and simulator, with both C headers and one module map.
        .binaryTarget(name: "TendCoreFFI", path: "TendCoreFFI.xcframework"),
        // TendModel.swift (the core's records) + TendCore.swift (the store): build output copied
        // here by build-xcframework.sh, not committed.
        .target(name: "TendCore", dependencies: ["TendCoreFFI"], path: "Sources/TendCore", exclude: ["README.md"]),
        // OS mapping in plain Swift (Foundation + TendCore), tested on Linux by scripts/test-swift.sh.
        .target(name: "TendShellLogic", dependencies: ["TendCore"], path: "Sources/TendShellLogic"),
        // SwiftUI, UserNotifications, Keychain, background refresh: needs Xcode.
        .target(
            name: "TendApp",
            dependencies: ["TendCore", "TendShellLogic"],
            path: "Sources/TendApp"
        ),
    ]
)
