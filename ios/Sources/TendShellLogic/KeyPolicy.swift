// When the shell may create a database key, and when it must refuse.
import Foundation

public enum KeyDecision: Equatable, Sendable {
    /// No database and no key: generate 32 random bytes, store them in the Keychain, create.
    case createNew
    /// Read the key from the Keychain and open.
    case useExisting
    /// Show the reason and stop. The database is never deleted or re-keyed: Tend's data exists
    /// nowhere else (the user may restore from their own backup file, or quarantine the file).
    case refuse(KeyProblem)
}

public enum KeyProblem: String, Equatable, Sendable {
    /// A database exists but the Keychain has no key for it (restored to a new phone: the key
    /// is ThisDeviceOnly and never leaves the device).
    case keyMissing
    /// The Keychain item is not a 32-byte key.
    case keyDamaged
    /// The Keychain cannot be read yet (before the first unlock after a restart): try later.
    case keychainLocked
}

public enum KeyPolicy {
    public static let keyLength = 32

    /// `keychainKeyLength` is nil when there is no item; `keychainLocked` is true for
    /// `errSecInteractionNotAllowed`.
    public static func decide(databaseExists: Bool, keychainKeyLength: Int?, keychainLocked: Bool) -> KeyDecision {
        if keychainLocked { return .refuse(.keychainLocked) }
        switch keychainKeyLength {
        case .some(keyLength): return .useExisting
        case .some: return .refuse(.keyDamaged)
        case .none: return databaseExists ? .refuse(.keyMissing) : .createNew
        }
    }
}
