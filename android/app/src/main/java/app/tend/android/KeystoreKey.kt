// The database key: 32 random bytes, wrapped by a non-exportable AES-GCM key in the Android
// Keystore and kept in no-backup storage. This file reports what it finds (logic/WrappedKey.kt
// says it as a KeyState); the core's launchDecision says what to do.
package app.tend.android

import android.content.Context
import android.os.UserManager
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import app.tend.android.logic.WrappedKey
import app.tend.core.KeyState
import app.tend.core.LaunchDecision
import app.tend.ffi.launchDecision
import java.io.File
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/** The core decided the store must not be opened now ([decision] is never Open or CreateKey). */
class KeyUnavailable(val decision: LaunchDecision) : Exception(decision.javaClass.simpleName)

class KeystoreKey(private val context: Context) {
    private val wrappedFile = File(context.noBackupFilesDir, "tend.key.wrapped")
    val databaseFile: File = File(context.noBackupFilesDir, "tend.db")

    /** The 32-byte key, creating it when the core says so; throws [KeyUnavailable] otherwise. */
    fun databaseKey(): ByteArray {
        val unlocked = context.getSystemService(UserManager::class.java).isUserUnlocked
        val keyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }
        val wrapped = if (unlocked && wrappedFile.exists()) wrappedFile.readBytes() else null
        var state = WrappedKey.observe(wrapped, unlocked && keyStore.containsAlias(ALIAS), unlocked)
        val key = if (state == KeyState.PRESENT && wrapped != null) unwrap(keyStore, wrapped) else null
        if (state == KeyState.PRESENT && key == null) state = KeyState.DAMAGED
        return when (val decision = launchDecision(databaseFile.exists(), state)) {
            LaunchDecision.Open -> key ?: throw KeyUnavailable(decision)
            LaunchDecision.CreateKey -> create()
            else -> throw KeyUnavailable(decision)
        }
    }

    private fun create(): ByteArray {
        val wrapping = generateWrappingKey()
        val key = ByteArray(WrappedKey.KEY_LENGTH).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, wrapping) // the Keystore picks the IV
        val wrapped = WrappedKey.encode(cipher.iv, cipher.doFinal(key))
        // Write then rename, so a crash never leaves half a key file.
        val tmp = File(wrappedFile.path + ".tmp")
        tmp.writeBytes(wrapped)
        check(tmp.renameTo(wrappedFile)) { "could not store the wrapped key" }
        return key
    }

    /** The key, or null when the file does not unwrap with the Keystore key (damaged or invalidated). */
    private fun unwrap(
        keyStore: KeyStore,
        wrapped: ByteArray,
    ): ByteArray? {
        val (iv, ciphertext) = WrappedKey.decode(wrapped) ?: return null
        val wrapping = keyStore.getKey(ALIAS, null) as? SecretKey ?: return null
        return try {
            Cipher.getInstance(TRANSFORMATION).run {
                init(Cipher.DECRYPT_MODE, wrapping, GCMParameterSpec(128, iv))
                doFinal(ciphertext)
            }.takeIf { it.size == WrappedKey.KEY_LENGTH }
        } catch (e: GeneralSecurityException) {
            // KeyPermanentlyInvalidatedException (the screen lock was removed), AEADBadTagException
            // (not this key's file): unusable either way.
            null
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
