// The first launch as a new user lives it, against the real core: an empty store opens on the
// guide; they name a network, pick three needs, add two people from a picked contact card and one
// by hand, see the gap nobody covers with the core's next step, choose a check-in time and only
// then are asked for notifications — and Today shows the gap. Skipping lands on Today at once.
// And More → Networks: removing one says what goes and what stays, and only "Remove it" removes.
package app.tend.android.desktop

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onFirst
import app.tend.android.ui.Destination
import app.tend.android.ui.localTime
import app.tend.core.SupportKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class WelcomeFlowTest {
    private val zone = "America/Toronto"
    private val w = 720
    private val h = 3400

    private val twoCards =
        """
        BEGIN:VCARD
        VERSION:3.0
        FN:Jo Rivera
        TEL;TYPE=CELL:+1 416 555 0101
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Max Chen
        EMAIL:max@example.org
        END:VCARD
        """.trimIndent().replace("\n", "\r\n")

    private fun androidx.compose.ui.test.ComposeUiTest.waitForText(
        text: String,
        substring: Boolean = false,
    ) = waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText(text, substring = substring).fetchSemanticsNodes().isNotEmpty() }

    @Test
    fun a_first_launch_builds_a_network_and_today_shows_the_gap_with_its_next_step() {
        val store = Stores.fresh()
        val host = DesktopHost(store).apply {
            notifications = false
            contactToPick = twoCards
        }
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            waitForText("What are you working on?")
            onNodeWithText("My recovery").performClick()
            onNodeWithText("Next").performClick()
            waitForText("What kinds of support do you need?")
            for (need in listOf("Someone to talk to", "Someone to keep you on track", "Money help")) onNodeWithText(need).performClick()
            onNodeWithText("Next").performClick()

            waitForText("Who already helps you?")
            onNodeWithText("Choose from contacts").performClick()
            waitForText("Added 2 people from your contacts.")
            onNodeWithText("Jo Rivera", substring = true).assertIsDisplayed()
            onAllNodes(hasSetTextAction() and hasText("Name")).onFirst().performTextInput("Sam")
            onNodeWithText("Sponsor or mentor").performClick()
            onNodeWithText("Add them").performClick()
            waitForText("Sam · Sponsor or mentor")
            onNodeWithText("Next").performClick()

            // Friends and a sponsor cover talking and accountability; nobody covers money yet.
            waitForText("Where you could use more support")
            val step = words(store.coverage(null).single { it.need.kind == SupportKind.FINANCIAL }.nextStep!!)
            onNodeWithText(step).assertIsDisplayed()
            assertFalse("not asked for notifications before the reason", host.notifications)
            onNodeWithText("Next").performClick()

            waitForText("A daily moment for yourself")
            onNodeWithText(localTime("21:30")).performClick()
            onNodeWithText("Done").performClick()
            // Today, with the gap and its next step.
            waitForText("Nobody covers these yet")
            onNodeWithText(step).assertIsDisplayed()
        }
        val network = store.networks().single()
        assertEquals("My recovery", network.name)
        assertEquals(setOf(SupportKind.EMOTIONAL, SupportKind.ACCOUNTABILITY, SupportKind.FINANCIAL), store.coverage(network.id).map { it.need.kind }.toSet())
        assertEquals(listOf("Jo Rivera", "Max Chen", "Sam"), store.people(network.id).map { it.name }.sorted())
        assertEquals(listOf((21 * 60 + 30).toUShort()), store.settings().checkinTimes)
        assertTrue("asked after the check-in time, and granted", host.notifications)
        assertTrue("the new check-in time reached the OS", host.replans >= 1)
        assertFalse(store.needsWelcome())
    }

    @Test
    fun skipping_the_guide_lands_on_today_with_nothing_stored() {
        val store = Stores.fresh()
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            waitForText("What are you working on?")
            onNodeWithText("Skip for now").performClick()
            waitForText("How are you today?")
            onNodeWithText("Start building your network").assertIsDisplayed()
        }
        assertTrue(store.networks().isEmpty())
        assertTrue(store.needsWelcome())
    }

    @Test
    fun removing_a_network_says_what_goes_and_what_stays_and_only_the_confirmation_removes_it() {
        val store = Stores.demo(zone)
        val target = store.networks().first()
        val removal = store.networkRemoval(target.id)
        val people = store.people(null).size
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Networks) }
            waitForText(target.name)
            onAllNodesWithText("Remove")[0].performClick()
            waitForText("Remove ${target.name}?")
            onNodeWithText("Its ${removal.needs} need", substring = true).assertIsDisplayed()
            onNodeWithText("stay in your list", substring = true).assertIsDisplayed()
            onNodeWithText("Keep it").performClick()
            settle()
            assertTrue("Keep it removes nothing", store.networks().any { it.id == target.id })
            onAllNodesWithText("Remove")[0].performClick()
            waitForText("Remove it")
            onNodeWithText("Remove it").performClick()
            waitUntil(timeoutMillis = 10_000L) { store.networks().none { it.id == target.id } }
        }
        assertEquals("its people stay", people, store.people(null).size)
        assertTrue("its goals' reminders are planned again", host.replans >= 1)
    }
}
