// Performs the reminder decisions: asks the core to sync with the device as it is, lets
// logic/ReminderApplier map the Diff, then calls AlarmManager and NotificationManager. Also keeps
// the little AlarmManager cannot tell us (what is pending, the request code table) and a loss the
// OS announced that no sync has reported yet.
package app.tend.android

import android.Manifest
import android.app.AlarmManager
import android.app.Notification
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.AlarmMode
import app.tend.android.logic.AlarmOp
import app.tend.android.logic.BundleChooser
import app.tend.android.logic.ApplyResult
import app.tend.android.logic.NotificationSpec
import app.tend.android.logic.NotificationText
import app.tend.android.logic.OsAlarms
import app.tend.android.logic.PendingAlarm
import app.tend.android.logic.ReminderApplier
import app.tend.android.logic.ReplanGate
import app.tend.android.logic.ReplanTriggers
import app.tend.android.logic.RequestCodeTable
import app.tend.android.logic.Trigger
import app.tend.core.ActionKind
import app.tend.core.Message
import app.tend.ffi.snoozeChoices
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import org.json.JSONObject

class ReminderScheduler(private val app: TendApplication) {
    private val alarms = app.getSystemService(AlarmManager::class.java)
    private val notifications = app.getSystemService(NotificationManager::class.java)
    private val prefs = app.getSharedPreferences("tend.reminders", Context.MODE_PRIVATE)
    private val applier = ReminderApplier()
    private val lock = Mutex()
    private val gate = ReplanGate()

    /** A notification's own Snooze button: the core's first choice. */
    private val snoozeMinutes by lazy { snoozeChoices().first().toInt() }

    fun exactAllowed(): Boolean = Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()

    fun notificationsAllowed(): Boolean =
        notifications.areNotificationsEnabled() &&
            (
                Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
                    app.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
            )

