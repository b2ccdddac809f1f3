// Host tests for the Android shell's reminder decisions: what reaches AlarmManager when the plan
// or the device changes. Plain Kotlin; the glue that performs the ops is not compiled here.
package app.tend.android.logic

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

private const val MIN = 60_000L
private const val NOW = 1_741_600_800_000L // 2025-03-10T10:00Z

private fun alarm(
    id: String,
    inMinutes: Long,
    kind: String = "daily_checkin",
) = PlannedAlarm(id, kind, NOW + inMinutes * MIN, "Check in", "How is today going?", listOf(ReminderButton.DONE, ReminderButton.SNOOZE, ReminderButton.SKIP))

private fun List<AlarmOp>.schedules() = filterIsInstance<AlarmOp.Schedule>()

private fun List<AlarmOp>.cancels() = filterIsInstance<AlarmOp.Cancel>()

class ReminderApplierTest {
    private val applier = ReminderApplier()

    @Test
    fun exactAlarmsDeniedStillSchedulesEveryReminderInexactly() {
        val plan = FullPlan(listOf(alarm("daily:2025-03-10T20:00", 600), alarm("kit:2025-03-11:12", 1440)), NOW + 600 * MIN)
        val r = applier.applyReset(plan, emptyMap(), emptyMap(), NOW, exactAllowed = false)
        val s = r.ops.schedules()
        assertEquals(listOf("daily:2025-03-10T20:00", "kit:2025-03-11:12"), s.map { it.alarm.id })
        assertTrue(s.all { it.mode == AlarmMode.INEXACT })
        assertEquals(s.map { it.alarm.fireAtMillis }, s.map { it.triggerAtMillis })
        assertEquals(2, r.pending.size)
    }

    @Test
    fun exactAlarmsAllowedAreUsed() {
        val r = applier.applyReset(FullPlan(listOf(alarm("daily:a", 5)), NOW + 5 * MIN), emptyMap(), emptyMap(), NOW, exactAllowed = true)
        assertEquals(listOf(AlarmMode.EXACT), r.ops.schedules().map { it.mode })
    }

    @Test
    fun zoneChangeResetCancelsOldAndReschedulesWithoutDuplicates() {
        // Before: three pending in the old zone.
        val before = applier.applyReset(FullPlan(listOf(alarm("daily:x", 60), alarm("daily:y", 120), alarm("goal:3:2025-03-10", 480)), NOW + 60 * MIN), emptyMap(), emptyMap(), NOW, true)
        // After the zone change the core's full plan moves two and drops one, adds one.
        val moved = FullPlan(listOf(alarm("daily:x", 240), alarm("daily:y", 300), alarm("milestone:1:2025-03-11", 900)), NOW + 240 * MIN)
        val after = applier.applyReset(moved, before.pending, before.codes, NOW, true)

        val firstSchedule = after.ops.indexOfFirst { it is AlarmOp.Schedule }
        val lastCancel = after.ops.indexOfLast { it is AlarmOp.Cancel }
        assertTrue("cancel before schedule", lastCancel < firstSchedule)
        assertEquals(setOf("daily:x", "daily:y", "goal:3:2025-03-10"), after.ops.cancels().map { it.id }.toSet())
        val scheduled = after.ops.schedules()
        assertEquals(3, scheduled.size)
        assertEquals(scheduled.size, scheduled.map { it.alarm.id }.toSet().size)
        // A kept id keeps its PendingIntent code: the OS replaces, it cannot hold two.
        assertEquals(before.pending.getValue("daily:x").requestCode, after.pending.getValue("daily:x").requestCode)
        assertEquals(setOf("daily:x", "daily:y", "milestone:1:2025-03-11"), after.pending.keys)
        assertEquals(after.pending.size, after.pending.values.map { it.requestCode }.toSet().size)
        assertFalse("dropped id's code released", "goal:3:2025-03-10" in after.codes)
    }

    @Test
    fun resetTwiceInARowGivesTheSameScheduleAndCodes() {
        val plan = FullPlan((1..10).map { alarm("daily:$it", it * 60L) }, NOW + 60 * MIN)
        val a = applier.applyReset(plan, emptyMap(), emptyMap(), NOW, true)
        val b = applier.applyReset(plan, a.pending, a.codes, NOW, true)
        assertEquals(a.pending, b.pending)
        assertEquals(a.ops.schedules(), b.ops.schedules())
    }

