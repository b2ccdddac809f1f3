// Renders every screen of the app, as a user would reach it, from stores the real core filled:
// each screen × (light, dark, font scale 2.0, a 320 dp wide phone) to build/screens/<screen>-
// <variant>.png, and an index.html to look at them side by side. The screens are the app's own
// (ui/TendApp.kt) driven through Compose's desktop test harness, headless (skiko's software
// raster): no device, no emulator. A state only a homeserver can bring about (a partner's room as
// a sync found it) is pictured by the screen itself, given the core's records as a sync left them.
//
//   java ... app.tend.android.desktop.GalleryKt OUT_DIR
package app.tend.android.desktop

import androidx.compose.material3.Scaffold
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.remember
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
import androidx.compose.ui.test.hasScrollToIndexAction
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollToIndex
import androidx.compose.ui.unit.Density
import app.tend.android.logic.PartnerChannel
import app.tend.android.logic.PartnerSharing
import app.tend.android.ui.Located
import app.tend.android.ui.Destination
import app.tend.android.ui.PartnerActions
import app.tend.android.ui.PartnerData
import app.tend.android.ui.PartnerScreen
import app.tend.android.ui.PartnerState
import app.tend.android.ui.TendApp
import app.tend.android.ui.TendTheme
import app.tend.core.Blocked
import app.tend.core.GeoPoint
import app.tend.core.LinkState
import app.tend.core.MatrixAccount
import app.tend.core.Outgoing
import app.tend.core.PartnerLink
import app.tend.core.PartnerRow
import app.tend.core.ReminderKind
import app.tend.core.ShareItem
import app.tend.core.ShareKind
import app.tend.core.ShareToggle
import app.tend.core.SyncReport
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

/**
 * One screen of the gallery: how to set up its host, which tab, and what to tap first; or, for a
 * state no local store can reach, the screen itself over [screen]'s state.
 */
class Scene(
    val name: String,
    val start: Destination,
    val host: () -> DesktopHost,
    val bundle: (DesktopHost) -> String? = { null },
    val drive: DesktopComposeUiTest.() -> Unit = {},
    /** A screen shown on its own, before TendApp navigates to it (GalleryProgress.kt, GalleryPeople.kt). */
    val screen: (@Composable (DesktopHost) -> Unit)? = null,
)

/** The app as it runs on a phone, in the harness's density, font scale and language. */
@Composable
fun Phone(
    variant: Variant,
    host: DesktopHost,
    start: Destination,
    bundle: String? = null,
    locale: Locale = Locale.ENGLISH,
    screen: (@Composable (DesktopHost) -> Unit)? = null,
) {
    CompositionLocalProvider(LocalDensity provides Density(DENSITY, variant.fontScale), LocalResourceLocale provides locale) {
        TendTheme(dark = variant.dark) { if (screen != null) screen(host) else TendApp(host, start = start, bundleId = bundle) }
    }
}

/**
 * The Partner screen, connected, as a sync left it: the demo's people linked, one room per state
 * the last sync can find (waiting for them, they left, someone else there, their server out of
 * reach), and that sync's lines (one item held back because someone else is in the room). The
 * rows and consents are the real core's; the channel's records are built as a sync would write
 * them, since only a homeserver can bring them about.
 */
@Composable
fun PartnerAfterSync(host: DesktopHost) {
    val state =
        remember {
            val store = kotlinx.coroutines.runBlocking { host.store() }
            val rows = store.partnerRows()
            val at = java.time.Instant.parse("2026-11-30T10:00:00Z")
            val states =
                listOf(
                    LinkState.Waiting,
                    LinkState.Left,
                    LinkState.OthersPresent(listOf("@someone:matrix.example.org")),
                    LinkState.Unreachable,
                )
            val links =
                rows.take(states.size).mapIndexed { i, row ->
                    val id = "@${row.person.name.lowercase().filter(Char::isLetter)}:matrix.example.org"
                    PartnerLink(row.person, id, "!room$i:matrix.example.org", at, null, states[i])
                }
            val others = links.filter { it.state is LinkState.OthersPresent }
            val report =
                SyncReport(
                    sent = emptyList(), waiting = emptyList(), partnerLeft = emptyList(),
                    blocked = others.map { Blocked(Outgoing(1, it.person, it.matrixId, ShareKind.SUMMARY, "", emptyList(), at), listOf("@someone:matrix.example.org")) },
                    unreachable = emptyList(), received = 0u, undecryptable = 0u, notFromPartner = 0u, accepted = emptyList(),
                    refusedInvites = emptyList(), declinedInvites = emptyList(), devicesChanged = emptyList(),
                )
            PartnerState(
                data =
                    PartnerData(
                        rows, PartnerSharing.nothingShared(rows), emptyMap(),
                        MatrixAccount("https://matrix.example.org", "@me:matrix.example.org", "PHONE", at),
                        links.associateBy { it.person.id }, PartnerChannel.warnings(links), PartnerChannel.linkStatus(links), emptyList(),
                    ),
                channelStatus = null to PartnerChannel.lines(report),
            )
        }
    Scaffold { padding -> PartnerScreen(state, padding, NoPartnerActions) }
}

