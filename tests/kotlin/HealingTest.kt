// Reminders that heal themselves: each case is what a phone does to Tend's alarms without a word
// (exact alarms revoked, a force-stop, a zone change while not running, a replan asked for during
// a replan, an action whose write fails), driven through the real core and the shell's decisions
// in logic/. Only the final AlarmManager / NotificationManager calls are missing.
package app.tend.android.logic

import app.tend.core.DeviceState
import app.tend.core.GroupInput
import app.tend.core.GroupKind
import app.tend.core.MeetingInput
import app.tend.core.ReminderAction
import app.tend.core.ReminderKind
import app.tend.core.ResetReason
import app.tend.core.TendException
import app.tend.ffi.TendStore
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

private const val MIN = 60_000L

class HealingTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore
    private val applier = ReminderApplier()

    @Before
    fun open() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 5).toByte() })
        store.setSetting("quiet_hours", "off")
        store.setSetting("checkin_times", "08:00,20:00")
        store.addGroup(
            GroupInput(
                name = "Evening group",
                kind = GroupKind.TWELVE_STEP,
                meetings = (0..6).map { MeetingInput(weekday = it.toUByte(), start = (19 * 60).toUShort(), durationMinutes = 60u, timezone = "UTC") },
            ),
        )
    }

    @After
    fun close() {
        runCatching { store.close() }
    }

    private fun device(
        zone: String = "UTC",
        exact: Boolean = true,
        trigger: Trigger = Trigger.SYNC,
        osPending: List<String>? = null,
    ): DeviceState = ReplanTriggers.deviceState(zone, exact, true, 7, "en-US", trigger, lossUnreported = false, osPending = osPending)

    /** One replan as ReminderScheduler runs it, against [before] (what the shell recorded). */
    private fun replan(
        d: DeviceState,
        before: ApplyResult? = null,
    ) = store.sync(d).let { it to applier.apply(it, before?.pending.orEmpty(), before?.codes.orEmpty(), System.currentTimeMillis(), d.exactAlarms) }

    /** What the OS holds on a cold start: [alive] says whether each recorded PendingIntent still exists. */
    private fun held(
        shell: ApplyResult,
        alive: (String) -> Boolean,
    ) = OsAlarms.stillHeld(store.believedPending(), shell.codes) { id, _ -> alive(id) }

    @Test
    fun exactAlarmsRevokedGoInexactWithABannerAndMeetingsSetEarlier() {
        val (_, first) = replan(device(exact = true))
        val (diff, after) = replan(device(exact = false, osPending = held(first) { true }), first)
        assertEquals(ResetReason.EXACT_ALARMS_CHANGED, diff.reset)
        val schedules = after.ops.filterIsInstance<AlarmOp.Schedule>()
        assertTrue(schedules.isNotEmpty())
        assertTrue(schedules.all { it.mode == AlarmMode.INEXACT })
        // A meeting reminder is handed over 30 minutes early (the core says how early), so Doze's
        // deferral keeps its lead; a check-in is not moved.
        val meeting = schedules.first { it.notification.kind == ReminderKind.MEETING }
        assertEquals(30u, meeting.notification.earlyIfInexactMinutes)
        val due = meeting.notification.fireAt.toEpochMilli()
        assertEquals(maxOf(due - 30 * MIN, System.currentTimeMillis()).toDouble(), meeting.triggerAtMillis.toDouble(), MIN.toDouble())
        assertTrue(meeting.triggerAtMillis < due)
        val checkin = schedules.first { it.notification.kind == ReminderKind.DAILY_CHECKIN }
        assertEquals(checkin.notification.fireAt.toEpochMilli(), checkin.triggerAtMillis)
        // Today says so, with the way to the setting (Android 12+ only).
        assertEquals(listOf(Notice.EXACT_ALARMS), TodayNotices.of(34, true, false, exactAllowed = false))
        assertEquals(emptyList<Notice>(), TodayNotices.of(30, true, false, exactAllowed = false))
        assertEquals(emptyList<Notice>(), TodayNotices.of(34, true, false, exactAllowed = true))
    }

    @Test
    fun aColdStartAfterAForceStopFindsNoAlarmsAndResets() {
        val (_, first) = replan(device())
        assertTrue(store.believedPending().isNotEmpty())
        // The control: everything still held → nothing to do.
        val (quiet, _) = replan(device(osPending = held(first) { true }), first)
        assertNull(quiet.reset)
        assertTrue(quiet.schedule.isEmpty())
        // Force-stop: Android removed every alarm and PendingIntent; no broadcast said so.
        val (diff, after) = replan(device(osPending = held(first) { false }), first)
        assertEquals(ResetReason.PENDING_MISSING, diff.reset)
        val ids = after.ops.filterIsInstance<AlarmOp.Schedule>().map { it.notification.id }.toSet()
        assertEquals(store.believedPending().toSet(), ids)
    }

    @Test
    fun oneMissingAlarmIsEnoughDoubtForAReset() {
        val (_, first) = replan(device())
        val lost = first.pending.keys.first()
        val (diff, _) = replan(device(osPending = held(first) { it != lost }), first)
        assertEquals(ResetReason.PENDING_MISSING, diff.reset)
        // An id whose request code the shell lost cannot be probed: missing too.
        assertEquals(emptyList<String>(), OsAlarms.stillHeld(listOf("x"), emptyMap()) { _, _ -> true })
    }

    @Test
    fun aZoneChangeWhileNotRunningResetsOnTheNextStart() {
        val (_, first) = replan(device(zone = "Europe/Dublin"))
        // The app was not running when the zone changed: no broadcast reached it. The next start
        // reports the zone it finds, with every alarm still held.
        val (diff, after) = replan(device(zone = "America/New_York", osPending = held(first) { true }), first)
        assertEquals(ResetReason.ZONE_CHANGED, diff.reset)
        // Every recorded alarm is cancelled and the plan set again (same ids keep their codes).
        val cancelled = after.ops.filterIsInstance<AlarmOp.Cancel>().map { it.id }.toSet()
        assertTrue(cancelled.containsAll(first.pending.keys))
        assertTrue(after.ops.filterIsInstance<AlarmOp.Schedule>().isNotEmpty())
    }

    @Test
    fun aReplanAskedForDuringAReplanRunsAfterIt() {
        val gate = ReplanGate()
        val runs = mutableListOf<Trigger>()
        // The scheduler's loop, with a run during which a boot broadcast and a sync arrive.
        fun replan(t: Trigger) {
            if (!gate.enter(t)) return
            var current = t
            while (true) {
                runs += current
                if (runs.size == 1) {
                    replan(Trigger.OS_LOST_REMINDERS) // arrives mid-run: queued, not run, not dropped
                    replan(Trigger.SYNC)
                }
                current = gate.next() ?: break
            }
        }
        replan(Trigger.SYNC)
        // One more run, and the OS's loss was not merged away by the later plain sync.
        assertEquals(listOf(Trigger.SYNC, Trigger.OS_LOST_REMINDERS), runs)
        // The gate is free again.
        assertTrue(gate.enter(Trigger.SYNC))
        assertNull(gate.next())
        assertFalse(gate.enter(Trigger.NONE))
    }

    @Test
    fun aNotificationStaysWhenItsActionCouldNotBeStored() {
        val (_, first) = replan(device())
        val id = first.pending.keys.first()
        // A store that cannot write (here: already closed, as after a crash of the store's
        // thread; on a phone also a locked key or a full disk).
        store.close()
        val failed = runCatching { store.handleAction(id, ReminderAction.Done, "UTC") }
        assertTrue(failed.isFailure)
        assertEquals(AfterAction.KEEP, ActionResult.decide(failed.map { false }))
        assertEquals(AfterAction.KEEP, ActionResult.decide(Result.failure(TendException.Storage("disk full"))))
        // Stored → dismissed; a bundle's Done → the question; gone from the plan → dismissed.
        assertEquals(AfterAction.DISMISS, ActionResult.decide(Result.success(false)))
        assertEquals(AfterAction.ASK_WHO, ActionResult.decide(Result.success(true)))
        assertEquals(AfterAction.DISMISS_STALE, ActionResult.decide(Result.failure(TendException.NotFound("reminder"))))
    }

    @Test
    fun aStoredActionDismissesItsNotification() {
        val (_, first) = replan(device())
        val checkin = first.pending.keys.first()
        val stored = runCatching { store.handleAction(checkin, ReminderAction.Done, "UTC") }
        assertTrue(stored.isSuccess)
        val decision = ActionResult.decide(stored.map { BundleChooser.question(it) != null })
        assertTrue(decision == AfterAction.DISMISS || decision == AfterAction.ASK_WHO)
        assertEquals(
            AfterAction.DISMISS_STALE,
            ActionResult.decide(runCatching { store.handleAction("no-such-reminder", ReminderAction.Done, "UTC") }.map { false }),
        )
    }

    @Test
    fun permissionDeniedForGoodLinksToSettings() {
        assertEquals(listOf(Notice.NOTIFICATIONS_ASK), TodayNotices.of(34, false, permissionDeniedForGood = false, exactAllowed = true))
        assertEquals(listOf(Notice.NOTIFICATIONS_SETTINGS), TodayNotices.of(34, false, permissionDeniedForGood = true, exactAllowed = true))
        // Below Android 13 there is no dialog: only the settings can turn them on.
        assertEquals(listOf(Notice.NOTIFICATIONS_SETTINGS), TodayNotices.of(32, false, permissionDeniedForGood = false, exactAllowed = true))
        // The first refusal is not final (no rationale yet); a refusal after being asked is.
        assertFalse(TodayNotices.deniedForGood(granted = false, askedBefore = false, showRationale = false))
        assertFalse(TodayNotices.deniedForGood(granted = false, askedBefore = true, showRationale = true))
        assertTrue(TodayNotices.deniedForGood(granted = false, askedBefore = true, showRationale = false))
        assertFalse(TodayNotices.deniedForGood(granted = true, askedBefore = true, showRationale = false))
    }

    @Test
    fun todaySurvivesAnyErrorAndSaysWhatFailed() {
        assertEquals(LoadFailure("key_damaged", "key"), LoadFailures.of(IllegalStateException(), keyMessage = "key_damaged"))
        assertEquals("cannot_open", LoadFailures.of(TendException.WrongKey("wrong key")).messageKey)
        assertEquals("cannot_open", LoadFailures.of(TendException.Corrupt("damaged")).messageKey)
        // A newer Tend's store is healthy: never offered to be moved aside.
        assertEquals("newer_version", LoadFailures.of(TendException.NewerSchema("newer")).messageKey)
        assertEquals("cannot_read", LoadFailures.of(TendException.CannotOpen("no permission")).messageKey)
        assertEquals("cannot_read", LoadFailures.of(TendException.Storage("disk full")).messageKey)
        val odd = LoadFailures.of(UnsatisfiedLinkError("libtend_ffi.so"))
        assertEquals(LoadFailure("cannot_read", "UnsatisfiedLinkError"), odd)
    }
}