    @Suppress("DEPRECATION") // versionCode is the only one before API 28
    private fun versionCode(): Long {
        val info = app.packageManager.getPackageInfo(app.packageName, 0)
        return if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) info.longVersionCode else info.versionCode.toLong()
    }

    /**
     * Syncs with the core and applies its Diff; the core decides whether that is a full reset
     * (zone, permissions or version changed, [trigger] says the OS lost alarms, or an alarm it
     * handed over is no longer held by the OS). One run at a time: a request that arrives during
     * a run is queued and run right after it (logic/ReplanGate), never dropped. A failure is
     * rethrown after the queued runs were tried.
     */
    suspend fun replan(trigger: Trigger = Trigger.SYNC) {
        if (!gate.enter(trigger)) return
        var current: Trigger = trigger
        var failure: Exception? = null
        while (true) {
            val run = current
            try {
                lock.withLock { replanOnce(run) }
            } catch (e: Exception) {
                failure = failure ?: e
            }
            current = gate.next() ?: break
        }
        failure?.let { throw it }
    }

    private suspend fun replanOnce(trigger: Trigger) {
        // Kept before asking the core, so a sync that fails (store not openable yet) leaves the
        // loss for the next one to report.
        if (trigger == Trigger.OS_LOST_REMINDERS) prefs.edit().putBoolean(KEY_LOSS_UNREPORTED, true).commit()
        val store = app.store()
        val exact = exactAllowed()
        val codes = codes()
        val held = OsAlarms.stillHeld(store.believedPending(), codes, ::alarmExists)
        val device =
            ReplanTriggers.deviceState(
                app.zone(),
                exact,
                notificationsAllowed(),
                versionCode(),
                app.resources.language(),
                trigger,
                prefs.getBoolean(KEY_LOSS_UNREPORTED, false),
                osPending = held,
            )
        val diff = store.syncAsync(device)
        val result = applier.apply(diff, pending(), codes, System.currentTimeMillis(), exact)
        perform(result)
        save(result.pending, result.codes)
        if (device.osLostReminders) prefs.edit().remove(KEY_LOSS_UNREPORTED).commit()
    }

    /**
     * Whether the OS still holds the alarm of [id]: its PendingIntent exists. A force-stop or a
     * data clear removes them all (and the alarms with them) without telling the app.
     */
    private fun alarmExists(
        id: String,
        requestCode: Int,
    ): Boolean =
        PendingIntent.getBroadcast(app, requestCode, alarmBase(id), PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE) != null

    /** An alarm fired: it is no longer pending. */
    suspend fun fired(id: String) =
        lock.withLock {
            val (pending, codes) = applier.fired(id, pending(), codes())
            save(pending, codes)
        }

    private fun perform(result: ApplyResult) {
        for (op in result.ops) {
            when (op) {
                is AlarmOp.Cancel -> alarms.cancel(alarmIntent(op.id, op.requestCode, null))
                is AlarmOp.Schedule -> {
                    val pi = alarmIntent(op.notification.id, op.requestCode, NotificationText.specFor(op.notification, ::words))
                    when (op.mode) {
                        AlarmMode.EXACT ->
                            try {
                                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, op.triggerAtMillis, pi)
                            } catch (e: SecurityException) {
                                // Revoked between the check and the call: still schedule it.
                                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, op.triggerAtMillis, pi)
                            }
                        AlarmMode.INEXACT -> alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, op.triggerAtMillis, pi)
                    }
                }
                is AlarmOp.ShowNow -> show(NotificationText.specFor(op.notification, ::words))
                is AlarmOp.SetReplan -> {
                    val pi =
                        PendingIntent.getBroadcast(
                            app,
                            RequestCodeTable.REPLAN_CODE,
                            Intent(app, ReplanReceiver::class.java).setAction(ReplanTriggers.REPLAN_ALARM),
                            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
                        )
                    alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, op.atMillis, pi)
                }
            }
        }
        // result.leftForToday: nothing to do here — the core lists them under Today's missed.
    }

    /**
     * The alarm's PendingIntent. Its identity is the data URI (one per reminder id) plus the
     * request code from the table, so two reminders can never share or replace one alarm.
     */
    private fun alarmIntent(
        id: String,
        requestCode: Int,
        spec: NotificationSpec?,
    ): PendingIntent {
        val intent = alarmBase(id)
        if (spec != null) AlarmReceiver.putSpec(intent, spec)
        return PendingIntent.getBroadcast(app, requestCode, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
    }

    /** The alarm intent's identity (extras do not count for PendingIntent matching). */
    private fun alarmBase(id: String): Intent =
        Intent(app, AlarmReceiver::class.java)
            .setAction(AlarmReceiver.ACTION_FIRE)
            .setData(Uri.fromParts("tend-reminder", id, null))

    /** A core message in the app's language now (the values-xx/messages.xml of the current locale). */
    private fun words(m: Message): String = app.resources.text(m)

    /** Posts a reminder; text and buttons exactly as the core planned them. */
    fun show(spec: NotificationSpec) {
        val builder = base(spec.channelId, spec.title, spec.body, openApp(null, opens = spec.tag))
        for (button in spec.buttons) {
            // Android 12+ asks for the unlock before a lock-screen action runs; older versions
            // ignore the flag (their lock screen shows no actions on a secure lock anyway).
            val action = Notification.Action.Builder(null, app.string(NotificationText.labelKey(button)), actionIntent(spec.tag, button))
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) action.setAuthenticationRequired(spec.needsUnlock(button))
            builder.addAction(action.build())
        }
        post(spec.tag, builder)
    }

    /**
     * A bundle was marked done: replace its notification with "Who did you reach?", which opens
     * the chooser. No names on it; the activity asks the core for them.
     */
    fun askWhoWasReached(notificationId: String) {
        val open = prefs.getStringSet(KEY_OPEN_QUESTIONS, emptySet()).orEmpty() + notificationId
        prefs.edit().putStringSet(KEY_OPEN_QUESTIONS, open).commit()
        val builder =
            base(
                NotificationText.GENTLE.id,
                app.getString(R.string.bundle_followup_title),
                app.getString(R.string.bundle_followup_body),
                openApp(notificationId),
            )
        post(notificationId, builder)
    }

    /** True for a bundle this app asked about and the user has not answered: the only ids the chooser opens for. */
    fun isOpenQuestion(notificationId: String): Boolean = notificationId in prefs.getStringSet(KEY_OPEN_QUESTIONS, emptySet()).orEmpty()

    /** The user answered (or said none of them). */
    fun closeQuestion(notificationId: String) {
        val open = prefs.getStringSet(KEY_OPEN_QUESTIONS, emptySet()).orEmpty() - notificationId
        prefs.edit().putStringSet(KEY_OPEN_QUESTIONS, open).commit()
        dismiss(notificationId)
    }

    private fun base(
        channelId: String,
        title: String,
        body: String,
        content: PendingIntent,
    ): Notification.Builder =
        // The platform builder: minSdk 26 has channels, actions and everything used here, so the
        // glue needs nothing beyond the framework (and runs on the real one in the JVM tests).
        Notification.Builder(app, channelId)
            .setSmallIcon(R.drawable.ic_notification)
            .setContentTitle(title)
            .setContentText(body)
            .setCategory(Notification.CATEGORY_REMINDER)
            .setAutoCancel(true)
            .setContentIntent(content)
            // Lock screen: only the app name until unlocked, whatever the discreet setting.
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(
                Notification.Builder(app, channelId)
                    .setSmallIcon(R.drawable.ic_notification)
                    .setContentTitle(app.getString(R.string.app_name))
                    .build(),
            )

    private fun post(
        tag: String,
        builder: Notification.Builder,
    ) {
        if (!notificationsAllowed()) return // Today's missed list still shows a reminder.
        try {
            notifications.notify(tag, NotificationText.NOTIFICATION_ID, builder.build())
        } catch (e: SecurityException) {
            // Permission withdrawn a moment ago: the reminder stays in Today's missed list.
        }
    }

    /**
     * Opens the app (its launcher activity, so this file needs no Compose class); with
     * [bundleId], on the chooser for that bundle; with [opens], on the screen the core says that
     * reminder is acted on (one distinct intent per id, so no tap gets another's extras).
     */
    private fun openApp(
        bundleId: String?,
        opens: String? = null,
    ): PendingIntent {
        val intent =
            (app.packageManager.getLaunchIntentForPackage(app.packageName) ?: Intent().setPackage(app.packageName))
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        if (bundleId != null) {
            intent.setData(Uri.fromParts("tend-bundle", bundleId, null)).putExtra(BundleChooser.EXTRA_BUNDLE_ID, bundleId)
        } else if (opens != null) {
            intent.setData(Uri.fromParts("tend-open", opens, null)).putExtra(NotificationText.EXTRA_OPENS, opens)
        }
        return PendingIntent.getActivity(app, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
    }

    /** Dismisses a shown notification (after the user acted on it). */
    fun dismiss(id: String) = notifications.cancel(id, NotificationText.NOTIFICATION_ID)

    private fun actionIntent(
        notificationId: String,
        button: ActionKind,
    ): PendingIntent {
        val extras = ActionRouter.extrasFor(notificationId, button, snoozeMinutes)
        val intent =
            Intent(app, ActionReceiver::class.java)
                .setAction(ActionRouter.INTENT_ACTION)
                // One distinct intent per (reminder, button): the URI, not the request code.
                .setData(Uri.fromParts("tend-action", notificationId, extras.action))
                .putExtra(ActionRouter.EXTRA_NOTIFICATION_ID, extras.notificationId)
                .putExtra(ActionRouter.EXTRA_ACTION, extras.action)
        extras.snoozeMinutes?.let { intent.putExtra(ActionRouter.EXTRA_SNOOZE_MINUTES, it) }
        return PendingIntent.getBroadcast(app, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
    }

    private fun pending(): Map<String, PendingAlarm> {
        val json = JSONObject(prefs.getString(KEY_PENDING, "{}") ?: "{}")
        return json.keys().asSequence().associateWith { id ->
            val o = json.getJSONObject(id)
            PendingAlarm(id, o.getLong("at"), o.getInt("code"), o.optString("fp"))
        }
    }

    private fun codes(): Map<String, Int> {
        val json = JSONObject(prefs.getString(KEY_CODES, "{}") ?: "{}")
        return json.keys().asSequence().associateWith { json.getInt(it) }
    }

    private fun save(
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
    ) {
        val p = JSONObject()
        for ((id, a) in pending) p.put(id, JSONObject().put("at", a.fireAtMillis).put("code", a.requestCode).put("fp", a.fingerprint))
        val c = JSONObject()
        for ((id, code) in codes) c.put(id, code)
        // commit(), not apply(): receivers may be killed right after returning.
        prefs.edit().putString(KEY_PENDING, p.toString()).putString(KEY_CODES, c.toString()).commit()
    }

    private companion object {
        const val KEY_PENDING = "pending"
        const val KEY_CODES = "codes"
        const val KEY_LOSS_UNREPORTED = "loss_unreported"
        const val KEY_OPEN_QUESTIONS = "open_bundle_questions"
    }
}
