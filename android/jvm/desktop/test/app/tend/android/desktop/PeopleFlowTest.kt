// The People tab driven as a person would, against the real core (issue 18): someone added by
// hand with good times and a rhythm, whose reminders the core's plan keeps inside those times;
// two people added from picked contacts, listed after the one who is due; a contact logged and a
// thank-you said from a page; needs set, covered or a gap with the core's next step; a removal
// only after its confirmation; the core's refusals shown at their field; a new sponsor's support
// starting at what sponsors usually give. Navigation is a stand-in stack (PeopleNav) until TendApp
// serves these routes.
package app.tend.android.desktop

import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isDialog
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.tend.android.ui.Destination
import app.tend.android.ui.PeopleTabRoute
import app.tend.android.ui.PersonEditorRoute
import app.tend.android.ui.PersonRoute
import app.tend.android.ui.clockText
import app.tend.android.ui.weekdayName
import app.tend.core.Channel
import app.tend.core.CheckinKind
import app.tend.core.CheckinQuery
import app.tend.core.ContactKind
import app.tend.core.Direction
import app.tend.core.NetworkInput
import app.tend.core.PersonInput
import app.tend.core.ReminderKind
import app.tend.core.Role
import app.tend.core.SupportKind
import app.tend.ffi.TendStore
import app.tend.ffi.typicalSupport
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.DayOfWeek
import java.time.ZoneId

/** The People tab's places, stacked as the platform's back would unstack them. */
@Composable
fun PeopleNav(
    host: DesktopHost,
    networkId: Long?,
    start: Destination = Destination.People(),
    elsewhere: MutableList<Destination> = mutableListOf(),
) {
    var stack by remember { mutableStateOf(listOf(start)) }
    val open: (Destination) -> Unit = { d ->
        stack =
            when (d) {
                Destination.Back -> if (stack.size > 1) stack.dropLast(1) else stack
                is Destination.People -> listOf(d)
                is Destination.Person, is Destination.EditPerson -> stack + d
                else -> stack.also { elsewhere += d }
            }
    }
    Surface {
        when (val top = stack.last()) {
            is Destination.People -> PeopleTabRoute(host, PaddingValues(), networkId, top.needs, open)
            is Destination.Person -> PersonRoute(host, PaddingValues(), top.id, open)
            is Destination.EditPerson -> PersonEditorRoute(host, PaddingValues(), top.id, networkId, open)
            else -> Text("elsewhere")
        }
    }
}

@OptIn(ExperimentalTestApi::class)
class PeopleFlowTest {
    private val zone = "America/Toronto"
    private val w = 720
    private val h = 3000

    private fun storeWithNetwork(): Pair<TendStore, Long> {
        val store = Stores.fresh()
        return store to store.addNetwork(NetworkInput("Recovery")).id
    }

    private fun DesktopComposeUiTest.show(
        host: DesktopHost,
        networkId: Long?,
        start: Destination = Destination.People(),
        elsewhere: MutableList<Destination> = mutableListOf(),
    ) {
        setContent { Phone(Variant.LIGHT, host, Destination.Today, screen = { PeopleNav(it, networkId, start, elsewhere) }) }
        settle()
    }

