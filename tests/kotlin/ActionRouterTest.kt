// Host tests: notification button broadcasts → the core's ReminderAction, double deliveries,
// urgency → channel, and which broadcasts report lost alarms.
package app.tend.android.logic

import app.tend.core.ActionKind
import app.tend.core.ArgValue
import app.tend.core.Message
import app.tend.core.MessageArg
import app.tend.core.MessageId
import app.tend.core.Refers
import app.tend.core.ReminderAction
import app.tend.core.ReminderKind
import app.tend.core.ReminderNotification
import app.tend.ffi.snoozeChoices
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.Instant

class ActionRouterTest {
    private val a = ActionRouter.INTENT_ACTION

    private fun handled(r: Routing) = (r as Routing.Handle).routed

    @Test
    fun eachButtonRoutesToItsCoreAction() {
        assertEquals(RoutedAction("daily:2025-03-10T20:00", ReminderAction.Done), handled(ActionRouter.route(a, "daily:2025-03-10T20:00", "done", null)))
        assertEquals(RoutedAction("kit:2025-03-10:12", ReminderAction.Skip), handled(ActionRouter.route(a, "kit:2025-03-10:12", "skip", null)))
        assertEquals(RoutedAction("meeting:7:2025-03-10T19:00", ReminderAction.Snooze(15u)), handled(ActionRouter.route(a, "meeting:7:2025-03-10T19:00", "snooze", 15)))
    }

    @Test
    fun theIdIsPassedThroughByteForByte() {
        for (id in listOf(" kit:2025-03-10:12-15-40", "daily:2025-03-09T02:30\n", "gratitude:2025-03-10:12", "x:ü")) {
            assertEquals(id, handled(ActionRouter.route(a, id, "done", null)).notificationId)
        }
    }

    @Test
    fun unknownOrMalformedActionsAreRejected() {
        for (word in listOf(null, "", "DONE", "Done", "dismiss", "snooze ", "delete")) {
            assertTrue("$word", ActionRouter.route(a, "daily:a", word, null) is Routing.Reject)
        }
        assertTrue(ActionRouter.route("android.intent.action.VIEW", "daily:a", "done", null) is Routing.Reject)
        assertTrue(ActionRouter.route(null, "daily:a", "done", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, null, "done", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "  ", "done", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "d".repeat(ActionRouter.MAX_ID_LENGTH + 1), "done", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "done", 15) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "skip", 15) is Routing.Reject)
    }

    @Test
    fun snoozeNeedsPositiveMinutesAndLeavesTheLimitToTheCore() {
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", 0) is Routing.Reject)
        // Would wrap to 4294967291 as a UInt: refused here, not sent.
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", -5) is Routing.Reject)
        // Over the core's limit is still routed: the core throws InvalidInput (ShellBridgeTest).
        assertEquals(ReminderAction.Snooze(1441u), handled(ActionRouter.route(a, "daily:a", "snooze", 1441)).action)
    }

    @Test
    fun theExtrasWePutOnAButtonRouteBackToTheSameAction() {
        for (button in ActionKind.entries) {
            val e = ActionRouter.extrasFor("kit:2025-03-10:12", button)
            val r = handled(ActionRouter.route(a, e.notificationId, e.action, e.snoozeMinutes))
            assertEquals("kit:2025-03-10:12", r.notificationId)
            val want =
                when (button) {
                    ActionKind.DONE -> ReminderAction.Done
                    ActionKind.SKIP -> ReminderAction.Skip
                    // The notification's own Snooze button is the core's first choice.
                    ActionKind.SNOOZE -> ReminderAction.Snooze(snoozeChoices().first())
                }
            assertEquals(want, r.action)
        }
        assertEquals(ActionKind.entries.size, ActionKind.entries.map(ActionRouter::wire).toSet().size)
        assertNull(ActionRouter.kindOf("later"))
    }

    @Test
    fun aDoubleDeliveredBroadcastIsHandledOnce() {
        val d = ActionDeduper(windowMillis = 10_000)
        val once = handled(ActionRouter.route(a, "daily:a", "done", null))
        val twice = handled(ActionRouter.route(a, "daily:a", "done", null))
        assertEquals(once, twice)
        assertTrue(d.firstDelivery(once, 1_000))
        assertFalse(d.firstDelivery(twice, 1_500))
        // A delivery whose action could not be stored is forgotten: the user's next tap goes through.
        d.forget(twice)
        assertTrue(d.firstDelivery(twice, 1_600))
        // A different action on the same reminder, or another reminder, is not suppressed.
        assertTrue(d.firstDelivery(RoutedAction("daily:a", ReminderAction.Snooze(15u)), 1_600))
        assertTrue(d.firstDelivery(RoutedAction("daily:b", ReminderAction.Done), 1_700))
        // Long after, a real second tap reaches the core (which is idempotent on the id).
        assertTrue(d.firstDelivery(once, 20_000))
    }
}

class NotificationTextTest {
    /** The words are the glue's (the app's resources): here each message is named by its id. */
    private fun spec(n: ReminderNotification) = NotificationText.specFor(n) { it.id.name }

