// Where a tap can take the user: each tab, and the pages inside them. Screens ask for a
// destination; TendApp decides how to get there (the tab, the page on top, back to where they were).
package app.tend.android.ui

import app.tend.core.Opens
import app.tend.ffi.notificationOpens

sealed class Destination {
    object Today : Destination()

    /** The People tab, on its list or its needs. */
    data class People(val needs: Boolean = false) : Destination()

    data class Person(val id: Long) : Destination()

    /** A new person (null) or an existing one to edit. */
    data class EditPerson(val id: Long?) : Destination()

    object Meetings : Destination()

    object FindMeeting : Destination()

    /** Find a meeting's public meeting lists, opened from its card: locating, a region, or the lists in use. */
    data class MeetingLists(val entry: ListsEntry) : Destination()

    /** A new group (null) or an existing one to edit. */
    data class EditGroup(val id: Long?) : Destination()

    object Progress : Destination()

    object AddGoal : Destination()

    object More : Destination()

    object Networks : Destination()

    object Settings : Destination()

    object Partner : Destination()

    object Data : Destination()

    object About : Destination()

    object Sos : Destination()

    /** Back to where the user was (the platform's back). */
    object Back : Destination()
}

/** The page a tapped reminder opens, as the core decides it from the reminder's id. */
fun destinationOfNotification(id: String): Destination =
    when (val o = notificationOpens(id)) {
        Opens.Today -> Destination.Today
        is Opens.Person -> Destination.Person(o.id)
        Opens.People -> Destination.People()
        Opens.Meetings -> Destination.Meetings
        Opens.Progress -> Destination.Progress
    }