    private fun DesktopComposeUiTest.waitFor(
        text: String,
        substring: Boolean = false,
    ) = waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText(text, substring = substring).fetchSemanticsNodes().isNotEmpty() }

    private fun DesktopComposeUiTest.scrollTo(text: String) {
        onAllNodes(hasScrollAction())[0].performScrollToNode(hasText(text))
    }

    private fun DesktopComposeUiTest.typeInto(
        label: String,
        text: String,
    ) = onNode(hasSetTextAction() and hasText(label)).performTextInput(text)

    /** A button of the open dialog (the page behind may say the same). */
    private fun DesktopComposeUiTest.inDialog(text: String) = onNode(hasText(text) and hasAnyAncestor(isDialog()))

    private fun DesktopComposeUiTest.top(text: String) = onNodeWithText(text).fetchSemanticsNode().boundsInRoot.top

    @Test
    fun someone_added_by_hand_with_good_times_and_a_rhythm_is_only_ever_reminded_inside_those_times() {
        val (store, network) = storeWithNetwork()
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, network)
            onNodeWithText("Who helps you?").assertIsDisplayed()
            onNodeWithText("Type them in").performClick()
            settle()
            typeInto("Name", "Zoe")
            chip("Friend")
            scrollTo("Every day")
            chip("Every day")
            scrollTo("Add a time")
            onNodeWithText("Add a time").performClick()
            settle()
            // Weekend evenings only: 6 to 8 PM on Saturday and Sunday.
            chip(weekdayName(6))
            chip(weekdayName(0))
            onNodeWithText("From " + clockText(9 * 60)).performClick()
            onNodeWithText(clockText(18 * 60)).performScrollTo().performClick()
            onNodeWithText("Until " + clockText(17 * 60)).performClick()
            onNodeWithText(clockText(20 * 60)).performScrollTo().performClick()
            inDialog("Add").performClick()
            settle()
            scrollTo("Save")
            onNodeWithText("Save").performClick()
            waitFor("Zoe")
            // Back on the list: added today with a daily rhythm, she is due tomorrow.
            onNodeWithText("Due for a call tomorrow").assertIsDisplayed()
        }
        val zoe = store.people(network).single()
        assertEquals(1u, zoe.cadenceDays)
        assertEquals(listOf(0, 6), zoe.windows.map { it.weekday.toInt() })
        assertTrue(zoe.windows.all { it.start.toInt() == 18 * 60 && it.end.toInt() == 20 * 60 })
        assertEquals(1, host.replansAfter(1))
        // The core's plan: her keep-in-touch reminders, and none of them outside her good times
        // (the usual 10:00 on a weekday is refused).
        val reminders = store.plan(zone, 14u, 60u).notifications.filter { it.kind == ReminderKind.KEEP_IN_TOUCH && zoe.id in it.refers.personIds }
        assertTrue("no reminder for Zoe in two weeks", reminders.isNotEmpty())
        for (r in reminders) {
            val at = r.fireAt.atZone(ZoneId.of(zone))
            assertTrue("$at is not a weekend", at.dayOfWeek in setOf(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
            assertTrue("$at is outside 18:00-20:00", at.hour * 60 + at.minute in 18 * 60 until 20 * 60)
        }
    }

    @Test
    fun two_picked_contacts_are_added_and_listed_after_the_one_who_is_due() {
        val (store, network) = storeWithNetwork()
        store.addPerson(PersonInput("Zoe", Role.FRIEND, cadenceDays = 1u, networks = listOf(network)))
        val host = DesktopHost(store, zone = zone).apply { contactToPick = PICKED_CARDS }
        runDesktopComposeUiTest(w, h) {
            show(host, network)
            onNodeWithText("Add from contacts").performClick()
            settle()
            onNodeWithText("Who are they to you?").assertIsDisplayed()
            chip("Friend")
            inDialog("Add").performClick()
            waitFor("Added 2 people.")
            waitFor("Robin Diaz")
            // Due first (the core's order), then everyone else by name.
            assertTrue(top("Zoe") < top("Kim Park"))
            assertTrue(top("Kim Park") < top("Robin Diaz"))
            // Picking the same cards again adds nobody twice.
            onNodeWithText("OK").performClick()
            onNodeWithText("Add from contacts").performClick()
            settle()
            chip("Friend")
            inDialog("Add").performClick()
            waitFor("2 were already here.")
        }
        assertEquals(2, host.contactPicks)
        val people = store.people(network).associateBy { it.name }
        assertEquals(setOf("Zoe", "Kim Park", "Robin Diaz"), people.keys)
        val robin = people.getValue("Robin Diaz")
        assertEquals(Role.FRIEND, robin.role)
        assertEquals(typicalSupport(Role.FRIEND), robin.support)
        assertEquals(listOf(ContactKind.PHONE to "+1 555 0177"), robin.contacts.map { it.kind to it.value })
    }

    @Test
    fun a_contact_logged_from_their_page_shows_today_and_a_thank_you_is_kept() {
        val (store, network) = storeWithNetwork()
        val sam = store.addPerson(PersonInput("Sam", Role.SPONSOR, cadenceDays = 7u, networks = listOf(network)))
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, network)
            waitFor("Sam")
            onNodeWithText("Sam").performClick()
            waitFor("Log a contact")
            onNodeWithText("Nothing logged with them yet").assertIsDisplayed()
            onNodeWithText("Log a contact").performClick()
            settle()
            chip("A call")
            chip("Both ways")
            inDialog("Log it").performClick()
            waitFor("You talked today")
            onNodeWithText("Noted. Good to stay in touch.").assertIsDisplayed()
            onNodeWithText("Say thank you").performClick()
            settle()
            // The core asks what the user is grateful for; the dialog says so at the field.
            inDialog("Keep it").performClick()
            waitFor("Say what you are grateful for, in a few words.")
            typeInto("A few words, just for you", "Listening on Tuesday")
            inDialog("Keep it").performClick()
            waitFor("Noted. Gratitude keeps people close.")
            onNodeWithText("Listening on Tuesday").assertIsDisplayed()
        }
        val contacts = store.checkins(CheckinQuery(kind = CheckinKind.CONTACT, personId = sam.id))
        assertEquals(1, contacts.size)
        assertEquals(Channel.CALL, contacts.single().channel)
        assertEquals(Direction.BOTH, contacts.single().direction)
        assertEquals(listOf("Listening on Tuesday"), store.checkins(CheckinQuery(kind = CheckinKind.GRATITUDE, personId = sam.id)).map { it.note })
        assertEquals(0L, store.peopleOverview(network, zone).single().daysSinceContact)
        assertEquals(2, host.replansAfter(2))
    }

    @Test
    fun a_need_set_shows_who_covers_it_or_the_cores_next_step_for_the_gap() {
        val (store, network) = storeWithNetwork()
        store.addPerson(PersonInput("Sam", Role.SPONSOR, support = listOf(SupportKind.EMOTIONAL), networks = listOf(network)))
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, network, Destination.People(needs = true))
            onNodeWithText("What do you need?").assertIsDisplayed()
            onNodeWithContentDescription("Add: Someone to talk to").performClick()
            settle()
            inDialog("Essential: I need this").performClick()
            waitFor("Covered by")
            onNodeWithText("Sam").assertIsDisplayed()
            onNodeWithContentDescription("Add: Money help").performClick()
            settle()
            inDialog("Helpful: good to have").performClick()
            waitFor("Nobody covers this yet.")
            val gap = store.coverage(network).single { it.need.kind == SupportKind.FINANCIAL }
            onNodeWithText(words(gap.nextStep!!)).assertIsDisplayed()
            // The person who covers a need is one tap from their page.
            onNodeWithText("Sam").performClick()
            waitFor("Log a contact")
        }
        val needs = store.coverage(network).associateBy { it.need.kind }
        assertEquals(listOf("Sam"), needs.getValue(SupportKind.EMOTIONAL).coveredBy.map { it.name })
        assertTrue(needs.getValue(SupportKind.FINANCIAL).coveredBy.isEmpty())
    }

    @Test
    fun a_person_is_removed_only_after_the_confirmation() {
        val (store, network) = storeWithNetwork()
        store.addPerson(PersonInput("Sam", Role.SPONSOR, cadenceDays = 7u, networks = listOf(network)))
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, network)
            waitFor("Sam")
            onNodeWithText("Sam").performClick()
            waitFor("Log a contact")
            scrollTo("Remove")
            onNodeWithText("Remove").performClick()
            settle()
            onNodeWithText("Remove Sam?").assertIsDisplayed()
            inDialog("Keep them").performClick()
            settle()
            assertEquals(1, store.people(null).size)
            onNodeWithText("Remove").performClick()
            settle()
            inDialog("Remove").performClick()
            waitUntil(timeoutMillis = 10_000L) { store.people(null).isEmpty() }
            // Back where they came from (here the list, now empty).
            waitFor("Who helps you?")
        }
        assertEquals(1, host.replansAfter(1))
    }

    @Test
    fun the_cores_refusals_show_at_the_field_they_name_and_nothing_is_stored() {
        val (store, network) = storeWithNetwork()
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, network, Destination.EditPerson(null))
            waitFor("Name")
            typeInto("Name", "Rick")
            chip("Friend")
            scrollTo("Emergency contact")
            onNodeWithText("Emergency contact").performClick()
            onNodeWithText("Keep my distance").performClick()
            scrollTo("Save")
            onNodeWithText("Save").performClick()
            waitFor("Someone you keep your distance from can't be an emergency contact.")
            assertTrue(store.people(null).isEmpty())
            onNodeWithText("Emergency contact").performClick()
            scrollTo("Add a number")
            onNodeWithText("Add a number").performClick()
            typeInto("Phone number", "call me")
            scrollTo("Save")
            onNodeWithText("Save").performClick()
            waitFor("That phone number", substring = true)
            assertTrue(store.people(null).isEmpty())
        }
        assertEquals(0, host.replans)
    }

    @Test
    fun a_new_sponsor_starts_with_what_sponsors_usually_give_until_the_user_chooses() {
        val (store, network) = storeWithNetwork()
        val host = DesktopHost(store, zone = zone)
        val labels =
            mapOf(
                SupportKind.EMOTIONAL to "Someone to talk to", SupportKind.PRACTICAL to "Everyday help", SupportKind.FINANCIAL to "Money help",
                SupportKind.ACCOUNTABILITY to "Someone to keep you on track", SupportKind.INSPIRATION to "Someone to look up to",
                SupportKind.PROFESSIONAL_GUIDANCE to "Professional help",
            )
        runDesktopComposeUiTest(w, h) {
            show(host, network, Destination.EditPerson(null))
            waitFor("Name")
            typeInto("Name", "Lee")
            chip("Sponsor or mentor")
            for ((kind, label) in labels) {
                if (kind in typicalSupport(Role.SPONSOR)) onNode(isChoice(label)).assertIsSelected() else onNode(isChoice(label)).assertIsNotSelected()
            }
            // Once the user picks for themselves, another role leaves their choice alone.
            chip("Money help")
            chip("Friend")
            onNode(isChoice("Money help")).assertIsSelected()
            onNode(isChoice("Someone to keep you on track")).assertIsSelected()
            scrollTo("Save")
            onNodeWithText("Save").performClick()
            waitUntil(timeoutMillis = 10_000L) { store.people(null).isNotEmpty() }
        }
        val lee = store.people(network).single()
        assertEquals(Role.FRIEND, lee.role)
        assertEquals((typicalSupport(Role.SPONSOR) + SupportKind.FINANCIAL).sorted(), lee.support.sorted())
    }
}
