// The public meeting lists' daily refresh, as JobScheduler holds it and as it runs: none while no
// list is in use; with one, a single job a day after the last refresh, on Wi-Fi (unmetered) unless
// the user allowed any network, kept across reboots; a process start leaves a pending run alone;
// a run refreshes every list from a loopback server only when a day has passed and the network is
// the allowed one, then schedules the next. And every key the lists' logic names has its words.
package app.tend.android

import android.app.job.JobInfo
import android.app.job.JobParameters
import android.app.job.JobScheduler
import android.net.ConnectivityManager
import android.net.Network
import android.net.NetworkCapabilities
import android.os.Bundle
import android.os.PersistableBundle
import app.tend.android.logic.MeetingSources
import app.tend.android.logic.RefreshNetwork
import app.tend.android.logic.SourceLine
import app.tend.android.ui.stringRes
import app.tend.core.FetchFailure
import app.tend.core.Message
import app.tend.core.MessageId
import app.tend.core.NewSource
import app.tend.core.RefreshOutcome
import app.tend.core.RefreshReport
import app.tend.core.SearchQuery
import app.tend.core.SourceStatus
import app.tend.core.TendException
import com.sun.net.httpserver.HttpServer
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowNetwork
import org.robolectric.shadows.ShadowNetworkCapabilities
import java.net.InetSocketAddress
import java.time.Duration
import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger

private fun feed(name: String) =
    """[{"slug": "m1", "name": "$name", "day": 3, "time": "18:30", "latitude": 43.65, "longitude": -79.38, "timezone": "America/Toronto"}]"""

class MeetingListJobTest : RobolectricBase() {
    private val scheduler get() = app.getSystemService(JobScheduler::class.java)
    private lateinit var server: HttpServer
    private val requests = AtomicInteger()

    @Volatile private var body = feed("Harbour Light")

    @Before
    fun serve() {
        server = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
        server.createContext("/feed") { ex ->
            requests.incrementAndGet()
            val bytes = body.toByteArray()
            ex.sendResponseHeaders(200, bytes.size.toLong())
            ex.responseBody.use { it.write(bytes) }
        }
        server.start()
    }

    @After
    fun stop() {
        server.stop(0)
        MeetingListJob.clock = Instant::now
    }

    private fun url() = "http://127.0.0.1:${server.address.port}/feed"

    /** A list in use, read once from the loopback server, after the cold start has run. */
    private fun aListInUse() {
        replanNow()
        store().addMeetingSource(NewSource(url = url(), name = "Harbour intergroup"))
    }

    private fun pending(): JobInfo? = scheduler.getPendingJob(MeetingListJob.ID)

    /** The network a job is handed, metered (mobile data) or not (Wi-Fi). */
    private fun network(unmetered: Boolean): Network {
        val network = ShadowNetwork.newInstance(4101)
        val caps = ShadowNetworkCapabilities.newInstance()
        if (unmetered) shadowOf(caps).addCapability(NetworkCapabilities.NET_CAPABILITY_NOT_METERED)
        shadowOf(app.getSystemService(ConnectivityManager::class.java)).setNetworkCapabilities(network, caps)
        return network
    }

    /** Starts the job as the system would, on [network], and waits (bounded) until it finished and rescheduled. */
    private fun run(network: Network): MeetingListJob {
        scheduler.cancel(MeetingListJob.ID)
        val job = Robolectric.buildService(MeetingListJob::class.java).create().get()
        val params = JobParameters(null, null, MeetingListJob.ID, PersistableBundle(), Bundle(), null, 0, false, false, false, null, null, network)
        assertTrue("the work goes on off the main thread", job.onStartJob(params))
        eventually("the job finished and scheduled the next run") { shadowOf(job).isJobFinished && pending() != null }
        return job
    }

    @Test
    fun with_no_list_in_use_nothing_is_scheduled() {
        replanNow()
        assertNull("the cold start schedules nothing", pending())
        MeetingListJob.ensureScheduled(app, store())
        assertNull(pending())
    }

    @Test
    fun a_list_in_use_is_refreshed_a_day_later_on_wifi_unless_any_network_was_chosen() {
        aListInUse()
        MeetingListJob.ensureScheduled(app, store())
        val job = pending()!!
        assertEquals(JobInfo.NETWORK_TYPE_UNMETERED, job.networkType)
        assertFalse("one run, rescheduled from the store's times", job.isPeriodic)
        val day = Duration.ofDays(1).toMillis()
        assertTrue("${job.minLatencyMillis}", job.minLatencyMillis in (day - 60_000)..day)
        assertTrue(job.isPersisted)
        assertTrue(job.isRequireBatteryNotLow)
        assertEquals(MeetingListJob::class.java.name, job.service.className)
        assertEquals(RefreshNetwork.WIFI_ONLY, MeetingListJob.network(app))

        // The user allows any network: the same single job, now on any network, and remembered.
        MeetingListJob.choose(app, RefreshNetwork.ANY, store())
        assertEquals(JobInfo.NETWORK_TYPE_ANY, pending()!!.networkType)
        assertEquals(1, scheduler.allPendingJobs.count { it.id == MeetingListJob.ID })
        assertEquals(RefreshNetwork.ANY, MeetingListJob.network(app))

        // A process start leaves a pending run on the chosen network as it is (the process may
        // have been started for it); one on the other network is replaced.
        val before = pending()
        MeetingListJob.ensureScheduled(app, store())
        assertTrue(before === pending() || before == pending())
        app.getSharedPreferences("tend.meeting-lists", 0).edit().putString("network", RefreshNetwork.WIFI_ONLY.name).commit()
        MeetingListJob.ensureScheduled(app, store())
        assertEquals(JobInfo.NETWORK_TYPE_UNMETERED, pending()!!.networkType)

        // No list in use any more: no run.
        for (s in store().meetingSources(null, null).filter { it.status != null }) store().removeMeetingSource(s.id)
        MeetingListJob.schedule(app, store(), Instant.now())
        assertNull(pending())
    }

