// What the Android Keystore holds of the database key, said in the core's words (KeyState), and
// the file format of the wrapped key. What to do about it is the core's launchDecision.
package app.tend.android.logic

import app.tend.core.KeyProblem
import app.tend.core.KeyState
import app.tend.core.LaunchDecision

object WrappedKey {
    const val KEY_LENGTH = 32

    /** GCM with a 12-byte IV and a 16-byte tag around a 32-byte key, after a version byte. */
    const val WRAPPED_LENGTH = 1 + 12 + KEY_LENGTH + 16

    /** The wrapped-key file: version byte 1, 12-byte IV, ciphertext with tag. */
    fun encode(
        iv: ByteArray,
        ciphertext: ByteArray,
    ): ByteArray {
        require(iv.size == 12) { "iv must be 12 bytes" }
        require(ciphertext.size == KEY_LENGTH + 16) { "ciphertext must hold a 32-byte key and a tag" }
        return byteArrayOf(1) + iv + ciphertext
    }

    /** (iv, ciphertext), or null when the bytes are not a wrapped key of this format. */
    fun decode(bytes: ByteArray): Pair<ByteArray, ByteArray>? {
        if (bytes.size != WRAPPED_LENGTH || bytes[0] != 1.toByte()) return null
        return bytes.copyOfRange(1, 13) to bytes.copyOfRange(13, bytes.size)
    }

    /**
     * What was found, before unwrapping: no file is [KeyState.MISSING]; a file in another format,
     * or one whose Keystore key is gone (the user removed the screen lock, a restore to a new
     * phone), is [KeyState.DAMAGED]. [userUnlocked] false (a direct-boot start before the first
     * unlock, when credential storage is unreadable) is [KeyState.LOCKED]. A file that decodes
     * with its Keystore key present is [KeyState.PRESENT] once it unwraps; when unwrapping fails
     * the glue reports [KeyState.DAMAGED] instead.
     */
    fun observe(
        wrapped: ByteArray?,
        keystoreKeyPresent: Boolean,
        userUnlocked: Boolean,
    ): KeyState =
        when {
            !userUnlocked -> KeyState.LOCKED
            wrapped == null -> KeyState.MISSING
            decode(wrapped) == null || !keystoreKeyPresent -> KeyState.DAMAGED
            else -> KeyState.PRESENT
        }

    /**
     * The string resource (by name) explaining a launch decision that stops the store from
     * opening, or null for the decisions that open it. Every message says the data was left as it
     * was: Tend's data exists nowhere else.
     */
    fun messageKey(decision: LaunchDecision): String? =
        when (decision) {
            LaunchDecision.Open, LaunchDecision.CreateKey -> null
            LaunchDecision.WaitForUnlock -> "key_locked"
            is LaunchDecision.AskToRestore ->
                when (decision.problem) {
                    KeyProblem.KEY_MISSING -> "key_missing"
                    KeyProblem.KEY_DAMAGED -> "key_damaged"
                }
        }
}
