// Turns the core's plan or diff into the exact AlarmManager / NotificationManager operations.
package app.tend.android.logic

/** How an alarm is handed to AlarmManager. */
enum class AlarmMode {
    /** `setExactAndAllowWhileIdle`: only when `canScheduleExactAlarms()` (or below Android 12). */
    EXACT,

    /**
     * `setAndAllowWhileIdle`: delivered at or after the time (never early), also in Doze, but
     * the system may defer it (typically by minutes). The fallback when exact alarms are denied:
     * a late reminder is better than none.
     */
    INEXACT,
}

/** One OS operation, in the order the shell must perform them. */
sealed class AlarmOp {
    /** Cancel the pending alarm of [id] (its PendingIntent was built with [requestCode]). */
    data class Cancel(val id: String, val requestCode: Int) : AlarmOp()

    /** Set an alarm for [alarm] at [triggerAtMillis]; an existing one for the id is replaced. */
    data class Schedule(
        val alarm: PlannedAlarm,
        val requestCode: Int,
        val triggerAtMillis: Long,
        val mode: AlarmMode,
    ) : AlarmOp()

    /** Its time passed moments ago (a stale diff, a slow boot): post the notification now. */
    data class ShowNow(val alarm: PlannedAlarm) : AlarmOp()

    /** The alarm that calls `sync` again by the core's `replan_by`. */
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
 * Decides what to do with a plan or diff. Pure: the shell passes `now`, whether exact alarms are
 * allowed, what it last scheduled and its request code table, and performs [ApplyResult.ops] in
 * order.
 *
 * Past-due policy: a reminder whose time passed at most [lateGraceMillis] ago is shown now
 * ([AlarmOp.ShowNow]); one older than that is not pushed as a notification (a nudge for a
 * 09:00 check-in at 15:00 is noise) but returned in [ApplyResult.leftForToday], where the core's
 * missed list already shows it. Nothing is scheduled in the past and nothing is dropped silently.
 */
class ReminderApplier(
    private val lateGraceMillis: Long = DEFAULT_LATE_GRACE_MILLIS,
) {
    /** Applies a `sync` diff on top of what is pending. */
    fun applyDiff(
        diff: PlanDiff,
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
        nowMillis: Long,
        exactAllowed: Boolean,
    ): ApplyResult {
        val table = RequestCodeTable.from(codes)
        val state = pending.toMutableMap()
        val ops = mutableListOf<AlarmOp>()
        val scheduleIds = diff.schedule.map { it.id }.toHashSet()

        // Cancel first. An id also in `schedule` keeps its code (the replacement reuses the
        // PendingIntent); a plain cancel releases it. An id the shell never scheduled (the ledger
        // and the shell disagree, e.g. after a crash mid-apply) still gets a cancel when it has a
        // code, and is otherwise nothing to do.
        for (id in diff.cancel.distinct()) {
            val code = state[id]?.requestCode ?: table.existing(id)
            if (code != null) ops += AlarmOp.Cancel(id, code)
            state.remove(id)
            if (id !in scheduleIds) table.release(id)
        }
        val left = schedule(diff.schedule, state, table, ops, nowMillis, exactAllowed)
        diff.replanByMillis?.let { ops += replanOp(it, nowMillis) }
        return ApplyResult(ops, state.toMap(), table.snapshot(), left)
    }

    /**
     * Applies a `reset` plan: cancels everything the shell believes pending, then schedules the
     * whole plan. Ids kept across the reset keep their request code, so the OS can never hold
     * two alarms for one reminder.
     */
    fun applyReset(
        plan: FullPlan,
        pending: Map<String, PendingAlarm>,
        codes: Map<String, Int>,
        nowMillis: Long,
        exactAllowed: Boolean,
    ): ApplyResult {
        val table = RequestCodeTable.from(codes)
        val planned = plan.alarms.map { it.id }.toHashSet()
        val ops = mutableListOf<AlarmOp>()
        val toCancel = (pending.keys + table.ids()).toSortedSet()
        for (id in toCancel) {
            val code = pending[id]?.requestCode ?: table.existing(id) ?: continue
            ops += AlarmOp.Cancel(id, code)
            if (id !in planned) table.release(id)
        }
        val state = mutableMapOf<String, PendingAlarm>()
        val left = schedule(plan.alarms, state, table, ops, nowMillis, exactAllowed)
        ops += replanOp(plan.replanByMillis, nowMillis)
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
        alarms: List<PlannedAlarm>,
        state: MutableMap<String, PendingAlarm>,
        table: RequestCodeTable,
        ops: MutableList<AlarmOp>,
        nowMillis: Long,
        exactAllowed: Boolean,
    ): List<String> {
        // Dedupe by id, the last entry winning (a later entry is the newer word on that id).
        val byId = LinkedHashMap<String, PlannedAlarm>()
        for (a in alarms) {
            byId.remove(a.id)
            byId[a.id] = a
        }
        val left = mutableListOf<String>()
        val mode = if (exactAllowed) AlarmMode.EXACT else AlarmMode.INEXACT
        for (a in byId.values.sortedWith(compareBy({ it.fireAtMillis }, { it.id }))) {
            when {
                a.fireAtMillis > nowMillis -> {
                    val code = table.codeFor(a.id)
                    ops += AlarmOp.Schedule(a, code, a.fireAtMillis, mode)
                    state[a.id] = PendingAlarm(a.id, a.fireAtMillis, code)
                }
                nowMillis - a.fireAtMillis <= lateGraceMillis -> {
                    ops += AlarmOp.ShowNow(a)
                    state.remove(a.id)
                    table.release(a.id)
                }
                else -> {
                    left += a.id
                    state.remove(a.id)
                    table.release(a.id)
                }
            }
        }
        return left
    }

    // The replan alarm never needs to be exact: a few minutes late only delays the next window.
    private fun replanOp(atMillis: Long, nowMillis: Long) =
        AlarmOp.SetReplan(maxOf(atMillis, nowMillis + MIN_REPLAN_DELAY_MILLIS), AlarmMode.INEXACT)

    companion object {
        /** How late a reminder may still be shown as a notification: 15 minutes. */
        const val DEFAULT_LATE_GRACE_MILLIS = 15 * 60 * 1000L

        /** A replan never loops faster than once a minute, whatever `replan_by` says. */
        const val MIN_REPLAN_DELAY_MILLIS = 60 * 1000L
    }
}
