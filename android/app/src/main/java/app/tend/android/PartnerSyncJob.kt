// Background sync of the live partner channel (JobScheduler, API 21+): periodically while a Matrix
// account is connected, and once right after an SOS is logged, each only when a network is there.
// The job only calls partnerSync: what goes out (consent, outbox, an SOS at most a day old) is the
// core's. partnerSync blocks on the network (at most two minutes), so it runs on an IO worker,
// never on the main thread the system starts the job on.
package app.tend.android

import android.app.job.JobInfo
import android.app.job.JobParameters
import android.app.job.JobScheduler
import android.app.job.JobService
import android.content.ComponentName
import android.content.Context
import android.util.Log
import app.tend.android.logic.PartnerChannel
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import java.util.concurrent.TimeUnit

class PartnerSyncJob : JobService() {
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)
    private var running: Job? = null

    override fun onStartJob(params: JobParameters): Boolean {
        val app = application as TendApplication
        running =
            scope.launch {
                val result = runCatching { app.store().partnerSync(app.zone()) }
                val failure = result.exceptionOrNull()
                if (failure != null) {
                    // The class name only: a reason could carry a Matrix ID.
                    Log.w(TAG, "partner sync failed: ${failure.javaClass.simpleName}")
                    if (!PartnerChannel.retryLater(failure)) cancelPeriodic(app)
                }
                jobFinished(params, failure != null && PartnerChannel.retryLater(failure))
            }
        return true
    }

    /** The system stops the job (the network went away): ask to run it again later. */
    override fun onStopJob(params: JobParameters): Boolean {
        running?.cancel()
        return true
    }

    override fun onDestroy() {
        scope.coroutineContext[Job]?.cancel()
        super.onDestroy()
    }

    companion object {
        private const val TAG = "TendPartnerSync"
        private const val PERIODIC_ID = 7101
        private const val NOW_ID = 7102

        private fun component(context: Context) = ComponentName(context, PartnerSyncJob::class.java)

        private fun scheduler(context: Context) = context.getSystemService(JobScheduler::class.java)

        /** Every few hours while connected, on any network; kept across reboots. */
        fun schedulePeriodic(context: Context) {
            val job =
                JobInfo.Builder(PERIODIC_ID, component(context))
                    .setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
                    .setPeriodic(TimeUnit.HOURS.toMillis(3))
                    .setPersisted(true)
                    .build()
            // Scheduling the same id again replaces it, so calling this at every start is safe.
            scheduler(context).schedule(job)
        }

        /** Once, as soon as there is a network (now, if online): after an SOS is logged. */
        fun syncSoon(context: Context) {
            val job =
                JobInfo.Builder(NOW_ID, component(context))
                    .setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
                    .setBackoffCriteria(TimeUnit.SECONDS.toMillis(30), JobInfo.BACKOFF_POLICY_EXPONENTIAL)
                    .setPersisted(true)
                    .build()
            scheduler(context).schedule(job)
        }

        /** No account any more (or never): stop waking up for nothing. */
        fun cancelPeriodic(context: Context) = scheduler(context).cancel(PERIODIC_ID)
    }
}