    @Test
    fun diffCancelsFirstAndReplacesAnIdInBothWithTheSameCode() {
        val start = applier.applyReset(FullPlan(listOf(alarm("daily:a", 60), alarm("daily:b", 120)), NOW + 60 * MIN), emptyMap(), emptyMap(), NOW, true)
        val diff = PlanDiff(schedule = listOf(alarm("daily:a", 90), alarm("daily:c", 30)), cancel = listOf("daily:a", "daily:b"), replanByMillis = NOW + 29 * MIN)
        val r = applier.applyDiff(diff, start.pending, start.codes, NOW, true)
        assertEquals(listOf("daily:a", "daily:b"), r.ops.takeWhile { it is AlarmOp.Cancel }.map { (it as AlarmOp.Cancel).id })
        assertEquals(start.pending.getValue("daily:a").requestCode, r.pending.getValue("daily:a").requestCode)
        assertEquals(NOW + 90 * MIN, r.pending.getValue("daily:a").fireAtMillis)
        assertEquals(setOf("daily:a", "daily:c"), r.pending.keys)
        assertEquals("sorted nearest first", listOf("daily:c", "daily:a"), r.ops.schedules().map { it.alarm.id })
        assertEquals(AlarmOp.SetReplan(NOW + 29 * MIN, AlarmMode.INEXACT), r.ops.last())
    }

    @Test
    fun emptyDiffTouchesNothing() {
        val start = applier.applyReset(FullPlan(listOf(alarm("daily:a", 60)), NOW + 60 * MIN), emptyMap(), emptyMap(), NOW, true)
        val r = applier.applyDiff(PlanDiff(emptyList(), emptyList(), null), start.pending, start.codes, NOW, true)
        assertTrue(r.ops.isEmpty())
        assertEquals(start.pending, r.pending)
    }

    @Test
    fun duplicateIdsInOnePlanAreScheduledOnceTheLastWinning() {
        val diff = PlanDiff(listOf(alarm("daily:a", 60), alarm("daily:a", 75)), listOf("daily:gone", "daily:gone"), null)
        val r = applier.applyDiff(diff, emptyMap(), emptyMap(), NOW, true)
        assertEquals(listOf(NOW + 75 * MIN), r.ops.schedules().map { it.triggerAtMillis })
        assertTrue("nothing pending to cancel", r.ops.cancels().isEmpty())
    }

    @Test
    fun aPastFireTimeIsShownNowOrLeftForTodayNeverScheduledInThePast() {
        val diff = PlanDiff(listOf(alarm("daily:late", -5), alarm("daily:stale", -180), alarm("daily:soon", 1)), emptyList(), null)
        val r = applier.applyDiff(diff, emptyMap(), emptyMap(), NOW, true)
        assertTrue(r.ops.schedules().all { it.triggerAtMillis > NOW })
        assertEquals(listOf("daily:late"), r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.alarm.id })
        assertEquals(listOf("daily:stale"), r.leftForToday)
        assertEquals(setOf("daily:soon"), r.pending.keys)
        assertEquals(setOf("daily:soon"), r.codes.keys)
        // Every planned id is accounted for.
        val accounted = r.ops.schedules().map { it.alarm.id } + r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.alarm.id } + r.leftForToday
        assertEquals(setOf("daily:late", "daily:stale", "daily:soon"), accounted.toSet())
    }

    @Test
    fun exactlyNowCountsAsPastAndTheGraceEdgeIsInclusive() {
        val diff = PlanDiff(listOf(alarm("daily:now", 0), alarm("daily:edge", -15), alarm("daily:over", -16)), emptyList(), null)
        val r = applier.applyDiff(diff, emptyMap(), emptyMap(), NOW, false)
        assertEquals(listOf("daily:edge", "daily:now"), r.ops.filterIsInstance<AlarmOp.ShowNow>().map { it.alarm.id })
        assertEquals(listOf("daily:over"), r.leftForToday)
    }

    @Test
    fun replanIsNeverInThePastOrTooSoon() {
        val r = applier.applyDiff(PlanDiff(emptyList(), emptyList(), NOW - 10 * MIN), emptyMap(), emptyMap(), NOW, true)
        assertEquals(listOf(AlarmOp.SetReplan(NOW + ReminderApplier.MIN_REPLAN_DELAY_MILLIS, AlarmMode.INEXACT)), r.ops)
    }

    @Test
    fun firedAlarmFreesItsCodeForTheNextReminder() {
        val start = applier.applyReset(FullPlan(listOf(alarm("daily:a", 1), alarm("daily:b", 2)), NOW), emptyMap(), emptyMap(), NOW, true)
        val (pending, codes) = applier.fired("daily:a", start.pending, start.codes)
        assertEquals(setOf("daily:b"), pending.keys)
        val next = applier.applyDiff(PlanDiff(listOf(alarm("daily:c", 3)), emptyList(), null), pending, codes, NOW, true)
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
