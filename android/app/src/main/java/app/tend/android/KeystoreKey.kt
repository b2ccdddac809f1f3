// The database key: 32 random bytes, wrapped by a non-exportable AES-GCM key in the Android
// Keystore and kept in no-backup storage. Decisions (create / unwrap / refuse) are in
// logic/KeyPolicy.kt; this file only performs them.
package app.tend.android

import android.content.Context
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import app.tend.android.logic.KeyDecision
import app.tend.android.logic.KeyPolicy
import app.tend.android.logic.KeyProblem
import java.io.File
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

class KeyUnavailable(val problem: KeyProblem) : Exception(problem.name)

class KeystoreKey(private val context: Context) {
    private val wrappedFile = File(context.noBackupFilesDir, "tend.key.wrapped")
    val databaseFile: File = File(context.noBackupFilesDir, "tend.db")

    /** The 32-byte key, creating it on first run; throws [KeyUnavailable] instead of re-keying. */
    fun databaseKey(): ByteArray {
        val keyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }
        val decision =
            KeyPolicy.decide(
                databaseExists = databaseFile.exists(),
                wrappedKeyExists = wrappedFile.exists(),
                keystoreKeyExists = keyStore.containsAlias(ALIAS),
            )
        return when (decision) {
            KeyDecision.CreateNew -> create()
            KeyDecision.Unwrap -> unwrap(keyStore)
            is KeyDecision.Refuse -> throw KeyUnavailable(decision.reason)
        }
    }

    private fun create(): ByteArray {
        val wrapping = generateWrappingKey()
        val key = ByteArray(KeyPolicy.KEY_LENGTH).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrapping) // the Keystore picks the IV
        val wrapped = KeyPolicy.encodeWrapped(cipher.iv, cipher.doFinal(key))
        // Write then rename, so a crash never leaves half a key file.
        val tmp = File(wrappedFile.path + ".tmp")
        tmp.writeBytes(wrapped)
        check(tmp.renameTo(wrappedFile)) { "could not store the wrapped key" }
        return key
    }

    private fun unwrap(keyStore: KeyStore): ByteArray {
        val (iv, ciphertext) = KeyPolicy.decodeWrapped(wrappedFile.readBytes()) ?: throw KeyUnavailable(KeyProblem.KEY_DAMAGED)
        val wrapping = keyStore.getKey(ALIAS, null) as? SecretKey ?: throw KeyUnavailable(KeyProblem.KEYSTORE_KEY_LOST)
        return try {
            Cipher.getInstance(TRANSFORMATION).run {
                init(Cipher.DECRYPT_MODE, wrapping, GCMParameterSpec(128, iv))
                doFinal(ciphertext)
            }
        } catch (e: android.security.keystore.KeyPermanentlyInvalidatedException) {
            throw KeyUnavailable(KeyProblem.KEYSTORE_KEY_LOST)
        } catch (e: javax.crypto.AEADBadTagException) {
            throw KeyUnavailable(KeyProblem.KEY_DAMAGED)
        }
    }

    private fun generateWrappingKey(): SecretKey {
        val spec =
            KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                // No user authentication: reminders and their actions must work from the lock
                // screen after the first unlock, and receivers run without an activity.
                .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE).run {
            init(spec)
            generateKey()
        }
    }

    private companion object {
        const val ANDROID_KEYSTORE = "AndroidKeyStore"
        const val ALIAS = "tend.database.wrapping"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
    }
}
