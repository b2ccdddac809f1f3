// "Find a meeting"'s decisions about public meeting lists: which lists to offer for where the user
// is (the core filters the catalog by area on the phone; the position is never sent), when a list
// needs a place first, the "updated 3 days ago" line, a failed refresh in plain words, the sentence
// about what the list's server learns, and when the background refresh may run. Keys are string
// resources (stringRes); the screen formats them.
package app.tend.android.logic

import app.tend.core.FetchFailure
import app.tend.core.MeetingSource
import app.tend.core.SourceKind
import app.tend.core.TendException
import java.time.Duration
import java.time.Instant

/** One line on the screen: a string resource name and the text for its %1$s, if any. */
data class SourceLine(val key: String, val arg: String? = null)

/** The lists to show: the user's own first (with their freshness), then those for this place. */
data class SourceOffer(val inUse: List<MeetingSource>, val nearby: List<MeetingSource>)

/** How the background refresh may use the network, as the user chose in settings. */
enum class RefreshNetwork { WIFI_ONLY, ANY }

object MeetingSources {
    /** At most one background refresh a day. */
    val REFRESH_EVERY: Duration = Duration.ofDays(1)

    /** Splits the core's answer (in use first, then the catalog's) for the screen. */
    fun offer(sources: List<MeetingSource>): SourceOffer = SourceOffer(sources.filter { it.status != null }, sources.filter { it.status == null })

    /**
     * Whether taking [source] into use needs a place first: an NA list asked by area (BMLT
     * without a service body) is asked about the ~50 km cell around a place the user picks.
     */
    fun needsPlace(source: MeetingSource): Boolean = source.kind == SourceKind.BMLT && source.service == null && source.status?.cell == null

    /** "Updated 3 days ago" (or "never"), from the last time the list was read or found unchanged. */
    fun freshness(
        source: MeetingSource,
        now: Instant,
    ): SourceLine {
        val at = source.status?.fetchedAt ?: return SourceLine("meeting_source_never_updated")
        return ago("meeting_source_updated", at, now)
    }

    /** The last refresh's failure in plain words, with when; none after a success. */
    fun failure(
        source: MeetingSource,
        now: Instant,
    ): SourceLine? {
        val status = source.status ?: return null
        val f = status.failure ?: return null
        val whenLine = status.checkedAt?.let { ago("meeting_source_failed", it, now) }
        return SourceLine(failureKey(f), whenLine?.arg)
    }

    /** The string resource for each failure: what happened and what the user can do. */
    fun failureKey(f: FetchFailure): String =
        when (f) {
            FetchFailure.PRIVATE -> "meeting_source_failure_private"
            FetchFailure.NOT_FOUND -> "meeting_source_failure_not_found"
            FetchFailure.SERVER_ERROR -> "meeting_source_failure_server"
            FetchFailure.REFUSED -> "meeting_source_failure_refused"
            FetchFailure.TIMED_OUT -> "meeting_source_failure_timed_out"
            FetchFailure.TOO_BIG -> "meeting_source_failure_too_big"
            FetchFailure.TRUNCATED -> "meeting_source_failure_truncated"
            FetchFailure.INSECURE -> "meeting_source_failure_insecure"
            FetchFailure.UNREACHABLE -> "meeting_source_failure_unreachable"
            FetchFailure.NOT_A_LIST -> "meeting_source_failure_not_a_list"
        }

    /** The sentence shown before the first fetch: what the list's server will learn. */
    fun whatServerLearns(source: MeetingSource): SourceLine =
        if (needsPlace(source) || (source.kind == SourceKind.BMLT && source.service == null)) {
            SourceLine("meeting_source_reveals_area", source.name)
        } else {
            SourceLine("meeting_source_reveals_list", source.name)
        }

    /** A failed add: the core's words for a list that cannot be had, else what to fix. */
    fun addError(e: Throwable): SourceLine =
        when (e) {
            is TendException.InvalidInput ->
                when (e.field) {
                    "url" -> SourceLine("meeting_source_add_failed", e.reason)
                    "timezone" -> SourceLine("meeting_source_bad_zone")
                    else -> SourceLine("meeting_source_add_failed", e.reason)
                }
            is TendException.NotFound -> SourceLine("meeting_source_gone")
            else -> SourceLine("data_failed")
        }

    /**
     * Whether the background job may refresh now: a day since the last run, and on the network
     * the user allows (Wi-Fi only unless they chose any network).
     */
    fun backgroundRefreshDue(
        lastRun: Instant?,
        now: Instant,
        network: RefreshNetwork,
        onUnmetered: Boolean,
    ): Boolean {
        if (network == RefreshNetwork.WIFI_ONLY && !onUnmetered) return false
        return lastRun == null || Duration.between(lastRun, now) >= REFRESH_EVERY
    }

    private fun ago(
        prefix: String,
        at: Instant,
        now: Instant,
    ): SourceLine {
        val minutes = Duration.between(at, now).toMinutes().coerceAtLeast(0)
        return when {
            minutes < 1 -> SourceLine("${prefix}_just_now")
            minutes < 60 -> SourceLine("${prefix}_minutes", minutes.toString())
            minutes < 24 * 60 -> SourceLine("${prefix}_hours", (minutes / 60).toString())
            else -> SourceLine("${prefix}_days", (minutes / (24 * 60)).toString())
        }
    }
}