/** The pictured screen's taps go nowhere: it shows a state, it does not change one. */
private object NoPartnerActions : PartnerActions {
    override fun toggle(
        row: PartnerRow,
        toggle: ShareToggle,
    ) = Unit

    override fun daysField(
        personId: Long,
        text: String,
    ) = Unit

    override fun share(text: String) = Unit

    override fun connect(
        homeserver: String,
        user: String,
        password: String,
    ) = Unit

    override fun sync() = Unit

    override fun link(
        personId: Long,
        matrixId: String,
    ) = Unit

    override fun send(
        personId: Long,
        text: String?,
    ) = Unit

    override fun revoke(personId: Long) = Unit

    override fun disconnect() = Unit
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

/** Waits (bounded) for the text to be on screen, then taps it: the store answers off the UI thread. */
@OptIn(ExperimentalTestApi::class)
fun DesktopComposeUiTest.tap(
    text: String,
    first: Boolean = false,
) {
    waitFor(text, scroll = true)
    if (first) onAllNodesWithText(text)[0].performClick() else onNodeWithText(text).performClick()
    waitForIdle()
}

/** Waits (bounded) until the text is on screen. */
@OptIn(ExperimentalTestApi::class)
fun DesktopComposeUiTest.see(text: String) {
    waitFor(text, scroll = true)
    settle()
}

@OptIn(ExperimentalTestApi::class)
private fun DesktopComposeUiTest.waitFor(
    text: String,
    scroll: Boolean = false,
) {
    try {
        waitUntil(timeoutMillis = 15_000L) {
            // Below the fold (large text, a small phone): scrolled to, as a person would.
            if (scroll) runCatching { onAllNodes(hasScrollAction())[0].performScrollToNode(hasText(text)) }
            onAllNodesWithText(text).fetchSemanticsNodes().isNotEmpty()
        }
    } catch (e: androidx.compose.ui.test.ComposeTimeoutException) {
        // What was on screen instead, for whoever reads the failure.
        val shot = File(System.getProperty("tend.screens.dir") ?: "build/screens", "FAILED-waiting.png")
        ImageIO.write(captureToImage().toAwtImage(), "png", shot)
        throw AssertionError("\"$text\" never appeared; the screen is in $shot", e)
    }
}

fun scenes(): List<Scene> {
    val zone = "America/Toronto"
    return listOf(
        Scene("today", Destination.Today, { DesktopHost(Stores.demo(zone)) }),
        Scene("welcome", Destination.Today, { DesktopHost(Stores.fresh()).apply { notifications = false } }, drive = { see("What are you working on?") }),
        Scene(
            "welcome-needs",
            Destination.Today,
            { DesktopHost(Stores.fresh()).apply { notifications = false } },
            drive = {
                tap("My recovery")
                tap("Next")
                see("What kinds of support do you need?")
                tap("Someone to talk to")
                tap("Money help")
                settle()
            },
        ),
        Scene(
            "welcome-people",
            Destination.Today,
            {
                DesktopHost(Stores.fresh()).apply {
                    notifications = false
                    contactToPick = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Rivera\r\nTEL:+1 416 555 0101\r\nEND:VCARD\r\n"
                }
            },
            drive = {
                tap("My recovery")
                tap("Next")
                see("What kinds of support do you need?")
                tap("Someone to talk to")
                tap("Money help")
                tap("Next")
                see("Who already helps you?")
                tap("Choose from contacts")
                see("Added 1 person from your contacts.")
            },
        ),
        Scene(
            "welcome-gaps",
            Destination.Today,
            { DesktopHost(Stores.fresh()).apply { notifications = false } },
            drive = {
                tap("My recovery")
                tap("Next")
                see("What kinds of support do you need?")
                tap("Someone to talk to")
                tap("Money help")
                tap("Next")
                see("Who already helps you?")
                tap("Next")
                see("Where you could use more support")
            },
        ),
        Scene("first-launch", Destination.Today, { DesktopHost(Stores.fresh()).apply { notifications = false } }, drive = {
            tap("Skip for now")
            settle()
        }),
        Scene("more", Destination.More, { DesktopHost(Stores.demo(zone)) }),
        Scene("networks", Destination.Networks, { DesktopHost(Stores.demo(zone)) }),
        Scene("networks-remove", Destination.Networks, { DesktopHost(Stores.demo(zone)) }, drive = {
            tap("Remove", first = true)
            settle()
        }),
        Scene("sos", Destination.Sos, { DesktopHost(Stores.demo(zone)) }),
        Scene(
            "bundle",
            Destination.Today,
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
            Destination.Partner,
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
            "partner-after-sync",
            Destination.Partner,
            { DesktopHost(Stores.demo(zone)) },
            // Down to the room someone else is in: the states sit below the first person's card.
            drive = {
                onNode(hasScrollToIndexAction()).performScrollToNode(hasText("Someone else is in your shared room", substring = true))
                settle()
            },
            screen = { host -> PartnerAfterSync(host) },
        ),
        Scene(
            "search",
            Destination.FindMeeting,
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
        Scene("data", Destination.Data, { DesktopHost(Stores.demo(zone)) }),
        // Public meeting lists: Search with two lists in use (one kept after its group made it
        // private), results saying which list and how fresh; the lists page with the lists for
        // where the user is, the sentence before the first fetch, and a region chosen instead.
        Scene(
            "search-lists",
            Destination.FindMeeting,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(GeoPoint(44.1628, -77.3832)) } },
            drive = {
                onNode(hasScrollAction()).performScrollToNode(hasText("Near me"))
                onNodeWithText("Near me").performClick()
                settle()
                // The results, under the lists they came from and how fresh each is.
                onNode(hasScrollAction()).performScrollToNode(hasText("From Quinte and Area Intergroup", substring = true))
                settle()
            },
        ),
        Scene(
            "meeting-lists",
            Destination.FindMeeting,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(NEW_YORK) } },
            drive = { openLists(locate = false) },
        ),
        Scene(
            "meeting-lists-near",
            Destination.FindMeeting,
            { DesktopHost(Stores.withLists(GalleryFeeds.feeds, zone)).apply { located = Located.At(NEW_YORK) } },
            drive = {
                openLists(locate = true)
                onNode(hasScrollAction()).performScrollToNode(hasText("Meeting lists near you"))
                settle()
            },
        ),
        Scene(
            "meeting-lists-confirm",
            Destination.FindMeeting,
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
            Destination.FindMeeting,
            { DesktopHost(Stores.fresh(), country = "US") },
            drive = {
                onNodeWithText("Choose a region instead").performClick()
                settle()
                onNode(hasScrollAction()).performScrollToNode(hasText("New York City"))
                onNodeWithText("New York City").performClick()
                settle()
            },
        ),
    ) + progressScenes(zone) + peopleScenes()
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
        setContent { Phone(variant, host, scene.start, bundle, screen = scene.screen) }
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
    // Every picture is taken even when one scene fails, so one run shows them all; the failures
    // are named and make the run fail at the end. The lists' loopback server is stopped however
    // the run ends (its thread would keep the JVM alive).
    val failed = mutableListOf<String>()
    try {
        for (scene in all) {
            for (variant in Variant.entries) {
                try {
                    shoot(scene, variant, out)
                } catch (e: Throwable) {
                    failed += "${scene.name}-${variant.id}: ${e.message?.lineSequence()?.take(2)?.joinToString(" ")}"
                }
            }
        }
    } finally {
        GalleryFeeds.feeds.close()
    }
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
    println("Screens: ${all.size * Variant.entries.size - failed.size} images in ${out.path}, ${failed.size} failed")
    failed.forEach { println("FAILED scene $it") }
    if (failed.isNotEmpty()) kotlin.system.exitProcess(1)
}
