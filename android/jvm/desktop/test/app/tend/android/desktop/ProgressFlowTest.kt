// The Meetings, Progress and Settings screens (issue 18) driven as a person would, against the real
// core: a goal with a partner added and its progress moving after a check-in; a group with a
// weekly meeting added and "I went" logged; the log filtered and a mistaken entry removed only
// after its confirmation; quiet hours turned off and on again reaching the core with a replan each
// time, and a refused value shown beside its setting; the crisis country chosen in Settings is the
// one SOS shows; a milestone shown as reached.
package app.tend.android.desktop

import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isDialog
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.printToString
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runDesktopComposeUiTest
import app.tend.android.ui.Destination
import app.tend.android.ui.clockText
import app.tend.android.ui.localDate
import app.tend.android.ui.weekdayName
import app.tend.core.Channel
import app.tend.core.CheckinData
import app.tend.core.CheckinInput
import app.tend.core.CheckinKind
import app.tend.core.CheckinQuery
import app.tend.core.Direction
import app.tend.core.GroupInput
import app.tend.core.GroupKind
import app.tend.core.NetworkInput
import app.tend.core.PersonInput
import app.tend.core.Role
import app.tend.ffi.crisisLines
import app.tend.ffi.defaultSettings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate
import java.time.ZoneId
import java.util.Locale

@OptIn(ExperimentalTestApi::class)
class ProgressFlowTest {
    private val zone = "America/Toronto"
    private val w = 720
    private val h = 6000

    private fun DesktopComposeUiTest.show(
        host: DesktopHost,
        nav: ProgressNavigation,
    ) {
        setContent { Phone(Variant.LIGHT, host, Destination.Today, screen = { ProgressNav(it, nav) }) }
        settle()
    }

