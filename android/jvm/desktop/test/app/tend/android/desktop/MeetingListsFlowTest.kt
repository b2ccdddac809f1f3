// Find a meeting's public lists driven as a person would, against the real core and lists served on
// loopback only: the lists offered for where the phone is (and not another city's), with what the
// list's server will learn said before anything is fetched; a list added by its address, read,
// refreshed from the page, from Search's Refresh and by pulling down; a refusal said in warm words
// while the last good list stays searchable, each result naming its list and how fresh it is; the
// daily job rescheduled after each change and the network choice kept; a list turned off.
package app.tend.android.desktop

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTouchInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.test.swipeDown
import app.tend.android.logic.RefreshNetwork
import app.tend.android.ui.Located
import app.tend.android.ui.Destination
import app.tend.core.SearchQuery
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class MeetingListsFlowTest {
    private val w = 720
    private val h = 3000
    private val feeds = LoopbackFeeds()

    @After
    fun stop() = feeds.close()

    private fun SemanticsNodeInteractionsProvider.shows(text: String) = onAllNodesWithText(text, substring = true).fetchSemanticsNodes().isNotEmpty()

    /** Scrolls [text] into view (clear of the navigation bar), then taps it. */
    private fun ComposeUiTest.tap(text: String) {
        onNode(hasScrollAction()).performScrollToNode(hasText(text))
        onNodeWithText(text).performClick()
    }

    @Test
    fun the_lists_for_where_the_phone_is_are_offered_and_what_their_server_learns_is_said_first() {
        val store = Stores.fresh()
        val host = DesktopHost(store).apply { located = Located.At(NEW_YORK) }
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.FindMeeting) }
            settle()
            // Search starts with the lists, and says the position stays on the phone.
            onNodeWithText("Meeting lists near you").assertIsDisplayed()
            onNodeWithText("is never sent.", substring = true).assertIsDisplayed()
            onNodeWithText("Use my location once").performClick()
            waitUntil(timeoutMillis = 10_000L) { shows("New York Intergroup") }
            onNodeWithText("Greater New York Region").assertIsDisplayed()
            assertTrue("another city's list is not offered", !shows("Greater Toronto Area Intergroup"))

            // Turning an NA list on asks first, saying the server hears an area, not the place.
            onNodeWithText("Greater New York Region").performClick()
            waitUntil(timeoutMillis = 10_000L) { shows("will learn an area about 50 km across") }
            onNodeWithText("Not who you are, and not exactly where you are.", substring = true).assertIsDisplayed()
            onNodeWithText("Not now").performClick()
            waitUntil(timeoutMillis = 10_000L) { !shows("will learn an area") }
        }
        assertTrue("nothing was taken into use, nothing fetched", store.meetingSources(null, null).none { it.status != null })
    }

    @Test
    fun a_list_added_by_address_is_read_refreshed_and_kept_when_its_server_refuses() {
        feeds.serve("/feed", feedOf("Harbour Light"))
        val url = feeds.url("/feed")
        val store = Stores.fresh()
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.FindMeeting) }
            settle()
            tap("Choose a region instead")
            settle()
            onNode(hasScrollAction()).performScrollToNode(hasText("Web address"))
            onNode(hasSetTextAction() and hasText("Web address")).performTextInput(url)
            tap("Add this list")
            waitUntil(timeoutMillis = 20_000L) { shows("is in use. Its meetings are in your search now.") }
            // The new list is brought into view, with its count and freshness.
            waitUntil(timeoutMillis = 10_000L) { shows("1 meeting · Updated just now") }
            onNodeWithText("1 meeting · Updated just now").assertIsDisplayed()
            assertEquals(1, feeds.count("/feed"))

            // Refresh from the page: the changed list is read.
            feeds.serve("/feed", feedOf("Harbour Light at noon"))
            tap("Refresh my lists")
            waitUntil(timeoutMillis = 20_000L) { shows("Your lists are up to date.") }
            assertEquals(2, feeds.count("/feed"))

            // The group makes its list private: warm words, and the meetings stay.
            feeds.serve("/feed", "", status = 401)
            tap("Refresh my lists")
            waitUntil(timeoutMillis = 20_000L) { shows("keeps its meeting list private") }
            onNodeWithText("Some lists couldn't be read just now.", substring = true).assertIsDisplayed()
            onNodeWithText("Last tried just now").assertIsDisplayed()
            onNodeWithText("1 meeting · Updated just now").assertIsDisplayed()

            // The daily refresh: rescheduled after each change, and the network choice kept.
            assertTrue(host.meetingListSchedules.size >= 3)
            tap("Refresh lists once a day on Wi-Fi only")
            waitUntil(timeoutMillis = 10_000L) { host.meetingListNetwork == RefreshNetwork.ANY }
            onNodeWithText("which may use mobile data", substring = true).assertIsDisplayed()

            // Back on Search: the last good list is searched, each result naming its list.
            // The top bar's Back: the lists page sits on Find a meeting in the Meetings tab.
            onNodeWithContentDescription("Back").performClick()
            settle()
            onNodeWithText("Your meeting lists").assertIsDisplayed()
            tap("Search")
            waitUntil(timeoutMillis = 10_000L) { shows("Harbour Light at noon") }
            onNodeWithText("From 127.0.0.1 · Updated just now").assertIsDisplayed()

            // Search's Refresh, then a pull down, each asks the list again.
            feeds.serve("/feed", feedOf("Harbour Light at noon", "Harbour Light, Saturdays"))
            tap("Refresh")
            waitUntil(timeoutMillis = 20_000L) { feeds.count("/feed") == 4 && shows("Your lists are up to date.") }
            waitUntil(timeoutMillis = 10_000L) { shows("Harbour Light, Saturdays") }
            onNode(hasScrollAction()).performTouchInput { swipeDown() }
            waitUntil(timeoutMillis = 20_000L) { feeds.count("/feed") == 5 }
        }
        assertEquals(2, store.searchDirectory(SearchQuery()).size)
        assertTrue(host.meetingListSchedules.size >= 5)
    }

    @Test
    fun a_list_turned_off_leaves_the_search_and_the_daily_refresh_stops() {
        feeds.serve("/feed", feedOf("Harbour Light"))
        val store = Stores.fresh()
        store.addMeetingSource(app.tend.core.NewSource(url = feeds.url("/feed"), name = "Harbour intergroup"))
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.FindMeeting) }
            settle()
            onNodeWithText("Harbour intergroup").assertIsDisplayed()
            tap("Change my lists")
            settle()
            tap("Harbour intergroup")
            waitUntil(timeoutMillis = 20_000L) { !shows("Harbour intergroup") }
        }
        assertTrue(store.meetingSources(null, null).none { it.status != null })
        assertTrue(store.searchDirectory(SearchQuery()).isEmpty())
        assertEquals(1, host.meetingListSchedules.size)
    }
}
