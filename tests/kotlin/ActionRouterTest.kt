// Host tests: notification action broadcasts → core actions, validated; double deliveries.
package app.tend.android.logic

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class ActionRouterTest {
    private val a = ActionRouter.INTENT_ACTION

    private fun handled(r: Routing) = (r as Routing.Handle).routed

    @Test
    fun eachButtonRoutesToItsCoreAction() {
        assertEquals(RoutedAction("daily:2025-03-10T20:00", CoreAction.Done), handled(ActionRouter.route(a, "daily:2025-03-10T20:00", "done", null)))
        assertEquals(RoutedAction("kit:2025-03-10:12", CoreAction.Skip), handled(ActionRouter.route(a, "kit:2025-03-10:12", "skip", null)))
        assertEquals(RoutedAction("meeting:7:2025-03-10T19:00", CoreAction.Snooze(15)), handled(ActionRouter.route(a, "meeting:7:2025-03-10T19:00", "snooze", 15)))
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
    }

    @Test
    fun snoozeNeedsMinutesInTheCoresRange() {
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", null) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", 0) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", -5) is Routing.Reject)
        assertTrue(ActionRouter.route(a, "daily:a", "snooze", 24 * 60 + 1) is Routing.Reject)
        assertEquals(CoreAction.Snooze(1440), handled(ActionRouter.route(a, "daily:a", "snooze", 1440)).action)
        assertTrue(ActionRouter.route(a, "daily:a", "done", 15) is Routing.Reject)
    }

    @Test
    fun theExtrasWePutOnAButtonRouteBackToTheSameAction() {
        val alarm = PlannedAlarm("kit:2025-03-10:12", "keep_in_touch", 0, "t", "b", ReminderButton.entries)
        for (button in ReminderButton.entries) {
            val e = ActionRouter.extrasFor(alarm, button)
            val r = handled(ActionRouter.route(a, e.notificationId, e.action, e.snoozeMinutes))
            assertEquals(alarm.id, r.notificationId)
            assertEquals(button == ReminderButton.SNOOZE, r.action is CoreAction.Snooze)
        }
    }

    @Test
    fun aDoubleDeliveredBroadcastIsHandledOnce() {
        val d = ActionDeduper(windowMillis = 10_000)
        val once = handled(ActionRouter.route(a, "daily:a", "done", null))
        val twice = handled(ActionRouter.route(a, "daily:a", "done", null))
        assertEquals(once, twice)
        assertTrue(d.firstDelivery(once, 1_000))
        assertFalse(d.firstDelivery(twice, 1_500))
        // A different action on the same reminder, or another reminder, is not suppressed.
        assertTrue(d.firstDelivery(RoutedAction("daily:a", CoreAction.Snooze(15)), 1_600))
        assertTrue(d.firstDelivery(RoutedAction("daily:b", CoreAction.Done), 1_700))
        // Long after, a real second tap reaches the core (which is idempotent on the id).
        assertTrue(d.firstDelivery(once, 20_000))
    }
}

class NotificationTextTest {
    @Test
    fun textIsTheCoresAndTheTagIsTheId() {
        val alarm = PlannedAlarm("meeting:7:2025-03-10T19:00", "meeting", 0, "Meeting at 19:00", "Tap done when you are there", listOf(ReminderButton.DONE, ReminderButton.SKIP))
        val spec = NotificationText.specFor(alarm)
        assertEquals(alarm.id, spec.tag)
        assertEquals(alarm.title, spec.title)
        assertEquals(alarm.body, spec.body)
        assertEquals(NotificationText.EVENTS.id, spec.channelId)
        assertEquals(listOf(ReminderButton.DONE, ReminderButton.SKIP), spec.buttons.map { it.first })
    }

    @Test
    fun everyKindHasAChannelAndChannelIdsAreDistinct() {
        for (kind in listOf("daily_checkin", "keep_in_touch", "meeting", "goal", "milestone", "gratitude", "from_the_future")) {
            assertTrue(NotificationText.channelFor(kind) in NotificationText.CHANNELS)
        }
        assertEquals(NotificationText.CHANNELS.size, NotificationText.CHANNELS.map { it.id }.toSet().size)
    }
}

class ReplanTriggersTest {
    @Test
    fun systemEventsThatInvalidateAlarmsMeanReset() {
        for (action in ReplanTriggers.SYSTEM_ACTIONS) assertEquals(action, Replan.RESET, ReplanTriggers.forBroadcast(action))
        assertEquals(Replan.SYNC, ReplanTriggers.forBroadcast(ReplanTriggers.REPLAN_ALARM))
        assertEquals(Replan.NONE, ReplanTriggers.forBroadcast("android.intent.action.SCREEN_ON"))
        assertEquals(Replan.NONE, ReplanTriggers.forBroadcast(null))
    }

    @Test
    fun appStartResetsWhenAnythingChangedSilently() {
        val s = DeviceState("Europe/London", exactAlarmsAllowed = true, notificationsAllowed = true, appVersionCode = 3)
        assertEquals(Replan.RESET, ReplanTriggers.onAppStart(null, s))
        assertEquals(Replan.SYNC, ReplanTriggers.onAppStart(s, s.copy()))
        assertEquals(Replan.RESET, ReplanTriggers.onAppStart(s, s.copy(exactAlarmsAllowed = false)))
        assertEquals(Replan.RESET, ReplanTriggers.onAppStart(s, s.copy(zoneId = "America/New_York")))
        assertEquals(Replan.RESET, ReplanTriggers.onAppStart(s, s.copy(notificationsAllowed = false)))
        assertEquals(Replan.RESET, ReplanTriggers.onAppStart(s, s.copy(appVersionCode = 4)))
    }

    @Test
    fun replanIsDueAtReplanBy() {
        assertFalse(ReplanTriggers.replanDue(999, 1000))
        assertTrue(ReplanTriggers.replanDue(1000, 1000))
        assertTrue(ReplanTriggers.replanDue(0, null))
    }
}
