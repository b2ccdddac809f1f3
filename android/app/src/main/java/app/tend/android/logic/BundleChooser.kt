// A bundle's Done ("reach out to Sam, Priya or Jo"): which of them did the user reach? What to
// ask and what to log; the dialog (BundleDialog.kt) only renders it.
package app.tend.android.logic

import app.tend.core.ActionOutcome
import app.tend.core.Checkin
import app.tend.core.PersonRef
import app.tend.core.ReminderAction
import app.tend.ffi.TendStore

/**
 * The open question, immutable so Compose redraws on each change. [people] are the core's
 * `askAbout`, in its order; [picked] the ones ticked so far.
 */
data class BundleChoice(
    val notificationId: String,
    val people: List<PersonRef>,
    val picked: Set<Long> = emptySet(),
) {
    /** Ticks or unticks one person; an id not asked about changes nothing. */
    fun toggle(personId: Long): BundleChoice =
        when {
            people.none { it.id == personId } -> this
            personId in picked -> copy(picked = picked - personId)
            else -> copy(picked = picked + personId)
        }

    /** The ids to log, in the order shown. */
    val toLog: List<Long> get() = people.map { it.id }.filter { it in picked }
}

object BundleChooser {
    /** The extra naming the bundle a "Who did you reach?" notification opens the app on. */
    const val EXTRA_BUNDLE_ID = "app.tend.android.extra.BUNDLE_ID"

    /** The question a Done leaves, or null when the core logged the check-in itself. */
    fun question(outcome: ActionOutcome): BundleChoice? =
        if (outcome.askAbout.isEmpty()) null else BundleChoice(outcome.id, outcome.askAbout.distinctBy { it.id })

    /**
     * Asks the core again, for the screen the follow-up notification opens: a repeated Done is
     * idempotent and returns the same people, and no name ever travels in an intent.
     */
    fun reopen(
        store: TendStore,
        notificationId: String,
        zone: String,
    ): BundleChoice? = question(store.handleAction(notificationId, ReminderAction.Done, zone))

    /**
     * Logs a contact with each picked person; "none of them" logs nothing. The core keys each
     * contact by the reminder and the person, so a second confirm (a double tap, the dialog
     * shown again) returns the same check-ins instead of adding more.
     */
    fun answer(
        store: TendStore,
        choice: BundleChoice,
        zone: String,
    ): List<Checkin> = if (choice.toLog.isEmpty()) emptyList() else store.logBundleContacts(choice.notificationId, choice.toLog, zone)
}
