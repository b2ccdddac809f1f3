// Stable PendingIntent request codes for string reminder ids.
package app.tend.android.logic

/**
 * An id → request code table. `String.hashCode()` collides (and two reminders sharing a code
 * would silently replace each other's alarm), so codes are handed out from a table instead:
 * the smallest free code at or above [FIRST_CODE], kept for as long as the id is pending and
 * released when it is cancelled or fired. The shell persists [snapshot] (SharedPreferences) and
 * rebuilds the table with [RequestCodeTable.from].
 *
 * Code [REPLAN_CODE] is reserved for the replan alarm.
 */
class RequestCodeTable private constructor(
    private val codes: MutableMap<String, Int>,
) {
    constructor() : this(mutableMapOf())

    /** The code of [id], allocating the smallest free one when it has none. */
    fun codeFor(id: String): Int =
        codes.getOrPut(id) {
            val used = codes.values.toHashSet()
            var c = FIRST_CODE
            while (c in used) c++
            c
        }

    /** The code of [id] if it has one, without allocating. */
    fun existing(id: String): Int? = codes[id]

    /** Forgets [id]; its code may be given to another id afterwards. */
    fun release(id: String) {
        codes.remove(id)
    }

    /** Every id with a code. */
    fun ids(): Set<String> = codes.keys.toSet()

    /** A copy for persisting. */
    fun snapshot(): Map<String, Int> = codes.toMap()

    companion object {
        /** The replan alarm's code. */
        const val REPLAN_CODE = 1

        /** The first code given to a reminder. */
        const val FIRST_CODE = 2

        /**
         * Rebuilds a table from a persisted snapshot. Entries that are invalid (a reserved code)
         * or duplicated (two ids claiming one code, e.g. after a torn write) are dropped, so the
         * table never hands out a collision; the dropped ids get fresh codes when next scheduled.
         */
        fun from(saved: Map<String, Int>): RequestCodeTable {
            val seen = HashSet<Int>()
            val clean = mutableMapOf<String, Int>()
            for ((id, code) in saved.entries.sortedBy { it.key }) {
                if (code >= FIRST_CODE && seen.add(code)) clean[id] = code
            }
            return RequestCodeTable(clean)
        }
    }
}
