#!/usr/bin/env bash
# Checks the iOS app sources that cannot be compiled on Linux (SwiftUI, UIKit, UserNotifications,
# CoreLocation, the Keychain: no Apple SDK here). The plain-Swift decisions under
# ios/Sources/TendShellLogic are compiled and tested by scripts/test-swift.sh instead.
#
#   scripts/check-ios.sh
#   TEND_IOS_CATALOG=PATH scripts/check-ios.sh    # step 3 reads that catalog instead
#
# 1. Every *.swift under ios/Sources/TendApp and ios/App goes through `swiftc -parse` (syntax
#    only: names and types are not resolved without the SDK).
# 2. The app target's property lists (Info.plist, PrivacyInfo.xcprivacy, Tend.entitlements) are
#    read by Foundation's PropertyListSerialization, and what the sources use is declared:
#    a usage string for each permission they ask for, a required-reason entry in the privacy
#    manifest for each such API they (or the Rust core's SQLite) call, and no tracking.
# 3. The String Catalog (App/Localizable.xcstrings) against the sources: `scripts/ios-strings.py
#    --check` (every key the sources use is there and none is stale, each translated in every
#    language with the key's format specifiers, and Info.plist lists those languages). One check.
# Uses a native swiftc when one is on PATH, otherwise the Debian trixie chroot prepared by
# scripts/setup-toolchains.sh. Prints "iOS sources: N parsed, M failed",
# "iOS property lists: N passed, M failed", "iOS strings: N passed, M failed" and the total as
# "iOS: N passed, M failed"; exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CACHE="${TEND_TOOLCHAIN_CACHE:-/var/cache/tend}"
SWIFT_ROOT="$CACHE/swift-trixie"

"$ROOT/scripts/setup-toolchains.sh" swift

# shellcheck source=scripts/swift-workdir.sh
. "$ROOT/scripts/swift-workdir.sh"
swift_workdir tend-ios-check
mkdir -p "$work/src" "$work/plist"

