// The app's frame against the real core, as a user moves through it: each tab and each of More's
// pages shows its own screen (none a placeholder), a person opened from People has a back arrow
// to People; and the phone's back from a notification's page leads to that tab's first page, then
// Today, and only then out of the app.
package app.tend.android.desktop

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.tend.android.ui.Destination
import app.tend.android.ui.Navigation
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class AppFrameTest {
    private val zone = "America/Toronto"

    private fun ComposeUiTest.waitForText(
        text: String,
        substring: Boolean = false,
    ) = waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText(text, substring = substring).fetchSemanticsNodes().isNotEmpty() }

    private fun ComposeUiTest.tap(text: String) {
        waitForText(text)
        onAllNodesWithText(text).onFirst().performClick()
        waitForIdle()
    }

    @Test
    fun every_tab_and_more_page_shows_its_own_screen() {
        val host = DesktopHost(Stores.demo(zone))
        runDesktopComposeUiTest(720, 2400) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            waitForText("Today")

            tap("People")
            waitForText("Add someone")
            // A person from the list: their page, and the arrow back to the list.
            onAllNodesWithText("Maya", substring = true).onFirst().performClick()
            waitForText("Log a contact")
            onNodeWithContentDescription("Back").performClick()
            waitForText("Add someone")

            tap("Meetings")
            waitForText("Add a group")

            tap("Progress")
            waitForText("Milestones")
            waitForText("Goals")

            tap("More")
            tap("Settings")
            waitForText("Quiet hours: no reminders while you rest")
            onNodeWithContentDescription("Back").performClick()
            tap("About Tend")
            waitForText("Our promise")
            // Nothing anywhere printed a page's name instead of the page.
            assertTrue(onAllNodesWithText("Destination", substring = true).fetchSemanticsNodes().isEmpty())
        }
    }

    @Test
    fun back_from_a_tapped_reminders_page_goes_to_its_tab_then_today_then_leaves() {
        var nav = Navigation.startingAt(Destination.Person(7))
        assertEquals(Destination.Person(7), nav.current)
        assertTrue("an arrow back to People", nav.canGoBack())

        nav = nav.open(Destination.Back)
        assertEquals(Destination.People(), nav.current)
        assertFalse("People is a tab's first page: no arrow", nav.canGoBack())
        assertFalse("but the phone's back does not leave the app from here", nav.backLeavesApp())

        nav = nav.open(Destination.Back)
        assertEquals(Destination.Today, nav.current)
        assertTrue("from Today the phone's back leaves the app", nav.backLeavesApp())
        assertEquals(nav, nav.open(Destination.Back))
    }
}
