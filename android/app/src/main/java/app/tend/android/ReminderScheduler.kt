// Performs the reminder decisions: asks the core, lets logic/ReminderApplier decide, then calls
// AlarmManager and NotificationManager. Also the little state AlarmManager cannot tell us (what
// is pending, the request code table, the device state at the last apply).
package app.tend.android

import android.Manifest
import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import androidx.core.content.pm.PackageInfoCompat
import app.tend.android.bridge.CoreAdapter
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.AlarmMode
import app.tend.android.logic.AlarmOp
import app.tend.android.logic.ApplyResult
import app.tend.android.logic.DeviceState
import app.tend.android.logic.NotificationText
import app.tend.android.logic.PendingAlarm
import app.tend.android.logic.PlannedAlarm
import app.tend.android.logic.Replan
import app.tend.android.logic.ReminderApplier
import app.tend.android.logic.ReminderButton
import app.tend.android.logic.RequestCodeTable
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import org.json.JSONObject

class ReminderScheduler(private val app: TendApplication) {
    private val alarms = app.getSystemService(AlarmManager::class.java)
    private val prefs = app.getSharedPreferences("tend.reminders", Context.MODE_PRIVATE)
    private val applier = ReminderApplier()
    private val lock = Mutex()

    fun exactAllowed(): Boolean = Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()

