// A notification's buttons, pressed as the system delivers them: the PendingIntent the real
// NotificationManager holds is sent to ActionReceiver, which asks the core. Done logs exactly one
// check-in however often and from however many threads it arrives, and the notification goes only
// once it is stored; Later sets one alarm the core's minutes later.
package app.tend.android

import android.app.Notification
import android.content.Intent
import app.tend.android.logic.ActionRouter
import app.tend.android.logic.NotificationText
import app.tend.core.CheckinQuery
import app.tend.ffi.snoozeChoices
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.util.concurrent.CountDownLatch
import kotlin.concurrent.thread

class ActionsTest : RobolectricBase() {
    private fun shown(prefix: String): Pair<String, Notification> {
        seedDemo()
        replanNow()
        val alarm = reminderAlarms().first { reminderId(it)!!.startsWith(prefix) }
        val id = reminderId(alarm)!!
        alarmManager().fireAlarm(alarm)
        eventually("notification $id") { notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) != null }
        return id to notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID)
    }

    private fun button(
        n: Notification,
        label: String,
    ) = n.actions.first { it.title.toString() == label }.actionIntent

    private fun logged(id: String) = store().checkins(CheckinQuery()).count { it.idempotencyKey == id }

    private fun gone(id: String) = notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) == null

    @Test
    fun done_logs_one_check_in_and_clears_the_notification() {
        val (id, n) = shown("daily:")
        assertEquals(0, logged(id))
        button(n, "Done").send()
        eventually("the notification is cleared") { gone(id) }
        assertEquals(1, logged(id))
        assertTrue(store().today(zone()).checkedIn || !id.contains(java.time.LocalDate.now().toString()))
    }

    @Test
    fun done_twice_still_logs_once() {
        val (id, n) = shown("daily:")
        button(n, "Done").send()
        button(n, "Done").send()
        eventually("the notification is cleared") { gone(id) }
        Thread.sleep(300)
        eventually("both deliveries handled") { logged(id) >= 1 }
        assertEquals(1, logged(id))
    }

    @Test
    fun done_from_two_threads_at_once_logs_once() {
        val (id, n) = shown("daily:")
        // The same button sent from two threads together (a double tap racing a retry).
        val start = CountDownLatch(1)
        val done = button(n, "Done")
        val threads =
            (1..2).map {
                thread {
                    start.await()
                    done.send()
                }
            }
        start.countDown()
        threads.forEach { it.join(10_000) }
        eventually("the check-in is stored") { logged(id) >= 1 }
        Thread.sleep(300)
        assertEquals(1, logged(id))
    }

    @Test
    fun later_sets_one_alarm_the_cores_minutes_later() {
        // Quiet hours off: inside them the core rightly moves a snooze to their end, and this test
        // runs at any hour (it failed at 22:20 in the test's zone with the default 22:00-07:00).
        store().setSetting("quiet_hours", "off")
        val (id, n) = shown("daily:")
        val minutes = snoozeChoices().first().toLong()
        val before = System.currentTimeMillis()
        button(n, "Later").send()
        eventually("the notification is cleared") { gone(id) }
        eventually("the snoozed alarm is set") { reminderAlarms().any { reminderId(it) == id && it.triggerAtMs >= before + minutes * 60_000 } }
        val after = System.currentTimeMillis()
        val again = reminderAlarms().filter { reminderId(it) == id }
        assertEquals(1, again.size)
        val at = again.single().triggerAtMs
        // The core's minutes after the tap was handled, which was between the tap and now (on a
        // loaded machine that can take a while; a wrong snooze length is still far outside).
        assertTrue("about $minutes minutes later", at in (before + minutes * 60_000)..(after + minutes * 60_000 + 60_000))
        assertEquals(0, logged(id))
    }

    @Test
    fun skip_logs_nothing_and_clears_the_notification() {
        val (id, n) = shown("daily:")
        button(n, "Skip").send()
        eventually("the notification is cleared") { gone(id) }
        assertEquals(0, logged(id))
    }

    @Test
    fun a_store_that_cannot_take_the_write_keeps_the_notification() {
        val (id, n) = shown("daily:")
        // The store goes away under the receiver (closed), so handleAction fails.
        store().close()
        button(n, "Done").send()
        Thread.sleep(500)
        eventually("the receiver finished") { true }
        assertNotNull("kept for another try", notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID))
    }

    @Test
    fun a_forged_or_broken_action_is_ignored() {
        val (id, _) = shown("daily:")
        app.sendAndIdle(Intent(app, ActionReceiver::class.java).setAction("something.else").putExtra(ActionRouter.EXTRA_NOTIFICATION_ID, id).putExtra(ActionRouter.EXTRA_ACTION, "done"))
        app.sendAndIdle(Intent(app, ActionReceiver::class.java).setAction(ActionRouter.INTENT_ACTION).putExtra(ActionRouter.EXTRA_NOTIFICATION_ID, id).putExtra(ActionRouter.EXTRA_ACTION, "explode"))
        Thread.sleep(300)
        assertEquals(0, logged(id))
        assertNotNull(notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID))
    }
}
