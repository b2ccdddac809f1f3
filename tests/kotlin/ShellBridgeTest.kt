// Host tests of the Android shell's path from the real core to AlarmManager operations: the
// generated bindings (JNA + the freshly built cdylib), the bridge adapter and the plain-Kotlin
// decisions, exactly as the receivers chain them. Only the final OS calls are missing.
package app.tend.android.bridge

import app.tend.android.logic.ActionRouter
import app.tend.android.logic.AlarmMode
import app.tend.android.logic.AlarmOp
import app.tend.android.logic.ReminderApplier
import app.tend.android.logic.Routing
import app.tend.core.TendException
import app.tend.core.TendStore
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

class ShellBridgeTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore
    private val applier = ReminderApplier()

    @Before
    fun open() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 7).toByte() })
        store.setSetting("quiet_hours", "off")
        store.setSetting("checkin_times", "08:00,20:00")
    }

    @After
    fun close() {
        store.close()
    }

    @Test
    fun aResetWithExactAlarmsDeniedSchedulesTheWholePlanInexactly() {
        val plan = CoreAdapter.plan(store.reset("UTC"))
        assertTrue("two check-ins a day for two weeks", plan.alarms.size >= 26)
        val now = System.currentTimeMillis()
        val r = applier.applyReset(plan, emptyMap(), emptyMap(), now, exactAllowed = false)
        val scheduled = r.ops.filterIsInstance<AlarmOp.Schedule>()
        assertEquals(plan.alarms.map { it.id }.toSet(), scheduled.map { it.alarm.id }.toSet())
        assertTrue(scheduled.all { it.mode == AlarmMode.INEXACT && it.triggerAtMillis > now })
        assertTrue(scheduled.all { it.alarm.kind == "daily_checkin" && it.alarm.title.isNotBlank() })
        assertEquals(scheduled.size, r.codes.values.toSet().size)
    }

    @Test
    fun aZoneChangeResetReschedulesEveryIdOnceWithItsOldCode() {
        val before = applier.applyReset(CoreAdapter.plan(store.reset("Europe/Dublin")), emptyMap(), emptyMap(), System.currentTimeMillis(), true)
        // Nothing changed: a sync is empty.
        val quiet = applier.applyDiff(CoreAdapter.diff(store.sync("Europe/Dublin")), before.pending, before.codes, System.currentTimeMillis(), true)
        assertTrue(quiet.ops.none { it is AlarmOp.Schedule || it is AlarmOp.Cancel })
        // The phone moves to Tokyo: the system broadcast means reset.
        val after = applier.applyReset(CoreAdapter.plan(store.reset("Asia/Tokyo")), before.pending, before.codes, System.currentTimeMillis(), true)
        val scheduled = after.ops.filterIsInstance<AlarmOp.Schedule>().map { it.alarm.id }
        assertEquals(scheduled.size, scheduled.toSet().size)
        assertEquals(after.pending.size, after.pending.values.map { it.requestCode }.toSet().size)
        for ((id, p) in after.pending) before.pending[id]?.let { assertEquals(it.requestCode, p.requestCode) }
    }

    @Test
    fun aDoubleDeliveredDoneLogsOneCheckin() {
        val first = CoreAdapter.plan(store.reset("UTC")).alarms.first()
        val extras = ActionRouter.extrasFor(first, first.actions.first { it.wire == "done" })
        val outcomes =
            (1..2).map {
                val routed = (ActionRouter.route(ActionRouter.INTENT_ACTION, extras.notificationId, extras.action, extras.snoozeMinutes) as Routing.Handle).routed
                store.handleAction(routed.notificationId, CoreAdapter.action(routed.action), "UTC")
            }
        assertEquals("done", outcomes[0].state)
        assertEquals(outcomes[0].checkin, outcomes[1].checkin)
        assertEquals(first.id, outcomes[1].id)
    }

    @Test
    fun anUnknownIdIsNotFoundAndChangesNothing() {
        try {
            store.handleAction("daily:1999-01-01T08:00", CoreAdapter.action(app.tend.android.logic.CoreAction.Done), "UTC")
            fail("expected NotFound")
        } catch (e: TendException.NotFound) {
            // The receiver just dismisses the notification.
        }
    }

    @Test
    fun aSnoozeFromTheButtonMovesTheReminderInTheNextSync() {
        val plan = CoreAdapter.plan(store.reset("UTC"))
        val applied = applier.applyReset(plan, emptyMap(), emptyMap(), System.currentTimeMillis(), true)
        val first = plan.alarms.first()
        val extras = ActionRouter.extrasFor(first, app.tend.android.logic.ReminderButton.SNOOZE)
        val routed = (ActionRouter.route(ActionRouter.INTENT_ACTION, extras.notificationId, extras.action, extras.snoozeMinutes) as Routing.Handle).routed
        val outcome = store.handleAction(routed.notificationId, CoreAdapter.action(routed.action), "UTC")
        assertEquals("snoozed", outcome.state)
        val next = applier.applyDiff(CoreAdapter.diff(store.sync("UTC")), applied.pending, applied.codes, System.currentTimeMillis(), true)
        val moved = next.pending.getValue(first.id)
        assertEquals(outcome.snoozedUntil!!.toEpochMilli(), moved.fireAtMillis)
        assertEquals(applied.pending.getValue(first.id).requestCode, moved.requestCode)
    }
}
