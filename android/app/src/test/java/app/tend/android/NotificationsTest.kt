// An alarm fires: the notification the framework shows is the core's — its channel, title and
// text (discreet: no names, no recovery words), Done / Later / Skip, and the unlock for Done when
// the user asked for it.
package app.tend.android

import android.app.Notification
import app.tend.android.logic.NotificationText
import app.tend.core.Opens
import app.tend.ffi.notificationOpens
import org.robolectric.Shadows
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

class NotificationsTest : RobolectricBase() {
    /** Fires the alarm of the first planned reminder whose id starts with [prefix]. */
    private fun fire(prefix: String): Pair<String, Notification> {
        val alarm = reminderAlarms().first { reminderId(it)!!.startsWith(prefix) }
        val id = reminderId(alarm)!!
        alarmManager().fireAlarm(alarm)
        eventually("the notification of $id") { notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) != null }
        return id to notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID)
    }

    private fun planned(id: String) = store().plan(zone(), 14u, 60u).notifications.first { it.id == id }

    @Test
    fun a_fired_alarm_shows_the_cores_text_in_the_cores_channel_with_three_buttons() {
        seedDemo()
        replanNow()
        val (id, n) = fire("daily:")
        val p = planned(id)
        // The core's messages, worded from the app's resources (English here: LanguagesTest has the rest).
        assertEquals("Daily check-in", n.extras.getString(Notification.EXTRA_TITLE))
        assertEquals(app.resources.text(p.title), n.extras.getString(Notification.EXTRA_TITLE))
        assertEquals(app.resources.text(p.body), n.extras.getCharSequence(Notification.EXTRA_TEXT)?.toString())
        assertEquals(NotificationText.channelFor(p.urgent).id, n.channelId)
        assertEquals(listOf("Done", "Later", "Skip"), n.actions.map { it.title.toString() })
        assertEquals(Notification.VISIBILITY_PRIVATE, n.visibility)
    }

    @Test
    fun a_tap_opens_the_app_on_the_page_the_core_names_for_that_reminder() {
        seedDemo()
        replanNow()
        val (daily, dn) = fire("daily:")
        val (kit, kn) = fire("kit:")
        for ((id, n) in listOf(daily to dn, kit to kn)) {
            val opened = Shadows.shadowOf(n.contentIntent).savedIntent
            assertEquals(id, opened.getStringExtra(NotificationText.EXTRA_OPENS))
            assertEquals(app.packageName, opened.component?.packageName ?: opened.`package`)
        }
        // Two reminders, two intents: neither tap carries the other's page.
        assertFalse(dn.contentIntent == kn.contentIntent)
        assertEquals(Opens.Today, notificationOpens(daily))
    }

    @Test
    fun the_channels_exist_with_their_names() {
        val channels = notificationManager().notificationChannels.associateBy { it.id }
        for (spec in NotificationText.CHANNELS) {
            val c = channels[spec.id]
            assertNotNull("channel ${spec.id}", c)
            assertEquals(app.string(spec.nameKey), c!!.name.toString())
        }
    }

    @Test
    fun discreet_notifications_carry_no_names_and_no_recovery_words() {
        seedDemo()
        store().setSetting("discreet", "on")
        replanNow()
        val names = store().people(null).map { it.name }
        var checked = 0
        for (alarm in reminderAlarms().take(8)) {
            val id = reminderId(alarm)!!
            alarmManager().fireAlarm(alarm)
            eventually("notification $id") { notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) != null }
            val n = notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID)
            val shown = (n.extras.getString(Notification.EXTRA_TITLE) + " " + n.extras.getCharSequence(Notification.EXTRA_TEXT)).lowercase()
            for (name in names) assertFalse("'$name' in: $shown", shown.contains(name.lowercase()))
            for (word in listOf("recovery", "sponsor", "step", "sober", "craving", "relapse", "therap")) assertFalse("'$word' in: $shown", shown.contains(word))
            checked++
        }
        assertTrue(checked > 2)
    }

    @Test
    fun done_asks_for_the_unlock_only_when_the_user_wants_it() {
        seedDemo()
        store().setSetting("done_needs_unlock", "on")
        replanNow()
        val (_, locked) = fire("daily:")
        assertTrue(locked.actions.first { it.title.toString() == "Done" }.isAuthenticationRequired)
        assertFalse(locked.actions.first { it.title.toString() == "Later" }.isAuthenticationRequired)
        store().setSetting("done_needs_unlock", "off")
        replanNow()
        val alarm = reminderAlarms().first { reminderId(it)!!.startsWith("daily:") && notificationManager().getNotification(reminderId(it), NotificationText.NOTIFICATION_ID) == null }
        val id = reminderId(alarm)!!
        alarmManager().fireAlarm(alarm)
        eventually("notification $id") { notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) != null }
        assertFalse(notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID).actions.first { it.title.toString() == "Done" }.isAuthenticationRequired)
    }

    @Test
    fun without_the_notification_permission_nothing_is_posted_and_nothing_crashes() {
        seedDemo()
        replanNow()
        org.robolectric.Shadows.shadowOf(app).denyPermissions(android.Manifest.permission.POST_NOTIFICATIONS)
        assertFalse(app.scheduler.notificationsAllowed())
        val alarm = reminderAlarms().first()
        alarmManager().fireAlarm(alarm)
        Thread.sleep(200)
        eventually("the alarm is recorded as fired") { true }
        assertEquals(0, notificationManager().size())
    }
}
