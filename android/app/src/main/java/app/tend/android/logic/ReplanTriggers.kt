// Which broadcasts mean "the OS lost our alarms", and the device facts the core's sync decides on.
package app.tend.android.logic

import app.tend.core.DeviceState

/** What a broadcast asks of the scheduler. */
enum class Trigger {
    /** The OS dropped or mis-timed every alarm: sync, telling the core (a full reset follows). */
    OS_LOST_REMINDERS,

    /** Something the core compares may have changed (zone, exact alarms) or a replan is due: sync. */
    SYNC,

    /** Not ours. */
    NONE,
}

object ReplanTriggers {
    const val BOOT_COMPLETED = "android.intent.action.BOOT_COMPLETED"

    /** Some OEMs send this instead of BOOT_COMPLETED after a fast boot. */
    const val QUICKBOOT_POWERON = "android.intent.action.QUICKBOOT_POWERON"
    const val TIMEZONE_CHANGED = "android.intent.action.TIMEZONE_CHANGED"

    /** `Intent.ACTION_TIME_CHANGED`: the user or the network set the clock. */
    const val TIME_SET = "android.intent.action.TIME_SET"
    const val MY_PACKAGE_REPLACED = "android.intent.action.MY_PACKAGE_REPLACED"

    /**
     * The phone's language changed. Notifications are worded in it when their alarm is set, and
     * the language is part of each one's fingerprint: the sync replaces every pending one.
     * (Tend's own language, chosen in Settings on Android 13+, sends no broadcast: it reaches the
     * running app as a configuration change, and TendApplication syncs then.)
     */
    const val LOCALE_CHANGED = "android.intent.action.LOCALE_CHANGED"

    /** Sent when the exact-alarm permission is granted (revoking it kills the app instead). */
    const val EXACT_ALARM_PERMISSION_CHANGED =
        "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED"

    /**
     * The shell's own replan alarm (the core's `replanBy`). Delivered to ReplanReceiver, which is
     * not exported: the exported SystemEventReceiver ignores it, so no other app can make Tend
     * replan by sending it.
     */
    const val REPLAN_ALARM = "app.tend.android.action.REPLAN"

    /** Every system broadcast the manifest's SystemEventReceiver must list. */
    val SYSTEM_ACTIONS =
        listOf(BOOT_COMPLETED, QUICKBOOT_POWERON, TIMEZONE_CHANGED, TIME_SET, MY_PACKAGE_REPLACED, EXACT_ALARM_PERMISSION_CHANGED, LOCALE_CHANGED)

    /**
     * A broadcast → what to do. Only the OS knows it lost alarms (a boot clears them, a clock set
     * or an update may leave them wrong), so those say so. A zone change, an exact-alarm grant or
     * a new language needs no flag: the core sees the new zone, permission or language in
     * [deviceState] and resets or rewords by itself.
     */
    fun forBroadcast(action: String?): Trigger =
        when (action) {
            BOOT_COMPLETED, QUICKBOOT_POWERON, TIME_SET, MY_PACKAGE_REPLACED -> Trigger.OS_LOST_REMINDERS
            TIMEZONE_CHANGED, EXACT_ALARM_PERMISSION_CHANGED, LOCALE_CHANGED -> Trigger.SYNC
            else -> Trigger.NONE
        }

    /** Our own replan alarm, as ReplanReceiver (not exported) receives it. */
    fun forOwnAlarm(action: String?): Trigger = if (action == REPLAN_ALARM) Trigger.SYNC else Trigger.NONE

    /**
     * The facts for `TendStore.sync`. [lossUnreported] is a loss the OS announced whose sync
     * failed (the store could not open yet): it is reported with the next sync, so a boot is never
     * forgotten. [osPending] is what the OS still holds of the core's believed-pending ids
     * ([OsAlarms.stillHeld]); null when the store could not say what it believes. [language] is
     * the one notifications are worded in (BCP 47, e.g. "de-DE"), part of their fingerprints.
     */
    fun deviceState(
        zone: String,
        exactAlarms: Boolean,
        notificationsAllowed: Boolean,
        versionCode: Long,
        language: String,
        trigger: Trigger,
        lossUnreported: Boolean,
        osPending: List<String>? = null,
    ): DeviceState =
        DeviceState(
            zone = zone,
            exactAlarms = exactAlarms,
            notificationsAllowed = notificationsAllowed,
            appVersion = versionCode.toString(),
            osLostReminders = trigger == Trigger.OS_LOST_REMINDERS || lossUnreported,
            osPending = osPending,
            language = language,
        )
}
