// The People tab's screens in the gallery (issue 18), shown through their own routes until TendApp
// navigates to them: the list, its empty state, adding from contacts and what it added, a person's
// page with logging a contact and removing, the editor (new, with a refusal, an existing person,
// a good time being added) and needs with gaps. Each from a store the real core filled.
package app.tend.android.desktop

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.performSemanticsAction
import app.tend.android.R
import app.tend.android.ui.Destination
import app.tend.android.ui.NeedsRoute
import app.tend.android.ui.TendApp
import app.tend.core.NetworkInput
import app.tend.ffi.TendStore
import kotlinx.coroutines.runBlocking

/** Two contacts as the picker would hand them over (vCard text). */
const val PICKED_CARDS =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robin Diaz\r\nTEL;TYPE=CELL:+1 555 0177\r\nEND:VCARD\r\n" +
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Park\r\nEMAIL:kim@example.org\r\nEND:VCARD\r\n"

/** A screen under a plain top bar, as it sits in the app. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun Framed(
    title: Int,
    content: @Composable (PaddingValues) -> Unit,
) {
    Scaffold(topBar = { TopAppBar(title = { Text(stringResource(title)) }) }) { content(it) }
}

private fun personNamed(
    store: TendStore,
    name: String,
) = store.people(null).first { it.name == name }.id

private fun DesktopHost.core() = runBlocking { store() }

/** A choice chip by its words, not a row or line that says the same. */
fun isChoice(text: String) = said(text) and SemanticsMatcher.expectValue(SemanticsProperties.Role, Role.Checkbox)

@OptIn(ExperimentalTestApi::class)
fun DesktopComposeUiTest.chip(text: String) {
    // Below the fold in a longer language at a large font: scrolled to first, as a person would.
    runCatching { onAllNodes(isScreenScroll)[0].performScrollToNode(isChoice(text)) }
    onNode(isChoice(text)).performSemanticsAction(SemanticsActions.OnClick)
    settle()
}

@OptIn(ExperimentalTestApi::class)
private fun DesktopComposeUiTest.scrollTo(text: String) {
    onAllNodes(hasScrollAction())[0].performScrollToNode(said(text))
    settle()
}

@OptIn(ExperimentalTestApi::class)
fun peopleScenes(): List<Scene> {
    val zone = "America/Toronto"
    val none: (Destination) -> Unit = {}

    // In the app's own frame (tabs, top bar, SOS), opened at the page the scene is about.
    @Composable
    fun list(host: DesktopHost, needs: Boolean = false) = TendApp(host, start = Destination.People(needs))

    @Composable
    fun page(host: DesktopHost, name: String) = TendApp(host, start = remember { Destination.Person(personNamed(host.core(), name)) })

    @Composable
    fun editor(host: DesktopHost, name: String?) =
        TendApp(host, start = remember { Destination.EditPerson(name?.let { personNamed(host.core(), it) }) })
    return listOf(
        Scene("people", Destination.People(), { DesktopHost(Stores.demo(zone)) }, screen = { list(it) }),
        Scene(
            "people-empty",
            Destination.People(),
            { DesktopHost(Stores.fresh().apply { addNetwork(NetworkInput("Recovery", null, null)) }) },
            screen = { list(it) },
        ),
        Scene(
            "people-from-contacts",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)).apply { contactToPick = PICKED_CARDS } },
            drive = {
                tap("Add from contacts")
                chip("Friend")
            },
            screen = { list(it) },
        ),
        Scene(
            "people-added",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)).apply { contactToPick = PICKED_CARDS } },
            drive = {
                tap("Add from contacts")
                chip("Friend")
                tap("Add")
            },
            screen = { list(it) },
        ),
        Scene("person", Destination.People(), { DesktopHost(Stores.demo(zone)) }, screen = { page(it, "Maya") }),
        Scene(
            "person-log",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = {
                tap("Log a contact")
                chip("A call")
                chip("They were there for me")
            },
            screen = { page(it, "Sam") },
        ),
        Scene(
            "person-thanks",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = { tap("Say thank you") },
            screen = { page(it, "Sam") },
        ),
        Scene(
            "person-remove",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = {
                scrollTo("Remove")
                tap("Remove")
            },
            screen = { page(it, "Jordan") },
        ),
        Scene(
            "person-new",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            // A new sponsor: the support chips start at what sponsors usually give.
            drive = { chip("Sponsor or mentor") },
            screen = { editor(it, null) },
        ),
        Scene(
            "person-refused",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            // Saved without a name: the core's refusal shows at the name.
            drive = {
                chip("Friend")
                scrollTo("Save")
                tap("Save")
                onAllNodes(hasScrollAction())[0].performScrollToNode(said("Name"))
                settle()
            },
            screen = { editor(it, null) },
        ),
        Scene(
            "person-edit",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            screen = { editor(it, "Maya") },
        ),
        Scene(
            "person-edit-more",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = { scrollTo("Save") },
            screen = { editor(it, "Maya") },
        ),
        Scene(
            "person-window",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = {
                scrollTo("Add a time")
                tap("Add a time")
                chip("Saturday")
                chip("Sunday")
            },
            screen = { editor(it, "Alex") },
        ),
        Scene("needs", Destination.People(), { DesktopHost(Stores.demo(zone)) }, screen = { list(it, needs = true) }),
        Scene(
            "needs-gap",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            // All networks, at the first need nobody covers: the core's next step.
            drive = { scrollTo("Nobody covers this yet.") },
            screen = { host -> Framed(R.string.people_tab_needs) { NeedsRoute(host, it, null, none) } },
        ),
        Scene(
            "needs-change",
            Destination.People(),
            { DesktopHost(Stores.demo(zone)) },
            drive = {
                onAllNodes(said("Change"))[0].performClick()
                settle()
            },
            screen = { list(it, needs = true) },
        ),
    )
}
