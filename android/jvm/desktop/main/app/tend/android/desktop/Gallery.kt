// Renders every screen of the app, as a user would reach it, from stores the real core filled:
// each screen × (light, dark, font scale 2.0, a 320 dp wide phone) to build/screens/<screen>-
// <variant>.png, and an index.html to look at them side by side. The screens are the app's own
// (ui/TendApp.kt) driven through Compose's desktop test harness, headless (skiko's software
// raster): no device, no emulator.
//
//   java ... app.tend.android.desktop.GalleryKt OUT_DIR
package app.tend.android.desktop

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.graphics.toAwtImage
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.res.LocalResourceLocale
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.test.performMouseInput
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToIndex
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.unit.Density
import app.tend.android.ui.Located
import app.tend.android.ui.Tab
import app.tend.android.ui.TendApp
import app.tend.android.ui.TendTheme
import app.tend.core.GeoPoint
import app.tend.core.ReminderKind
import app.tend.core.ShareItem
import java.io.File
import java.util.Locale
import javax.imageio.ImageIO

/** How a screen is shown: colours, text size, and the phone's width. */
enum class Variant(val dark: Boolean, val fontScale: Float, val widthDp: Int) {
    LIGHT(false, 1f, 360),
    DARK(true, 1f, 360),
    FONT2(false, 2f, 360),
    NARROW(false, 1f, 320),
    ;

    val id get() = name.lowercase()
}

const val HEIGHT_DP = 780
const val DENSITY = 2f

/** One screen of the gallery: how to set up its host, which tab, and what to tap first. */
class Scene(
    val name: String,
    val tab: Tab,
    val host: () -> DesktopHost,
    val bundle: (DesktopHost) -> String? = { null },
    val drive: DesktopComposeUiTest.() -> Unit = {},
)

/** The app as it runs on a phone, in the harness's density, font scale and language. */
@Composable
fun Phone(
    variant: Variant,
    host: DesktopHost,
    tab: Tab,
    bundle: String? = null,
    locale: Locale = Locale.ENGLISH,
) {
    CompositionLocalProvider(LocalDensity provides Density(DENSITY, variant.fontScale), LocalResourceLocale provides locale) {
        TendTheme(dark = variant.dark) { TendApp(host, startTab = tab, bundleId = bundle) }
    }
}

/** Lets the store's answers (on IO threads) arrive and the screen settle. */
@OptIn(ExperimentalTestApi::class)
fun DesktopComposeUiTest.settle() {
    repeat(3) {
        waitForIdle()
        Thread.sleep(150)
    }
    waitForIdle()
}

fun scenes(): List<Scene> {
    val zone = "America/Toronto"
    return listOf(
        Scene("today", Tab.TODAY, { DesktopHost(Stores.demo(zone)) }),
        Scene("first-launch", Tab.TODAY, { DesktopHost(Stores.fresh()).apply { notifications = false } }),
        Scene("sos", Tab.SOS, { DesktopHost(Stores.demo(zone)) }),
        Scene(
            "bundle",
            Tab.TODAY,
            { DesktopHost(Stores.demo(zone)) },
            bundle = { host ->
                // A "reach out to these people" reminder from the core's own plan: one that names
                // several people (answering any other would log a check-in into the picture).
                kotlinx.coroutines.runBlocking {
                    host.store().plan(zone, 14u, 60u).notifications
                        .firstOrNull { it.kind == ReminderKind.KEEP_IN_TOUCH && it.refers.personIds.size > 1 }?.id
                }
            },
        ),
        Scene(
            "partner",
            Tab.PARTNER,
            {
                val store = Stores.demo(zone)
                // The sponsor hears the weekly summary and about an SOS.
                val sponsor = store.people(null).first { it.role == app.tend.core.Role.SPONSOR }
                store.setConsent(sponsor.id, ShareItem.SUMMARY, true, null)
                store.setConsent(sponsor.id, ShareItem.SOS, true, null)
                DesktopHost(store)
            },
        ),
        Scene(
            "search",
            Tab.SEARCH,
            { DesktopHost(Stores.demo(zone)).apply { located = Located.At(GeoPoint(44.1628, -77.3832)) } },
            drive = {
                // Below the meeting lists' card on a small screen at a large font.
                onNode(hasScrollAction()).performScrollToNode(hasText("Near me"))
                onNodeWithText("Near me").performClick()
                settle()
                onNode(hasScrollAction()).performScrollToIndex(0)
                settle()
            },
        ),
        Scene("data", Tab.DATA, { DesktopHost(Stores.demo(zone)) }),
        // Public meeting lists: Search with two lists in use (one kept after its group made it
        // private), results saying which list and how fresh; the lists page with the lists for
        // where the user is, the sentence before the first fetch, and a region chosen instead.
        Scene(
            "search-lists",
            Tab.SEARCH,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(GeoPoint(44.1628, -77.3832)) } },
            drive = {
                onNode(hasScrollAction()).performScrollToNode(hasText("Near me"))
                onNodeWithText("Near me").performClick()
                settle()
                // Back to the top: the lists in use, how fresh each is, Refresh.
                onNode(hasScrollAction()).performScrollToIndex(0)
                settle()
            },
        ),
        Scene(
            "meeting-lists",
            Tab.SEARCH,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(NEW_YORK) } },
            drive = { openLists(locate = false) },
        ),
        Scene(
            "meeting-lists-near",
            Tab.SEARCH,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(NEW_YORK) } },
            drive = {
                openLists(locate = true)
                onNode(hasScrollAction()).performScrollToNode(hasText("Meeting lists near you"))
                settle()
            },
        ),
        Scene(
            "meeting-lists-confirm",
            Tab.SEARCH,
            { DesktopHost(Stores.fresh()).apply { located = Located.At(NEW_YORK) } },
            drive = {
                onNodeWithText("Use my location once").performClick()
                settle()
                onNode(hasScrollAction()).performScrollToNode(hasText("Greater New York Region"))
                onNodeWithText("Greater New York Region").performClick()
                settle()
            },
        ),
        Scene(
            "meeting-lists-region",
            Tab.SEARCH,
            { DesktopHost(Stores.fresh(), country = "US") },
            drive = {
                onNodeWithText("Choose a region instead").performClick()
                settle()
                onNode(hasScrollAction()).performScrollToNode(hasText("New York City"))
                onNodeWithText("New York City").performClick()
                settle()
            },
        ),
    )
}

