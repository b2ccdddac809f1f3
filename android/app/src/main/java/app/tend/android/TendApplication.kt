// Process-wide state: the store (opened once, lazily, off the main thread) and the scheduler.
package app.tend.android

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import android.util.Log
import app.tend.android.logic.NotificationText
import app.tend.android.logic.Trigger
import app.tend.ffi.TendStore
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext
import java.time.ZoneId

class TendApplication : Application() {
    private val openLock = Mutex()

    @Volatile private var store: TendStore? = null

    val scheduler by lazy { ReminderScheduler(this) }

    /** Work that outlives no component but the process: the cold-start check. */
    private val processScope = CoroutineScope(SupervisorJob() + Dispatchers.IO)

    override fun onCreate() {
        super.onCreate()
        createChannels()
        // Every cold process start (an activity, a receiver, an alarm) compares what the core
        // believes is scheduled with what the OS still holds: after a force-stop nothing is, and
        // no broadcast says so. The core resets when in doubt; the gate merges this run with the
        // receiver's own.
        processScope.launch {
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
        }
    }

    /**
     * The store, opened on first use. Throws [KeyUnavailable] (the core's launch decision said
     * not to open) or `TendException.CannotOpen`; callers show the message and never delete
     * anything. Safe to call from any coroutine: the open itself runs on IO.
     */
    suspend fun store(): TendStore {
        store?.let { return it }
        // The Keystore unwrap and the first open (key derivation, migrations) never run on Main.
        return withContext(Dispatchers.IO) { openOnce() }
    }

    private suspend fun openOnce(): TendStore =
        openLock.withLock {
            store ?: run {
                val key = KeystoreKey(this)
                val bytes = key.databaseKey()
                try {
                    TendStore.openAsync(key.databaseFile.path, bytes).also { store = it }
                } finally {
                    bytes.fill(0)
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

/** String resources named by logic/ (NotificationText, WrappedKey, TodayNotices, DataActions, PartnerSharing, PartnerChannel). */
fun stringRes(name: String): Int =
    when (name) {
        "channel_timely" -> R.string.channel_timely
        "channel_timely_desc" -> R.string.channel_timely_desc
        "channel_gentle" -> R.string.channel_gentle
        "channel_gentle_desc" -> R.string.channel_gentle_desc
        "action_done" -> R.string.action_done
        "action_snooze" -> R.string.action_snooze
        "action_skip" -> R.string.action_skip
        "key_missing" -> R.string.key_missing
        "key_damaged" -> R.string.key_damaged
        "key_locked" -> R.string.key_locked
        "cannot_open" -> R.string.cannot_open
        "cannot_read" -> R.string.cannot_read
        "newer_version" -> R.string.newer_version
        "notifications_off" -> R.string.notifications_off
        "notifications_off_settings" -> R.string.notifications_off_settings
        "turn_on" -> R.string.turn_on
        "open_settings" -> R.string.open_settings
        "inexact" -> R.string.inexact
        "allow" -> R.string.allow
        "backup_saved" -> R.string.backup_saved
        "backup_restored" -> R.string.backup_restored
        "backup_refused" -> R.string.backup_refused
        "quarantine_done" -> R.string.quarantine_done
        "data_failed" -> R.string.data_failed
        "share_refused" -> R.string.share_refused
        "share_refused_person" -> R.string.share_refused_person
        "share_refused_item" -> R.string.share_refused_item
        "share_refused_days" -> R.string.share_refused_days
        "share_person_gone" -> R.string.share_person_gone
        "channel_devices_changed" -> R.string.channel_devices_changed
        "channel_sent" -> R.string.channel_sent
        "channel_waiting" -> R.string.channel_waiting
        "channel_accepted" -> R.string.channel_accepted
        "channel_received" -> R.string.channel_received
        "channel_undecryptable" -> R.string.channel_undecryptable
        "channel_ignored" -> R.string.channel_ignored
        "channel_up_to_date" -> R.string.channel_up_to_date
        "channel_offline" -> R.string.channel_offline
        "channel_connect_first" -> R.string.channel_connect_first
        "channel_not_linked" -> R.string.channel_not_linked
        "channel_bad_matrix_id" -> R.string.channel_bad_matrix_id
        "channel_bad_homeserver" -> R.string.channel_bad_homeserver
        "channel_bad_text" -> R.string.channel_bad_text
        "channel_no_consent" -> R.string.channel_no_consent
        "channel_revoke_confirm" -> R.string.channel_revoke_confirm
        "channel_revoked" -> R.string.channel_revoked
        "channel_revoked_offline" -> R.string.channel_revoked_offline
        else -> R.string.cannot_read
    }
