// The 32-byte database key in the Keychain: this device only, readable after the first unlock
// (so notification actions and background refresh work on a locked phone). What to do when it
// is missing is decided by TendShellLogic.KeyPolicy: an existing database is never re-keyed.
import Foundation
import Security
import TendShellLogic

struct KeyUnavailable: Error {
    let problem: KeyProblem
}

enum KeychainKeyStore {
    private static let service = "app.tend.database"
    private static let account = "key-v1"

    /// The key for the database at `databaseURL`, creating one on first run.
    static func databaseKey(databaseURL: URL) throws -> Data {
        let (existing, locked) = read()
        let decision = KeyPolicy.decide(
            databaseExists: FileManager.default.fileExists(atPath: databaseURL.path),
            keychainKeyLength: existing?.count,
            keychainLocked: locked
        )
        switch decision {
        case .useExisting:
            return existing!
        case .createNew:
            return try create()
        case let .refuse(problem):
            throw KeyUnavailable(problem: problem)
        }
    }

    private static func read() -> (Data?, locked: Bool) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess: return (item as? Data, false)
        case errSecInteractionNotAllowed: return (nil, true)
        default: return (nil, false) // errSecItemNotFound and anything else: no usable key
        }
    }

    private static func create() throws -> Data {
        var bytes = [UInt8](repeating: 0, count: KeyPolicy.keyLength)
        guard SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes) == errSecSuccess else {
            throw KeyUnavailable(problem: .keyDamaged)
        }
        let key = Data(bytes)
        let attributes: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: key,
            // Never synced to iCloud Keychain, never restored to another device.
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
        ]
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else {
            throw KeyUnavailable(problem: status == errSecInteractionNotAllowed ? .keychainLocked : .keyDamaged)
        }
        return key
    }
}
