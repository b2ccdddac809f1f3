// Host tests for the Android shell's reminder mapping: what reaches AlarmManager for a core Diff,
// full reset or minimal change. The notifications are built by hand here to pin edge cases (times
// in the past, duplicate ids); ShellBridgeTest drives the same code with the real core.
package app.tend.android.logic

import app.tend.core.ActionKind
import app.tend.core.Diff
import app.tend.core.Message
import app.tend.core.MessageId
import app.tend.core.Refers
import app.tend.core.ReminderKind
import app.tend.core.ReminderNotification
import app.tend.core.ResetReason
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.Instant

private const val MIN = 60_000L
private const val NOW = 1_741_600_800_000L // 2025-03-10T10:00Z

private fun note(
    id: String,
    inMinutes: Long,
    fingerprint: String = "fp-$id-$inMinutes",
) = ReminderNotification(
    id = id,
    kind = ReminderKind.DAILY_CHECKIN,
    fireAt = Instant.ofEpochMilli(NOW + inMinutes * MIN),
    localTime = "",
    title = Message(MessageId.REMINDER_DAILY_TITLE, emptyList()),
    body = Message(MessageId.REMINDER_DAILY_BODY, emptyList()),
    actions = listOf(ActionKind.DONE, ActionKind.SNOOZE, ActionKind.SKIP),
    refers = Refers(emptyList(), null, null, null, null),
    urgent = true,
    doneNeedsUnlock = true,
    earlyIfInexactMinutes = 0u,
    fingerprint = fingerprint,
)

private fun at(minutes: Long) = Instant.ofEpochMilli(NOW + minutes * MIN)

private fun reset(
    vararg schedule: ReminderNotification,
    replanBy: Long = 60,
    reason: ResetReason = ResetReason.ZONE_CHANGED,
) = Diff(schedule.toList(), emptyList(), at(replanBy), reason)

private fun change(
    schedule: List<ReminderNotification>,
    cancel: List<String>,
    replanBy: Long? = null,
) = Diff(schedule, cancel, replanBy?.let(::at), null)

private fun List<AlarmOp>.schedules() = filterIsInstance<AlarmOp.Schedule>()

private fun List<AlarmOp>.cancels() = filterIsInstance<AlarmOp.Cancel>()

class ReminderApplierTest {
    private val applier = ReminderApplier()

    @Test
    fun exactAlarmsDeniedStillSchedulesEveryReminderInexactly() {
        val r = applier.apply(reset(note("daily:2025-03-10T20:00", 600), note("kit:2025-03-11:12", 1440)), emptyMap(), emptyMap(), NOW, exactAllowed = false)
        val s = r.ops.schedules()
        assertEquals(listOf("daily:2025-03-10T20:00", "kit:2025-03-11:12"), s.map { it.notification.id })
        assertTrue(s.all { it.mode == AlarmMode.INEXACT })
        assertEquals(s.map { it.notification.fireAt.toEpochMilli() }, s.map { it.triggerAtMillis })
        assertEquals(2, r.pending.size)
    }

    @Test
    fun exactAlarmsAllowedAreUsed() {
        val r = applier.apply(reset(note("daily:a", 5)), emptyMap(), emptyMap(), NOW, exactAllowed = true)
        assertEquals(listOf(AlarmMode.EXACT), r.ops.schedules().map { it.mode })
    }

    @Test
    fun aResetCancelsEverythingRecordedFirstAndReschedulesWithoutDuplicates() {
        val before = applier.apply(reset(note("daily:x", 60), note("daily:y", 120), note("goal:3:2025-03-10", 480)), emptyMap(), emptyMap(), NOW, true)
        // After a zone change the core's full plan moves two, drops one and adds one; it names
        // nothing to cancel: "remove every pending Tend reminder" is the shell's to carry out.
        val after = applier.apply(reset(note("daily:x", 240), note("daily:y", 300), note("milestone:1:2025-03-11", 900)), before.pending, before.codes, NOW, true)

        val firstSchedule = after.ops.indexOfFirst { it is AlarmOp.Schedule }
        val lastCancel = after.ops.indexOfLast { it is AlarmOp.Cancel }
        assertTrue("cancel before schedule", lastCancel < firstSchedule)
        assertEquals(setOf("daily:x", "daily:y", "goal:3:2025-03-10"), after.ops.cancels().map { it.id }.toSet())
        val scheduled = after.ops.schedules()
        assertEquals(3, scheduled.size)
        assertEquals(scheduled.size, scheduled.map { it.notification.id }.toSet().size)
        // A kept id keeps its PendingIntent code: the OS replaces, it cannot hold two.
        assertEquals(before.pending.getValue("daily:x").requestCode, after.pending.getValue("daily:x").requestCode)
        assertEquals(setOf("daily:x", "daily:y", "milestone:1:2025-03-11"), after.pending.keys)
        assertEquals(after.pending.size, after.pending.values.map { it.requestCode }.toSet().size)
        assertFalse("dropped id's code released", "goal:3:2025-03-10" in after.codes)
    }

