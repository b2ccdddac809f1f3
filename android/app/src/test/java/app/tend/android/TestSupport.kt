// What the Robolectric tests share: an application that installs a stand-in "AndroidKeyStore"
// provider before Tend's own start-up runs (Robolectric has no Keystore), and helpers to wait
// for work the receivers hand to IO threads, read the alarms and notifications the real
// framework holds, and reach the core.
package app.tend.android

import android.app.AlarmManager
import android.app.NotificationManager
import android.content.Context
import android.os.Looper
import android.security.keystore.KeyGenParameterSpec
import org.robolectric.RuntimeEnvironment
import app.tend.android.logic.ActionDeduper
import app.tend.ffi.TendStore
import kotlinx.coroutines.runBlocking
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager
import java.security.Key
import java.security.KeyStoreSpi
import java.security.Provider
import java.security.SecureRandom
import java.security.Security
import java.security.cert.Certificate
import java.security.spec.AlgorithmParameterSpec
import java.util.Collections
import java.util.Date
import java.util.Enumeration
import java.util.concurrent.ConcurrentHashMap
import javax.crypto.KeyGeneratorSpi
import javax.crypto.SecretKey
import javax.crypto.spec.SecretKeySpec

/** Tend's application with a test Keystore: installed, and emptied, before Tend starts. */
class TestTendApplication : TendApplication() {
    override fun onCreate() {
        TestKeystore.install()
        TestKeystore.keys.clear()
        // Each test is a new process: nothing delivered in an earlier one is remembered.
        ActionReceiver.deduper = ActionDeduper()
        super.onCreate()
    }
}

/**
 * A stand-in for Android's Keystore under the provider name the app asks for: AES keys made by
 * KeyGenerator with a KeyGenParameterSpec, kept by alias in memory (the real one keeps them in
 * secure hardware; the app sees the same API).
 */
object TestKeystore {
    val keys = ConcurrentHashMap<String, SecretKey>()

    fun install() {
        if (Security.getProvider("AndroidKeyStore") == null) Security.addProvider(KeystoreProvider())
    }

    class KeystoreProvider : Provider("AndroidKeyStore", "1.0", "Tend test Keystore") {
        init {
            put("KeyStore.AndroidKeyStore", Store::class.java.name)
            put("KeyGenerator.AES", Generator::class.java.name)
        }
    }

    class Store : KeyStoreSpi() {
        override fun engineGetKey(
            alias: String,
            password: CharArray?,
        ): Key? = keys[alias]

        override fun engineGetCertificateChain(alias: String): Array<Certificate>? = null

        override fun engineGetCertificate(alias: String): Certificate? = null

        override fun engineGetCreationDate(alias: String): Date? = null

        override fun engineSetKeyEntry(
            alias: String,
            key: Key,
            password: CharArray?,
            chain: Array<out Certificate>?,
        ) {
            keys[alias] = key as SecretKey
        }

        override fun engineSetKeyEntry(
            alias: String,
            key: ByteArray,
            chain: Array<out Certificate>?,
        ) = throw UnsupportedOperationException()

        override fun engineSetCertificateEntry(
            alias: String,
            cert: Certificate,
        ) = throw UnsupportedOperationException()

        override fun engineDeleteEntry(alias: String) {
            keys.remove(alias)
        }

        override fun engineAliases(): Enumeration<String> = Collections.enumeration(keys.keys.toList())

        override fun engineContainsAlias(alias: String) = keys.containsKey(alias)

        override fun engineSize() = keys.size

        override fun engineIsKeyEntry(alias: String) = keys.containsKey(alias)

        override fun engineIsCertificateEntry(alias: String) = false

        override fun engineGetCertificateAlias(cert: Certificate): String? = null

        override fun engineStore(
            stream: java.io.OutputStream?,
            password: CharArray?,
        ) {}

        override fun engineLoad(
            stream: java.io.InputStream?,
            password: CharArray?,
        ) {}
    }

    class Generator : KeyGeneratorSpi() {
        private var spec: KeyGenParameterSpec? = null

        override fun engineInit(random: SecureRandom?) = throw IllegalStateException("the Keystore needs a KeyGenParameterSpec")

        override fun engineInit(
            params: AlgorithmParameterSpec?,
            random: SecureRandom?,
        ) {
            spec = params as? KeyGenParameterSpec ?: throw IllegalArgumentException("not a KeyGenParameterSpec")
        }

        override fun engineInit(
            keysize: Int,
            random: SecureRandom?,
        ) = throw IllegalStateException("the Keystore needs a KeyGenParameterSpec")

        override fun engineGenerateKey(): SecretKey {
            val s = spec ?: throw IllegalStateException("not initialised")
            val key = SecretKeySpec(ByteArray(s.keySize / 8).also { SecureRandom().nextBytes(it) }, "AES")
            keys[s.keystoreAlias] = key
            return key
        }
    }
}

val app: TestTendApplication get() = RuntimeEnvironment.getApplication() as TestTendApplication

fun store(): TendStore = runBlocking { app.store() }

fun alarmManager(): ShadowAlarmManager = shadowOf(app.getSystemService(AlarmManager::class.java))

fun notificationManager() = shadowOf(app.getSystemService(NotificationManager::class.java))

/** The reminder id an alarm carries (its PendingIntent's data URI), or null for the replan alarm. */
fun reminderId(alarm: ShadowAlarmManager.ScheduledAlarm): String? {
    val pi = alarm.operation ?: return null
    val data = shadowOf(pi).savedIntent.data ?: return null
    return if (data.scheme == "tend-reminder") data.schemeSpecificPart else null
}

fun reminderAlarms() = alarmManager().scheduledAlarms.filter { reminderId(it) != null }

/** Runs the main looper and waits (bounded) until [check] holds: receivers finish on IO threads. */
fun eventually(
    what: String,
    timeoutMs: Long = 15_000,
    check: () -> Boolean,
) {
    val end = System.currentTimeMillis() + timeoutMs
    while (true) {
        shadowOf(Looper.getMainLooper()).idle()
        if (check()) return
        if (System.currentTimeMillis() > end) throw AssertionError("timed out waiting: $what")
        Thread.sleep(20)
    }
}

/** Waits for the cold-start check TendApplication ran, then hands the plan to the OS again. */
fun replanNow() {
    runBlocking {
        app.coldStart?.join()
        app.scheduler.replan()
    }
    shadowOf(Looper.getMainLooper()).idle()
}

fun seedDemo(zone: String = zone()) {
    runBlocking { app.coldStart?.join() }
    store().seedDemo(zone)
}

fun zone(): String = app.zone()

fun Context.sendAndIdle(intent: android.content.Intent) {
    sendBroadcast(intent)
    shadowOf(Looper.getMainLooper()).idle()
}
