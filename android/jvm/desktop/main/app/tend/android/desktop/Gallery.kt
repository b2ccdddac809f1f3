// Renders every screen of the app, as a user would reach it, from stores the real core filled:
// each screen × (light, dark, font scale 2.0, a 320 dp wide phone, Spanish, German at font scale
// 2.0, the right-to-left pseudo-locale ar-XB, mirrored) to build/screens/<screen>-<variant>.png,
// and an index.html to look at them side by side. The screens are the app's own
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
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.res.DesktopResources
import androidx.compose.ui.res.LocalResourceLocale
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.unit.LayoutDirection
import app.tend.android.R
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.runDesktopComposeUiTest
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.test.performMouseInput
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.test.hasScrollToIndexAction
import androidx.compose.ui.test.performScrollToNode
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

/** How a screen is shown: colours, text size, the phone's width, and its language. */
enum class Variant(val dark: Boolean, val fontScale: Float, val widthDp: Int, val locale: Locale = Locale.ENGLISH, val id: String) {
    LIGHT(false, 1f, 360, id = "light"),
    DARK(true, 1f, 360, id = "dark"),
    FONT2(false, 2f, 360, id = "font2"),
    NARROW(false, 1f, 320, id = "narrow"),
    SPANISH(false, 1f, 360, Locale.forLanguageTag("es"), "es"),
    GERMAN_FONT2(false, 2f, 360, Locale.GERMAN, "de-font2"),
    PSEUDO_RTL(false, 1f, 360, DesktopResources.PSEUDO_RTL, "ar-xb"),
}

/** Whether [locale] is written right to left (Arabic, Hebrew, and the ar-XB pseudo-locale). */
fun rightToLeft(locale: Locale) = !java.awt.ComponentOrientation.getOrientation(locale).isLeftToRight

/**
 * The language a scene is being driven in. The drives name what they tap by its English words;
 * [said] finds those words in this language, as the phone shows them.
 */
object Shown {
    @Volatile
    var locale: Locale = Locale.ENGLISH

    /**
     * What [english] reads as on screen in [locale]: the same string resource's words (every
     * resource that says it in English, when several do), or, with [part], the words of the
     * resources that start with it, up to their first placeholder; a weekday in the locale's
     * words; otherwise [english] itself (a name, a place: the user's own data).
     */
    fun words(
        english: String,
        part: Boolean = false,
    ): List<String> {
        val locale = locale
        if (locale.language == "en" && locale.country.isEmpty()) return listOf(english)
        val names = if (part) DesktopResources.namesLeadingWith(english) else DesktopResources.namesSaying(english)
        val found = names.mapNotNull { DesktopResources.byName(locale, it)?.let { w -> if (part) DesktopResources.lead(w) else w } }
        val day = java.time.DayOfWeek.entries.firstOrNull { it.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) == english }
        return (found + listOfNotNull(day?.getDisplayName(java.time.format.TextStyle.FULL, locale))).distinct().ifEmpty { listOf(english) }
    }

    /** A plural resource in [locale], formatted (a count the drive knows). */
    fun plural(
        id: Int,
        count: Int,
        vararg args: Any,
    ): String = DesktopResources.format(locale, DesktopResources.plural(locale, id, count), args)

    /** A string resource's words in [locale], up to its first unfilled placeholder: how a line that goes on with data starts. */
    fun lead(
        id: Int,
        vararg args: Any,
    ): String {
        val template = DesktopResources.string(locale, id)
        var filled = template
        args.forEachIndexed { i, a -> filled = filled.replace("%${i + 1}${'$'}s", a.toString()) }
        return DesktopResources.lead(filled)
    }
}