/** Lower Manhattan: a place several of the catalog's lists cover. */
val NEW_YORK = GeoPoint(40.71, -74.01)

/** The loopback server the gallery's lists are read from (started on first use, stopped by main). */
object GalleryFeeds {
    val feeds by lazy { LoopbackFeeds() }
}

/** From Search to the lists page ("Change my lists"), then, if asked, the lists for where the phone is. */
@OptIn(ExperimentalTestApi::class)
fun DesktopComposeUiTest.openLists(locate: Boolean) {
    onNodeWithText("Change my lists").performClick()
    settle()
    if (locate) {
        onNode(hasScrollAction()).performScrollToNode(hasText("Use my location once"))
        onNodeWithText("Use my location once").performClick()
        settle()
    }
}

@OptIn(ExperimentalTestApi::class)
fun shoot(
    scene: Scene,
    variant: Variant,
    out: File,
) {
    val host = scene.host()
    val bundle = scene.bundle(host)
    runDesktopComposeUiTest(width = (variant.widthDp * DENSITY).toInt(), height = (HEIGHT_DP * DENSITY).toInt()) {
        setContent { Phone(variant, host, scene.tab, bundle) }
        settle()
        scene.drive(this)
        // The pointer leaves the window's content (a finger lifts), or what it last tapped is
        // pictured hovered.
        onAllNodes(isRoot())[0].performMouseInput { moveTo(Offset(0f, 0f)) }
        settle()
        // The whole window, dialogs included.
        val image = captureToImage().toAwtImage()
        ImageIO.write(image, "png", File(out, "${scene.name}-${variant.id}.png"))
    }
}

fun main(args: Array<String>) {
    val out = File(args.firstOrNull() ?: "build/screens").apply { mkdirs() }
    val all = scenes()
    for (scene in all) for (variant in Variant.entries) shoot(scene, variant, out)
    val rows =
        all.joinToString("\n") { s ->
            "<tr><th>${s.name}</th>" + Variant.entries.joinToString("") { v -> "<td><img src=\"${s.name}-${v.id}.png\" width=\"${v.widthDp}\" alt=\"${s.name} ${v.id}\"></td>" } + "</tr>"
        }
    File(out, "index.html").writeText(
        """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>Tend — every screen</title>
        <style>body{font-family:sans-serif}td{vertical-align:top;padding:8px}img{border:1px solid #999}</style>
        <h1>Tend for Android — every screen, rendered on the JVM from the real core</h1>
        <table><tr><th></th>${Variant.entries.joinToString("") { "<th>${it.id}</th>" }}</tr>
        $rows
        </table></html>
        """.trimIndent(),
    )
    println("Screens: ${all.size * Variant.entries.size} images in ${out.path}")
    GalleryFeeds.feeds.close()
}
