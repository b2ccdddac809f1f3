// Channels, tags and buttons for reminder notifications. The words and the urgency are the core's.
package app.tend.android.logic

import app.tend.core.ActionKind
import app.tend.core.Message
import app.tend.core.ReminderNotification

/** A notification channel: [nameKey] / [descriptionKey] are string resource names. */
data class ChannelSpec(
    val id: String,
    val nameKey: String,
    val descriptionKey: String,
    /** Sounds and may peek (IMPORTANCE_DEFAULT) rather than arriving quietly (IMPORTANCE_LOW). */
    val sounding: Boolean,
)

/**
 * How one reminder appears. Also what its alarm's intent carries, so the alarm can post the
 * notification without opening the store.
 */
data class NotificationSpec(
    val tag: String,
    val channelId: String,
    val title: String,
    val body: String,
    /** Buttons in the core's order. */
    val buttons: List<ActionKind>,
    /** Done on the lock screen asks for the unlock first (the core's `done_needs_unlock`). */
    val doneNeedsUnlock: Boolean = false,
) {
    /** Whether pressing [button] on the lock screen must unlock the phone first. */
    fun needsUnlock(button: ActionKind): Boolean = doneNeedsUnlock && button == ActionKind.DONE
}

/**
 * Maps a planned reminder onto Android's notification vocabulary. The shell never composes
 * reminder text: title and body are the core's messages, already discreet when the user turned
 * that on, worded from the app's catalog in the phone's language when the alarm is set (the
 * language is part of each reminder's fingerprint, so a language change sets them again).
 * Which reminders are urgent is the core's `urgent` flag; Android can only express it as the
 * channel, whose importance is fixed when it is created. Channel names are neutral (they show in
 * system settings); the strings live in `res/values/strings.xml` under the keys named here.
 */
object NotificationText {
    /** The tapped reminder's id, on the intent that opens the app: the core says which screen. */
    const val EXTRA_OPENS = "app.tend.android.extra.OPENS"

    val TIMELY = ChannelSpec("tend.timely", "channel_timely", "channel_timely_desc", sounding = true)
    /**
     * People and progress nudges. Sounding by default too: a quiet channel hides the very
     * nudges ("call Sam", "your goal this week") the app exists for; the user can lower it in
     * system settings. A new id, because Android fixes a channel's importance when it is created.
     */
    val GENTLE = ChannelSpec("tend.nudges", "channel_gentle", "channel_gentle_desc", sounding = true)

    /** Every channel, created at start-up (creating an existing channel only renames it). */
    val CHANNELS = listOf(TIMELY, GENTLE)

    /**
     * Channels of earlier versions (one per kind, when the shell decided urgency itself; the
     * silent "tend.gentle"): deleted
     * at start-up so system settings do not list channels nothing posts to.
     */
    val RETIRED_CHANNEL_IDS = listOf("tend.checkin", "tend.people", "tend.events", "tend.progress", "tend.gentle")

    /**
     * The notification id used with the tag. Notifications are addressed by (tag, id); the tag
     * is the core's occurrence id, so the int never has to be unique and never collides.
     */
    const val NOTIFICATION_ID = 1

    fun channelFor(urgent: Boolean): ChannelSpec = if (urgent) TIMELY else GENTLE

    fun labelKey(button: ActionKind): String =
        when (button) {
            ActionKind.DONE -> "action_done"
            ActionKind.SNOOZE -> "action_snooze"
            ActionKind.SKIP -> "action_skip"
        }

    /** [words] turns a core message into text (the glue's `Resources.text`). */
    fun specFor(
        n: ReminderNotification,
        words: (Message) -> String,
    ): NotificationSpec =
        NotificationSpec(
            tag = n.id,
            channelId = channelFor(n.urgent).id,
            title = words(n.title),
            body = words(n.body),
            // Android shows at most three action buttons; the core offers at most three.
            buttons = n.actions.distinct().take(3),
            doneNeedsUnlock = n.doneNeedsUnlock,
        )
}
