// The Meetings, Progress, Settings and About screens (issue 18) in the gallery, and the small
// navigator that shows them on their own — a stand-in for TendApp's navigation until it places
// them: it keeps a stack of destinations, follows Back, and records every destination a screen
// asked for (the UI tests read it). The stores are the real core's.
package app.tend.android.desktop

import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateListOf
import androidx.compose.runtime.remember
import androidx.compose.ui.res.stringResource
import app.tend.android.R
import app.tend.android.ui.AboutRoute
import app.tend.android.ui.AddGoalRoute
import app.tend.android.ui.Destination
import app.tend.android.ui.GroupEditorRoute
import app.tend.android.ui.GroupsRoute
import app.tend.android.ui.ProgressRoute
import app.tend.android.ui.SettingsRoute
import app.tend.core.GroupInput
import app.tend.core.GroupKind
import app.tend.core.MeetingInput
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.performScrollToNode
import app.tend.android.ui.TendApp
import app.tend.android.ui.titleOf
import app.tend.ffi.TendStore
import kotlinx.coroutines.runBlocking

/** Where the user is (the top of the stack) and every destination a screen asked for. */
class ProgressNavigation(start: Destination) {
    val stack = mutableStateListOf(start)
    val asked = mutableListOf<Destination>()

    val current: Destination get() = stack.last()

    fun open(d: Destination) {
        asked += d
        when (d) {
            Destination.Back -> if (stack.size > 1) stack.removeAt(stack.lastIndex)
            // The screens of this part; the others' (Find a meeting, Networks, SOS…) are only recorded.
            Destination.Meetings, Destination.Progress, Destination.AddGoal, Destination.Settings, Destination.About, is Destination.EditGroup -> stack += d
            else -> {}
        }
    }
}

/** This part's screens as the app will show them: a title bar and the route below it. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ProgressNav(
    host: DesktopHost,
    nav: ProgressNavigation,
    networkId: Long? = null,
) {
    val d = nav.current
    Scaffold(topBar = { TopAppBar(title = { Text(stringResource(titleOf(d))) }) }) { padding ->
        // A fresh route per visit, as the app's navigation gives (state and loads start again).
        key(nav.stack.size, d) {
            when (d) {
                Destination.Meetings -> GroupsRoute(host, padding, networkId, nav::open)
                is Destination.EditGroup -> GroupEditorRoute(host, padding, networkId, nav::open, d.id)
                Destination.Progress -> ProgressRoute(host, padding, networkId, nav::open)
                Destination.AddGoal -> AddGoalRoute(host, padding, networkId, nav::open)
                Destination.Settings -> SettingsRoute(host, padding, networkId, nav::open)
                Destination.About -> AboutRoute(host, padding, networkId, nav::open)
                else -> {}
            }
        }
    }
}

/** The demo, plus a group that meets in another zone (its own time shows beside the user's). */
fun demoWithAwayGroup(zone: String): TendStore {
    val store = Stores.demo(zone)
    store.addGroup(
        GroupInput(
            name = "Saturday SMART, London",
            kind = GroupKind.SMART,
            onlineUrl = "https://example.org/smart-saturday",
            meetings = listOf(MeetingInput(weekday = 6u, start = (10 * 60).toUShort(), durationMinutes = 90u, timezone = "Europe/London")),
        ),
    )
    return store
}

private fun scene(
    name: String,
    store: () -> TendStore,
    /** Further down the screen: scrolled until this node shows (asked when driven: in the scene's language). */
    scrollTo: (() -> SemanticsMatcher)? = null,
    start: (DesktopHost) -> Destination,
) = Scene(
    name,
    Destination.Today,
    { DesktopHost(store()) },
    drive = {
        if (scrollTo != null) {
            onNode(isScreenScroll).performScrollToNode(scrollTo())
            settle()
        }
    },
    // In the app's own frame (tabs, top bar, SOS), opened at the page the scene is about.
    screen = { host -> TendApp(host, start = remember { start(host) }) },
)

/** A screen's vertical scroll (text fields scroll too, sideways). */
val isScreenScroll = SemanticsMatcher.keyIsDefined(SemanticsProperties.VerticalScrollAxisRange)

/** The demo's own group with its weekly meeting (not one joined from a list). */
private fun ownGroup(host: DesktopHost) = runBlocking { host.store() }.groups().first { it.listed == null && it.meetings.isNotEmpty() }.id

fun progressScenes(zone: String): List<Scene> =
    listOf(
        scene("groups", { demoWithAwayGroup(zone) }) { Destination.Meetings },
        scene("group-editor", { Stores.demo(zone) }) { host -> Destination.EditGroup(ownGroup(host)) },
        scene("group-editor-meetings", { Stores.demo(zone) }, scrollTo = { said("Add a weekly meeting") }) { host -> Destination.EditGroup(ownGroup(host)) },
        scene("progress", { Stores.demo(zone) }) { Destination.Progress },
        scene("progress-goals", { Stores.demo(zone) }, scrollTo = { said("Log something by hand") }) { Destination.Progress },
        scene("progress-log", { Stores.demo(zone) }, scrollTo = { said("Thanked", substring = true) }) { Destination.Progress },
        scene("add-goal", { Stores.demo(zone) }) { Destination.AddGoal },
        scene("add-goal-partner", { Stores.demo(zone) }, scrollTo = { said("Add this goal") }) { Destination.AddGoal },
        scene("settings", { Stores.demo(zone) }) { Destination.Settings },
        scene("settings-more", { Stores.demo(zone) }, scrollTo = { said("Save a calendar file") }) { Destination.Settings },
        scene("about", { Stores.demo(zone) }) { Destination.About },
    )
