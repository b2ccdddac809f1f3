// Process-wide state: the store (opened once, lazily, off the main thread) and the scheduler.
package app.tend.android

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import android.content.res.Configuration
import android.util.Log
import app.tend.android.logic.NotificationText
import app.tend.android.logic.Trigger
import app.tend.android.ui.stringRes
import app.tend.ffi.TendStore
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext
import java.time.ZoneId

open class TendApplication : Application() {
    private val openLock = Mutex()

    @Volatile private var store: TendStore? = null

    val scheduler by lazy { ReminderScheduler(this) }

    /** Work that outlives no component but the process: the cold-start check. */
    private val processScope = CoroutineScope(SupervisorJob() + Dispatchers.IO)

    /** The cold-start check below, so a test can wait for it. */
    @Volatile internal var coldStart: Job? = null
        private set

    /** The language the channels are named and the pending reminders worded in. */
    @Volatile private var wordedIn: String? = null

    override fun onCreate() {
        super.onCreate()
        wordedIn = resources.language()
        createChannels()
        // Every cold process start (an activity, a receiver, an alarm) compares what the core
        // believes is scheduled with what the OS still holds: after a force-stop nothing is, and
        // no broadcast says so. The core resets when in doubt; the gate merges this run with the
        // receiver's own.
        coldStart = processScope.launch {
            try {
                scheduler.replan(Trigger.SYNC)
            } catch (e: Exception) {
                Log.w("TendReplan", "cold-start check failed: ${e.javaClass.simpleName}")
            }
            // The full check of every page, which opening no longer runs (a cold start stays quick
            // however long the history): at most once a day, the core remembers its last pass.
            // Damage makes the next screen show "cannot open" and offer salvage.
            try {
                store().checkIntegrityAsync()
            } catch (e: Exception) {
                Log.w("TendIntegrity", "check failed: ${e.javaClass.simpleName}")
            }
            // The partner channel's background sync, while an account is connected (a no-op
            // when it is already scheduled; the job cancels itself once none is).
            try {
                if (store().matrixAccount() != null) PartnerSyncJob.schedulePeriodic(this@TendApplication)
            } catch (e: Exception) {
                Log.w("TendPartnerSync", "not scheduled: ${e.javaClass.simpleName}")
            }
            // The daily refresh of the public meeting lists, while any is in use.
            try {
                MeetingListJob.ensureScheduled(this@TendApplication, store())
            } catch (e: Exception) {
                Log.w("TendMeetingLists", "not scheduled: ${e.javaClass.simpleName}")
            }
        }
    }

    /**
     * The store, opened on first use. Throws [KeyUnavailable] (the core's launch decision said
     * not to open) or a `TendException` (`WrongKey`, `Corrupt`, `NewerSchema`, `CannotOpen`);
     * callers show the message and never delete anything. Safe to call from any coroutine: the
     * open itself runs on IO.
     */
    suspend fun store(): TendStore {
        store?.let { return it }
        // The Keystore unwrap and the first open (key derivation, migrations) never run on Main.
        return withContext(Dispatchers.IO) { openOnce() }
    }

    private suspend fun openOnce(): TendStore =
        openLock.withLock {
            store ?: run {
                // Before anything can fetch over HTTPS through the store. Without it, HTTPS
                // fails (each list says it could not be reached) but nothing else does.
                try {
                    PlatformTls.ensure(this)
                } catch (e: Throwable) {
                    Log.w("TendTls", "platform verifier not installed: ${e.javaClass.simpleName}")
                }
                val key = KeystoreKey(this)
                val bytes = key.databaseKey()
                try {
                    TendStore.openAsync(key.databaseFile.path, bytes).also { store = it }
                } finally {
                    bytes.fill(0)
                }
            }
        }

    /**
     * The phone's language, or Tend's own (Android 13+ per-app language), changed while the
     * process runs: the channels are renamed and a sync rewords every pending reminder (the
     * language is part of each one's fingerprint). LOCALE_CHANGED does the same when the process
     * was not running.
     */
    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        val language = newConfig.locales[0].toLanguageTag()
        if (language == wordedIn) return
        wordedIn = language
        createChannels()
        processScope.launch {
            try {
                scheduler.replan(Trigger.SYNC)
            } catch (e: Exception) {
                Log.w("TendReplan", "language change replan failed: ${e.javaClass.simpleName}")
            }
        }
    }

    /** The device's IANA zone, read at each call (it changes when the user travels). */
    fun zone(): String = ZoneId.systemDefault().id

    private fun createChannels() {
        val manager = getSystemService(NotificationManager::class.java)
        for (id in NotificationText.RETIRED_CHANNEL_IDS) manager.deleteNotificationChannel(id)
        for (spec in NotificationText.CHANNELS) {
            val importance = if (spec.sounding) NotificationManager.IMPORTANCE_DEFAULT else NotificationManager.IMPORTANCE_LOW
            val channel = NotificationChannel(spec.id, string(spec.nameKey), importance)
            channel.description = string(spec.descriptionKey)
            // Creating an existing channel only updates its name and description.
            manager.createNotificationChannel(channel)
        }
    }

    /** A string resource by the name logic/ gives it. */
    fun string(name: String): String = getString(stringRes(name))
}
