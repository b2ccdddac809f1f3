// The app's screens driven as a person would, against the real core: check in from Today and see
// Today change (and the store hold it); SOS with the emergency contacts and the region's crisis
// lines; a partner's consent turned on and the preview equal to the core's text; a meeting found
// near a point and joined, with its group and reminders in the store; the failure path to SOS.
package app.tend.android.desktop

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.tend.android.ui.Located
import app.tend.android.ui.Destination
import app.tend.core.CheckinKind
import app.tend.core.CheckinQuery
import app.tend.core.GeoPoint
import app.tend.core.Role
import app.tend.core.ShareItem
import app.tend.ffi.crisisLines
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class ScreensFlowTest {
    private val zone = "America/Toronto"
    private val w = 720
    private val h = 3000

    @Test
    fun checking_in_from_today_changes_today_and_the_store_has_it() {
        val store = Stores.demo(zone)
        val host = DesktopHost(store)
        assertTrue("the demo has not checked in today yet", !store.today(zone).checkedIn)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            settle()
            onNodeWithText("How are you today?").assertIsDisplayed()
            onNodeWithText("Good").performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("Checked in today: Good").fetchSemanticsNodes().isNotEmpty() }
        }
        val today = store.today(zone)
        assertTrue(today.checkedIn)
        assertEquals(4, today.latestDaily?.mood?.toInt())
        assertEquals(1, host.replans)
    }

    @Test
    fun the_cores_messages_show_in_the_apps_language() {
        val store = Stores.demo(zone)
        val host = DesktopHost(store, country = "US")
        val lines = crisisLines("US")
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Sos, locale = java.util.Locale.GERMAN) }
            settle()
            onNodeWithText("Krisentelefone").assertIsDisplayed()
            // A service's own name as it is; the generic one, what each line is for and its hours in German.
            onNodeWithText("Notruf").assertIsDisplayed()
            for (line in lines) {
                onNodeWithText(words(line.name, java.util.Locale.GERMAN)).assertIsDisplayed()
                val description = words(line.description, java.util.Locale.GERMAN)
                assertTrue(description, description != words(line.description))
                onNodeWithText(description).assertIsDisplayed()
            }
            assertEquals(lines.size, onAllNodesWithText(words(lines.first().hours, java.util.Locale.GERMAN)).fetchSemanticsNodes().size)
        }
    }

    @Test
    fun sos_lists_the_emergency_contacts_and_the_crisis_lines_of_the_phones_region() {
        val store = Stores.demo(zone)
        val host = DesktopHost(store, country = "CA")
        val contacts = store.sos("CA", zone).emergencyContacts
        assertTrue(contacts.isNotEmpty())
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Sos) }
            settle()
            for (c in contacts) onNodeWithText(c.name).assertIsDisplayed()
            for (line in crisisLines("CA")) onNodeWithText(words(line.name)).assertIsDisplayed()
            onNodeWithContentDescription("Call ${contacts.first().name}").performClick()
            onNodeWithText("Log SOS and tell my partners").performClick()
            waitUntil(timeoutMillis = 10_000L) { host.sosLogged == 1 }
        }
        assertTrue(host.opened.single().startsWith("tel:"))
        assertEquals(1, store.checkins(CheckinQuery(kind = CheckinKind.SOS)).size)
    }

    @Test
    fun turning_a_consent_on_shows_exactly_the_cores_preview() {
        val store = Stores.demo(zone)
        // The first person on the screen (the core orders the rows).
        val sponsor = store.partnerRows().first().person
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Partner) }
            settle()
            onAllNodesWithText("Weekly summary")[0].performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("What they would read").fetchSemanticsNodes().isNotEmpty() }
            val preview = store.partnerPreview(sponsor.id, zone).items.first { it.item == ShareItem.SUMMARY }.text
            onNodeWithText(preview).assertIsDisplayed()
            onNodeWithText("Share…").performClick()
            assertEquals(listOf(preview), host.shared)
        }
        assertTrue(store.partnerRows().first { it.person.id == sponsor.id }.toggles.first { it.item == ShareItem.SUMMARY }.on)
    }

    @Test
    fun a_meeting_found_near_a_point_and_joined_becomes_a_group_with_reminders() {
        val store = Stores.demo(zone)
        val host = DesktopHost(store).apply { located = Located.At(GeoPoint(44.1628, -77.3832)) }
        val groupsBefore = store.groups().size
        var joinedName = ""
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.FindMeeting) }
            settle()
            onNodeWithText("Near me").performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("Join").fetchSemanticsNodes().isNotEmpty() }
            val results = store.searchDirectory(app.tend.core.SearchQuery(near = GeoPoint(44.1628, -77.3832), limit = 50u))
            joinedName = results.first().name
            onAllNodesWithText("Join")[0].performClick()
            // The group is stored, then the reminders replanned (after the write, off the UI thread).
            waitUntil(timeoutMillis = 10_000L) { store.groups().size > groupsBefore && host.replans >= 1 }
        }
        val group = store.groups().first { it.name == joinedName }
        assertTrue(group.meetings.isNotEmpty())
        assertTrue(host.replans >= 1)
        assertTrue(store.plan(zone, 14u, 60u).notifications.any { it.id.startsWith("meeting:${group.id}:") })
    }

    @Test
    fun a_store_that_cannot_be_read_still_leaves_sos_one_tap_away() {
        val host = DesktopHost(null, country = "US")
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            settle()
            onNodeWithText("Tend could not read your data just now. Nothing has been changed or deleted.").assertIsDisplayed()
            onAllNodesWithText("SOS")[0].performClick()
            settle()
            onNodeWithText(words(crisisLines("US").first().name)).assertIsDisplayed()
        }
    }

    @Test
    fun turning_notifications_on_from_today_asks_and_the_notice_goes() {
        val host = DesktopHost(Stores.demo(zone)).apply { notifications = false }
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Today) }
            settle()
            onNodeWithText("Turn on").performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("Turn on").fetchSemanticsNodes().isEmpty() }
        }
        assertTrue(host.notifications)
    }

    @Test
    fun a_backup_saved_from_the_data_screen_restores_into_a_new_phone() {
        val store = Stores.demo(zone)
        val host = DesktopHost(store)
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Data) }
            settle()
            onNodeWithText("Save a backup").performClick()
            waitUntil(timeoutMillis = 20_000L) { onAllNodesWithText("Backup saved.").fetchSemanticsNodes().isNotEmpty() }
        }
        val bytes = host.saved.values.single()
        val fresh = Stores.fresh()
        val other = DesktopHost(fresh).apply { documentToOpen = bytes }
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, other, Destination.Data) }
            settle()
            onNodeWithText("Restore a backup").performClick()
            waitUntil(timeoutMillis = 20_000L) { onAllNodesWithText("Backup restored.", substring = true).fetchSemanticsNodes().isNotEmpty() }
        }
        assertEquals(store.people(null).map { it.name }.sorted(), fresh.people(null).map { it.name }.sorted())
    }
}
