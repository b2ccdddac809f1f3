// The decisions that let reminders heal after whatever the phone did while Tend was not looking:
// what the OS still holds (force-stop clears every alarm without a word), one replan at a time
// without dropping a request, and what to do with a notification once its action was (or was
// not) stored. The core's `sync` decides the reset from these facts; this file only gathers them.
package app.tend.android.logic

import app.tend.core.TendException

/**
 * What the OS still holds of what the core believes is pending. AlarmManager cannot list alarms,
 * so the shell asks for each believed id whether its PendingIntent still exists (`FLAG_NO_CREATE`):
 * a force-stop (Android 8–14) or a data clear removes them all, and the core then resets with
 * `PENDING_MISSING`. An id without a recorded request code cannot be probed: it counts as missing,
 * so doubt leads to a reset, never to silence.
 */
object OsAlarms {
    fun stillHeld(
        believed: List<String>,
        codes: Map<String, Int>,
        exists: (id: String, requestCode: Int) -> Boolean,
    ): List<String> = believed.filter { id -> codes[id]?.let { code -> exists(id, code) } ?: false }
}

/**
 * One replan at a time, and none lost: a request that arrives while one runs is queued and run
 * right after it (several queued requests merge into one run; a loss the OS announced is never
 * merged away). Thread-safe; the scheduler calls [enter] before and [next] after each run.
 */
class ReplanGate {
    private var running = false
    private var queued: Trigger? = null

    /** True when the caller should run [trigger] now; false when it was queued behind a running one. */
    @Synchronized
    fun enter(trigger: Trigger): Boolean {
        if (trigger == Trigger.NONE) return false
        if (running) {
            queued = stronger(queued, trigger)
            return false
        }
        running = true
        return true
    }

    /** The run finished (or failed): the queued request to run next, or null when the gate is free. */
    @Synchronized
    fun next(): Trigger? {
        val t = queued
        queued = null
        if (t == null) running = false
        return t
    }

    private fun stronger(
        a: Trigger?,
        b: Trigger,
    ): Trigger = if (a == Trigger.OS_LOST_REMINDERS || b == Trigger.OS_LOST_REMINDERS) Trigger.OS_LOST_REMINDERS else b
}

/** What becomes of a reminder's notification after the user pressed one of its buttons. */
enum class AfterAction {
    /** The action is stored: the notification goes. */
    DISMISS,

    /** A bundle was marked done: the notification becomes "Who did you reach?". */
    ASK_WHO,

    /** The reminder is gone from the plan (too old, deleted): nothing to act on, it goes. */
    DISMISS_STALE,

    /**
     * The action could not be stored (store locked, disk full, key unavailable): the
     * notification stays, so the user can press again and nothing they did is silently lost.
     */
    KEEP,
}

object ActionResult {
    /** [stored] is the outcome of `handleAction`: success with whether it asks a bundle question. */
    fun decide(stored: Result<Boolean>): AfterAction =
        stored.fold(
            onSuccess = { asksWho -> if (asksWho) AfterAction.ASK_WHO else AfterAction.DISMISS },
            onFailure = { e -> if (e is TendException.NotFound) AfterAction.DISMISS_STALE else AfterAction.KEEP },
        )
}