    @Test
    fun aResetSetsEvenUnchangedRemindersAgain() {
        // After a reset the OS cannot be trusted to hold anything, same fingerprint or not.
        val plan = reset(*(1..10).map { note("daily:$it", it * 60L) }.toTypedArray())
        val a = applier.apply(plan, emptyMap(), emptyMap(), NOW, true)
        val b = applier.apply(plan.copy(reset = ResetReason.OS_LOST_REMINDERS), a.pending, a.codes, NOW, true)
        assertEquals(a.pending, b.pending)
        assertEquals(a.ops.schedules(), b.ops.schedules())
        assertEquals(10, b.ops.cancels().size)
    }

    @Test
    fun aResetCancelsIdsKnownOnlyByTheirCode() {
        // A crash between saving codes and saving pending: the code table still knows the alarm.
        val r = applier.apply(reset(note("daily:b", 30)), emptyMap(), mapOf("daily:orphan" to 7), NOW, true)
        assertEquals(listOf(AlarmOp.Cancel("daily:orphan", 7)), r.ops.cancels())
        assertFalse("daily:orphan" in r.codes)
    }

    @Test
    fun aChangeCancelsFirstAndReplacesAnIdInBothWithTheSameCode() {
        val start = applier.apply(reset(note("daily:a", 60), note("daily:b", 120)), emptyMap(), emptyMap(), NOW, true)
        val diff = change(schedule = listOf(note("daily:a", 90), note("daily:c", 30)), cancel = listOf("daily:a", "daily:b"), replanBy = 29)
        val r = applier.apply(diff, start.pending, start.codes, NOW, true)
        assertEquals(listOf("daily:a", "daily:b"), r.ops.takeWhile { it is AlarmOp.Cancel }.map { (it as AlarmOp.Cancel).id })
        assertEquals(start.pending.getValue("daily:a").requestCode, r.pending.getValue("daily:a").requestCode)
        assertEquals(NOW + 90 * MIN, r.pending.getValue("daily:a").fireAtMillis)
        assertEquals(setOf("daily:a", "daily:c"), r.pending.keys)
        assertEquals("sorted nearest first", listOf("daily:c", "daily:a"), r.ops.schedules().map { it.notification.id })
        assertEquals(AlarmOp.SetReplan(NOW + 29 * MIN, AlarmMode.INEXACT), r.ops.last())
    }

    @Test
    fun aChangeSkipsAReminderAlreadySetWithTheSameFingerprint() {
        val start = applier.apply(reset(note("daily:a", 60, "same"), note("daily:b", 120, "old")), emptyMap(), emptyMap(), NOW, true)
        val r = applier.apply(change(listOf(note("daily:a", 60, "same"), note("daily:b", 120, "new")), emptyList()), start.pending, start.codes, NOW, true)
        assertEquals(listOf("daily:b"), r.ops.schedules().map { it.notification.id })
        assertEquals("new", r.pending.getValue("daily:b").fingerprint)
        assertEquals(start.pending.getValue("daily:a"), r.pending.getValue("daily:a"))
    }

    @Test
    fun anEmptyChangeTouchesNothing() {
        val start = applier.apply(reset(note("daily:a", 60)), emptyMap(), emptyMap(), NOW, true)
        val r = applier.apply(change(emptyList(), emptyList()), start.pending, start.codes, NOW, true)
        assertTrue(r.ops.isEmpty())
        assertEquals(start.pending, r.pending)
    }