# --- 1. Parse every app source ------------------------------------------------------------------
mapfile -t sources < <(find ios/Sources/TendApp ios/App -name '*.swift' | sort)
if [ ${#sources[@]} -eq 0 ]; then
    echo "check-ios: no Swift files under ios/Sources/TendApp or ios/App" >&2
    echo "iOS sources: 0 parsed, 1 failed"
    exit 1
fi
parsed=0
failed=0
for file in "${sources[@]}"; do
    flat="src/$(echo "$file" | tr / _)"
    cp "$file" "$work/$flat"
    if in_work swiftc -parse "$flat" 2>"$work/parse.err"; then
        parsed=$((parsed + 1))
    else
        failed=$((failed + 1))
        echo "check-ios: $file does not parse:" >&2
        sed "s|$flat|$file|g" "$work/parse.err" >&2
    fi
done
echo "iOS sources: $parsed parsed, $failed failed"

# --- 2. Property lists against what the sources use ---------------------------------------------
# The manifest's required-reason categories, each with the sources' APIs that need it and the
# reason Tend gives (Apple's codes: CA92.1 = the app's own defaults; C617.1 = files inside the
# app container; the Rust core's SQLite calls fstat on the database, so the file-timestamp entry
# is needed even when no Swift file matches).
privacy_rules=(
    "NSPrivacyAccessedAPICategoryUserDefaults|CA92.1|UserDefaults|@AppStorage"
    "NSPrivacyAccessedAPICategoryFileTimestamp|C617.1|ALWAYS"
    "NSPrivacyAccessedAPICategorySystemBootTime|35F9.1|systemUptime|mach_absolute_time"
    "NSPrivacyAccessedAPICategoryDiskSpace|E174.1|volumeAvailableCapacity|NSFileSystemFreeSize|statfs"
)
# Info.plist usage strings, each with the API that shows the permission prompt.
usage_rules=(
    "NSLocationWhenInUseUsageDescription|requestWhenInUseAuthorization"
    "NSLocationAlwaysAndWhenInUseUsageDescription|requestAlwaysAuthorization"
    "NSContactsUsageDescription|CNContactStore"
    "NSCameraUsageDescription|AVCaptureDevice"
)
# The app sources without their comment lines, read once (a `grep -q` at the end of a pipe
# would stop early and fail the pipe under pipefail, now and then).
code=$(grep -hv '^[[:space:]]*//' "${sources[@]}")
uses() { # uses PATTERN...: whether the app sources mention one of them
    local pattern
    for pattern in "$@"; do
        [ "$pattern" = ALWAYS ] && return 0
        grep -q -- "$pattern" <<<"$code" && return 0
    done
    return 1
}
checks=()
for rule in "${privacy_rules[@]}"; do
    IFS='|' read -r category reason apis <<<"$rule"
    IFS='|' read -r -a patterns <<<"$apis"
    if uses "${patterns[@]}"; then checks+=("reason" "$category" "$reason"); fi
done
for rule in "${usage_rules[@]}"; do
    IFS='|' read -r key api <<<"$rule"
    if uses "$api"; then checks+=("usage" "$key" "-"); fi
done

for file in Info.plist PrivacyInfo.xcprivacy Tend.entitlements; do
    if [ ! -f "ios/App/$file" ]; then
        echo "check-ios: ios/App/$file is missing" >&2
        echo "iOS property lists: 0 passed, 1 failed"
        exit 1
    fi
    cp "ios/App/$file" "$work/plist/"
done
cat >"$work/plist/check.swift" <<'SWIFT'
// Reads the app's property lists and checks one requirement per argument triple:
// `reason CATEGORY CODE` (the privacy manifest declares CODE for CATEGORY), `usage KEY -` (the
// Info.plist has a non-empty KEY). Always: every file parses and the manifest declares no
// tracking. Prints one line per failure and "N passed, M failed".
import Foundation

func load(_ name: String) -> [String: Any]? {
    guard let data = FileManager.default.contents(atPath: name),
          let value = try? PropertyListSerialization.propertyList(from: data, options: [], format: nil)
    else { return nil }
    return value as? [String: Any]
}

var passed = 0, failed = 0
func check(_ ok: Bool, _ what: String) {
    if ok { passed += 1 } else { failed += 1; print("check-ios: \(what)") }
}
let info = load("Info.plist"), manifest = load("PrivacyInfo.xcprivacy"), entitlements = load("Tend.entitlements")
check(info != nil, "Info.plist is not a readable property list")
check(manifest != nil, "PrivacyInfo.xcprivacy is not a readable property list")
check(entitlements != nil, "Tend.entitlements is not a readable property list")
check(manifest?["NSPrivacyTracking"] as? Bool == false, "the privacy manifest must say NSPrivacyTracking = false")
check((manifest?["NSPrivacyTrackingDomains"] as? [Any])?.isEmpty ?? true, "the privacy manifest lists tracking domains")
let accessed = manifest?["NSPrivacyAccessedAPITypes"] as? [[String: Any]] ?? []
var args = Array(CommandLine.arguments.dropFirst())
while args.count >= 3 {
    let (kind, name, code) = (args[0], args[1], args[2])
    args.removeFirst(3)
    switch kind {
    case "reason":
        let entry = accessed.first { $0["NSPrivacyAccessedAPIType"] as? String == name }
        let reasons = entry?["NSPrivacyAccessedAPITypeReasons"] as? [String] ?? []
        check(reasons.contains(code), "the sources use an API of \(name); PrivacyInfo.xcprivacy must declare it with reason \(code)")
    case "usage":
        let text = info?[name] as? String ?? ""
        check(!text.trimmingCharacters(in: .whitespaces).isEmpty, "the sources ask for a permission; Info.plist needs \(name)")
    default:
        check(false, "unknown check \(kind)")
    }
}
print("iOS property lists: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
SWIFT
echo "swiftc: building the property-list check" >&2
in_work swiftc -o plist/check plist/check.swift
set +e
plist_out=$(in_work sh -c 'cd plist && exec ./check "$@"' check "${checks[@]}")
plist_status=$?
set -e
echo "$plist_out"
summary=$(grep -E '^iOS property lists: [0-9]+ passed, [0-9]+ failed$' <<<"$plist_out" || true)
plist_passed=$(sed -E 's/.*: ([0-9]+) passed.*/\1/' <<<"${summary:-: 0 passed}")
plist_failed=$(sed -E 's/.*, ([0-9]+) failed/\1/' <<<"${summary:-, 1 failed}")
[ "$plist_status" -ne 0 ] && [ "$plist_failed" -eq 0 ] && plist_failed=1

# --- 3. The String Catalog against the sources --------------------------------------------------
set +e
# TEND_IOS_CATALOG checks another catalog file instead (to see a failure without touching the real one).
python3 "$ROOT/scripts/ios-strings.py" --check ${TEND_IOS_CATALOG:+--catalog "$TEND_IOS_CATALOG"}
strings_status=$?
set -e
strings_passed=0
strings_failed=0
if [ "$strings_status" -eq 0 ]; then strings_passed=1; else strings_failed=1; fi
echo "iOS strings: $strings_passed passed, $strings_failed failed"

# One closing line in the form every stage of test-all ends with.
echo "iOS: $((parsed + plist_passed + strings_passed)) passed, $((failed + plist_failed + strings_failed)) failed"
[ "$failed" -eq 0 ] && [ "$plist_status" -eq 0 ] && [ "$strings_status" -eq 0 ]
