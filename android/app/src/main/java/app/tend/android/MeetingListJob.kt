// The daily refresh of the public meeting lists in use (JobScheduler, API 21+): one job at a time,
// due a day after the lists were last refreshed (a pull-to-refresh counts), on Wi-Fi only unless
// the user allowed any network, kept across reboots, and only while some list is in use. Each run
// reschedules the next from what the store then says. When it is due, and on which network, is
// logic/MeetingSources.kt's; keeping the last good list when a server fails is the core's.
// refreshMeetingSources blocks on the network (bounded by the core), so it runs on an IO worker,
// never on the main thread the system starts the job on.
package app.tend.android

import android.app.job.JobInfo
import android.app.job.JobParameters
import android.app.job.JobScheduler
import android.app.job.JobService
import android.content.ComponentName
import android.content.Context
import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import android.os.Build
import android.util.Log
import app.tend.android.logic.MeetingSources
import app.tend.android.logic.RefreshNetwork
import app.tend.ffi.TendStore
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import java.time.Duration
import java.time.Instant
import java.util.concurrent.TimeUnit

class MeetingListJob : JobService() {
    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.IO)
    private var running: Job? = null

    override fun onStartJob(params: JobParameters): Boolean {
        val app = application as TendApplication
        val unmetered = onUnmetered(params)
        running =
            scope.launch {
                val ran = runCatching { refreshIfDue(app, app.store(), clock(), unmetered) }
                ran.exceptionOrNull()?.let { Log.w(TAG, "meeting lists not refreshed: ${it.javaClass.simpleName}") }
                // A store that could not be opened (or read) is tried again with the system's
                // backoff; otherwise the next run is scheduled from the lists' new times. Finished
                // first: scheduling this job's id while it runs would stop it.
                jobFinished(params, ran.isFailure)
                if (ran.isSuccess) runCatching { schedule(app, app.store(), clock(), atLeast = AFTER_A_RUN) }
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

    /** Whether the network the job was given (or the active one) is unmetered, e.g. Wi-Fi. */
    private fun onUnmetered(params: JobParameters): Boolean {
        val connectivity = getSystemService(ConnectivityManager::class.java) ?: return false
        val network = (if (Build.VERSION.SDK_INT >= 28) params.network else null) ?: connectivity.activeNetwork ?: return false
        return connectivity.getNetworkCapabilities(network)?.hasCapability(NetworkCapabilities.NET_CAPABILITY_NOT_METERED) == true
    }

    companion object {
        private const val TAG = "TendMeetingLists"
        internal const val ID = 7201
        private const val PREFS = "tend.meeting-lists"
        private const val KEY_NETWORK = "network"

        /**
         * After a run that did not refresh (a pull-to-refresh came first, or the network it got
         * was not the one allowed), the next waits at least this long: never a run right after a run.
         */
        private val AFTER_A_RUN: Duration = Duration.ofMinutes(15)

        /** The job's idea of now; a test moves it a day on. */
        @Volatile internal var clock: () -> Instant = Instant::now

        private fun scheduler(context: Context) = context.getSystemService(JobScheduler::class.java)

        private fun prefs(context: Context) = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)

        /** The user's choice (Wi-Fi only until they change it). */
        fun network(context: Context): RefreshNetwork = MeetingSources.network(prefs(context).getString(KEY_NETWORK, null))

        /** Keeps the user's choice, then schedules with it. */
        fun choose(
            context: Context,
            network: RefreshNetwork,
            store: TendStore,
        ) {
            prefs(context).edit().putString(KEY_NETWORK, network.name).commit()
            schedule(context, store, clock())
        }

        /**
         * Schedules the next run from what the store holds: a day after the stalest list was last
         * refreshed, on the chosen network; none while no list is in use. Replaces a pending run.
         */
        fun schedule(
            context: Context,
            store: TendStore,
            now: Instant,
            atLeast: Duration = Duration.ZERO,
        ) {
            val sources = store.meetingSources(null, null)
            if (!MeetingSources.keepFresh(sources)) {
                scheduler(context).cancel(ID)
                return
            }
            val wait = maxOf(MeetingSources.nextRefreshIn(MeetingSources.lastRefresh(sources), now), atLeast)
            scheduler(context).schedule(job(context, network(context), wait.toMillis()))
        }

        /**
         * At every process start: a run already pending on the chosen network is left as it is
         * (the process may have been started for it, and scheduling its id again would stop it);
         * otherwise, as [schedule].
         */
        fun ensureScheduled(
            context: Context,
            store: TendStore,
        ) {
            val pending = scheduler(context).getPendingJob(ID)
            if (pending != null && pending.networkType == networkType(network(context))) return
            schedule(context, store, clock())
        }

        /** One run: refreshes every list in use when the daily rule says it is due. */
        internal fun refreshIfDue(
            context: Context,
            store: TendStore,
            now: Instant,
            onUnmetered: Boolean,
        ) {
            val sources = store.meetingSources(null, null)
            if (!MeetingSources.keepFresh(sources)) return
            if (MeetingSources.backgroundRefreshDue(MeetingSources.lastRefresh(sources), now, network(context), onUnmetered)) {
                // Each list's failure is recorded with it and its last good copy stays (the core).
                store.refreshMeetingSources()
            }
        }

        private fun networkType(network: RefreshNetwork) =
            when (network) {
                RefreshNetwork.WIFI_ONLY -> JobInfo.NETWORK_TYPE_UNMETERED
                RefreshNetwork.ANY -> JobInfo.NETWORK_TYPE_ANY
            }

        private fun job(
            context: Context,
            network: RefreshNetwork,
            waitMillis: Long,
        ): JobInfo =
            JobInfo.Builder(ID, ComponentName(context, MeetingListJob::class.java))
                .setRequiredNetworkType(networkType(network))
                .setMinimumLatency(waitMillis)
                // Not worth a low battery: the last good lists stay until the next run.
                .setRequiresBatteryNotLow(true)
                .setBackoffCriteria(TimeUnit.MINUTES.toMillis(30), JobInfo.BACKOFF_POLICY_EXPONENTIAL)
                .setPersisted(true)
                .build()
    }
}
