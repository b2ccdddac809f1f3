// When the shell may create a database key, and when it must refuse.
package app.tend.android.logic

/** What to do about the 32-byte database key at start-up. */
sealed class KeyDecision {
    /** No database and no key yet: generate a random key, wrap it, then create the store. */
    object CreateNew : KeyDecision() {
        override fun toString() = "CreateNew"
    }

    /** Unwrap the stored key with the Keystore key and open the store. */
    object Unwrap : KeyDecision() {
        override fun toString() = "Unwrap"
    }

    /**
     * Show [reason] and stop. The database is never deleted or re-keyed: Tend's data exists
     * nowhere else, and a user may still restore it from their own backup file.
     */
    data class Refuse(val reason: KeyProblem) : KeyDecision()
}

enum class KeyProblem {
    /** A database exists but its wrapped key is gone (app data partly cleared, a bad restore). */
    KEY_MISSING,

    /** The wrapped key exists but the Keystore key that wraps it is gone or invalidated. */
    KEYSTORE_KEY_LOST,

    /** The wrapped key file is not a valid (iv, ciphertext) pair. */
    KEY_DAMAGED,
}

object KeyPolicy {
    const val KEY_LENGTH = 32

    /** GCM with a 12-byte IV and a 16-byte tag around a 32-byte key. */
    const val WRAPPED_LENGTH = 1 + 12 + KEY_LENGTH + 16

    /**
     * Decides from what exists on disk and in the Keystore. A wrapped key without a database is
     * fine (the app died between wrapping the key and creating the store): reuse it.
     */
    fun decide(
        databaseExists: Boolean,
        wrappedKeyExists: Boolean,
        keystoreKeyExists: Boolean,
    ): KeyDecision =
        when {
            wrappedKeyExists && !keystoreKeyExists ->
                if (databaseExists) KeyDecision.Refuse(KeyProblem.KEYSTORE_KEY_LOST) else KeyDecision.CreateNew
            wrappedKeyExists -> KeyDecision.Unwrap
            databaseExists -> KeyDecision.Refuse(KeyProblem.KEY_MISSING)
            else -> KeyDecision.CreateNew
        }

    /** The wrapped-key file format: version byte 1, 12-byte IV, ciphertext with tag. */
    fun encodeWrapped(
        iv: ByteArray,
        ciphertext: ByteArray,
    ): ByteArray {
        require(iv.size == 12) { "iv must be 12 bytes" }
        require(ciphertext.size == KEY_LENGTH + 16) { "ciphertext must hold a 32-byte key and a tag" }
        return byteArrayOf(1) + iv + ciphertext
    }

    /** (iv, ciphertext), or null when the bytes are not a wrapped key of this format. */
    fun decodeWrapped(bytes: ByteArray): Pair<ByteArray, ByteArray>? {
        if (bytes.size != WRAPPED_LENGTH || bytes[0] != 1.toByte()) return null
        return bytes.copyOfRange(1, 13) to bytes.copyOfRange(13, bytes.size)
    }
}
