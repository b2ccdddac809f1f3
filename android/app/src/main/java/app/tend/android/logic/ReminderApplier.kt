// Turns the core's Diff into the exact AlarmManager / NotificationManager operations.
package app.tend.android.logic

import app.tend.core.Diff
import app.tend.core.ReminderNotification

/** How an alarm is handed to AlarmManager. */
enum class AlarmMode {
    /** `setExactAndAllowWhileIdle`: only when `canScheduleExactAlarms()` (or below Android 12). */
    EXACT,

    /**
     * `setAndAllowWhileIdle`: delivered at or after the time (never early), also in Doze, but
     * the system may defer it. The fallback when exact alarms are denied: a late reminder is
     * better than none.
     */
    INEXACT,
}

/**
 * What the shell last handed to AlarmManager for one id, which AlarmManager cannot list back.
 * [fingerprint] is the core's, so an unchanged reminder is not set again.
 */
data class PendingAlarm(
    val id: String,
    val fireAtMillis: Long,
    val requestCode: Int,
    val fingerprint: String,
)

/** One OS operation, in the order the shell must perform them. */
sealed class AlarmOp {
    /** Cancel the pending alarm of [id] (its PendingIntent was built with [requestCode]). */
    data class Cancel(val id: String, val requestCode: Int) : AlarmOp()

    /** Set an alarm for [notification] at [triggerAtMillis]; an existing one for the id is replaced. */
    data class Schedule(
        val notification: ReminderNotification,
        val requestCode: Int,
        val triggerAtMillis: Long,
        val mode: AlarmMode,
    ) : AlarmOp()

    /** Its time passed moments ago (a stale diff, a slow boot): post the notification now. */
    data class ShowNow(val notification: ReminderNotification) : AlarmOp()

    /** The alarm that calls `sync` again by the core's `replanBy`. */
    data class SetReplan(val atMillis: Long, val mode: AlarmMode) : AlarmOp()
}

/**
 * The result of applying: the operations, what is pending afterwards (persist it with
 * [codes]), and the ids whose time passed too long ago to interrupt the user now. Those are not
 * lost: the core lists a passed, unhandled reminder under Today's "missed" for 24 hours.
 */
data class ApplyResult(
    val ops: List<AlarmOp>,
    val pending: Map<String, PendingAlarm>,
    val codes: Map<String, Int>,
    val leftForToday: List<String>,
)

/**
 * Decides what to do with a `sync` diff. Pure: the shell passes `now`, whether exact alarms are
 * allowed, what it last scheduled and its request code table, and performs [ApplyResult.ops] in
 * order. Whether the OS can still be trusted is the core's decision ([Diff.reset]); this class
 * only knows that AlarmManager cannot list alarms, so "remove every pending Tend reminder" means
 * cancelling every one the shell recorded.
 *
 * Past-due policy: a reminder whose time passed at most [lateGraceMillis] ago is shown now
 * ([AlarmOp.ShowNow]); one older than that is not pushed as a notification (a nudge for a
 * 09:00 check-in at 15:00 is noise) but returned in [ApplyResult.leftForToday], where the core's
 * missed list already shows it. Nothing is scheduled in the past and nothing is dropped silently.
 */
