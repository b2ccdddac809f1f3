// The meeting Search screen's decisions: the form → the core's SearchQuery (the core does the
// searching, distances and day/time rules), when to ask for location, and how a result reads.
package app.tend.android.logic

import app.tend.core.DayFilter
import app.tend.core.DirectoryMeeting
import app.tend.core.GeoPoint
import app.tend.core.SearchQuery

/** Which day the form looks at. */
sealed class DayChoice {
    object Any : DayChoice()

    object Today : DayChoice()

    object Tomorrow : DayChoice()

    /** 0 = Sunday … 6 = Saturday, as the core counts. */
    data class Weekday(val day: Int) : DayChoice()
}

/** What the user typed and picked. Times are "HH:MM" as typed; empty means no bound. */
data class SearchForm(
    val day: DayChoice = DayChoice.Any,
    val from: String = "",
    val to: String = "",
    val types: Set<String> = emptySet(),
    val online: Boolean = false,
    val text: String = "",
    /** Set only after the user tapped "near me" and the OS gave a position. */
    val near: GeoPoint? = null,
    val withinKm: Double? = null,
)

/** The form as a query, or the field that is wrong (the screen marks it; nothing is searched). */
sealed class FormCheck {
    data class Ok(val query: SearchQuery) : FormCheck()

    data class Invalid(val field: String) : FormCheck()
}

/** What tapping "near me" does next. Location is never asked for before that tap. */
enum class NearMeStep {
    /** No permission yet: show the OS dialog (coarse location is enough for "near"). */
    ASK_PERMISSION,

    /** Permission granted: read the last known position. */
    READ_LOCATION,

    /** Refused for good: say so; search by text, day or online still works. */
    EXPLAIN_DENIED,
}

object MeetingSearch {
    const val LIMIT = 50u

    /** "19:30" or "7:05" → minutes after midnight; null when it is not a time of day. */
    fun minutes(text: String): UShort? {
        val m = Regex("""^\s*(\d{1,2}):(\d{2})\s*$""").find(text) ?: return null
        val (h, min) = m.destructured.toList().map(String::toInt)
        if (h > 23 || min > 59) return null
        return (h * 60 + min).toUShort()
    }

    fun check(form: SearchForm): FormCheck {
        val from = if (form.from.isBlank()) null else minutes(form.from) ?: return FormCheck.Invalid("from")
        val to = if (form.to.isBlank()) null else minutes(form.to) ?: return FormCheck.Invalid("to")
        if (form.withinKm != null && !(form.withinKm > 0)) return FormCheck.Invalid("within")
        val day =
            when (val d = form.day) {
                DayChoice.Any -> null
                DayChoice.Today -> DayFilter.Today
                DayChoice.Tomorrow -> DayFilter.Tomorrow
                is DayChoice.Weekday -> if (d.day in 0..6) DayFilter.Weekday(d.day.toUByte()) else return FormCheck.Invalid("day")
            }
        return FormCheck.Ok(
            SearchQuery(
                near = form.near,
                withinKm = form.withinKm.takeIf { form.near != null },
                day = day,
                from = from,
                to = to,
                types = form.types.sorted(),
                online = form.online,
                text = form.text.trim().ifEmpty { null },
                limit = LIMIT,
            ),
        )
    }

    /** The form with one type filter switched on or off. */
    fun toggleType(
        form: SearchForm,
        code: String,
    ): SearchForm = form.copy(types = if (code in form.types) form.types - code else form.types + code)

    fun nearMe(
        granted: Boolean,
        deniedForGood: Boolean,
    ): NearMeStep =
        when {
            granted -> NearMeStep.READ_LOCATION
            deniedForGood -> NearMeStep.EXPLAIN_DENIED
            else -> NearMeStep.ASK_PERMISSION
        }

    /**
     * The network a joined meeting goes into: the one the user picked if it still exists, the
     * only one when there is exactly one, otherwise none (the group is the user's either way and
     * can be put in a network later).
     */
    fun joinTarget(
        networkIds: List<Long>,
        picked: Long?,
    ): Long? =
        when {
            picked != null && picked in networkIds -> picked
            networkIds.size == 1 -> networkIds.single()
            else -> null
        }

    /** One line under a result's name: "19:30 · 2.4 km · online". No day names: the screen's locale formats those. */
    fun details(m: DirectoryMeeting): String =
        listOfNotNull(
            m.time,
            m.distanceKm?.let { if (it < 10) "%.1f km".format(java.util.Locale.ROOT, it) else "${it.toLong()} km" },
            m.location,
            if (m.onlineUrl != null || m.onlinePhone != null) "online" else null,
        ).joinToString(" · ")
}
