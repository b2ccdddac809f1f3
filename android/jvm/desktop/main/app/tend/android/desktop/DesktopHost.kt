// The screens' TendHost on the desktop JVM: the real store (the host library through JNA) and
// recorded stand-ins for what only a phone does (dialer, share sheet, permission dialogs,
// document pickers), so the gallery and the UI tests drive the app's own code end to end.
package app.tend.android.desktop

import app.tend.android.logic.LoadFailure
import app.tend.android.logic.LoadFailures
import app.tend.android.logic.RefreshNetwork
import app.tend.android.ui.Located
import app.tend.android.ui.TendHost
import app.tend.core.NewSource
import app.tend.ffi.TendStore
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom

class DesktopHost(
    private val store: TendStore?,
    var zone: String = "America/Toronto",
    var country: String? = "CA",
    var language: String = "en",
) : TendHost {
    var notifications = true
    var exact = true
    var deniedForGood = false
    var grantNotifications = true
    var located: Located = Located.Denied
    var documentToOpen: ByteArray? = null

    /** What the contact picker gives (vCard text, one or more cards); null: the user cancelled. */
    var contactToPick: String? = null
    var contactPicks = 0
    val opened = mutableListOf<String>()
    val shared = mutableListOf<String>()
    val saved = mutableMapOf<String, ByteArray>()
    var sosLogged = 0
    /** How many times the app asked for a replan (from its IO threads; the tests read it). */
    @Volatile
    var replans = 0
    var quarantined = 0

    override suspend fun store(): TendStore = store ?: throw IllegalStateException("no store")

    override fun failureOf(e: Throwable): LoadFailure = LoadFailures.of(e)

    override fun zone() = zone

    override fun country() = country

    override fun language() = language

    override fun sdkInt() = 36

    override fun notificationsAllowed() = notifications

    override fun exactAllowed() = exact

    override fun notificationsDeniedForGood() = deniedForGood

    override suspend fun askNotifications(): Boolean {
        notifications = grantNotifications
        return notifications
    }

    override fun openNotificationSettings() {
        opened += "settings:notifications"
    }

    override fun openExactAlarmSettings() {
        opened += "settings:exact-alarms"
    }

    override suspend fun replan() {
        replans++
    }

    /**
     * [replans] once at least [count] replans were asked for, waiting (at most 10 s) for those the
     * app asks for from its IO threads after a screen has already changed.
     */
    fun replansAfter(count: Int): Int {
        val until = System.nanoTime() + 10_000_000_000L
        while (replans < count && System.nanoTime() < until) Thread.sleep(20)
        return replans
    }

    override fun open(uri: String) {
        opened += uri
    }

    override fun share(text: String) {
        shared += text
    }

    override fun sosLogged() {
        sosLogged++
    }

    override fun channelConnected() {}

    /** The daily refresh's network choice, and each time the page asked to reschedule it. */
    var meetingListNetwork = RefreshNetwork.WIFI_ONLY
    val meetingListSchedules = mutableListOf<RefreshNetwork>()

    override fun meetingListNetwork() = meetingListNetwork

    override suspend fun meetingListsChanged(network: RefreshNetwork) {
        meetingListNetwork = network
        meetingListSchedules += network
    }

    override suspend fun locate() = located

    override suspend fun saveDocument(
        fileName: String,
        bytes: suspend () -> ByteArray,
    ): Boolean {
        saved[fileName] = bytes()
        return true
    }

    override suspend fun openDocument() = documentToOpen

    override suspend fun pickContact(): String? {
        contactPicks++
        return contactToPick
    }

    override suspend fun quarantine() {
        quarantined++
    }

    override fun appVersion() = "0.1.0"
}

/** Stores for the gallery and the tests: fresh folders, random keys, the core's own demo. */
object Stores {
    fun fresh(): TendStore {
        val dir = Files.createTempDirectory("tend-screens").toFile().apply { deleteOnExit() }
        val key = ByteArray(32).also { SecureRandom().nextBytes(it) }
        return TendStore.open(File(dir, "tend.db").path, key)
    }

    /** The demo person 45 days into recovery, and a real Meeting Guide feed in the directory. */
    fun demo(zone: String = "America/Toronto"): TendStore {
        val store = fresh()
        store.seedDemo(zone)
        val feed = File(System.getProperty("tend.feed") ?: error("set -Dtend.feed to a Meeting Guide JSON file"))
        store.importDirectory("https://example.org/meetings.json", feed.readText(), zone)
        return store
    }

    /**
     * The demo person with two public meeting lists in use, read from [feeds] on loopback: the
     * region's real feed, and a smaller list whose group has since made it private (its last
     * good copy kept, the refusal said in words).
     */
    fun withLists(
        feeds: LoopbackFeeds,
        zone: String = "America/Toronto",
    ): TendStore {
        val store = fresh()
        store.seedDemo(zone)
        val quinte = File(System.getProperty("tend.feed") ?: error("set -Dtend.feed to a Meeting Guide JSON file")).readText()
        val path = "/quinte-" + System.nanoTime()
        feeds.serve(path, quinte)
        store.addMeetingSource(NewSource(url = feeds.url(path), name = "Quinte and Area Intergroup", timezone = zone))
        val lakeside = "/lakeside-" + System.nanoTime()
        feeds.serve(lakeside, feedOf("Lakeside Serenity", "Lakeside Big Book"))
        val added = store.addMeetingSource(NewSource(url = feeds.url(lakeside), name = "Lakeside Intergroup"))
        feeds.serve(lakeside, "", status = 401)
        store.refreshMeetingSource(added.source.id, null)
        return store
    }
}