class ReminderApplier(
    private val lateGraceMillis: Long = DEFAULT_LATE_GRACE_MILLIS,
) {
    fun apply(
        diff: Diff,
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
        nowMillis: Long,
        exactAllowed: Boolean,
    ): ApplyResult {
        val table = RequestCodeTable.from(codes)
        val state = pending.toMutableMap()
        val ops = mutableListOf<AlarmOp>()
        val scheduleIds = diff.schedule.map { it.id }.toHashSet()
        val full = diff.reset != null

        // Cancel first. A full reset cancels everything recorded; a minimal change cancels what
        // it names. An id also scheduled keeps its code, so the replacement reuses the
        // PendingIntent and the OS can never hold two alarms for one reminder; a plain cancel
        // releases it. An id the shell never recorded (the core and the shell disagree, e.g.
        // after a crash mid-apply) is cancelled when it has a code, otherwise nothing to do.
        val toCancel = if (full) (state.keys + table.ids() + diff.cancel).toSortedSet() else diff.cancel.distinct()
        for (id in toCancel) {
            val code = state[id]?.requestCode ?: table.existing(id)
            if (code != null) ops += AlarmOp.Cancel(id, code)
            state.remove(id)
            if (id !in scheduleIds) table.release(id)
        }
        val unchanged = if (full) emptySet() else pending.keys - toCancel.toSet()
        val left = schedule(diff.schedule, unchanged, state, table, ops, nowMillis, exactAllowed)
        diff.replanBy?.let { ops += replanOp(it.toEpochMilli(), nowMillis) }
        return ApplyResult(ops, state.toMap(), table.snapshot(), left)
    }

    /**
     * An alarm fired (or was shown now): it is no longer pending, and its code is free. The
     * notification's tag is the id itself, so the code is not needed to cancel it later.
     */
    fun fired(
        id: String,
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
    ): Pair<Map<String, PendingAlarm>, Map<String, Int>> {
        val table = RequestCodeTable.from(codes)
        table.release(id)
        return (pending - id) to table.snapshot()
    }

    private fun schedule(
        notifications: List<ReminderNotification>,
        stillPending: Set<String>,
        state: MutableMap<String, PendingAlarm>,
        table: RequestCodeTable,
        ops: MutableList<AlarmOp>,
        nowMillis: Long,
        exactAllowed: Boolean,
    ): List<String> {
        // Dedupe by id, the last entry winning (a later entry is the newer word on that id).
        val byId = LinkedHashMap<String, ReminderNotification>()
        for (n in notifications) {
            byId.remove(n.id)
            byId[n.id] = n
        }
        val left = mutableListOf<String>()
        val mode = if (exactAllowed) AlarmMode.EXACT else AlarmMode.INEXACT
        for (n in byId.values.sortedWith(compareBy({ it.fireAt }, { it.id }))) {
            val at = n.fireAt.toEpochMilli()
            when {
                // Already set with this very content: setting it again changes nothing.
                n.id in stillPending && state[n.id]?.fingerprint == n.fingerprint -> {}
                at > nowMillis -> {
                    val code = table.codeFor(n.id)
                    ops += AlarmOp.Schedule(n, code, triggerAt(n, at, nowMillis, mode), mode)
                    state[n.id] = PendingAlarm(n.id, at, code, n.fingerprint)
                }
                nowMillis - at <= lateGraceMillis -> {
                    ops += AlarmOp.ShowNow(n)
                    state.remove(n.id)
                    table.release(n.id)
                }
                else -> {
                    left += n.id
                    state.remove(n.id)
                    table.release(n.id)
                }
            }
        }
        return left
    }

    /**
     * When to hand [n] to AlarmManager. Exact: at its time. Inexact (Doze may defer it by up to
     * an hour): as early as the core says for it (`earlyIfInexactMinutes`: a meeting's lead is
     * kept), never before now.
     */
    private fun triggerAt(
        n: ReminderNotification,
        at: Long,
        nowMillis: Long,
        mode: AlarmMode,
    ): Long = if (mode == AlarmMode.INEXACT) maxOf(nowMillis, at - n.earlyIfInexactMinutes.toLong() * 60_000L) else at

    // The replan alarm never needs to be exact: a few minutes late only delays the next window.
    private fun replanOp(
        atMillis: Long,
        nowMillis: Long,
    ) = AlarmOp.SetReplan(maxOf(atMillis, nowMillis + MIN_REPLAN_DELAY_MILLIS), AlarmMode.INEXACT)

    companion object {
        /** How late a reminder may still be shown as a notification: 15 minutes. */
        const val DEFAULT_LATE_GRACE_MILLIS = 15 * 60 * 1000L

        /** A replan never loops faster than once a minute, whatever `replanBy` says. */
        const val MIN_REPLAN_DELAY_MILLIS = 60 * 1000L
    }
}