/** A node that shows [english] in the language being shown (see [Shown.words]). */
fun said(
    english: String,
    substring: Boolean = false,
): SemanticsMatcher = Shown.words(english, substring).map { hasText(it, substring = substring) }.reduce { a, b -> a or b }

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
    locale: Locale = variant.locale,
    screen: (@Composable (DesktopHost) -> Unit)? = null,
) {
    // As a phone set to that language lays out: right to left for Arabic (and ar-XB).
    val direction = if (rightToLeft(locale)) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(
        LocalDensity provides Density(DENSITY, variant.fontScale),
        LocalResourceLocale provides locale,
        LocalLayoutDirection provides direction,
    ) {
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
    // As TalkBack's double tap does: the control's own click, wherever the scroll left it (a
    // finger's tap lands on whatever covers the control's middle, such as the top bar).
    (if (first) onAllNodes(said(text))[0] else onNode(said(text))).performSemanticsAction(SemanticsActions.OnClick)
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
            // The screen's own (vertical) scroll, not a row of chips that scrolls sideways.
            if (scroll) runCatching { onAllNodes(isScreenScroll)[0].performScrollToNode(said(text)) }
            onAllNodes(said(text)).fetchSemanticsNodes().isNotEmpty()
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
                see(Shown.plural(R.plurals.welcome_picked, 1, 1))
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
                onNode(hasScrollToIndexAction()).performScrollToNode(said("Someone else is in your shared room", substring = true))
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
                tap("Near me")
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
                tap("Near me")
                settle()
                // The results, under the lists they came from and how fresh each is.
                onNode(hasScrollAction()).performScrollToNode(hasText(Shown.lead(R.string.meeting_source_results_from, "Quinte and Area Intergroup"), substring = true))
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
                onNode(hasScrollAction()).performScrollToNode(said("Meeting lists near you"))
                settle()
            },
        ),
        Scene(
            "meeting-lists-confirm",
            Destination.FindMeeting,
            { DesktopHost(Stores.fresh()).apply { located = Located.At(NEW_YORK) } },
            drive = {
                tap("Use my location once")
                settle()
                tap("Greater New York Region")
                settle()
            },
        ),
        Scene(
            "meeting-lists-region",
            Destination.FindMeeting,
            { DesktopHost(Stores.fresh(), country = "US") },
            drive = {
                tap("Choose a region instead")
                settle()
                tap("New York City")
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
    tap("Change my lists")
    settle()
    if (locate) {
        tap("Use my location once")
        settle()
    }
}

@OptIn(ExperimentalTestApi::class)
fun shoot(
    scene: Scene,
    variant: Variant,
    out: File,
) {
    inLanguage(variant.locale) {
        val host = scene.host().apply { language = variant.locale.language }
        val bundle = scene.bundle(host)
        runDesktopComposeUiTest(width = (variant.widthDp * DENSITY).toInt(), height = (HEIGHT_DP * DENSITY).toInt()) {
            setContent { Phone(variant, host, scene.start, bundle, screen = scene.screen) }
            settle()
            try {
                scene.drive(this)
            } catch (e: Throwable) {
                // What was on screen when the drive failed, for whoever reads the failure.
                ImageIO.write(captureToImage().toAwtImage(), "png", File(out, "FAILED-${scene.name}-${variant.id}.png"))
                throw e
            }
            // The pointer leaves the window's content (a finger lifts), or what it last tapped is
            // pictured hovered.
            onAllNodes(isRoot())[0].performMouseInput { moveTo(Offset(0f, 0f)) }
            settle()
            // The whole window, dialogs included.
            val image = captureToImage().toAwtImage()
            ImageIO.write(image, "png", File(out, "${scene.name}-${variant.id}.png"))
        }
    }
}

/**
 * Runs [block] as a phone set to [locale] would: the JVM's default locale (what the screens
 * format dates, weekdays and numbers with, as `Locale.getDefault()` follows the app's language
 * on Android) and the drives' language; both put back afterwards.
 */
fun <T> inLanguage(
    locale: Locale,
    block: () -> T,
): T {
    val before = Locale.getDefault()
    Locale.setDefault(locale)
    Shown.locale = locale
    try {
        return block()
    } finally {
        Locale.setDefault(before)
        Shown.locale = Locale.ENGLISH
    }
}

/**
 * `OUT [i/n]`: every scene in every variant into OUT, or, with `i/n`, the scenes whose place in
 * the list leaves remainder i when divided by n — so n processes share the work (each mostly
 * waits for a screen to settle, so two take little longer than one). The first (or only) one
 * writes index.html. `-Dtend.scenes=a,b` and `-Dtend.variants=es,ar-xb` narrow the run while
 * working on a screen.
 */
fun main(args: Array<String>) {
    val out = File(args.firstOrNull() ?: "build/screens").apply { mkdirs() }
    val (part, parts) = (args.getOrNull(1) ?: "0/1").split('/').map(String::toInt)
    val all = scenes()
    val onlyScenes = System.getProperty("tend.scenes")?.split(',')?.toSet()
    val onlyVariants = System.getProperty("tend.variants")?.split(',')?.toSet()
    val mine = all.filterIndexed { i, s -> i % parts == part && (onlyScenes == null || s.name in onlyScenes) }
    val variants = Variant.entries.filter { onlyVariants == null || it.id in onlyVariants }
    // Every picture is taken even when one scene fails, so one run shows them all; the failures
    // are named and make the run fail at the end. The lists' loopback server is stopped however
    // the run ends (its thread would keep the JVM alive).
    val failed = mutableListOf<String>()
    try {
        for (scene in mine) {
            for (variant in variants) {
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
    if (part == 0) writeIndex(all, out)
    println("Screens: ${mine.size * variants.size - failed.size} images in ${out.path}, ${failed.size} failed")
    failed.forEach { println("FAILED scene $it") }
    if (failed.isNotEmpty()) kotlin.system.exitProcess(1)
}

/** index.html: every scene a row, every variant a column. */
private fun writeIndex(
    all: List<Scene>,
    out: File,
) {
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
}
