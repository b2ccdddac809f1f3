// The core's messages in the phone's language, on the real framework's resources: a posted
// notification worded from res/values-xx/messages.xml (German, English, French discreet text),
// plural forms and lists the locale's way (Spanish), a malformed message that reads as its key,
// and a language change that rewords every pending reminder (a new fingerprint for each, the
// alarms replaced under their codes).
package app.tend.android

import android.app.Notification
import android.content.Context
import android.content.Intent
import app.tend.android.logic.NotificationText
import app.tend.core.ArgValue
import app.tend.core.Message
import app.tend.core.MessageArg
import app.tend.core.MessageId
import app.tend.core.PersonInput
import app.tend.core.Role
import kotlinx.coroutines.runBlocking
import org.json.JSONObject
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.robolectric.RuntimeEnvironment
import org.robolectric.annotation.Config

class LanguagesTest : RobolectricBase() {
    private fun msg(
        id: MessageId,
        vararg args: Pair<String, ArgValue>,
    ) = Message(id, args.map { (n, v) -> MessageArg(n, v) })

    /** Sam, due a call, and the daily check-ins; no quiet hours, so everything is planned. */
    private fun samAndCheckIns() {
        runBlocking { app.coldStart?.join() }
        store().setSetting("quiet_hours", "off")
        store().setSetting("checkin_times", "08:00,20:00")
        store().addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
    }

    /** Fires the first planned alarm whose reminder id starts with [prefix]; the notification it posted. */
    private fun fire(prefix: String): Notification {
        val alarm = reminderAlarms().first { reminderId(it)!!.startsWith(prefix) }
        val id = reminderId(alarm)!!
        alarmManager().fireAlarm(alarm)
        eventually("the notification of $id") { notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID) != null }
        return notificationManager().getNotification(id, NotificationText.NOTIFICATION_ID)
    }

    private fun Notification.title() = extras.getCharSequence(Notification.EXTRA_TITLE)?.toString()

    private fun Notification.body() = extras.getCharSequence(Notification.EXTRA_TEXT)?.toString()

    /** What the scheduler recorded as pending: id → the fingerprint it was set with. */
    private fun pendingFingerprints(): Map<String, String> {
        val json = JSONObject(app.getSharedPreferences("tend.reminders", Context.MODE_PRIVATE).getString("pending", "{}")!!)
        return json.keys().asSequence().associateWith { json.getJSONObject(it).getString("fp") }
    }

    @Test
    @Config(qualifiers = "de")
    fun a_keep_in_touch_reminder_posts_in_german() {
        samAndCheckIns()
        replanNow()
        val n = fire("kit:")
        assertEquals("Melde dich bei Sam", n.title())
        assertEquals("Du hast noch keinen Kontakt eingetragen.", n.body())
        assertEquals(listOf("Erledigt", "Später"), n.actions.map { it.title.toString() }.take(2))
        assertEquals("de", app.resources.language().substringBefore('-'))
    }

    @Test
    fun a_keep_in_touch_reminder_posts_in_english() {
        samAndCheckIns()
        replanNow()
        val n = fire("kit:")
        assertEquals("Reach out to Sam", n.title())
        assertEquals("You have not logged a contact yet.", n.body())
    }

    @Test
    @Config(qualifiers = "fr")
    fun a_discreet_daily_reminder_posts_the_french_discreet_text() {
        samAndCheckIns()
        store().setSetting("discreet", "on")
        replanNow()
        val n = fire("daily:")
        assertEquals("C'est l'heure de faire le point", n.title())
        assertEquals("Appuie pour ouvrir.", n.body())
        val kit = fire("kit:")
        assertTrue("no name in discreet text: ${kit.title()} ${kit.body()}", !"${kit.title()} ${kit.body()}".contains("Sam"))
    }

    @Test
    @Config(qualifiers = "es")
    fun spanish_picks_the_plural_form_by_the_count_and_lists_and_dates_its_own_way() {
        val r = app.resources
        assertEquals("Ha pasado 1 día desde tu último contacto.", r.text(msg(MessageId.REMINDER_KEEP_IN_TOUCH_DAYS, "days" to ArgValue.Number(1))))
        assertEquals("Han pasado 3 días desde tu último contacto.", r.text(msg(MessageId.REMINDER_KEEP_IN_TOUCH_DAYS, "days" to ArgValue.Number(3))))
        assertEquals("Sam, Alex y Jo", r.text(msg(MessageId.REMINDER_KEEP_IN_TOUCH_MANY_BODY, "names" to ArgValue.Names(listOf("Sam", "Alex", "Jo")))))
        val week =
            r.text(
                msg(MessageId.REMINDER_GOAL_WEEK, "count" to ArgValue.Number(1), "target" to ArgValue.Number(3), "ends" to ArgValue.Date("2026-03-12")),
            )
        assertTrue(week, week.contains("12 de marzo de 2026"))
    }

    @Test
    fun a_malformed_message_reads_as_its_key_and_never_throws() {
        val r = app.resources
        assertEquals("milestone-days", r.text(msg(MessageId.MILESTONE_DAYS)))
        assertEquals("reminder-keep-in-touch-title", r.text(msg(MessageId.REMINDER_KEEP_IN_TOUCH_TITLE)))
        assertEquals("reminder-meeting-body", r.text(msg(MessageId.REMINDER_MEETING_BODY, "time" to ArgValue.Time(5000u))))
        assertEquals("30 days", r.text(msg(MessageId.MILESTONE_DAYS, "days" to ArgValue.Number(30))))
    }

    @Test
    fun a_new_language_rewords_every_pending_reminder() {
        samAndCheckIns()
        replanNow()
        val before = pendingFingerprints()
        assertTrue(before.size > 2)

        RuntimeEnvironment.setQualifiers("de")
        app.sendAndIdle(Intent(Intent.ACTION_LOCALE_CHANGED).setPackage(app.packageName))
        eventually("every pending reminder set again in German") {
            val after = pendingFingerprints()
            after.keys == before.keys && before.all { (id, fp) -> after[id] != fp }
        }
        // The same alarms (one per reminder, none twice), now carrying the German words.
        assertEquals(before.keys, reminderAlarms().map { reminderId(it)!! }.toSet())
        assertEquals(reminderAlarms().size, before.size)
        val n = fire("kit:")
        assertEquals("Melde dich bei Sam", n.title())
        assertEquals("Erledigt", n.actions.first().title.toString())
    }
}