    fun notificationsAllowed(): Boolean =
        NotificationManagerCompat.from(app).areNotificationsEnabled() &&
            (
                Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU ||
                    ContextCompat.checkSelfPermission(app, Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
            )

    fun deviceState(): DeviceState =
        DeviceState(
            zoneId = app.zone(),
            exactAlarmsAllowed = exactAllowed(),
            notificationsAllowed = notificationsAllowed(),
            appVersionCode = PackageInfoCompat.getLongVersionCode(app.packageManager.getPackageInfo(app.packageName, 0)),
        )

    fun recordedState(): DeviceState? {
        val json = prefs.getString(KEY_DEVICE, null) ?: return null
        return JSONObject(json).run {
            DeviceState(getString("zone"), getBoolean("exact"), getBoolean("notify"), getLong("version"))
        }
    }

    /** Asks the core for a reset or a sync and applies it. Serialised: one apply at a time. */
    suspend fun replan(kind: Replan) {
        if (kind == Replan.NONE) return
        lock.withLock {
            val store = app.store()
            val zone = app.zone()
            val now = System.currentTimeMillis()
            val exact = exactAllowed()
            val result =
                when (kind) {
                    Replan.RESET -> applier.applyReset(CoreAdapter.plan(store.resetAsync(zone)), pending(), codes(), now, exact)
                    else -> applier.applyDiff(CoreAdapter.diff(store.syncAsync(zone)), pending(), codes(), now, exact)
                }
            perform(result)
            save(result.pending, result.codes)
            saveDevice(deviceState())
        }
    }

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
                    val pi = alarmIntent(op.alarm.id, op.requestCode, op.alarm)
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
                is AlarmOp.ShowNow -> show(op.alarm)
                is AlarmOp.SetReplan -> {
                    val pi =
                        PendingIntent.getBroadcast(
                            app,
                            RequestCodeTable.REPLAN_CODE,
                            Intent(app, SystemEventReceiver::class.java).setAction(app.tend.android.logic.ReplanTriggers.REPLAN_ALARM),
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
        alarm: PlannedAlarm?,
    ): PendingIntent {
        val intent =
            Intent(app, AlarmReceiver::class.java)
                .setAction(AlarmReceiver.ACTION_FIRE)
                .setData(Uri.fromParts("tend-reminder", id, null))
        if (alarm != null) AlarmReceiver.putAlarm(intent, alarm)
        return PendingIntent.getBroadcast(app, requestCode, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
    }

    /** Posts the notification for [alarm]; text and buttons exactly as the core planned them. */
    fun show(alarm: PlannedAlarm) {
        if (!notificationsAllowed()) return // Today's missed list still shows it.
        val spec = NotificationText.specFor(alarm)
        val open =
            PendingIntent.getActivity(
                app,
                0,
                Intent(app, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
                PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
            )
        val builder =
            NotificationCompat.Builder(app, spec.channelId)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(spec.title)
                .setContentText(spec.body)
                .setCategory(NotificationCompat.CATEGORY_REMINDER)
                .setAutoCancel(true)
                .setContentIntent(open)
                // Lock screen: only the app name until unlocked, whatever the discreet setting.
                .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
                .setPublicVersion(
                    NotificationCompat.Builder(app, spec.channelId)
                        .setSmallIcon(R.drawable.ic_notification)
                        .setContentTitle(app.getString(R.string.app_name))
                        .build(),
                )
        for ((button, labelKey) in spec.buttons) {
            builder.addAction(0, app.string(labelKey), actionIntent(alarm, button))
        }
        try {
            NotificationManagerCompat.from(app).notify(spec.tag, spec.notificationId, builder.build())
        } catch (e: SecurityException) {
            // Permission withdrawn a moment ago: the reminder stays in Today's missed list.
        }
    }

    /** Dismisses a shown reminder (after the user acted on it). */
    fun dismiss(id: String) = NotificationManagerCompat.from(app).cancel(id, NotificationText.NOTIFICATION_ID)

    private fun actionIntent(
        alarm: PlannedAlarm,
        button: ReminderButton,
    ): PendingIntent {
        val extras = ActionRouter.extrasFor(alarm, button)
        val intent =
            Intent(app, ActionReceiver::class.java)
                .setAction(ActionRouter.INTENT_ACTION)
                // One distinct intent per (reminder, button): the URI, not the request code.
                .setData(Uri.fromParts("tend-action", alarm.id, button.wire))
                .putExtra(ActionRouter.EXTRA_NOTIFICATION_ID, extras.notificationId)
                .putExtra(ActionRouter.EXTRA_ACTION, extras.action)
        extras.snoozeMinutes?.let { intent.putExtra(ActionRouter.EXTRA_SNOOZE_MINUTES, it) }
        return PendingIntent.getBroadcast(app, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE)
    }

    private fun pending(): Map<String, PendingAlarm> {
        val json = JSONObject(prefs.getString(KEY_PENDING, "{}")!!)
        return json.keys().asSequence().associateWith { id ->
            val o = json.getJSONObject(id)
            PendingAlarm(id, o.getLong("at"), o.getInt("code"))
        }
    }

    private fun codes(): Map<String, Int> {
        val json = JSONObject(prefs.getString(KEY_CODES, "{}")!!)
        return json.keys().asSequence().associateWith { json.getInt(it) }
    }

    private fun save(
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
    ) {
        val p = JSONObject()
        for ((id, a) in pending) p.put(id, JSONObject().put("at", a.fireAtMillis).put("code", a.requestCode))
        val c = JSONObject()
        for ((id, code) in codes) c.put(id, code)
        // commit(), not apply(): receivers may be killed right after returning.
        prefs.edit().putString(KEY_PENDING, p.toString()).putString(KEY_CODES, c.toString()).commit()
    }

    /** The next app start will then reset (logic/ReplanTriggers.onAppStart). */
    fun forgetDeviceState() {
        prefs.edit().remove(KEY_DEVICE).commit()
    }

    private fun saveDevice(s: DeviceState) {
        val json = JSONObject().put("zone", s.zoneId).put("exact", s.exactAlarmsAllowed).put("notify", s.notificationsAllowed).put("version", s.appVersionCode)
        prefs.edit().putString(KEY_DEVICE, json.toString()).commit()
    }

    private companion object {
        const val KEY_PENDING = "pending"
        const val KEY_CODES = "codes"
        const val KEY_DEVICE = "device"
    }
}

/** String resources named in logic/NotificationText.kt. */
fun stringRes(name: String): Int =
    when (name) {
        "channel_checkin" -> R.string.channel_checkin
        "channel_checkin_desc" -> R.string.channel_checkin_desc
        "channel_people" -> R.string.channel_people
        "channel_people_desc" -> R.string.channel_people_desc
        "channel_events" -> R.string.channel_events
        "channel_events_desc" -> R.string.channel_events_desc
        "channel_progress" -> R.string.channel_progress
        "channel_progress_desc" -> R.string.channel_progress_desc
        "action_done" -> R.string.action_done
        "action_snooze" -> R.string.action_snooze
        "action_skip" -> R.string.action_skip
        else -> R.string.app_name
    }
