// What the system says through broadcasts: after a reboot, a clock or zone change, an update or
// the exact-alarm grant, the receivers re-arm what the core says (after a zone change, at the same
// wall-clock time); alarms wiped behind the app's back (a force-stop) come back at the next start.
package app.tend.android

import android.app.AlarmManager
import android.content.Intent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager
import java.time.Instant
import java.time.ZoneId
import java.util.TimeZone

class SystemEventsTest : RobolectricBase() {
    /** What the OS lost: every alarm and its PendingIntent gone, as at a reboot or force-stop. */
    private fun osForgetsEverything() {
        val manager = app.getSystemService(AlarmManager::class.java)
        for (a in alarmManager().scheduledAlarms.toList()) {
            val pi = a.operation ?: continue
            manager.cancel(pi)
            pi.cancel()
        }
        assertEquals(0, alarmManager().scheduledAlarms.size)
    }

    private fun armedAgainAsPlanned(what: String) {
        eventually("$what re-armed the reminders") { reminderAlarms().isNotEmpty() }
        eventually("$what re-armed all the core holds") { reminderAlarms().map { reminderId(it)!! }.toSet() == store().believedPending().toSet() }
        val planned = store().plan(zone(), 14u, 60u).notifications.associate { it.id to it.fireAt.toEpochMilli() }
        for (a in reminderAlarms()) assertEquals(planned.getValue(reminderId(a)!!), a.triggerAtMs)
    }

    private fun broadcast(action: String) = app.sendAndIdle(Intent(action).setPackage(app.packageName))

    @Test
    fun boot_rearms_every_reminder() {
        seedDemo()
        replanNow()
        osForgetsEverything()
        broadcast(Intent.ACTION_BOOT_COMPLETED)
        armedAgainAsPlanned("boot")
    }

    @Test
    fun a_clock_change_rearms() {
        seedDemo()
        replanNow()
        osForgetsEverything()
        broadcast(Intent.ACTION_TIME_CHANGED)
        armedAgainAsPlanned("the clock change")
    }

    @Test
    fun an_app_update_rearms() {
        seedDemo()
        replanNow()
        osForgetsEverything()
        broadcast(Intent.ACTION_MY_PACKAGE_REPLACED)
        armedAgainAsPlanned("the update")
    }

    @Test
    fun after_a_zone_change_the_daily_check_in_keeps_its_wall_clock_time() {
        seedDemo()
        replanNow()
        val daily = reminderAlarms().first { reminderId(it)!!.startsWith("daily:") }
        val hourBefore = Instant.ofEpochMilli(daily.triggerAtMs).atZone(ZoneId.of("America/Toronto")).toLocalTime()
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"))
        broadcast(Intent.ACTION_TIMEZONE_CHANGED)
        eventually("the plan moved to Berlin") {
            reminderAlarms().any { a -> reminderId(a)!!.startsWith("daily:") && Instant.ofEpochMilli(a.triggerAtMs).atZone(ZoneId.of("Europe/Berlin")).toLocalTime() == hourBefore }
        }
        for (a in reminderAlarms().filter { reminderId(it)!!.startsWith("daily:") }) {
            assertEquals(hourBefore, Instant.ofEpochMilli(a.triggerAtMs).atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
        }
    }

    @Test
    fun granting_exact_alarms_makes_them_exact() {
        seedDemo()
        ShadowAlarmManager.setCanScheduleExactAlarms(false)
        replanNow()
        assertTrue(reminderAlarms().all { it.windowLengthMs != ShadowAlarmManager.WINDOW_EXACT })
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
        broadcast(AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED)
        eventually("exact alarms") { reminderAlarms().isNotEmpty() && reminderAlarms().all { it.windowLengthMs == ShadowAlarmManager.WINDOW_EXACT } }
    }

    @Test
    fun alarms_cleared_by_a_force_stop_come_back_at_the_next_start() {
        seedDemo()
        replanNow()
        osForgetsEverything()
        // The next cold start (an activity, a receiver, an alarm): the application starts again.
        app.onCreate()
        armedAgainAsPlanned("the next start")
    }

    @Test
    fun the_cores_replan_alarm_replans() {
        seedDemo()
        replanNow()
        val replan = alarmManager().scheduledAlarms.firstOrNull { reminderId(it) == null }
        assertTrue("the core asked to be asked again", replan != null)
        assertEquals(ReplanReceiver::class.java.name, shadowOf(replan!!.operation!!).savedIntent.component?.className)
        // The daily check-in moved without the app replanning; the core's own alarm catches it.
        store().setSetting("checkin_times", "21:00")
        alarmManager().fireAlarm(replan)
        eventually("the replan alarm moved the check-ins") {
            val daily = reminderAlarms().mapNotNull(::reminderId).filter { it.startsWith("daily:") }
            daily.isNotEmpty() && daily.all { it.contains("T21:00") }
        }
    }
}
