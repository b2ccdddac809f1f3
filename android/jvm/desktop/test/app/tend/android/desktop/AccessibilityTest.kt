// Every screen of the gallery read as TalkBack would, at the normal size, at font scale 2.0, on a
// 320 dp phone, in Spanish, in German at font scale 2.0 and in the right-to-left pseudo-locale, on
// a window tall enough that every list item is laid out: every control labelled, every target
// 48 dp, no text cut off. Right to left, the layout mirrors. And the check itself catches an
// unlabelled icon button and a cut-off word.
package app.tend.android.desktop

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material3.IconButton
import androidx.compose.material3.Text
import app.tend.android.ui.Destination
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.unit.dp
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class AccessibilityTest {
    private val tallDp = 3000

    private fun check(variant: Variant): List<String> {
        val found = mutableListOf<String>()
        for (scene in scenes()) {
            inLanguage(variant.locale) {
                val host = scene.host().apply { language = variant.locale.language }
                val bundle = scene.bundle(host)
                val widthPx = (variant.widthDp * DENSITY).toInt()
                runDesktopComposeUiTest(width = widthPx, height = (tallDp * DENSITY).toInt()) {
                    setContent { Phone(variant, host, scene.start, bundle, screen = scene.screen) }
                    settle()
                    scene.drive(this)
                    // Every root: the screen, and a dialog over it.
                    for (root in onAllNodes(isRoot()).fetchSemanticsNodes()) {
                        found += A11y.problems(root, DENSITY).map { "${scene.name}/${variant.id}: $it" }
                    }
                    for (root in onAllNodes(isRoot(), useUnmergedTree = true).fetchSemanticsNodes()) {
                        found += A11y.cutOff(root, widthPx, DENSITY).map { "${scene.name}/${variant.id}: $it" }
                    }
                }
            }
        }
        return found
    }

    @Test
    fun every_screen_reads_well_at_the_normal_size() = assertEquals(emptyList<String>(), check(Variant.LIGHT))

    @Test
    fun every_screen_reads_well_at_font_scale_2() = assertEquals(emptyList<String>(), check(Variant.FONT2))

    @Test
    fun every_screen_reads_well_on_a_320_dp_phone() = assertEquals(emptyList<String>(), check(Variant.NARROW))

    @Test
    fun every_screen_reads_well_in_spanish() = assertEquals(emptyList<String>(), check(Variant.SPANISH))

    @Test
    fun every_screen_reads_well_in_german_at_font_scale_2() = assertEquals(emptyList<String>(), check(Variant.GERMAN_FONT2))

    @Test
    fun every_screen_reads_well_right_to_left() = assertEquals(emptyList<String>(), check(Variant.PSEUDO_RTL))

    /** Where the middles of Today's tab and the More tab sit, across the screen, in [variant]. */
    private fun frame(variant: Variant): Pair<Float, Float> =
        inLanguage(variant.locale) {
            val host = DesktopHost(Stores.demo("America/Toronto")).apply { language = variant.locale.language }
            var at = 0f to 0f
            runDesktopComposeUiTest(width = (variant.widthDp * DENSITY).toInt(), height = (HEIGHT_DP * DENSITY).toInt()) {
                setContent { Phone(variant, host, Destination.Today) }
                settle()
                val today = onAllNodes(said("Today"), useUnmergedTree = true).fetchSemanticsNodes().maxBy { it.boundsInRoot.bottom }
                val more = onAllNodes(said("More"), useUnmergedTree = true).fetchSemanticsNodes().maxBy { it.boundsInRoot.bottom }
                at = today.boundsInRoot.center.x to more.boundsInRoot.center.x
            }
            at
        }

    @Test
    fun right_to_left_the_layout_mirrors() {
        val (todayLtr, moreLtr) = frame(Variant.LIGHT)
        val (todayRtl, moreRtl) = frame(Variant.PSEUDO_RTL)
        val width = Variant.LIGHT.widthDp * DENSITY
        // Left to right, the first tab (Today) is at the left and More at the right; mirrored, the
        // other way round, each at the same distance from its edge.
        assertTrue("LTR: Today $todayLtr, More $moreLtr", todayLtr < moreLtr)
        assertTrue("RTL: Today $todayRtl, More $moreRtl", todayRtl > moreRtl)
        assertEquals(todayLtr, width - todayRtl, 2f)
        assertEquals(moreLtr, width - moreRtl, 2f)
    }

    @Test
    fun a_word_too_long_for_its_box_is_caught() {
        runDesktopComposeUiTest(width = 400, height = 200) {
            setContent { Box(Modifier.width(60.dp)) { Text("Unterstützungsnetzwerk", softWrap = true) } }
            val problems = A11y.cutOff(onRoot(useUnmergedTree = true).fetchSemanticsNode(), 400)
            assertTrue(problems.toString(), problems.any { it.startsWith("cut off") })
        }
    }

    @Test
    fun a_word_no_line_could_hold_is_left_to_hyphenation() {
        runDesktopComposeUiTest(width = 200, height = 200) {
            setContent { Text("Unterstützungsnetzwerkbenachrichtigungen", softWrap = true) }
            assertEquals(emptyList<String>(), A11y.cutOff(onRoot(useUnmergedTree = true).fetchSemanticsNode(), 200))
        }
    }

    @Test
    fun an_unlabelled_icon_button_is_caught() {
        runDesktopComposeUiTest(width = 720, height = 400) {
            setContent { IconButton(onClick = {}) { Canvas(Modifier.size(24.dp)) { drawCircle(androidx.compose.ui.graphics.Color.Red) } } }
            val problems = A11y.problems(onRoot().fetchSemanticsNode(), 1f)
            assertTrue(problems.toString(), problems.any { it.startsWith("no label") })
        }
    }

    @Test
    fun a_control_the_window_cuts_is_not_sized_by_its_visible_part_but_still_needs_a_label() {
        runDesktopComposeUiTest(width = 400, height = 200) {
            setContent {
                Column {
                    Spacer(Modifier.height(170.dp))
                    // 60 dp tall, of which the 200 px window shows the top 30: one labelled, one not.
                    Row {
                        Box(Modifier.size(100.dp, 60.dp).clickable {}.semantics { contentDescription = "cut" })
                        Box(Modifier.size(100.dp, 60.dp).clickable {})
                    }
                }
            }
            val problems = A11y.problems(onRoot().fetchSemanticsNode(), 1f)
            assertTrue(problems.toString(), problems.none { it.startsWith("target") })
            assertEquals(problems.toString(), 1, problems.count { it.startsWith("no label") })
        }
    }
}
