// The Search and Data screens' logic driven through the generated bindings against the real
// core: a regional Meeting Guide feed imported into the directory, searched near a point with the
// form's filters, a result joined into a network; a backup out and back in, with and without its
// passphrase; an unreadable store moved aside.
package app.tend.android.logic

import app.tend.core.DirectoryMeeting
import app.tend.core.GeoPoint
import app.tend.core.NetworkInput
import app.tend.core.TendException
import app.tend.ffi.TendStore
import app.tend.ffi.meetingTypeFilters
import app.tend.ffi.meetingTypeNames
import app.tend.ffi.quarantineStore
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.time.LocalDate
import kotlin.math.asin
import kotlin.math.cos
import kotlin.math.pow
import kotlin.math.sin
import kotlin.math.sqrt

private val FEED = File("crates/tend-core/tests/fixtures/meeting-guide/ontario-quinte-feed.json")

/** Belleville, Ontario: the feed's region. */
private val BELLEVILLE = GeoPoint(44.1628, -77.3832)

private fun haversineKm(
    a: GeoPoint,
    lat: Double,
    lng: Double,
): Double {
    val r = Math::toRadians
    val h = sin((r(lat) - r(a.latitude)) / 2).pow(2) + cos(r(a.latitude)) * cos(r(lat)) * sin((r(lng) - r(a.longitude)) / 2).pow(2)
    return 2 * 6371.0088 * asin(sqrt(h))
}

class ScreensTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore

    private val key = ByteArray(32) { (it * 3).toByte() }

    private fun open(name: String = "tend.db") = TendStore.open(File(tmp.root, name).path, key)

    @Before
    fun setUp() {
        store = open()
    }

    @After
    fun tearDown() {
        runCatching { store.close() }
    }

    private fun search(form: SearchForm): List<DirectoryMeeting> = store.searchDirectory((MeetingSearch.check(form) as FormCheck.Ok).query)

    @Test
    fun typeFiltersAreTheCoresNamedInTheUsersLanguageAndNarrowTheSearch() {
        store.importDirectory("quinte", FEED.readText(), "America/Toronto")
        val filters = meetingTypeFilters("es")
        assertEquals("Cerrada", filters.first { it.code == "C" }.name)
        assertEquals(listOf("Cerrada", "XYZ"), meetingTypeNames(listOf("C", "XYZ"), "es"))
        val all = search(SearchForm())
        var narrowed = 0
        for (t in meetingTypeFilters("en")) {
            val form = MeetingSearch.toggleType(SearchForm(), t.code)
            val found = search(form)
            // Every result carries the type, and exactly the feed's meetings of that type are found.
            assertEquals(t.code, all.filter { t.code in it.types }.map { it.id }.toSet(), found.map { it.id }.toSet())
            if (found.size < all.size) narrowed++
            assertTrue("a second tap turns it off", MeetingSearch.toggleType(form, t.code).types.isEmpty())
        }
        assertTrue("the feed has meetings some filters leave out", narrowed > 0)
    }

    @Test
    fun nearMeFindsTheFeedsMeetingsNearestFirstAndJoinsOne() {
        val report = store.importDirectory("quinte", FEED.readText(), "America/Toronto")
        assertTrue(report.created > 0u)
        // The directory is not the user's groups: importing adds none.
        assertEquals(0, store.groups().size)

        val near = search(SearchForm(near = BELLEVILLE, withinKm = 30.0))
        assertTrue(near.isNotEmpty())
        val distances = near.map { it.distanceKm!! }
        assertEquals(distances.sorted(), distances)
        assertTrue(distances.all { it <= 30.0 })
        for (m in near) {
            val expected = haversineKm(BELLEVILLE, m.latitude!!, m.longitude!!)
            assertEquals(expected, m.distanceKm!!, expected * 0.005 + 0.01)
        }
        // The line under each result names the distance.
        assertTrue(MeetingSearch.details(near.first()).contains("km"))

        // A day and an evening window narrow it, as the feed says.
        val tuesdayEvening = search(SearchForm(day = DayChoice.Weekday(2), from = "18:00", near = BELLEVILLE, withinKm = 200.0))
        assertTrue(tuesdayEvening.all { it.weekday?.toInt() == 2 && it.time!! >= "18:00" })
        assertTrue(tuesdayEvening.size < search(SearchForm(near = BELLEVILLE, withinKm = 200.0)).size)

        // Join the nearest into a network: it becomes one of the user's groups, with reminders.
        val network = store.addNetwork(NetworkInput(name = "Recovery"))
        val target = MeetingSearch.joinTarget(store.networks().map { it.id }, picked = null)
        assertEquals(network.id, target) // the only network
        val group = store.joinDirectoryMeeting(near.first().id, target, false)
        assertEquals(near.first().name, group.name)
        assertEquals(1, store.groups().size)
        assertEquals(group.id, search(SearchForm(near = BELLEVILLE, withinKm = 30.0)).first { it.id == near.first().id }.joinedGroupId)
        // SOS's "starting soon" list is callable from the same store (what it holds depends on the hour).
        assertNotNull(store.meetingsSoon("America/Toronto", BELLEVILLE, 3u))
    }

    @Test
    fun theFormRefusesWhatIsNotATimeAndAsksForLocationOnlyWhenTapped() {
        assertEquals(FormCheck.Invalid("from"), MeetingSearch.check(SearchForm(from = "25:00")))
        assertEquals(FormCheck.Invalid("to"), MeetingSearch.check(SearchForm(to = "tonight")))
        assertEquals(FormCheck.Invalid("day"), MeetingSearch.check(SearchForm(day = DayChoice.Weekday(7))))
        val ok = (MeetingSearch.check(SearchForm(from = "7:05", text = "  step  ", types = setOf("O", "C"))) as FormCheck.Ok).query
        assertEquals((7 * 60 + 5).toUShort(), ok.from)
        assertEquals("step", ok.text)
        assertEquals(listOf("C", "O"), ok.types)
        // No point, no radius: the screen never sends a location it was not given.
        assertEquals(null, ok.near)
        assertEquals(null, (MeetingSearch.check(SearchForm(withinKm = 5.0)) as FormCheck.Ok).query.withinKm)
        assertEquals(2L, MeetingSearch.joinTarget(listOf(1L, 2L), picked = 2L))
        assertEquals(null, MeetingSearch.joinTarget(listOf(1L, 2L), picked = null))
        assertEquals(null, MeetingSearch.joinTarget(listOf(1L, 2L), picked = 9L))
        assertEquals(NearMeStep.ASK_PERMISSION, MeetingSearch.nearMe(granted = false, deniedForGood = false))
        assertEquals(NearMeStep.READ_LOCATION, MeetingSearch.nearMe(granted = true, deniedForGood = false))
        assertEquals(NearMeStep.EXPLAIN_DENIED, MeetingSearch.nearMe(granted = false, deniedForGood = true))
    }

    @Test
    fun aBackupGoesOutAndComesBackOnlyWithItsPassphrase() {
        store.addNetwork(NetworkInput(name = "Recovery"))
        val bytes = store.exportBackup(DataActions.passphrase("correct horse"))
        assertEquals(DataMessage("backup_saved"), DataActions.exported(Result.success(Unit)))
        val fresh = open("restored.db")
        try {
            assertEquals(DataMessage("backup_refused"), DataActions.imported(runCatching { fresh.importBackup(bytes, "wrong", false) }))
            assertEquals(0, fresh.networks().size) // a refused import leaves the store as it was
            val restored = DataActions.imported(runCatching { fresh.importBackup(bytes, DataActions.passphrase("correct horse"), false) })
            assertEquals("backup_restored", restored.key)
            assertEquals(1, fresh.networks().size)
            // Into a store that now has data, without "replace": refused, nothing changed.
            assertEquals(DataMessage("backup_refused"), DataActions.imported(runCatching { fresh.importBackup(bytes, "correct horse", false) }))
        } finally {
            fresh.close()
        }
        assertEquals(DataMessage("data_failed"), DataActions.imported(Result.failure(TendException.Storage("disk full"))))
        assertEquals(null, DataActions.passphrase(""))
        assertEquals(" x ", DataActions.passphrase(" x "))
        assertEquals("tend-backup-2026-12-02.tend", DataActions.backupFileName(LocalDate.of(2026, 12, 2)))
    }

    @Test
    fun anUnreadableStoreIsMovedAsideNotDeleted() {
        val path = File(tmp.root, "damaged.db")
        path.writeBytes(ByteArray(4096) { 7 })
        val failure = LoadFailures.of(runCatching { open("damaged.db") }.exceptionOrNull()!!)
        assertTrue(DataActions.canQuarantine(failure))
        assertFalse(DataActions.canQuarantine(LoadFailure("cannot_read", "Storage")))
        // A store that opens with its key is never moved.
        open("healthy.db").close()
        val healthy = File(tmp.root, "healthy.db")
        assertTrue(runCatching { quarantineStore(healthy.path, key) }.exceptionOrNull() is TendException.InvalidInput)
        assertTrue(healthy.exists())
        val moved = File(quarantineStore(path.path, key))
        assertFalse(path.exists())
        assertTrue(moved.exists())
        assertEquals(4096L, moved.length())
        assertTrue(runCatching { quarantineStore(File(tmp.root, "missing.db").path, key) }.exceptionOrNull() is TendException)
    }
}
