// The one place generated UniFFI types (package app.tend.core) become the shell's plain data.
// No android.* imports: compiled and tested on the host against the real bindings.
package app.tend.android.bridge

import app.tend.android.logic.CoreAction
import app.tend.android.logic.FullPlan
import app.tend.android.logic.PlanDiff
import app.tend.android.logic.PlannedAlarm
import app.tend.android.logic.ReminderButton
import app.tend.core.ActionKind
import app.tend.core.Diff
import app.tend.core.Plan
import app.tend.core.ReminderAction
import app.tend.core.ReminderKind
import app.tend.core.ReminderNotification

object CoreAdapter {
    /** The core's snake_case spelling of a kind (`daily_checkin`), as the README documents it. */
    fun kindWire(kind: ReminderKind): String = kind.name.lowercase()

    fun button(kind: ActionKind): ReminderButton =
        when (kind) {
            ActionKind.DONE -> ReminderButton.DONE
            ActionKind.SNOOZE -> ReminderButton.SNOOZE
            ActionKind.SKIP -> ReminderButton.SKIP
        }

    fun alarm(n: ReminderNotification): PlannedAlarm =
        PlannedAlarm(
            id = n.id,
            kind = kindWire(n.kind),
            fireAtMillis = n.fireAt.toEpochMilli(),
            title = n.title,
            body = n.body,
            actions = n.actions.map(::button),
        )

    fun plan(p: Plan): FullPlan = FullPlan(p.notifications.map(::alarm), p.replanBy.toEpochMilli())

    fun diff(d: Diff): PlanDiff = PlanDiff(d.schedule.map(::alarm), d.cancel, d.replanBy?.toEpochMilli())

    fun action(a: CoreAction): ReminderAction =
        when (a) {
            CoreAction.Done -> ReminderAction.Done
            CoreAction.Skip -> ReminderAction.Skip
            // ActionRouter guarantees 1..1440, so the conversion cannot wrap.
            is CoreAction.Snooze -> ReminderAction.Snooze(a.minutes.toUInt())
        }
}
