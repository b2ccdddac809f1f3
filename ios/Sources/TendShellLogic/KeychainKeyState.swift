// A Keychain read (SecItemCopyMatching's status and data) → the core's KeyState. What to do
// about it (open, create a key, wait, ask to restore) is the core's launchDecision.
import Foundation
import TendCore

public enum KeychainKeyState {
    /// The database key's size in bytes (what `TendStore.open` takes).
    public static let keyLength = 32

    /// `errSecSuccess`, `errSecItemNotFound`, `errSecInteractionNotAllowed` (Security.framework).
    public static let success: Int32 = 0
    public static let itemNotFound: Int32 = -25300
    public static let interactionNotAllowed: Int32 = -25308

    /// Any other failure means something is stored that cannot be used: never treated as "no
    /// key", so a database that exists is never given a new one.
    public static func state(status: Int32, data: Data?) -> KeyState {
        switch status {
        case success: return data?.count == keyLength ? .present : .damaged
        case itemNotFound: return .missing
        case interactionNotAllowed: return .locked
        default: return .damaged
        }
    }
}