    @Test
    fun duplicateIdsInOneDiffAreScheduledOnceTheLastWinning() {
        val r = applier.apply(change(listOf(note("daily:a", 60), note("daily:a", 75)), listOf("daily:gone", "daily:gone")), emptyMap(), emptyMap(), NOW, true)
        assertEquals(listOf(NOW + 75 * MIN), r.ops.schedules().map { it.triggerAtMillis })
        assertTrue("nothing pending to cancel", r.ops.cancels().isEmpty())
    }

    @Test
    fun aPastFireTimeIsShownNowOrLeftForTodayNeverScheduledInThePast() {
        val r = applier.apply(change(listOf(note("daily:late", -5), note("daily:stale", -180), note("daily:soon", 1)), emptyList()), emptyMap(), emptyMap(), NOW, true)
        assertTrue(r.ops.schedules().all { it.triggerAtMillis > NOW })
        assertEquals(listOf("daily:late"), r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.notification.id })
        assertEquals(listOf("daily:stale"), r.leftForToday)
        assertEquals(setOf("daily:soon"), r.pending.keys)
        assertEquals(setOf("daily:soon"), r.codes.keys)
        val accounted = r.ops.schedules().map { it.notification.id } + r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.notification.id } + r.leftForToday
        assertEquals(setOf("daily:late", "daily:stale", "daily:soon"), accounted.toSet())
    }

    @Test
    fun exactlyNowCountsAsPastAndTheGraceEdgeIsInclusive() {
        val r = applier.apply(change(listOf(note("daily:now", 0), note("daily:edge", -15), note("daily:over", -16)), emptyList()), emptyMap(), emptyMap(), NOW, false)
        assertEquals(listOf("daily:edge", "daily:now"), r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.notification.id })
        assertEquals(listOf("daily:over"), r.leftForToday)
    }

    @Test
    fun replanIsNeverInThePastOrTooSoon() {
        val r = applier.apply(change(emptyList(), emptyList(), replanBy = -10), emptyMap(), emptyMap(), NOW, true)
        assertEquals(listOf(AlarmOp.SetReplan(NOW + ReminderApplier.MIN_REPLAN_DELAY_MILLIS, AlarmMode.INEXACT)), r.ops)
    }

    @Test
    fun aFiredAlarmFreesItsCodeForTheNextReminder() {
        val start = applier.apply(reset(note("daily:a", 1), note("daily:b", 2)), emptyMap(), emptyMap(), NOW, true)
        val (pending, codes) = applier.fired("daily:a", start.pending, start.codes)
        assertEquals(setOf("daily:b"), pending.keys)
        val next = applier.apply(change(listOf(note("daily:c", 3)), emptyList()), pending, codes, NOW, true)
        assertEquals(start.pending.getValue("daily:a").requestCode, next.pending.getValue("daily:c").requestCode)
        assertEquals(2, next.pending.values.map { it.requestCode }.toSet().size)
    }
}

class RequestCodeTableTest {
    @Test
    fun idsWhoseHashCodesCollideGetDistinctCodes() {
        // "Aa" and "BB" have the same String.hashCode(); so do these occurrence-style ids.
        assertEquals("Aa".hashCode(), "BB".hashCode())
        val t = RequestCodeTable()
        assertTrue(t.codeFor("daily:Aa") != t.codeFor("daily:BB"))
        assertEquals("daily:Aa".hashCode(), "daily:BB".hashCode())
    }

    @Test
    fun codesAreStableAndSurviveAPersistRoundTrip() {
        val t = RequestCodeTable()
        val ids = (0 until 500).map { "kit:2025-03-${it % 28}:$it" }
        val codes = ids.associateWith { t.codeFor(it) }
        assertEquals(ids.size, codes.values.toSet().size)
        assertTrue(codes.values.all { it >= RequestCodeTable.FIRST_CODE })
        val back = RequestCodeTable.from(t.snapshot())
        assertEquals(codes, ids.associateWith { back.codeFor(it) })
    }

    @Test
    fun aCorruptSnapshotNeverYieldsACollision() {
        val t = RequestCodeTable.from(mapOf("a" to 5, "b" to 5, "c" to RequestCodeTable.REPLAN_CODE, "d" to -3))
        val all = listOf("a", "b", "c", "d", "e").map { t.codeFor(it) }
        assertEquals(all.size, all.toSet().size)
        assertFalse(RequestCodeTable.REPLAN_CODE in all)
    }
}
