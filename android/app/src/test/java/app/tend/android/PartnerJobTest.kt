// The partner channel's background sync, as JobScheduler holds it: every few hours on any network
// while connected, kept across reboots; once, as soon as there is a network, after an SOS.
package app.tend.android

import android.app.job.JobInfo
import android.app.job.JobScheduler
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.util.concurrent.TimeUnit

class PartnerJobTest : RobolectricBase() {
    private val scheduler get() = app.getSystemService(JobScheduler::class.java)

    @Test
    fun while_connected_a_periodic_sync_waits_for_a_network() {
        PartnerSyncJob.schedulePeriodic(app)
        val job = scheduler.allPendingJobs.single()
        assertEquals(JobInfo.NETWORK_TYPE_ANY, job.networkType)
        assertTrue(job.isPeriodic)
        assertEquals(TimeUnit.HOURS.toMillis(3), job.intervalMillis)
        assertTrue(job.isPersisted)
        assertEquals(PartnerSyncJob::class.java.name, job.service.className)
        // Scheduling again at the next start replaces it, never a second one.
        PartnerSyncJob.schedulePeriodic(app)
        assertEquals(1, scheduler.allPendingJobs.size)
    }

    @Test
    fun after_an_sos_one_sync_runs_as_soon_as_there_is_a_network() {
        PartnerSyncJob.syncSoon(app)
        val job = scheduler.allPendingJobs.single()
        assertEquals(JobInfo.NETWORK_TYPE_ANY, job.networkType)
        assertFalse(job.isPeriodic)
        assertNotNull(job.service)
    }

    @Test
    fun without_an_account_the_cold_start_schedules_no_sync() {
        seedDemo()
        replanNow()
        assertTrue(scheduler.allPendingJobs.isEmpty())
        PartnerSyncJob.schedulePeriodic(app)
        PartnerSyncJob.cancelPeriodic(app)
        assertTrue(scheduler.allPendingJobs.isEmpty())
    }
}
