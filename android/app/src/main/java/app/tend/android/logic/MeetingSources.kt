// "Find a meeting"'s decisions about public meeting lists: which lists to offer for where the user
// is (the core filters the catalog by area on the phone; the position is never sent) or for a
// region they choose, when a list needs a place first, the "updated 3 days ago" line, a failed
// refresh in plain words, the sentence about what the list's server learns, and the daily
// background refresh: whether it is wanted, when it is next due, on which network. Keys are string
// resources (stringRes); the screen formats them.
package app.tend.android.logic

import app.tend.core.FetchFailure
import app.tend.core.GeoPoint
import app.tend.core.MeetingSource
import app.tend.core.Message
import app.tend.core.RefreshReport
import app.tend.core.SourceKind
import app.tend.core.TendException
import java.time.Duration
import java.time.Instant

/** One line on the screen: a string resource name and the text for its %1$s, if any. */
data class SourceLine(val key: String, val arg: String? = null, val problem: Message? = null)

/** The lists to show: the user's own first (with their freshness), then those for this place. */
data class SourceOffer(val inUse: List<MeetingSource>, val nearby: List<MeetingSource>)

/** How the background refresh may use the network, as the user chose in settings. */
enum class RefreshNetwork { WIFI_ONLY, ANY }

/** A region the catalog has lists for, chosen instead of the phone's location. */
data class SourceRegion(val name: String, val country: String?)

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

    /** The last refresh's failure in plain words; none after a success. [failedWhen] says when. */
    fun failure(
        source: MeetingSource,
        @Suppress("UNUSED_PARAMETER") now: Instant,
    ): SourceLine? {
        val f = source.status?.failure ?: return null
        return SourceLine(failureKey(f))
    }

    /** When the failed refresh was tried ("2 h ago", for "Last tried 2 h ago"); none after a success. */
    fun failedWhen(
        source: MeetingSource,
        now: Instant,
    ): SourceLine? {
        val status = source.status ?: return null
        if (status.failure == null) return null
        return status.checkedAt?.let { ago("meeting_source_failed", it, now) }
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
                    "url" -> SourceLine("meeting_source_add_failed", problem = e.problem)
                    "timezone" -> SourceLine("meeting_source_bad_zone")
                    else -> SourceLine("meeting_source_add_failed", problem = e.problem)
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

    /** The user's stored choice; Wi-Fi only until they say otherwise (their data plan is theirs). */
    fun network(stored: String?): RefreshNetwork = RefreshNetwork.entries.firstOrNull { it.name == stored } ?: RefreshNetwork.WIFI_ONLY

    /** The daily refresh is wanted only while some list is in use. */
    fun keepFresh(sources: List<MeetingSource>): Boolean = sources.any { it.status != null }

    /**
     * When the lists in use were last refreshed, for the daily rule: the oldest attempt among
     * them, so the stalest list decides (a pull-to-refresh counts); null when one was never tried.
     */
    fun lastRefresh(sources: List<MeetingSource>): Instant? {
        val inUse = sources.mapNotNull { it.status }
        if (inUse.isEmpty() || inUse.any { it.checkedAt == null }) return null
        return inUse.minOf { it.checkedAt!! }
    }

    /** How long the background job waits before its next run: until a day after [lastRun]. */
    fun nextRefreshIn(
        lastRun: Instant?,
        now: Instant,
    ): Duration {
        if (lastRun == null) return Duration.ZERO
        val wait = Duration.between(now, lastRun.plus(REFRESH_EVERY))
        return if (wait.isNegative) Duration.ZERO else wait
    }

    /**
     * The regions to choose from instead of a location: the catalog's lists not yet in use, one
     * entry per region, the phone's own country first, then by name.
     */
    fun regions(
        sources: List<MeetingSource>,
        country: String?,
    ): List<SourceRegion> {
        val home = country?.uppercase()
        return sources
            .filter { it.status == null }
            .mapNotNull { s -> s.region?.let { SourceRegion(it, s.country) } }
            .distinct()
            .sortedWith(compareBy<SourceRegion>({ home == null || it.country != home }, { it.name.lowercase() }))
    }

    /** The catalog's lists for a region the user chose. */
    fun inRegion(
        sources: List<MeetingSource>,
        region: SourceRegion,
    ): List<MeetingSource> = sources.filter { it.status == null && it.region == region.name && it.country == region.country }

    /**
     * Whether [source] can be taken into use now: a list asked by area needs a place, and only a
     * location gives one (a region's middle could be far from any meeting).
     */
    fun canUse(
        source: MeetingSource,
        place: GeoPoint?,
    ): Boolean = !needsPlace(source) || place != null

    /** The list a search result came from (its feed is the list's id), for "updated 3 days ago". */
    fun sourceOf(
        feed: String,
        inUse: List<MeetingSource>,
    ): MeetingSource? = inUse.firstOrNull { it.id == feed && it.status != null }

    /**
     * The lists the results came from, each once, in the order the results first name them: one
     * "From … · updated …" line per list above the results, not the same line under every one.
     */
    fun sourcesOf(
        feeds: List<String>,
        inUse: List<MeetingSource>,
    ): List<MeetingSource> = feeds.distinct().mapNotNull { sourceOf(it, inUse) }

    /** After taking [source] into use: in use with its meetings, or why it could not be read. */
    fun used(
        source: MeetingSource,
        report: RefreshReport,
    ): SourceLine = report.failure?.let { SourceLine(failureKey(it)) } ?: SourceLine("meeting_source_in_use_now", source.name)

    /** After refreshing every list: all read, or some failed (each says why under its name). */
    fun refreshed(reports: List<RefreshReport>): SourceLine =
        if (reports.any { it.failure != null }) SourceLine("meeting_sources_some_failed") else SourceLine("meeting_sources_refreshed")

    /** The sentence before adding a list by address: its website learns what any visit tells it. */
    fun whatAddedServerLearns(): SourceLine = SourceLine("meeting_source_reveals_added")

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
            // "1 days ago" reads as careless: a day is "yesterday".
            minutes < 2 * 24 * 60 -> SourceLine("${prefix}_yesterday")
            else -> SourceLine("${prefix}_days", (minutes / (24 * 60)).toString())
        }
    }
}
