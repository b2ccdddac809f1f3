// Channels, tags and buttons for reminder notifications. The words come from the core.
package app.tend.android.logic

/** A notification channel: [nameKey] / [descriptionKey] are string resource names. */
data class ChannelSpec(
    val id: String,
    val nameKey: String,
    val descriptionKey: String,
    /** Daily check-ins and meetings are time-bound: default importance; the rest low. */
    val important: Boolean,
)

/** How one reminder appears. */
data class NotificationSpec(
    val tag: String,
    val notificationId: Int,
    val channelId: String,
    val title: String,
    val body: String,
    /** Buttons in the core's order, each with its label's string resource name. */
    val buttons: List<Pair<ReminderButton, String>>,
)

/**
 * Maps a planned reminder onto Android's notification vocabulary. The shell never composes
 * reminder text: [title] and [body] are the core's, already discreet when the user turned that
 * on. Channel names are deliberately neutral (they show in system settings); the strings live in
 * `res/values/strings.xml` under the keys named here.
 */
object NotificationText {
    val CHECKIN = ChannelSpec("tend.checkin", "channel_checkin", "channel_checkin_desc", important = true)
    val PEOPLE = ChannelSpec("tend.people", "channel_people", "channel_people_desc", important = false)
    val EVENTS = ChannelSpec("tend.events", "channel_events", "channel_events_desc", important = true)
    val PROGRESS = ChannelSpec("tend.progress", "channel_progress", "channel_progress_desc", important = false)

    /** Every channel, created once at start-up (creating an existing channel is a no-op). */
    val CHANNELS = listOf(CHECKIN, PEOPLE, EVENTS, PROGRESS)

    /**
     * The notification id used with the tag. Notifications are addressed by (tag, id); the tag
     * is the core's occurrence id, so the int never has to be unique and never collides.
     */
    const val NOTIFICATION_ID = 1

    /** The channel for a core kind; an unknown (newer) kind goes to the check-in channel. */
    fun channelFor(kind: String): ChannelSpec =
        when (kind) {
            "daily_checkin" -> CHECKIN
            "keep_in_touch", "gratitude" -> PEOPLE
            "meeting" -> EVENTS
            "goal", "milestone" -> PROGRESS
            else -> CHECKIN
        }

    fun labelKey(button: ReminderButton): String =
        when (button) {
            ReminderButton.DONE -> "action_done"
            ReminderButton.SNOOZE -> "action_snooze"
            ReminderButton.SKIP -> "action_skip"
        }

    fun specFor(alarm: PlannedAlarm): NotificationSpec =
        NotificationSpec(
            tag = alarm.id,
            notificationId = NOTIFICATION_ID,
            channelId = channelFor(alarm.kind).id,
            title = alarm.title,
            body = alarm.body,
            // Android shows at most three action buttons; the core offers at most three.
            buttons = alarm.actions.distinct().take(3).map { it to labelKey(it) },
        )
}