    @Test
    fun a_run_a_day_later_on_wifi_refreshes_every_list_and_schedules_the_next() {
        aListInUse()
        assertEquals(1, requests.get())
        body = feed("Harbour Light, now at noon")
        MeetingListJob.clock = { Instant.now().plus(Duration.ofHours(25)) }

        val job = run(network(unmetered = true))
        assertFalse(shadowOf(job).isRescheduleNeeded)
        assertEquals("the list was asked for again", 2, requests.get())
        val names = store().searchDirectory(SearchQuery()).map { it.name }
        assertEquals(listOf("Harbour Light, now at noon"), names)
        assertTrue(pending()!!.minLatencyMillis >= Duration.ofMinutes(15).toMillis())
    }

    @Test
    fun a_run_before_the_day_is_up_or_on_mobile_data_when_wifi_only_fetches_nothing() {
        aListInUse()
        // A pull-to-refresh an hour ago counts: the job waits for the rest of the day.
        MeetingListJob.clock = { Instant.now().plus(Duration.ofHours(1)) }
        run(network(unmetered = true))
        assertEquals(1, requests.get())
        val wait = pending()!!.minLatencyMillis
        assertTrue("$wait", wait in Duration.ofHours(22).toMillis()..Duration.ofHours(23).toMillis())

        // A day later but on mobile data, with Wi-Fi only chosen: nothing fetched.
        MeetingListJob.clock = { Instant.now().plus(Duration.ofHours(25)) }
        run(network(unmetered = false))
        assertEquals(1, requests.get())
        // ...and never a run straight after a run.
        assertTrue(pending()!!.minLatencyMillis >= Duration.ofMinutes(15).toMillis())

        // Any network allowed: the same run fetches.
        MeetingListJob.choose(app, RefreshNetwork.ANY, store())
        run(network(unmetered = false))
        assertEquals(2, requests.get())
    }

    @Test
    fun every_key_the_meeting_lists_name_has_its_words() {
        replanNow()
        val catalog = store().meetingSources(null, null)
        val at = Instant.parse("2026-12-06T12:00:00Z")
        val lines = mutableListOf<SourceLine>()
        for (f in FetchFailure.entries) {
            val s = catalog.first().copy(status = SourceStatus(at, at, null, f, 401u, 0u, null))
            for (after in listOf(0L, 300, 3 * 3600, 25 * 3600, 3 * 86_400)) {
                lines += MeetingSources.freshness(s, at.plusSeconds(after))
                lines += MeetingSources.freshness(s.copy(status = s.status!!.copy(fetchedAt = at)), at.plusSeconds(after))
                lines += listOfNotNull(MeetingSources.failure(s, at), MeetingSources.failedWhen(s, at.plusSeconds(after)))
            }
            lines += MeetingSources.used(s, RefreshReport(s.id, RefreshOutcome.FAILED, null, f, null, null))
        }
        for (s in catalog) lines += MeetingSources.whatServerLearns(s)
        lines += MeetingSources.whatAddedServerLearns()
        lines += MeetingSources.used(catalog.first(), RefreshReport(catalog.first().id, RefreshOutcome.UPDATED, null, null, null, at))
        lines += MeetingSources.refreshed(emptyList())
        lines += MeetingSources.refreshed(listOf(RefreshReport("x", RefreshOutcome.FAILED, null, FetchFailure.TIMED_OUT, null, null)))
        lines += MeetingSources.addError(TendException.InvalidInput("url", "must start with https://", Message(MessageId.REFUSAL_EMPTY, emptyList())))
        lines += MeetingSources.addError(TendException.InvalidInput("timezone", "unknown", Message(MessageId.REFUSAL_EMPTY, emptyList())))
        lines += MeetingSources.addError(TendException.NotFound("meeting source"))
        lines += MeetingSources.addError(IllegalStateException())
        for (key in lines.map { it.key }.toSet()) {
            // The screens' table (ui/Strings.kt) reaches the resource of the same name.
            assertEquals(key, app.resources.getResourceEntryName(stringRes(key)))
            assertNotNull(app.getString(stringRes(key)))
        }
        assertTrue(lines.map { it.key }.toSet().size >= 30)
    }
}
