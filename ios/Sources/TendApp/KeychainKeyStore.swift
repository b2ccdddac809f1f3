// The 32-byte database key in the Keychain: this device only, readable after the first unlock
// (so notification actions and background refresh work on a locked phone). What a read means
// is TendShellLogic's KeychainKeyState; what to do about it is the core's launchDecision.
import Foundation
import Security
import TendCore
import TendShellLogic

enum KeychainKeyStore {
    private static let service = "app.tend.database"
    private static let account = "key-v1"

    private static var item: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
    }

    /// What the Keychain holds, and the key when it is usable.
    static func read() -> (state: KeyState, key: Data?) {
        var query = item
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        let data = result as? Data
        let state = KeychainKeyState.state(status: status, data: data)
        return (state, state == .present ? data : nil)
    }

    /// A new random key, replacing whatever unusable item is there. Only called when the core's
    /// launchDecision says `createKey`, i.e. when no database exists that the old item could open.
    static func create() throws -> Data {
        var bytes = [UInt8](repeating: 0, count: KeychainKeyState.keyLength)
        guard SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes) == errSecSuccess else {
            throw KeychainError(status: errSecAllocate)
        }
        let key = Data(bytes)
        _ = SecItemDelete(item as CFDictionary)
        var attributes = item
        attributes[kSecValueData as String] = key
        // Never synced to iCloud Keychain, never restored to another device.
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw KeychainError(status: status) }
        return key
    }
}

struct KeychainError: Error {
    let status: OSStatus
}