    private fun note(urgent: Boolean) =
        ReminderNotification(
            id = "meeting:7:2025-03-10T19:00",
            kind = ReminderKind.MEETING,
            fireAt = Instant.EPOCH,
            localTime = "2025-03-10T19:00:00+00:00",
            title = Message(MessageId.REMINDER_MEETING_NOW, listOf(MessageArg("group", ArgValue.Text("Thursday group")))),
            body = Message(MessageId.REMINDER_MEETING_BODY, listOf(MessageArg("time", ArgValue.Time(1140u)))),
            actions = listOf(ActionKind.DONE, ActionKind.SKIP, ActionKind.DONE),
            refers = Refers(emptyList(), 3, 7, null, null),
            urgent = urgent,
            doneNeedsUnlock = true,
            earlyIfInexactMinutes = 30u,
            fingerprint = "f",
        )

    @Test
    fun textIsTheCoresAndTheTagIsTheId() {
        val n = note(urgent = true)
        // The words are the glue's (the app's resources); here a stand-in names what it was given.
        val spec = NotificationText.specFor(n) { m -> "${m.id}:${m.args.joinToString { it.name }}" }
        assertEquals(n.id, spec.tag)
        assertEquals("REMINDER_MEETING_NOW:group", spec.title)
        assertEquals("REMINDER_MEETING_BODY:time", spec.body)
        assertEquals(listOf(ActionKind.DONE, ActionKind.SKIP), spec.buttons)
    }

    @Test
    fun onlyDoneAsksForTheUnlockAndOnlyWhileTheCoreSaysSo() {
        val spec = spec(note(urgent = true))
        assertTrue(spec.needsUnlock(ActionKind.DONE))
        assertFalse(spec.needsUnlock(ActionKind.SKIP))
        val off = spec(note(urgent = true).copy(doneNeedsUnlock = false))
        assertFalse(off.needsUnlock(ActionKind.DONE))
    }

    @Test
    fun theCoresUrgentFlagAloneChoosesTheChannel() {
        // Same kind, different flag: the shell follows the flag, not the kind.
        assertEquals(NotificationText.TIMELY.id, spec(note(urgent = true)).channelId)
        assertEquals(NotificationText.GENTLE.id, spec(note(urgent = false)).channelId)
        assertTrue(NotificationText.TIMELY.sounding)
        // People and progress nudges are not silent by default, and the old silent channel goes.
        assertTrue(NotificationText.GENTLE.sounding)
        assertTrue("tend.gentle" in NotificationText.RETIRED_CHANNEL_IDS)
        assertFalse(NotificationText.CHANNELS.any { it.id in NotificationText.RETIRED_CHANNEL_IDS })
        assertEquals(NotificationText.CHANNELS.size, NotificationText.CHANNELS.map { it.id }.toSet().size)
        assertTrue(NotificationText.CHANNELS.none { it.id in NotificationText.RETIRED_CHANNEL_IDS })
    }
}

class ReplanTriggersTest {
    @Test
    fun onlyTheOsSaysItLostAlarms() {
        for (action in listOf(ReplanTriggers.BOOT_COMPLETED, ReplanTriggers.QUICKBOOT_POWERON, ReplanTriggers.TIME_SET, ReplanTriggers.MY_PACKAGE_REPLACED)) {
            assertEquals(action, Trigger.OS_LOST_REMINDERS, ReplanTriggers.forBroadcast(action))
        }
        // The core sees these itself in the device state.
        assertEquals(Trigger.SYNC, ReplanTriggers.forBroadcast(ReplanTriggers.TIMEZONE_CHANGED))
        assertEquals(Trigger.SYNC, ReplanTriggers.forBroadcast(ReplanTriggers.EXACT_ALARM_PERMISSION_CHANGED))
        // Our own alarm reaches only the non-exported ReplanReceiver; the exported receiver ignores it.
        assertEquals(Trigger.NONE, ReplanTriggers.forBroadcast(ReplanTriggers.REPLAN_ALARM))
        assertEquals(Trigger.SYNC, ReplanTriggers.forOwnAlarm(ReplanTriggers.REPLAN_ALARM))
        assertEquals(Trigger.NONE, ReplanTriggers.forOwnAlarm(ReplanTriggers.BOOT_COMPLETED))
        assertEquals(Trigger.NONE, ReplanTriggers.forBroadcast("android.intent.action.SCREEN_ON"))
        assertEquals(Trigger.NONE, ReplanTriggers.forBroadcast(null))
        assertTrue(ReplanTriggers.SYSTEM_ACTIONS.all { ReplanTriggers.forBroadcast(it) != Trigger.NONE })
    }

    @Test
    fun theDeviceStateCarriesALossUntilASyncReportedIt() {
        val quiet = ReplanTriggers.deviceState("Europe/Dublin", true, true, 42, "de-DE", Trigger.SYNC, lossUnreported = false)
        assertEquals("Europe/Dublin", quiet.zone)
        assertEquals("de-DE", quiet.language)
        assertEquals("42", quiet.appVersion)
        assertFalse(quiet.osLostReminders)
        assertNull("Android cannot list its alarms", quiet.osPending)
        assertTrue(ReplanTriggers.deviceState("UTC", true, true, 1, "en", Trigger.OS_LOST_REMINDERS, false).osLostReminders)
        assertTrue(ReplanTriggers.deviceState("UTC", true, true, 1, "en", Trigger.SYNC, lossUnreported = true).osLostReminders)
    }
}
