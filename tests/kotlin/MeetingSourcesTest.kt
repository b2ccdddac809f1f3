// "Find a meeting"'s public lists through the bridge, against the real core and a feed served on
// loopback (the JDK's own HTTP server, stopped after each test): the catalog offers New York's
// lists for a New York position and not Toronto's; an NA list asked by area needs a place first; a
// list added by address is read and searchable; a 401 keeps the last good list and is worded as a
// private list; "updated 3 days ago" (and "yesterday", never "1 days"); what the server learns;
// regions to choose instead of a location; and when the daily job may run, on which network.
package app.tend.android.logic

import app.tend.core.FetchFailure
import app.tend.core.GeoPoint
import app.tend.core.NewSource
import app.tend.core.RefreshOutcome
import app.tend.core.SearchQuery
import app.tend.core.TendException
import app.tend.ffi.TendStore
import com.sun.net.httpserver.HttpServer
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
import java.net.InetSocketAddress
import java.time.Duration
import java.time.Instant

private val NYC = GeoPoint(latitude = 40.71, longitude = -74.01)

private const val FEED = """[{"slug": "m1", "name": "Harbour Light", "day": 3, "time": "18:30",
  "latitude": 40.7101, "longitude": -74.0102, "timezone": "America/New_York"}]"""

class MeetingSourcesTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore
    private lateinit var server: HttpServer

    @Volatile private var status = 200

    @Before
    fun setUp() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 5).toByte() })
        server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/feed") { ex ->
            val body = if (status == 200) FEED.toByteArray() else "no".toByteArray()
            ex.sendResponseHeaders(status, body.size.toLong())
            ex.responseBody.use { it.write(body) }
        }
        server.start()
    }

    @After
    fun tearDown() {
        server.stop(0)
        store.close()
    }

    private fun url() = "http://127.0.0.1:${server.address.port}/feed"

    private fun text(line: SourceLine): String {
        val template = STRINGS[line.key] ?: error("missing string ${line.key}")
        return (line.problem?.let(::english) ?: line.arg)?.let { template.replace("%1\$s", it) } ?: template
    }

    @Test
    fun theCatalogOffersTheListsForWhereTheUserIs() {
        val offer = MeetingSources.offer(store.meetingSources(NYC, null))
        val ids = offer.nearby.map { it.id }
        assertTrue("$ids", "aa-new-york" in ids && "na-greater-new-york" in ids)
        assertFalse("$ids", "aa-toronto" in ids)
        assertTrue(offer.inUse.isEmpty())
        val na = offer.nearby.first { it.id == "na-greater-new-york" }
        assertTrue("an NA list is asked by area", MeetingSources.needsPlace(na))
        assertFalse(MeetingSources.needsPlace(offer.nearby.first { it.id == "aa-new-york" }))
        assertTrue(text(MeetingSources.whatServerLearns(na)).contains("about 50 km"))
        assertTrue(text(MeetingSources.whatServerLearns(offer.nearby.first { it.id == "aa-new-york" })).contains("Not who you are"))
        val e = runCatching { store.refreshMeetingSource("na-greater-new-york", null) }.exceptionOrNull()
        assertTrue("$e", e is TendException.InvalidInput && e.field == "near")
        assertTrue(store.meetingSources(NYC, "Narcotics Anonymous").all { it.fellowship == "NA" })
    }

    @Test
    fun aListAddedByAddressIsReadAndAFailureKeepsIt() {
        val added = store.addMeetingSource(NewSource(url = url(), name = "Harbour intergroup"))
        assertEquals(RefreshOutcome.UPDATED, added.refresh.outcome)
        assertEquals(SourceLine("meeting_source_in_use_now", "Harbour intergroup"), MeetingSources.used(added.source, added.refresh))
        assertEquals("Harbour intergroup is in use. Its meetings are in your search now.", text(MeetingSources.used(added.source, added.refresh)))
        val found = store.searchDirectory(SearchQuery(near = NYC))
        assertEquals("Harbour Light", found.single().name)
        // A result names the list it came from, for "updated …" under it.
        val inUse = MeetingSources.offer(store.meetingSources(null, null)).inUse
        assertEquals(added.source.id, MeetingSources.sourceOf(found.single().feed, inUse)?.id)
        assertNull(MeetingSources.sourceOf("https://example.org/meetings.json", inUse))
        assertEquals(listOf(added.source.id), MeetingSources.sourcesOf(listOf(found.single().feed, "file.json", found.single().feed), inUse).map { it.id })
        assertEquals(RefreshOutcome.UNCHANGED, store.refreshMeetingSources().single().outcome)

        status = 401
        val r = store.refreshMeetingSource(added.source.id, null)
        assertEquals(FetchFailure.PRIVATE, r.failure)
        assertEquals(1, store.searchDirectory(SearchQuery(near = NYC)).size)
        val source = MeetingSources.offer(store.meetingSources(null, null)).inUse.single()
        val line = MeetingSources.failure(source, Instant.now())!!
        assertEquals("meeting_source_failure_private", line.key)
        assertTrue(text(line).contains("keeps its meeting list private"))
        // When it was tried is its own line ("Last tried 2 h ago"), never a number glued onto the sentence.
        assertNull(line.arg)
        val tried = source.status!!.checkedAt!!
        assertEquals(SourceLine("meeting_source_failed_hours", "2"), MeetingSources.failedWhen(source, tried.plusSeconds(2 * 3600 + 5)))
        assertEquals("Last tried 2 h ago", STRINGS["meeting_source_last_tried"]!!.replace("%1\$s", text(MeetingSources.failedWhen(source, tried.plusSeconds(7205))!!)))
        assertEquals("meeting_sources_some_failed", MeetingSources.refreshed(listOf(r)).key)
        assertEquals("meeting_source_failure_private", MeetingSources.used(source, r).key)
        assertEquals(SourceLine("meeting_source_updated_yesterday"), MeetingSources.freshness(source, source.status!!.fetchedAt!!.plusSeconds(25 * 3600)))
        assertEquals("Updated 2 days ago", text(MeetingSources.freshness(source, source.status!!.fetchedAt!!.plusSeconds(49 * 3600))))
        assertEquals(SourceLine("meeting_source_updated_days", "3"), MeetingSources.freshness(source, source.status!!.fetchedAt!!.plusSeconds(3 * 86_400 + 60)))
        assertEquals("Updated 3 days ago", text(MeetingSources.freshness(source, source.status!!.fetchedAt!!.plusSeconds(3 * 86_400))))

        // Plain http anywhere but this device is refused, worded for the add sheet.
        val e = runCatching { store.addMeetingSource(NewSource(url = "http://aa.example.org/feed")) }.exceptionOrNull()!!
        assertEquals("meeting_source_add_failed", MeetingSources.addError(e).key)
        store.removeMeetingSource(added.source.id)
        assertTrue(store.searchDirectory(SearchQuery(near = NYC)).isEmpty())
    }

    @Test
    fun everyKeyHasItsWordsAndTheJobRunsAtMostDaily() {
        for (f in FetchFailure.values()) assertTrue(f.name, STRINGS.containsKey(MeetingSources.failureKey(f)))
        val now = Instant.parse("2026-12-06T12:00:00Z")
        assertTrue(MeetingSources.backgroundRefreshDue(null, now, RefreshNetwork.WIFI_ONLY, onUnmetered = true))
        assertFalse(MeetingSources.backgroundRefreshDue(null, now, RefreshNetwork.WIFI_ONLY, onUnmetered = false))
        assertTrue(MeetingSources.backgroundRefreshDue(null, now, RefreshNetwork.ANY, onUnmetered = false))
        assertFalse(MeetingSources.backgroundRefreshDue(now.minusSeconds(3600), now, RefreshNetwork.ANY, onUnmetered = true))
        assertTrue(MeetingSources.backgroundRefreshDue(now.minusSeconds(86_400), now, RefreshNetwork.ANY, onUnmetered = true))
        assertNull(MeetingSources.failure(store.meetingSources(NYC, null).first(), now))
        for (k in listOf("meeting_source_updated_yesterday", "meeting_source_failed_yesterday", "meeting_source_in_use_now", "meeting_sources_refreshed", "meeting_sources_some_failed", "meeting_source_reveals_added", "meeting_source_last_tried")) {
            assertTrue(k, STRINGS.containsKey(k))
        }
        assertTrue(text(MeetingSources.whatAddedServerLearns()).contains("Not who you are"))
    }

    @Test
    fun theDailyRefreshIsDueADayAfterTheStalestListAndOnlyWhileOneIsInUse() {
        assertFalse(MeetingSources.keepFresh(store.meetingSources(null, null)))
        assertNull(MeetingSources.lastRefresh(store.meetingSources(null, null)))
        val a = store.addMeetingSource(NewSource(url = url(), name = "A")).source
        Thread.sleep(20)
        val b = store.addMeetingSource(NewSource(url = url() + "/b", name = "B")).source
        var sources = store.meetingSources(null, null)
        assertTrue(MeetingSources.keepFresh(sources))
        val aAt = a.status!!.checkedAt!!
        assertEquals("the stalest list decides", aAt, MeetingSources.lastRefresh(sources))
        // A pull-to-refresh of A counts: now B is the stalest.
        store.refreshMeetingSource(a.id, null)
        sources = store.meetingSources(null, null)
        assertEquals(b.status!!.checkedAt, MeetingSources.lastRefresh(sources))

        assertEquals(Duration.ofHours(23), MeetingSources.nextRefreshIn(aAt, aAt.plusSeconds(3600)))
        assertEquals(Duration.ZERO, MeetingSources.nextRefreshIn(aAt, aAt.plusSeconds(2 * 86_400)))
        assertEquals(Duration.ZERO, MeetingSources.nextRefreshIn(null, aAt))
        // Due exactly when the job is next scheduled, not an hour before.
        val at = aAt.plus(MeetingSources.nextRefreshIn(aAt, aAt))
        assertTrue(MeetingSources.backgroundRefreshDue(aAt, at, RefreshNetwork.ANY, onUnmetered = false))
        assertFalse(MeetingSources.backgroundRefreshDue(aAt, at.minusSeconds(3600), RefreshNetwork.ANY, onUnmetered = false))

        // Wi-Fi only until the user says otherwise; anything unknown is read as Wi-Fi only.
        assertEquals(RefreshNetwork.WIFI_ONLY, MeetingSources.network(null))
        assertEquals(RefreshNetwork.WIFI_ONLY, MeetingSources.network("sometimes"))
        assertEquals(RefreshNetwork.ANY, MeetingSources.network(RefreshNetwork.ANY.name))

        store.removeMeetingSource(a.id)
        store.removeMeetingSource(b.id)
        assertFalse(MeetingSources.keepFresh(store.meetingSources(null, null)))
    }

    @Test
    fun aRegionCanBeChosenInsteadOfALocationButAnAreaListNeedsALocation() {
        val all = store.meetingSources(null, null)
        val inCanada = MeetingSources.regions(all, "ca")
        assertEquals("the phone's country first", "CA", inCanada.first().country)
        assertTrue(inCanada.indexOfFirst { it.country != "CA" } > inCanada.indexOfLast { it.country == "CA" })
        val names = MeetingSources.regions(all, null).map { it.name }
        assertEquals(names.sortedBy { it.lowercase() }, names)
        assertEquals(names.toSet().size, names.size)
        val nyc = SourceRegion("New York City", "US")
        assertTrue(nyc in inCanada)
        assertEquals(listOf("aa-new-york"), MeetingSources.inRegion(all, nyc).map { it.id })

        val na = all.first { it.id == "na-greater-new-york" }
        assertFalse("asked by area: a region's middle could be far from any meeting", MeetingSources.canUse(na, null))
        assertTrue(MeetingSources.canUse(na, NYC))
        assertTrue(MeetingSources.canUse(all.first { it.id == "aa-new-york" }, null))

        // A list in use is no longer offered for its region.
        store.addMeetingSource(NewSource(url = url(), name = "Harbour intergroup"))
        val after = store.meetingSources(null, null)
        assertEquals(MeetingSources.regions(all, null), MeetingSources.regions(after, null))
        assertTrue(MeetingSources.inRegion(after, nyc).none { it.status != null })
    }
}
