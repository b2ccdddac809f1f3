// Which system events mean "reset" (the OS lost or mis-timed our alarms) and which "sync".
package app.tend.android.logic

/** What to ask the core for. */
enum class Replan {
    /** `reset`: forget what the OS was given, cancel everything, schedule the full plan. */
    RESET,

    /** `sync`: apply the minimal diff. */
    SYNC,

    /** Not a replan event. */
    NONE,
}

/** What the shell records about the device each time it applies a plan. */
data class DeviceState(
    val zoneId: String,
    val exactAlarmsAllowed: Boolean,
    val notificationsAllowed: Boolean,
    val appVersionCode: Long,
)

object ReplanTriggers {
    const val BOOT_COMPLETED = "android.intent.action.BOOT_COMPLETED"

    /** Some OEMs send this instead of BOOT_COMPLETED after a fast boot. */
    const val QUICKBOOT_POWERON = "android.intent.action.QUICKBOOT_POWERON"
    const val TIMEZONE_CHANGED = "android.intent.action.TIMEZONE_CHANGED"

    /** `Intent.ACTION_TIME_CHANGED`: the user or the network set the clock. */
    const val TIME_SET = "android.intent.action.TIME_SET"
    const val MY_PACKAGE_REPLACED = "android.intent.action.MY_PACKAGE_REPLACED"

    /** Sent when the exact-alarm permission is granted (revoking it kills the app instead). */
    const val EXACT_ALARM_PERMISSION_CHANGED =
        "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED"

    /** The shell's own replan alarm (the core's `replan_by`). */
    const val REPLAN_ALARM = "app.tend.android.action.REPLAN"

    /** Every system broadcast the manifest's SystemEventReceiver must list. */
    val SYSTEM_ACTIONS =
        listOf(BOOT_COMPLETED, QUICKBOOT_POWERON, TIMEZONE_CHANGED, TIME_SET, MY_PACKAGE_REPLACED, EXACT_ALARM_PERMISSION_CHANGED)

    /**
     * A broadcast → what to do. Boot clears every alarm; a zone or clock change makes every
     * pending wall-clock time wrong; an update may change plan rules; a new exact-alarm grant
     * upgrades inexact alarms. All of these are a reset. Our replan alarm is a sync.
     */
    fun forBroadcast(action: String?): Replan =
        when (action) {
            BOOT_COMPLETED, QUICKBOOT_POWERON, TIMEZONE_CHANGED, TIME_SET, MY_PACKAGE_REPLACED,
            EXACT_ALARM_PERMISSION_CHANGED,
            -> Replan.RESET
            REPLAN_ALARM -> Replan.SYNC
            else -> Replan.NONE
        }

    /**
     * On app start (and on resume): compare with what was recorded when the plan was last
     * applied. Some changes send no broadcast to a stopped app — exact alarms revoked (the
     * system kills the app and drops its exact alarms), notifications turned off and on in
     * settings, a zone change while force-stopped — so any difference means reset. Nothing
     * recorded (first run, data cleared) is a reset too.
     */
    fun onAppStart(
        previous: DeviceState?,
        current: DeviceState,
    ): Replan = if (previous == null || previous != current) Replan.RESET else Replan.SYNC

    /** True when the plan is due for a sync (the replan alarm may have been deferred). */
    fun replanDue(
        nowMillis: Long,
        replanByMillis: Long?,
    ): Boolean = replanByMillis == null || nowMillis >= replanByMillis
}
