// The pages the People, Meetings, Progress and More tabs open, each a route of its own file
// (PeopleRoutes.kt, ProgressRoutes.kt, MeetingSourcesRoute.kt): one place that says which
// composable serves which destination. TendApp serves Today, Networks, Find a meeting, Partner, Data and SOS itself.
package app.tend.android.ui

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.runtime.Composable

@Composable
fun ScreenRoutes(
    host: TendHost,
    padding: PaddingValues,
    d: Destination,
    networkId: Long?,
    open: (Destination) -> Unit,
) {
    when (d) {
        is Destination.People -> PeopleTabRoute(host, padding, networkId, d.needs, open)
        is Destination.Person -> PersonRoute(host, padding, d.id, open)
        is Destination.EditPerson -> PersonEditorRoute(host, padding, d.id, networkId, open)
        Destination.Meetings -> GroupsRoute(host, padding, networkId, open)
        is Destination.MeetingLists -> MeetingSourcesRoute(host, padding, d.entry)
        is Destination.EditGroup -> GroupEditorRoute(host, padding, networkId, open, d.id)
        Destination.Progress -> ProgressRoute(host, padding, networkId, open)
        Destination.AddGoal -> AddGoalRoute(host, padding, networkId, open)
        Destination.Settings -> SettingsRoute(host, padding, networkId, open)
        Destination.About -> AboutRoute(host, padding, networkId, open)
        // TendApp serves the rest before it asks here; nothing else reaches this line.
        else -> Unit
    }
}
