// The Android shell's path from the real core to AlarmManager operations, as the receivers chain
// it: the generated bindings (JNA + the freshly built cdylib), the shell's mapping in logic/, and
// the rules the core now owns, proven from this side — full resets, fingerprints, urgency, the
// bundle chooser. Only the final OS calls are missing.
package app.tend.android.logic

import app.tend.core.ActionKind
import app.tend.core.ArgValue
import app.tend.core.MessageId
import app.tend.core.CheckinKind
import app.tend.core.CheckinQuery
import app.tend.core.DeviceState
import app.tend.core.GroupInput
import app.tend.core.GroupKind
import app.tend.core.MeetingInput
import app.tend.core.PersonInput
import app.tend.core.ReminderAction
import app.tend.core.ReminderKind
import app.tend.core.ReminderNotification
import app.tend.core.ResetReason
import app.tend.core.Role
import app.tend.core.TendException
import app.tend.ffi.TendStore
import app.tend.ffi.maxPendingReminders
import app.tend.ffi.maxSnoozeMinutes
import app.tend.ffi.snoozeChoices
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
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

    /** The device as ReminderScheduler reports it, after [action] (null: an app start). */
    private fun device(
        zone: String = "UTC",
        exact: Boolean = true,
        action: String? = null,
    ): DeviceState {
        val trigger = action?.let { ReplanTriggers.forBroadcast(it).takeIf { t -> t != Trigger.NONE } ?: ReplanTriggers.forOwnAlarm(it) } ?: Trigger.SYNC
        return ReplanTriggers.deviceState(zone, exact, notificationsAllowed = true, versionCode = 7, language = "en-US", trigger = trigger, lossUnreported = false)
    }

    private fun now() = System.currentTimeMillis()

    private fun sync(
        d: DeviceState,
        before: ApplyResult? = null,
    ) = store.sync(d).let { diff -> diff to applier.apply(diff, before?.pending.orEmpty(), before?.codes.orEmpty(), now(), d.exactAlarms) }

    private fun List<AlarmOp>.schedules() = filterIsInstance<AlarmOp.Schedule>()

    private fun List<AlarmOp>.cancels() = filterIsInstance<AlarmOp.Cancel>()

    private fun done(n: ReminderNotification) = routed(n, ActionKind.DONE)

    /** A button press, through the extras the shell puts on it and the router that reads them. */
    private fun routed(
        n: ReminderNotification,
        button: ActionKind,
    ): RoutedAction {
        val e = ActionRouter.extrasFor(n.id, button)
        return (ActionRouter.route(ActionRouter.INTENT_ACTION, e.notificationId, e.action, e.snoozeMinutes) as Routing.Handle).routed
    }

    @Test
    fun theFirstSyncIsTheWholePlanAndExactAlarmsDeniedScheduleItInexactly() {
        val (diff, applied) = sync(device(exact = false))
        assertEquals(ResetReason.FIRST_PLAN, diff.reset)
        assertTrue("two check-ins a day for two weeks", diff.schedule.size >= 26)
        assertTrue(diff.schedule.size <= maxPendingReminders().toInt())
        val scheduled = applied.ops.schedules()
        assertEquals(diff.schedule.map { it.id }.toSet(), scheduled.map { it.notification.id }.toSet())
        assertTrue(scheduled.all { it.mode == AlarmMode.INEXACT && it.triggerAtMillis > now() - 1000 })
        assertTrue(scheduled.all { it.notification.kind == ReminderKind.DAILY_CHECKIN && it.notification.title.id == MessageId.REMINDER_DAILY_TITLE })
        assertEquals(scheduled.size, applied.codes.values.toSet().size)
        assertNotNull(applied.ops.filterIsInstance<AlarmOp.SetReplan>().singleOrNull())
    }

    @Test
    fun theSameDeviceAgainIsAnEmptyChange() {
        val (_, first) = sync(device())
        val (diff, again) = sync(device(), first)
        assertNull(diff.reset)
        assertTrue(diff.schedule.isEmpty() && diff.cancel.isEmpty())
        assertTrue(again.ops.none { it is AlarmOp.Schedule || it is AlarmOp.Cancel })
        assertEquals(first.pending, again.pending)
        assertEquals(store.believedPending().toSet(), first.pending.keys)
    }

    @Test
    fun aZoneChangeIsAFullResetThatKeepsEachIdsCode() {
        val (_, before) = sync(device("Europe/Dublin"))
        // TIMEZONE_CHANGED carries no loss flag: the core sees the new zone by itself.
        val (diff, after) = sync(device("Asia/Tokyo", action = ReplanTriggers.TIMEZONE_CHANGED), before)
        assertEquals(ResetReason.ZONE_CHANGED, diff.reset)
        assertEquals("every recorded alarm is cancelled", before.pending.keys, after.ops.cancels().map { it.id }.toSet())
        assertTrue(after.ops.indexOfLast { it is AlarmOp.Cancel } < after.ops.indexOfFirst { it is AlarmOp.Schedule })
        val scheduled = after.ops.schedules().map { it.notification.id }
        assertEquals(scheduled.size, scheduled.toSet().size)
        assertEquals(after.pending.size, after.pending.values.map { it.requestCode }.toSet().size)
        for ((id, p) in after.pending) before.pending[id]?.let { assertEquals(it.requestCode, p.requestCode) }
        // Settled in Tokyo: the next sync is a minimal change again.
        assertNull(store.sync(device("Asia/Tokyo")).reset)
    }

    @Test
    fun aLostAlarmsBroadcastIsAFullResetOfEverythingBelievedPending() {
        val (_, before) = sync(device())
        for (action in listOf(ReplanTriggers.BOOT_COMPLETED, ReplanTriggers.TIME_SET, ReplanTriggers.MY_PACKAGE_REPLACED)) {
            val (diff, after) = sync(device(action = action), before)
            assertEquals(action, ResetReason.OS_LOST_REMINDERS, diff.reset)
            assertEquals(before.pending.keys, diff.schedule.map { it.id }.toSet())
            assertEquals(before.pending.keys, after.pending.keys)
        }
        // The replan alarm reports no loss: nothing to do.
        assertNull(store.sync(device(action = ReplanTriggers.REPLAN_ALARM)).reset)
    }

    @Test
    fun exactAlarmsRevokedIsAFullResetToInexactAlarms() {
        val (_, before) = sync(device(exact = true))
        // Android sends no broadcast on revoke; the next start reports the permission as it is.
        val (diff, after) = sync(device(exact = false), before)
        assertEquals(ResetReason.EXACT_ALARMS_CHANGED, diff.reset)
        assertTrue(after.ops.schedules().isNotEmpty())
        assertTrue(after.ops.schedules().all { it.mode == AlarmMode.INEXACT })
    }

    @Test
    fun doneOnTheLockScreenAsksForTheUnlockUntilTheUserTurnsItOff() {
        store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
        val on = store.plan("UTC", 14u, 60u).notifications
        assertTrue(on.isNotEmpty() && on.all { it.doneNeedsUnlock == (ActionKind.DONE in it.actions) })
        store.setSetting("done_needs_unlock", "off")
        val off = store.plan("UTC", 14u, 60u).notifications.associateBy { it.id }
        for (n in on) {
            val o = off.getValue(n.id)
            assertFalse(o.doneNeedsUnlock)
            assertFalse("a notification's spec follows the core", NotificationText.specFor(o) { it.id.name }.needsUnlock(ActionKind.DONE))
            // What Done does on the lock screen changed, so the OS copy must be replaced.
            assertEquals(n.id, n.doneNeedsUnlock, n.fingerprint != o.fingerprint)
        }
    }

    @Test
    fun theFingerprintChangesExactlyWhenWhatTheUserSeesDoes() {
        store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
        val first = store.plan("UTC", 14u, 60u).notifications
        val second = store.plan("UTC", 14u, 60u).notifications
        assertEquals(first.map { it.id to it.fingerprint }, second.map { it.id to it.fingerprint })

        store.setSetting("discreet", "on")
        val discreet = store.plan("UTC", 14u, 60u).notifications.associateBy { it.id }
        var changed = 0
        for (n in first) {
            val d = discreet[n.id] ?: continue
            val sameLook = n.title == d.title && n.body == d.body && n.fireAt == d.fireAt && n.actions == d.actions
            assertEquals(n.id, sameLook, n.fingerprint == d.fingerprint)
            if (!sameLook) changed++
        }
        assertTrue("discreet mode rewrites the text", changed > 0)
        val kit = first.first { it.kind == ReminderKind.KEEP_IN_TOUCH }
        assertTrue((kit.title.args + kit.body.args).any { it.value == ArgValue.Text("Sam") })
        assertFalse("no name in discreet text", discreet.getValue(kit.id).let { it.title.args + it.body.args }.any { "Sam" in it.value.toString() })
        assertNotEquals(kit.fingerprint, discreet.getValue(kit.id).fingerprint)
    }

    @Test
    fun aTextChangeReplacesOnlyTheChangedAlarmsUnderTheirCodes() {
        store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
        val (_, before) = sync(device())
        store.setSetting("discreet", "on")
        val (diff, after) = sync(device(), before)
        assertNull("a text change is not a reset", diff.reset)
        val replaced = diff.schedule.map { it.id }.toSet()
        assertTrue(replaced.isNotEmpty())
        assertEquals(replaced, after.ops.cancels().map { it.id }.toSet())
        for (id in replaced) {
            assertEquals(before.pending.getValue(id).requestCode, after.pending.getValue(id).requestCode)
            assertNotEquals(before.pending.getValue(id).fingerprint, after.pending.getValue(id).fingerprint)
        }
    }

    @Test
    fun urgentIsTheCoresFlagAndPicksTheSoundingChannel() {
        store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
        // A meeting every day of the week, so one falls inside any horizon.
        store.addGroup(
            GroupInput(
                name = "Morning group",
                kind = GroupKind.TWELVE_STEP,
                meetings = (0..6).map { MeetingInput(weekday = it.toUByte(), start = (7 * 60 + 30).toUShort(), durationMinutes = 60u, timezone = "UTC") },
            ),
        )
        val byKind = store.plan("UTC", 14u, 60u).notifications.groupBy { it.kind }
        for (kind in listOf(ReminderKind.DAILY_CHECKIN, ReminderKind.MEETING, ReminderKind.KEEP_IN_TOUCH)) {
            assertTrue("$kind planned", byKind[kind].orEmpty().isNotEmpty())
        }
        assertTrue(byKind.getValue(ReminderKind.DAILY_CHECKIN).all { it.urgent })
        assertTrue(byKind.getValue(ReminderKind.MEETING).all { it.urgent })
        assertTrue(byKind.getValue(ReminderKind.KEEP_IN_TOUCH).none { it.urgent })
        for (n in byKind.values.flatten()) {
            assertEquals(if (n.urgent) NotificationText.TIMELY.id else NotificationText.GENTLE.id, NotificationText.specFor(n) { it.id.name }.channelId)
        }
    }

    @Test
    fun theBundleChooserLogsTheChosenContactsOnce() {
        val sam = store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 7u))
        val priya = store.addPerson(PersonInput(name = "Priya", role = Role.FRIEND, cadenceDays = 7u))
        val bundle = store.plan("UTC", 14u, 60u).notifications.first { it.kind == ReminderKind.KEEP_IN_TOUCH && it.refers.personIds.size > 1 }
        val contacts = { store.checkins(CheckinQuery(kind = CheckinKind.CONTACT)) }

        val r = done(bundle)
        val outcome = store.handleAction(r.notificationId, r.action, "UTC")
        assertNull("a bundle's Done logs nothing by itself", outcome.checkin)
        val question = BundleChooser.question(outcome)!!
        assertEquals(setOf(sam.id, priya.id), question.people.map { it.id }.toSet())
        assertTrue(contacts().isEmpty())
        // "Who did you reach?" asked again from the follow-up notification: the same people.
        assertEquals(question, BundleChooser.reopen(store, bundle.id, "UTC"))

        assertTrue("none of them logs nothing", BundleChooser.answer(store, question, "UTC").isEmpty())
        val samOnly = question.toggle(sam.id).toggle(999L)
        assertEquals(listOf(sam.id), samOnly.toLog)
        val once = BundleChooser.answer(store, samOnly, "UTC")
        val twice = BundleChooser.answer(store, samOnly, "UTC")
        assertEquals(listOf(sam.id), once.map { it.personId })
        assertEquals(once, twice)
        assertEquals(1, contacts().size)

        // Ticking Priya as well later adds her, and Sam stays logged once.
        val both = BundleChooser.answer(store, samOnly.toggle(priya.id), "UTC")
        assertEquals(setOf(sam.id, priya.id), both.map { it.personId }.toSet())
        assertEquals(once.single(), both.single { it.personId == sam.id })
        assertEquals(2, contacts().size)
        assertEquals(question.toLog, emptyList<Long>())
        assertEquals(listOf(sam.id), question.toggle(sam.id).toggle(priya.id).toggle(priya.id).toLog)
    }

    @Test
    fun aOnePersonReminderLogsItsContactWithoutAsking() {
        val sam = store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, cadenceDays = 3u))
        val one = store.plan("UTC", 14u, 60u).notifications.first { it.kind == ReminderKind.KEEP_IN_TOUCH }
        val r = done(one)
        val outcome = store.handleAction(r.notificationId, r.action, "UTC")
        assertNull(BundleChooser.question(outcome))
        assertEquals(sam.id, outcome.checkin?.personId)
    }

    @Test
    fun aDoubleDeliveredDoneLogsOneCheckin() {
        val first = store.sync(device()).schedule.first()
        val outcomes = (1..2).map { done(first).let { r -> store.handleAction(r.notificationId, r.action, "UTC") } }
        assertEquals("done", outcomes[0].state)
        assertNotNull(outcomes[0].checkin)
        assertEquals(outcomes[0].checkin, outcomes[1].checkin)
        assertEquals(first.id, outcomes[1].id)
        assertEquals(1, store.checkins(CheckinQuery(kind = CheckinKind.DAILY)).size)
    }

    @Test
    fun anUnknownIdIsNotFound() {
        try {
            store.handleAction("daily:1999-01-01T08:00", ReminderAction.Done, "UTC")
            fail("expected NotFound")
        } catch (e: TendException.NotFound) {
            // The receiver just dismisses the notification.
        }
    }

    @Test
    fun theSnoozeLimitIsTheCores() {
        val first = store.sync(device()).schedule.first()
        val tooLong = ActionRouter.route(ActionRouter.INTENT_ACTION, first.id, "snooze", maxSnoozeMinutes().toInt() + 1) as Routing.Handle
        try {
            store.handleAction(first.id, tooLong.routed.action, "UTC")
            fail("expected InvalidInput")
        } catch (e: TendException.InvalidInput) {
            assertEquals("snooze", e.field)
        }
        assertTrue(snoozeChoices().isNotEmpty() && snoozeChoices().all { it in 1u..maxSnoozeMinutes() })
        assertEquals(snoozeChoices().sorted(), snoozeChoices())
    }

    @Test
    fun aSnoozeFromTheButtonMovesTheReminderInTheNextSync() {
        val (diff, applied) = sync(device())
        val first = diff.schedule.minBy { it.fireAt }
        val r = routed(first, ActionKind.SNOOZE)
        val outcome = store.handleAction(r.notificationId, r.action, "UTC")
        assertEquals("snoozed", outcome.state)
        val (next, after) = sync(device(), applied)
        assertNull(next.reset)
        val moved = after.pending.getValue(first.id)
        assertEquals(outcome.snoozedUntil!!.toEpochMilli(), moved.fireAtMillis)
        assertEquals(applied.pending.getValue(first.id).requestCode, moved.requestCode)
        assertNotEquals(applied.pending.getValue(first.id).fingerprint, moved.fingerprint)
    }
}
