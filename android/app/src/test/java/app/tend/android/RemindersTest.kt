// A plan applied through the real AlarmManager: exactly the core's next reminders at the core's
// instants, exact while allowed, inexact and early when not, nothing re-set when nothing changed,
// never more than the core's cap.
package app.tend.android

import app.tend.android.logic.Notice
import app.tend.android.logic.TodayNotices
import app.tend.ffi.maxPendingReminders
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.robolectric.shadows.ShadowAlarmManager

class RemindersTest : RobolectricBase() {
    private fun plannedAt(): Map<String, Long> =
        store().plan(zone(), 14u, maxPendingReminders()).notifications.associate { it.id to it.fireAt.toEpochMilli() }

    @Test
    fun the_alarms_are_exactly_the_cores_reminders_at_the_cores_instants() {
        seedDemo()
        replanNow()
        val alarms = reminderAlarms()
        assertTrue("the demo has reminders", alarms.isNotEmpty())
        val believed = store().believedPending().toSet()
        assertEquals(believed, alarms.map { reminderId(it)!! }.toSet())
        val planned = plannedAt()
        for (a in alarms) assertEquals("trigger of ${reminderId(a)}", planned.getValue(reminderId(a)!!), a.triggerAtMs)
    }

    @Test
    fun allowed_exact_alarms_are_exact_and_fire_in_doze() {
        seedDemo()
        replanNow()
        for (a in reminderAlarms()) {
            assertEquals(ShadowAlarmManager.WINDOW_EXACT, a.windowLengthMs)
            assertTrue(a.isAllowWhileIdle)
        }
    }

    @Test
    fun without_the_exact_permission_alarms_are_inexact_at_the_cores_early_instants_and_today_says_so() {
        seedDemo()
        ShadowAlarmManager.setCanScheduleExactAlarms(false)
        replanNow()
        val notes = store().plan(zone(), 14u, maxPendingReminders()).notifications.associateBy { it.id }
        val alarms = reminderAlarms()
        assertTrue(alarms.isNotEmpty())
        var early = 0
        for (a in alarms) {
            val n = notes.getValue(reminderId(a)!!)
            assertEquals(ShadowAlarmManager.WINDOW_HEURISTIC, a.windowLengthMs)
            val handOver = n.fireAt.toEpochMilli() - n.earlyIfInexactMinutes.toLong() * 60_000
            // As early as the core says, never in the past.
            if (handOver > System.currentTimeMillis() + 60_000) assertEquals("handed over early: ${n.id}", handOver, a.triggerAtMs)
            assertTrue(a.triggerAtMs <= n.fireAt.toEpochMilli())
            if (n.earlyIfInexactMinutes > 0u && handOver > System.currentTimeMillis()) early++
        }
        assertTrue("a meeting's reminder goes early", early > 0)
        assertFalse(app.scheduler.exactAllowed())
        assertTrue(Notice.EXACT_ALARMS in TodayNotices.of(36, true, false, app.scheduler.exactAllowed()))
    }

    @Test
    fun the_same_plan_again_sets_nothing_new() {
        seedDemo()
        replanNow()
        val before = alarmManager().scheduledAlarms.toList()
        replanNow()
        val after = alarmManager().scheduledAlarms.toList()
        assertEquals(before.size, after.size)
        // The very same alarm objects: AlarmManager was not called again for any of them.
        for (a in after.filter { reminderId(it) != null }) assertTrue("re-set: ${reminderId(a)}", before.any { it === a })
    }

    @Test
    fun never_more_alarms_than_the_cores_cap() {
        seedDemo()
        replanNow()
        assertTrue(reminderAlarms().size <= maxPendingReminders().toInt())
        assertEquals(reminderAlarms().size, reminderAlarms().map { reminderId(it) }.toSet().size)
    }

    @Test
    fun a_change_in_the_store_moves_only_what_changed() {
        seedDemo()
        replanNow()
        val before = reminderAlarms().associateBy { reminderId(it)!! }
        // The daily check-in moves from 20:00 to 21:00.
        store().setSetting("checkin_times", "21:00")
        replanNow()
        val after = reminderAlarms().associateBy { reminderId(it)!! }
        val daily = after.keys.filter { it.startsWith("daily:") }
        assertTrue(daily.isNotEmpty())
        assertTrue(daily.all { it.contains("T21:00") })
        val kept = after.keys.filter { !it.startsWith("daily:") && it in before }
        assertTrue(kept.isNotEmpty())
        for (id in kept) assertTrue("untouched: $id", before.getValue(id) === after.getValue(id))
    }
}