    private fun DesktopComposeUiTest.waitFor(
        text: String,
        substring: Boolean = false,
    ) {
        try {
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText(text, substring = substring).fetchSemanticsNodes().isNotEmpty() }
        } catch (e: androidx.compose.ui.test.ComposeTimeoutException) {
            // What the screen said instead, to see why.
            throw AssertionError("'$text' never showed; the screen says: " + onRoot().printToString(), e)
        }
    }

    /** Scrolls the screen's list until [text] is laid out. */
    private fun DesktopComposeUiTest.scrollTo(text: String) = onNode(isScreenScroll).performScrollToNode(hasText(text))

    @Test
    fun adding_a_goal_with_a_partner_and_seeing_its_progress_after_a_check_in() {
        val store = Stores.fresh()
        val recovery = store.addNetwork(NetworkInput("Recovery"))
        val sam = store.addPerson(PersonInput("Sam", Role.SPONSOR, networks = listOf(recovery.id)))
        store.addGroup(GroupInput(name = "Tuesday Circle", kind = GroupKind.PEER))
        val host = DesktopHost(store, zone = zone)
        val nav = ProgressNavigation(Destination.Progress)
        runDesktopComposeUiTest(w, h) {
            show(host, nav)
            onNodeWithText("Add a goal").performClick()
            settle()
            // The core offers meetings first; two a week, with Sam.
            onNodeWithContentDescription("One more").performClick()
            onNodeWithText("2 times").assertExists()
            onNodeWithText("Sam").performClick()
            onNodeWithText("Add this goal").performClick()
            waitFor("2 meetings a week")
            onNodeWithText("0 of 2 this week").assertExists()
            onNodeWithText("With Sam alongside you").assertExists()
            // A meeting logged by hand moves it.
            scrollTo("Log something by hand")
            onNodeWithText("Log something by hand").performClick()
            settle()
            onNodeWithText("Tuesday Circle").performClick()
            onNodeWithText("Add to my log").performClick()
            waitFor("1 of 2 this week")
        }
        val goal = store.goals(null).single()
        assertEquals(sam.id, goal.partnerId)
        assertEquals(2u, goal.target)
        assertEquals(CheckinKind.MEETING, goal.kind)
        assertEquals(1u, store.goalProgress(null, zone).single().count)
        assertTrue("a replan after the goal and after the check-in", host.replansAfter(2) >= 2)
        assertEquals(listOf(Destination.AddGoal, Destination.Back), nav.asked)
    }

    @Test
    fun adding_a_group_with_a_weekly_meeting_and_logging_attendance() {
        val store = Stores.fresh()
        store.addNetwork(NetworkInput("Recovery"))
        val host = DesktopHost(store, zone = zone)
        val nav = ProgressNavigation(Destination.Meetings)
        val thursday = weekdayName(4)
        runDesktopComposeUiTest(w, h) {
            show(host, nav)
            onNodeWithText("No groups yet", substring = true).assertExists()
            onNodeWithText("Add a group").performClick()
            settle()
            onNodeWithText("Name of the group").performTextInput("Thursday Circle")
            onNodeWithText("Add a weekly meeting").performClick()
            onNodeWithContentDescription(thursday).performClick()
            onNodeWithText("Choose when it starts").performClick()
            settle()
            // The time input opens at 19:00.
            onNodeWithText("Set").performClick()
            onNodeWithText("Starts: ${clockText(19 * 60)}").assertExists()
            onNodeWithText("Save").performClick()
            waitFor("Every $thursday at ${clockText(19 * 60)} · 60 min")
            onNodeWithContentDescription("I went to Thursday Circle").performClick()
            waitFor("Noted: you went. Well done for showing up.")
        }
        val group = store.groups().single()
        assertEquals("Thursday Circle", group.name)
        val meeting = group.meetings.single()
        assertEquals(listOf(4, 19 * 60, 60), listOf(meeting.weekday?.toInt(), meeting.start?.toInt(), meeting.durationMinutes.toInt()))
        assertEquals(zone, meeting.timezone)
        assertEquals(1, store.checkins(CheckinQuery(kind = CheckinKind.MEETING, groupId = group.id)).size)
        assertTrue(host.replansAfter(2) >= 2)
        assertTrue(store.plan(zone, 14u, 60u).notifications.any { it.id.startsWith("meeting:${group.id}:") })
    }

    @Test
    fun the_logs_filter_and_removing_a_mistaken_entry_after_confirmation() {
        val store = Stores.fresh()
        val recovery = store.addNetwork(NetworkInput("Recovery"))
        val sam = store.addPerson(PersonInput("Sam", Role.FRIEND, networks = listOf(recovery.id)))
        val group = store.addGroup(GroupInput(name = "Tuesday Circle", kind = GroupKind.PEER))
        fun log(data: CheckinData) = store.logCheckin(CheckinInput(data, zone))
        log(CheckinData.Daily(4u, 2u))
        log(CheckinData.Meeting(group.id))
        log(CheckinData.Contact(sam.id, Channel.CALL, Direction.RECEIVED, null))
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, ProgressNavigation(Destination.Progress))
            scrollTo("Called Sam")
            onNodeWithText("Checked in: Good").assertExists()
            onNodeWithText("They were there for you.").assertExists()
            // Meetings only.
            onNodeWithText("Meetings").performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("Called Sam").fetchSemanticsNodes().isEmpty() }
            onNodeWithText("Went to Tuesday Circle").assertExists()
            onNodeWithText("Checked in: Good").assertDoesNotExist()
            // Everything again; the call was a mistake. Keep it first, then remove it.
            onNodeWithText("Everything").performClick()
            waitFor("Called Sam")
            onNodeWithContentDescription("Remove from your log: Called Sam").performClick()
            onNode(hasText("Keep it") and hasAnyAncestor(isDialog())).performClick()
            settle()
            assertEquals(1, store.checkins(CheckinQuery(kind = CheckinKind.CONTACT)).size)
            onNodeWithContentDescription("Remove from your log: Called Sam").performClick()
            onNode(hasText("Remove") and hasAnyAncestor(isDialog())).performClick()
            waitUntil(timeoutMillis = 10_000L) { onAllNodesWithText("Called Sam").fetchSemanticsNodes().isEmpty() }
        }
        assertEquals(0, store.checkins(CheckinQuery(kind = CheckinKind.CONTACT)).size)
        assertEquals(listOf(CheckinKind.MEETING, CheckinKind.DAILY), store.checkins(CheckinQuery()).map { it.kind })
    }

    @Test
    fun quiet_hours_changed_in_settings_reach_the_core_and_ask_for_a_replan() {
        val store = Stores.fresh()
        val host = DesktopHost(store, zone = zone)
        val quiet = "Quiet hours: no reminders while you rest"
        runDesktopComposeUiTest(w, h) {
            show(host, ProgressNavigation(Destination.Settings))
            onNodeWithText(quiet).performClick()
            waitUntil(timeoutMillis = 10_000L) { host.replans == 1 }
            assertEquals(null, store.settings().quietHours)
            onNodeWithText("From: ", substring = true).assertDoesNotExist()
            // On again: back to the core's own default hours.
            onNodeWithText(quiet).performClick()
            waitUntil(timeoutMillis = 10_000L) { host.replans == 2 }
            assertEquals(defaultSettings().quietHours, store.settings().quietHours)
            waitFor("From: ${clockText(22 * 60)}")
            // A value the core refuses is said beside its setting, and nothing is replanned.
            repeat(3) {
                onNodeWithContentDescription("One fewer a day").performClick()
                settle()
            }
            waitFor("Expected a whole number from 1 to 20.")
        }
        assertEquals(1u, store.settings().dailyCap)
        assertEquals(4, host.replansAfter(4))
    }

    @Test
    fun the_crisis_country_chosen_in_settings_is_the_one_sos_shows() {
        val store = Stores.fresh()
        val host = DesktopHost(store, zone = zone, country = "CA")
        runDesktopComposeUiTest(w, h) {
            show(host, ProgressNavigation(Destination.Settings))
            onNodeWithText(Locale("", "GB").getDisplayCountry(Locale.getDefault())).performClick()
            waitUntil(timeoutMillis = 10_000L) { store.settings().crisisCountry == "GB" }
        }
        val canadaOnly = crisisLines("CA").map { words(it.name) } - crisisLines("GB").map { words(it.name) }.toSet()
        assertTrue(canadaOnly.isNotEmpty())
        runDesktopComposeUiTest(w, h) {
            setContent { Phone(Variant.LIGHT, host, Destination.Sos) }
            waitFor(words(crisisLines("GB").first().name))
            for (line in crisisLines("GB")) onNodeWithText(words(line.name)).assertExists()
            for (name in canadaOnly) onNodeWithText(name).assertDoesNotExist()
        }
    }

    @Test
    fun a_milestone_reached_today_is_celebrated_with_the_next_one_ahead() {
        val store = Stores.fresh()
        val since = LocalDate.now(ZoneId.of(zone)).minusDays(30)
        store.addNetwork(NetworkInput("Recovery", since = since.toString()))
        val host = DesktopHost(store, zone = zone)
        runDesktopComposeUiTest(w, h) {
            show(host, ProgressNavigation(Destination.Progress))
            waitFor("30 days today!")
            onNodeWithText("30 days of showing up for Recovery. That took courage, and every day of it counts.").assertExists()
            onNodeWithText("Next: 60 days on ${localDate(since.plusDays(60).toString())}, 30 days from now").assertExists()
        }
    }
}
