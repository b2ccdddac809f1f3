// Plain data the Android shell's decision code works on. No android.* and no generated UniFFI
// types here: the bridge package converts `app.tend.core` records into these, so every decision
// can be compiled and tested on a desktop JVM.
package app.tend.android.logic

/** A button a reminder offers, spelled as the core spells it. */
enum class ReminderButton(val wire: String) {
    DONE("done"),
    SNOOZE("snooze"),
    SKIP("skip"),
    ;

    companion object {
        /** The button named [wire] exactly (the core's lowercase spelling), or null. */
        fun fromWire(wire: String?): ReminderButton? = entries.firstOrNull { it.wire == wire }
    }
}

/**
 * One notification the core planned. [id] is the core's occurrence id and is passed back to the
 * core byte for byte (it is the idempotency key of `handle_action`). [title] and [body] are the
 * core's text (already discreet when the user asked for it); the shell never composes its own.
 */
data class PlannedAlarm(
    val id: String,
    /** The core's kind spelling: `daily_checkin`, `keep_in_touch`, `meeting`, `goal`, ... */
    val kind: String,
    val fireAtMillis: Long,
    val title: String,
    val body: String,
    val actions: List<ReminderButton>,
)

/** The core's full plan (`reset`), nearest first. */
data class FullPlan(
    val alarms: List<PlannedAlarm>,
    val replanByMillis: Long,
)

/** The core's minimal change (`sync`): cancel first, then schedule; an id in both is replaced. */
data class PlanDiff(
    val schedule: List<PlannedAlarm>,
    val cancel: List<String>,
    val replanByMillis: Long?,
)

/** What the shell last handed to AlarmManager for one id (AlarmManager cannot be listed). */
data class PendingAlarm(
    val id: String,
    val fireAtMillis: Long,
    val requestCode: Int,
)
