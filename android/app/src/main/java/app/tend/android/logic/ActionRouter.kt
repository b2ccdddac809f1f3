// Notification action broadcasts → the core action they ask for, validated.
package app.tend.android.logic

/** The action the user chose, as the core's `handle_action` takes it. */
sealed class CoreAction {
    object Done : CoreAction() {
        override fun toString() = "Done"
    }

    data class Snooze(val minutes: Int) : CoreAction()

    object Skip : CoreAction() {
        override fun toString() = "Skip"
    }
}

/** A validated request: [notificationId] is exactly what the notification carried. */
data class RoutedAction(val notificationId: String, val action: CoreAction)

/** The outcome of routing one broadcast. */
sealed class Routing {
    data class Handle(val routed: RoutedAction) : Routing()

    /** Not ours or malformed: log [reason] (it holds no personal data) and do nothing. */
    data class Reject(val reason: String) : Routing()
}

/**
 * Reads the extras the shell itself put on an action's PendingIntent. The receiver is not
 * exported, but extras are still validated: an unknown action or a snooze without sane minutes is
 * rejected rather than guessed at. The id is passed through unchanged — never trimmed or
 * re-encoded — because it is the core's idempotency key: a broadcast delivered twice reaches the
 * core with the same id and logs one check-in.
 */
object ActionRouter {
    const val INTENT_ACTION = "app.tend.android.action.REMINDER_ACTION"
    const val EXTRA_NOTIFICATION_ID = "app.tend.android.extra.NOTIFICATION_ID"
    const val EXTRA_ACTION = "app.tend.android.extra.ACTION"
    const val EXTRA_SNOOZE_MINUTES = "app.tend.android.extra.SNOOZE_MINUTES"

    /** Snooze length the notification button offers. */
    const val DEFAULT_SNOOZE_MINUTES = 15

    /** The core's limit (`MAX_SNOOZE_MINUTES`). */
    const val MAX_SNOOZE_MINUTES = 24 * 60

    /** Longer ids are not ones the core produces. */
    const val MAX_ID_LENGTH = 512

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
        val core =
            when (ReminderButton.fromWire(action)) {
                ReminderButton.DONE ->
                    if (snoozeMinutes == null) CoreAction.Done else return Routing.Reject("done takes no minutes")
                ReminderButton.SKIP ->
                    if (snoozeMinutes == null) CoreAction.Skip else return Routing.Reject("skip takes no minutes")
                ReminderButton.SNOOZE ->
                    when {
                        snoozeMinutes == null -> return Routing.Reject("snooze without minutes")
                        snoozeMinutes !in 1..MAX_SNOOZE_MINUTES -> return Routing.Reject("snooze minutes out of range")
                        else -> CoreAction.Snooze(snoozeMinutes)
                    }
                null -> return Routing.Reject("unknown action")
            }
        return Routing.Handle(RoutedAction(notificationId, core))
    }

    /** The extras for one button of [alarm], as the glue puts them on the PendingIntent. */
    fun extrasFor(
        alarm: PlannedAlarm,
        button: ReminderButton,
    ): ActionExtras =
        ActionExtras(
            notificationId = alarm.id,
            action = button.wire,
            snoozeMinutes = if (button == ReminderButton.SNOOZE) DEFAULT_SNOOZE_MINUTES else null,
        )
}

/** What one action button's intent carries. */
data class ActionExtras(
    val notificationId: String,
    val action: String,
    val snoozeMinutes: Int?,
)

/**
 * Suppresses a second delivery of the same broadcast within [windowMillis] in this process, so
 * a double delivery neither calls the core twice nor re-snoozes from a later `now`. It is only a
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
}
