// Notification button broadcasts → the core's ReminderAction, and back: the intent extras are
// the shell's, the actions and their limits are the core's.
package app.tend.android.logic

import app.tend.core.ActionKind
import app.tend.core.ReminderAction
import app.tend.ffi.snoozeChoices

/** A request the receiver hands to `handleAction`; [notificationId] is exactly what the button carried. */
data class RoutedAction(val notificationId: String, val action: ReminderAction)

/** The outcome of routing one broadcast. */
sealed class Routing {
    data class Handle(val routed: RoutedAction) : Routing()

    /** Not ours or malformed: log [reason] (it holds no personal data) and do nothing. */
    data class Reject(val reason: String) : Routing()
}

/** What one action button's PendingIntent carries. */
data class ActionExtras(
    val notificationId: String,
    val action: String,
    val snoozeMinutes: Int?,
)

/**
 * Reads the extras the shell itself put on a button's PendingIntent. The receiver is not
 * exported, but extras are still checked: an unknown word or a snooze without minutes is rejected
 * rather than guessed at. Whether the minutes are allowed is the core's rule (`handleAction`
 * throws `InvalidInput` "snooze"); the router only refuses what cannot become a `UInt`. The id is
 * passed through unchanged — never trimmed or re-encoded — because it is the core's idempotency
 * key: a broadcast delivered twice reaches the core with the same id and logs one check-in.
 */
object ActionRouter {
    const val INTENT_ACTION = "app.tend.android.action.REMINDER_ACTION"
    const val EXTRA_NOTIFICATION_ID = "app.tend.android.extra.NOTIFICATION_ID"
    const val EXTRA_ACTION = "app.tend.android.extra.ACTION"
    const val EXTRA_SNOOZE_MINUTES = "app.tend.android.extra.SNOOZE_MINUTES"

    /** Longer ids are not ones the core produces; a bound on what a stray intent can make us parse. */
    const val MAX_ID_LENGTH = 512

    /** The word a button's intent carries for [kind] (also its data URI fragment). */
    fun wire(kind: ActionKind): String =
        when (kind) {
            ActionKind.DONE -> "done"
            ActionKind.SNOOZE -> "snooze"
            ActionKind.SKIP -> "skip"
        }

    /** The button named [word] exactly, or null. */
    fun kindOf(word: String?): ActionKind? = ActionKind.entries.firstOrNull { wire(it) == word }

    /**
     * Routes one broadcast. [snoozeMinutes] is null when the extra is absent (the glue reads it
     * with `hasExtra` first, so 0 is not confused with "missing").
     */
    fun route(
        intentAction: String?,
        notificationId: String?,
        action: String?,
        snoozeMinutes: Int?,
    ): Routing {
        if (intentAction != INTENT_ACTION) return Routing.Reject("not a reminder action")
        if (notificationId.isNullOrBlank()) return Routing.Reject("missing notification id")
        if (notificationId.length > MAX_ID_LENGTH) return Routing.Reject("notification id too long")
        val kind = kindOf(action) ?: return Routing.Reject("unknown action")
        val core =
            when (kind) {
                ActionKind.DONE -> snoozeMinutes?.let { return Routing.Reject("done takes no minutes") } ?: ReminderAction.Done
                ActionKind.SKIP -> snoozeMinutes?.let { return Routing.Reject("skip takes no minutes") } ?: ReminderAction.Skip
                ActionKind.SNOOZE ->
                    when {
                        snoozeMinutes == null -> return Routing.Reject("snooze without minutes")
                        // Negative minutes would wrap to a huge UInt; zero is no snooze at all.
                        snoozeMinutes <= 0 -> return Routing.Reject("snooze minutes not positive")
                        else -> ReminderAction.Snooze(snoozeMinutes.toUInt())
                    }
            }
        return Routing.Handle(RoutedAction(notificationId, core))
    }

    /**
     * The extras for [button] of the notification [notificationId]. A notification's own Snooze
     * button snoozes for the core's first choice.
     */
    fun extrasFor(
        notificationId: String,
        button: ActionKind,
        snoozeMinutes: Int = snoozeChoices().first().toInt(),
    ): ActionExtras =
        ActionExtras(
            notificationId = notificationId,
            action = wire(button),
            snoozeMinutes = if (button == ActionKind.SNOOZE) snoozeMinutes else null,
        )
}

/**
 * Suppresses a second delivery of the same broadcast within [windowMillis] in this process, so
 * a double delivery neither calls the core twice nor re-snoozes from a later `now`. Only a
 * courtesy: across process deaths the core's idempotency (same id → same check-in) is what
 * guarantees one log.
 */
class ActionDeduper(
    private val windowMillis: Long = 10_000L,
) {
    private val seen = LinkedHashMap<RoutedAction, Long>()

    /** True when [routed] should be handled now; records it. */
    @Synchronized
    fun firstDelivery(
        routed: RoutedAction,
        nowMillis: Long,
    ): Boolean {
        seen.entries.removeAll { nowMillis - it.value > windowMillis }
        val last = seen[routed]
        if (last != null && nowMillis - last <= windowMillis) return false
        seen[routed] = nowMillis
        return true
    }

    /** [routed] could not be stored: a second tap must reach the core again, not be dropped. */
    @Synchronized
    fun forget(routed: RoutedAction) {
        seen.remove(routed)
    }
}
