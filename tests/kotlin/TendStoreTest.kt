// Host JVM tests for the Tend bridge: one user's day told through the generated Kotlin API,
// exactly as the Android shell will call it (JNA loads the freshly built cdylib).
package app.tend.core

import app.tend.ffi.TendStore
import app.tend.ffi.crisisLines
import app.tend.ffi.debugPanicForTests
import app.tend.ffi.parseContactWindows
import app.tend.ffi.settingKeys
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.security.SecureRandom
import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

private const val ZONE = "Europe/Dublin"

class TendStoreTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var dbFile: File
    private lateinit var key: ByteArray
    private lateinit var store: TendStore

    @Before
    fun openStore() {
        dbFile = File(tmp.root, "tend.db")
        key = ByteArray(32).also { SecureRandom().nextBytes(it) }
        store = TendStore.open(dbFile.path, key)
    }

    @After
    fun closeStore() {
        store.close()
    }

    /** The user's network: a sponsor with contact windows and a cadence, someone to avoid, a group. */
    private class Circle(
        val recovery: Network,
        val sponsor: Person,
        val avoided: Person,
        val group: SupportGroup,
    )

    private fun buildCircle(): Circle {
        val recovery = store.addNetwork(NetworkInput(name = "Recovery", focus = "Staying sober", since = "2026-01-02"))
        store.addNetwork(NetworkInput(name = "Career change"))
        val weekdayEvenings = (1..5).map { ContactWindow(weekday = it.toUByte(), start = (9 * 60).toUShort(), end = (21 * 60).toUShort()) }
        val sponsor =
            store.addPerson(
                PersonInput(
                    name = "Sam",
                    role = Role.SPONSOR,
                    support = listOf(SupportKind.ACCOUNTABILITY, SupportKind.EMOTIONAL),
                    contacts = listOf(ContactMethod(ContactKind.PHONE, "+353 87 123 4567")),
                    cadenceDays = 3u,
                    windows = weekdayEvenings,
                    emergency = true,
                    networks = listOf(recovery.id),
                ),
            )
        val avoided =
            store.addPerson(
                PersonInput(
                    name = "Old drinking buddy",
                    role = Role.FRIEND,
                    support = listOf(SupportKind.PRACTICAL),
                    avoid = true,
                    notes = "Not now.",
                    networks = listOf(recovery.id),
                ),
            )
        store.setNeed(recovery.id, SupportKind.PRACTICAL, Importance.ESSENTIAL, "lifts to meetings")
        store.setNeed(recovery.id, SupportKind.EMOTIONAL, Importance.HELPFUL, null)
        val group =
            store.addGroup(
                GroupInput(
                    name = "Tuesday Step Group",
                    kind = GroupKind.TWELVE_STEP,
                    networkId = recovery.id,
                    meetings = listOf(MeetingInput(weekday = 2u, start = (19 * 60 + 30).toUShort(), durationMinutes = 60u, timezone = ZONE)),
                    members = listOf(sponsor.id),
                ),
            )
        return Circle(recovery, sponsor, avoided, group)
    }

    private fun daily(key: String? = null) =
        CheckinInput(data = CheckinData.Daily(mood = 4u, craving = 2u), zone = ZONE, idempotencyKey = key)

    private fun dailyCount() = store.checkins(CheckinQuery(kind = CheckinKind.DAILY, limit = 10_000u)).size

    private inline fun <reified E : TendException> assertThrows(block: () -> Unit): E {
        try {
            block()
        } catch (e: TendException) {
            if (e is E) return e
            fail("expected ${E::class.simpleName}, got $e")
        }
        fail("expected ${E::class.simpleName}, nothing was thrown")
        throw IllegalStateException("unreachable")
    }

    @Test
    fun networksAndPeopleAreStoredAsEntered() {
        val circle = buildCircle()
        assertEquals(listOf("Recovery", "Career change"), store.networks().map { it.name })
        assertEquals("2026-01-02", circle.recovery.since)

        val sponsor = store.person(circle.sponsor.id)
        assertEquals(Role.SPONSOR, sponsor.role)
        assertEquals(3u, sponsor.cadenceDays)
        assertEquals(5, sponsor.windows.size)
        assertEquals(ContactWindow(1u, 540u, 1260u), sponsor.windows.first())
        assertEquals(listOf(circle.recovery.id), sponsor.networks)
        assertTrue(sponsor.createdAt <= Instant.now())
        assertTrue(store.person(circle.avoided.id).avoid)
        assertEquals(2, store.people(circle.recovery.id).size)

        val renamed = store.updateNetwork(circle.recovery.id, NetworkInput(name = "Recovery journey", since = "2026-01-02"))
        assertEquals("Recovery journey", renamed.name)
        assertEquals(listOf(ContactWindow(5u, 1320u, 60u)), parseContactWindows("fri 22:00-01:00"))
        assertEquals(1, store.groups().size)
        assertEquals((19 * 60 + 30).toUShort(), store.group(circle.group.id).meetings.single().start)
    }

    @Test
    fun aDayOfCheckinsShowsInCoverageAndToday() {
        val circle = buildCircle()
        store.logCheckin(daily())
        val call =
            store.logCheckin(
                CheckinInput(
                    data = CheckinData.Contact(circle.sponsor.id, Channel.CALL, Direction.RECEIVED, SupportKind.EMOTIONAL),
                    zone = ZONE,
                    note = "Talked about the weekend",
                ),
            )
        assertEquals(CheckinKind.CONTACT, call.kind)
        assertEquals(circle.sponsor.id, call.personId)
        store.logCheckin(CheckinInput(data = CheckinData.Meeting(circle.group.id), zone = ZONE))
        assertEquals(3, store.checkins(CheckinQuery()).size)

        // Practical support is a gap: only the avoided person gives it, and they never count.
        val coverage = store.coverage(circle.recovery.id)
        val practical = coverage.single { it.need.kind == SupportKind.PRACTICAL }
        // A gap: nobody covers it, and the core says what to do about it.
        assertNotNull(practical.nextStep)
        assertTrue(practical.coveredBy.isEmpty())
        val emotional = coverage.single { it.need.kind == SupportKind.EMOTIONAL }
        assertNull(emotional.nextStep)
        assertEquals(listOf("Sam"), emotional.coveredBy.map { it.name })

        val today = store.today(ZONE)
        assertTrue(today.checkedIn)
        assertEquals(ZONE, today.zone)
        assertEquals(4.toUByte(), today.latestDaily?.mood)
        assertTrue(today.gaps.any { it.need.kind == SupportKind.PRACTICAL })
        assertTrue(today.due.none { it.personId == circle.avoided.id })

        val sos = store.sos("IE", ZONE)
        assertEquals(listOf("Sam"), sos.emergencyContacts.map { it.name })
        assertTrue(sos.crisisLines.all { it.country == "IE" })
        assertTrue(crisisLines(null).size > crisisLines("GB").size)
        assertEquals(1, store.milestones(ZONE).size)
        assertEquals(
            listOf(circle.sponsor.id),
            store.reciprocity(30u).map { it.personId },
        )

        val goal = store.addGoal(GoalInput(networkId = circle.recovery.id, kind = CheckinKind.MEETING, target = 3u, period = Period.WEEK), ZONE)
        val progress = store.goalProgress(circle.recovery.id, ZONE).single()
        assertEquals(goal.id, progress.goal.id)
        assertEquals(1u, progress.count)
    }

    @Test
    fun aNotificationActedOnTwiceLogsOneCheckin() {
        buildCircle()
        val plan = store.plan(ZONE, 14u, 60u)
        assertEquals(ZONE, plan.zone)
        assertTrue(plan.notifications.isNotEmpty())
        val first = plan.notifications.first()
        assertTrue(first.id.isNotBlank())
        assertTrue(first.title.id == MessageId.VERBATIM || app.tend.ffi.messageKey(first.title.id).startsWith("reminder-"))
        assertTrue(plan.notifications.zipWithNext().all { (a, b) -> a.fireAt <= b.fireAt })

        val reminder = plan.notifications.first { it.kind == ReminderKind.DAILY_CHECKIN }
        assertTrue(ActionKind.DONE in reminder.actions)
        val before = dailyCount()
        val once = store.handleAction(reminder.id, ReminderAction.Done, ZONE)
        val twice = store.handleAction(reminder.id, ReminderAction.Done, ZONE)
        assertEquals("done", once.state)
        assertEquals(once.checkin?.id, twice.checkin?.id)
        assertEquals(before + 1, dailyCount())
        assertNull("a reminder tap does not invent a mood", once.checkin?.mood)

        val device = DeviceState(zone = ZONE, exactAlarms = true, notificationsAllowed = true, appVersion = "1")
        val diff = store.sync(device)
        assertEquals(ResetReason.FIRST_PLAN, diff.reset)
        assertTrue(diff.schedule.isNotEmpty())
        assertEquals(diff.schedule.map { it.id }.toSet(), store.believedPending().toSet())
        val again = store.sync(device)
        assertNull(again.reset)
        assertTrue(again.schedule.isEmpty())
        assertTrue(store.reset(ZONE).notifications.isNotEmpty())
        assertTrue(store.missedReminders(ZONE).isEmpty())

        val snoozable = plan.notifications.first { ActionKind.SNOOZE in it.actions && it.id != reminder.id }
        val snoozed = store.handleAction(snoozable.id, ReminderAction.Snooze(10u), ZONE)
        assertEquals("snoozed", snoozed.state)
        assertNotNull(snoozed.snoozedUntil)
        assertThrows<TendException.NotFound> { store.handleAction("daily:1999-01-01T08:00", ReminderAction.Done, ZONE) }
    }

    @Test
    fun settingsAreReadAndChangedByKey() {
        val defaults = store.settings()
        assertTrue(defaults.checkinTimes.isNotEmpty())
        val changed = store.setSetting("quiet_hours", "22:30-07:00")
        assertEquals(QuietHours(1350u, 420u), changed.quietHours)
        assertEquals(changed, store.settings())
        assertTrue("week_start" in settingKeys())
        val e = assertThrows<TendException.InvalidInput> { store.setSetting("daily_cap", "many") }
        assertEquals("daily_cap", e.field)
    }

    @Test
    fun documentedErrorsSurfaceAsTypedExceptions() {
        val empty = assertThrows<TendException.InvalidInput> { store.addPerson(PersonInput(name = "  ", role = Role.FRIEND)) }
        assertEquals("name", empty.field)

        val zone = assertThrows<TendException.InvalidInput> { store.today("Mars/Olympus") }
        assertEquals("zone", zone.field)
        assertThrows<TendException.InvalidInput> { store.logCheckin(daily().copy(zone = "Nowhere/Special")) }

        assertThrows<TendException.NotFound> { store.person(999) }
        // Dates cross as "YYYY-MM-DD" text; a bad one names the field and stores nothing.
        val date = assertThrows<TendException.InvalidInput> { store.addNetwork(NetworkInput(name = "Bad", since = "2026-02-30")) }
        assertEquals("date", date.field)
        assertTrue(store.networks().isEmpty())

        store.close()
        val wrongKey = key.copyOf().also { it[0] = (it[0].toInt() xor 0xff).toByte() }
        val cannotOpen = assertThrows<TendException.WrongKey> { TendStore.open(dbFile.path, wrongKey) }
        assertFalse("no path in the message", cannotOpen.reason.contains(tmp.root.path))
        assertThrows<TendException.InvalidInput> { TendStore.open(dbFile.path, ByteArray(16)) }
        store = TendStore.open(dbFile.path, key)

        val panic = assertThrows<TendException.Storage> { debugPanicForTests() }
        assertEquals("internal error", panic.reason)
        // The store is still usable after a caught panic.
        assertEquals(0, store.networks().size)
    }

    @Test
    fun eightThreadsAtOnce() {
        buildCircle()
        val threads = 8
        val perThread = 10
        val pool = Executors.newFixedThreadPool(threads)
        val start = CountDownLatch(1)
        val jobs =
            (0 until threads).map { t ->
                pool.submit<Int> {
                    start.await()
                    repeat(perThread) { i -> store.logCheckin(daily("thread-$t-$i")) }
                    store.logCheckin(daily("thread-$t-0")) // a double tap: stored once
                    store.today(ZONE).checkedIn.let { if (it) 1 else 0 }
                }
            }
        start.countDown()
        val checkedIn = jobs.sumOf { it.get(60, TimeUnit.SECONDS) }
        pool.shutdown()
        assertEquals(threads, checkedIn)
        assertEquals(threads * perThread, dailyCount())
        assertEquals(threads * perThread, store.checkins(CheckinQuery(limit = 10_000u)).map { it.idempotencyKey }.toSet().size)
    }

    @Test
    fun suspendVariantsWork() =
        runBlocking {
            store.close()
            store = TendStore.openAsync(dbFile.path, key)
            buildCircle()
            val today = store.todayAsync(ZONE)
            assertEquals(ZONE, today.zone)
            val plan = store.planAsync(ZONE, 7u, 10u)
            assertTrue(plan.notifications.size <= 10)
            assertTrue(store.syncAsync(DeviceState(zone = ZONE, exactAlarms = false, notificationsAllowed = true, appVersion = "1")).schedule.isNotEmpty())
            val plans = (1..16).map { async(Dispatchers.Default) { store.planAsync(ZONE, 7u, 10u).notifications.size } }.awaitAll()
            assertEquals(setOf(plan.notifications.size), plans.toSet())
            try {
                store.todayAsync("Not/AZone")
                fail("expected TendException.InvalidInput")
            } catch (e: TendException.InvalidInput) {
                assertEquals("zone", e.field)
            }
        }

    @Test
    fun aBackupRestoresIntoASecondStore() =
        runBlocking {
            val circle = buildCircle()
            store.logCheckin(daily())
            val plain = store.exportBackup(null)
            val sealed = store.exportBackupAsync("correct horse battery staple")
            assertFalse(sealed.contentEquals(plain))

            val other = TendStore.open(File(tmp.root, "restored.db").path, ByteArray(32) { it.toByte() })
            other.use {
                val summary = it.importBackupAsync(sealed, "correct horse battery staple", false)
                assertEquals(2u, summary.networks)
                assertEquals(2u, summary.people)
                assertEquals(1u, summary.checkins)
                assertEquals(store.person(circle.sponsor.id), it.person(circle.sponsor.id))
                assertEquals(store.networks(), it.networks())
                val missing = assertThrows<TendException.InvalidInput> { it.importBackup(sealed, null, true) }
                assertEquals("passphrase", missing.field)
                // A wrong passphrase cannot be told from a damaged file: both are a bad backup.
                val wrong = assertThrows<TendException.InvalidInput> { it.importBackup(sealed, "wrong", true) }
                assertEquals("backup", wrong.field)
                assertEquals(2u, it.importBackup(plain, null, true).people)
            }
            assertTrue(store.exportCalendar(false, ZONE, "de").contains("BEGIN:VCALENDAR"))
        }
}
