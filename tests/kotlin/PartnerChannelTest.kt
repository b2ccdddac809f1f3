// The live partner channel as the Partner screen sees it, against the real core (with the share
// feature): a fresh store has no links, no inbox and no account; every channel call before
// connecting says "connect first"; a bad homeserver names its field; an unreachable one (a closed
// loopback port) is the Channel error, worded "sent on the next sync"; a hand-made sync report
// becomes the lines the user reads, the device-change warning first; the revoke confirmation
// says delivered messages cannot be recalled; the sync job is declared for JobScheduler only.
// Strings are read from the app's strings.xml.
package app.tend.android.logic

import app.tend.core.Blocked
import app.tend.core.LinkState
import app.tend.core.Message
import app.tend.core.MessageId
import app.tend.core.NetworkInput
import app.tend.core.Outgoing
import app.tend.core.PartnerLink
import app.tend.core.PersonInput
import app.tend.core.PersonRef
import app.tend.core.RevokeReport
import app.tend.core.Role
import app.tend.core.ShareKind
import app.tend.core.SyncReport
import app.tend.core.TendException
import app.tend.ffi.TendStore
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.time.Instant
import javax.xml.parsers.DocumentBuilderFactory

private const val ZONE = "Europe/Dublin"
private val SAM = PersonRef(id = 1, name = "Sam", role = Role.SPONSOR)
private val ALEX = PersonRef(id = 2, name = "Alex", role = Role.PEER)

/** The app's English strings by name, as Android would show them (\' unescaped). */
internal val STRINGS: Map<String, String> by lazy {
    val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(File("android/app/src/main/res/values/strings.xml"))
    val nodes = doc.getElementsByTagName("string")
    (0 until nodes.length).associate { i ->
        val n = nodes.item(i)
        n.attributes.getNamedItem("name").nodeValue to n.textContent.replace("\\'", "'")
    }
}

private fun text(line: ChannelLine): String {
    val template = STRINGS[line.key] ?: error("missing string ${line.key}")
    var out = template
    (line.problem?.let(::english) ?: line.arg)?.let { out = out.replace("%1\$s", it) }
    line.arg2?.let { out = out.replace("%2\$s", it) }
    return out
}

private val quiet =
    SyncReport(
        sent = emptyList(), waiting = emptyList(), partnerLeft = emptyList(), blocked = emptyList(), unreachable = emptyList(),
        received = 0u, undecryptable = 0u, notFromPartner = 0u, accepted = emptyList(), refusedInvites = emptyList(),
        declinedInvites = emptyList(), devicesChanged = emptyList(),
    )

private fun outgoing(
    id: Long,
    to: PersonRef,
) = Outgoing(id = id, person = to, matrixId = "@${to.name.lowercase()}:example.org", kind = ShareKind.SUMMARY, body = "This week…", lines = emptyList(), createdAt = Instant.parse("2026-12-01T09:00:00Z"))

class PartnerChannelTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore
    private var sam = 0L

    @Before
    fun setUp() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 7).toByte() })
        val network = store.addNetwork(NetworkInput(name = "Recovery", since = "2026-01-02")).id
        sam = store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, networks = listOf(network))).id
    }

    @After
    fun tearDown() = store.close()

    private fun failure(call: () -> Unit): Throwable = runCatching(call).exceptionOrNull() ?: error("expected the call to fail")

    @Test
    fun aFreshStoreHasNoAccountNoLinksAndAnEmptyInbox() {
        assertNull(store.matrixAccount())
        assertEquals(emptyList<PartnerLink>(), store.partnerLinks())
        assertTrue(store.partnerInbox().isEmpty())
    }

    @Test
    fun everyChannelCallBeforeConnectingSaysConnectFirst() {
        val calls =
            listOf<() -> Unit>(
                { store.partnerSync(ZONE) },
                { store.partnerSend(sam, null, ZONE) },
                { store.partnerSend(sam, "Thinking of you", ZONE) },
                { store.partnerLink(sam, "@sam:example.org") },
                { store.partnerRevoke(sam) },
                { store.matrixDisconnect() },
            )
        for (call in calls) {
            val e = failure(call)
            assertTrue("$e", e is TendException.NotFound)
            assertEquals(ChannelLine("channel_connect_first"), PartnerChannel.error(e))
            assertTrue("no account: the background job stops instead of retrying", !PartnerChannel.retryLater(e))
        }
        assertEquals("Connect to Matrix first.", text(PartnerChannel.error(failure { store.partnerSync(ZONE) })))
        // Nothing was stored by the refusals.
        assertTrue(store.partnerLinks().isEmpty())
    }

    @Test
    fun aHomeserverThatIsNotAUrlNamesTheField() {
        val e = failure { store.matrixConnect("matrix.example.org", "me", "secret") }
        assertTrue("$e", e is TendException.InvalidInput && e.field == "homeserver")
        val line = PartnerChannel.error(e)
        assertEquals("channel_bad_homeserver", line.key)
        assertEquals("Homeserver: This must be a web address starting with https:// or http://.", text(line))
        assertNull(store.matrixAccount())
    }

    @Test(timeout = 150_000)
    fun anUnreachableHomeserverIsOfflineAndLosesNothing() {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        val e = failure { store.matrixConnect("http://127.0.0.1:9", "me", "secret") }
        assertTrue("$e", e is TendException.Channel)
        val line = PartnerChannel.error(e)
        assertEquals(ChannelLine("channel_offline"), line)
        assertTrue("offline is tried again by the background job", PartnerChannel.retryLater(e))
        assertTrue(text(line).contains("Tend sends it on the next sync"))
        assertNull(store.matrixAccount())
    }

    @Test
    fun aSyncReportBecomesTheLinesTheUserReadsDeviceChangeFirst() {
        val report =
            quiet.copy(
                sent = listOf(outgoing(1, SAM), outgoing(2, SAM)),
                waiting = listOf(outgoing(3, ALEX)),
                received = 2u,
                declinedInvites = listOf("@stranger:example.org"),
                devicesChanged = listOf(ALEX),
            )
        val lines = PartnerChannel.lines(report).map(::text)
        assertEquals(
            listOf(
                "Alex's devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.",
                "Sent to Sam.",
                "Waiting for Alex to accept the invitation; Tend sends it once they do.",
                "2 new messages.",
                "Declined invitations from Matrix IDs you have not linked: @stranger:example.org",
            ),
            lines,
        )
        assertEquals(listOf("Up to date."), PartnerChannel.lines(quiet).map(::text))
    }

    @Test
    fun whatCouldNotGoComesFirstAndSaysWhyForEachPartner() {
        val kim = PersonRef(id = 3, name = "Kim", role = Role.FRIEND)
        val report =
            quiet.copy(
                sent = listOf(outgoing(1, SAM)),
                blocked = listOf(Blocked(outgoing(2, ALEX), listOf("@zed:example.org"))),
                partnerLeft = listOf(outgoing(3, kim), outgoing(4, kim)),
                unreachable = listOf(outgoing(5, SAM)),
                notFromPartner = 1u,
                refusedInvites = listOf(ALEX),
            )
        assertEquals(
            listOf(
                "Not sent to Alex, to keep it private: someone else is in your shared room (@zed:example.org). To start a fresh room with just the two of you, revoke and link again.",
                "Kim left your shared conversation. Link them again to invite them into a new one.",
                "Could not reach the server for Sam just now. Nothing is lost: Tend tries again at the next sync.",
                "Sent to Sam.",
                "Tend did not join a room Alex invited you to, because it was not private (not encrypted, or someone else was in it). Your room with them stays as it was.",
                "Messages not shown, to keep you safe: 1 that used a partner's name but did not come from their own devices.",
            ),
            PartnerChannel.lines(report).map(::text),
        )
    }

    @Test
    fun eachLinkSaysWhatTheLastSyncFoundOfItsRoom() {
        val at = Instant.parse("2026-11-30T10:00:00Z")
        fun link(
            p: PersonRef,
            state: LinkState,
        ) = PartnerLink(p, "@${p.name.lowercase()}:example.org", "!r${p.id}:example.org", at, null, state)
        val kim = PersonRef(id = 3, name = "Kim", role = Role.FRIEND)
        val lee = PersonRef(id = 4, name = "Lee", role = Role.FRIEND)
        val ready = PersonRef(id = 5, name = "Ready", role = Role.FRIEND)
        val status =
            PartnerChannel.linkStatus(
                listOf(
                    link(SAM, LinkState.Waiting),
                    link(ALEX, LinkState.Left),
                    link(kim, LinkState.OthersPresent(listOf("@amy:x.org", "@zed:x.org"))),
                    link(lee, LinkState.Unreachable),
                    link(ready, LinkState.Ready),
                ),
            ).mapValues { text(it.value) }
        assertEquals(
            mapOf(
                SAM.id to "Waiting for Sam to join your shared room.",
                ALEX.id to "Alex left your shared conversation. Link them again to invite them into a new one.",
                kim.id to "Someone else is in your shared room (@amy:x.org, @zed:x.org), so Tend sends nothing there. Revoke and link again for a fresh room with just the two of you.",
                lee.id to "Could not reach the server for Lee at the last sync. Tend keeps trying.",
            ),
            status,
        )
    }

    @Test
    fun onlyWhatSaysWhoCouldReadItIsAWarning() {
        val blocked = PartnerChannel.lines(quiet.copy(blocked = listOf(Blocked(outgoing(2, ALEX), listOf("@zed:example.org")))))
        assertTrue(PartnerChannel.isWarning(blocked.first()))
        assertTrue(PartnerChannel.isWarning(ChannelLine("channel_link_others", "@amy:x.org")))
        assertTrue(PartnerChannel.isWarning(ChannelLine("channel_devices_changed", "Sam")))
        for (k in listOf("channel_link_waiting", "channel_partner_left", "channel_link_unreachable", "channel_sent")) {
            assertFalse(k, PartnerChannel.isWarning(ChannelLine(k, "Sam")))
        }
    }

    @Test
    fun revokingSaysOnlyWhatItDid() {
        fun report(
            left: UInt,
            pending: UInt,
        ) = RevokeReport(SAM, left > 0u && pending == 0u, left, pending)
        assertEquals("channel_revoked", PartnerChannel.revoked(report(2u, 0u)).key)
        assertEquals("channel_revoked_offline", PartnerChannel.revoked(report(0u, 1u)).key)
        assertEquals("Sharing stopped. There was no shared room to leave.", text(PartnerChannel.revoked(report(0u, 0u))))
    }

    @Test
    fun aLinkWhoseDevicesChangedKeepsItsWarning() {
        val at = Instant.parse("2026-11-30T10:00:00Z")
        val links =
            listOf(
                PartnerLink(SAM, "@sam:example.org", "!room:example.org", at, at.plusSeconds(60), LinkState.Ready),
                PartnerLink(ALEX, "@alex:example.org", null, at, null, LinkState.NoRoom),
            )
        val warnings = PartnerChannel.warnings(links)
        assertEquals(setOf(SAM.id), warnings.keys)
        assertTrue(text(warnings.getValue(SAM.id)).startsWith("Sam's devices changed"))
    }

    @Test
    fun fieldErrorsGetTheirOwnMessages() {
        fun invalid(field: String) = PartnerChannel.error(TendException.InvalidInput(field, "is wrong", Message(MessageId.REFUSAL_EMPTY, emptyList()))).key
        assertEquals("channel_bad_matrix_id", invalid("matrix id"))
        assertEquals("channel_bad_text", invalid("text"))
        assertEquals("channel_no_consent", invalid("consent"))
        assertEquals("share_refused_person", invalid("person"))
        assertEquals("channel_not_linked", PartnerChannel.error(TendException.NotFound("partner link")).key)
    }

    @Test
    fun revokingSaysDeliveredMessagesCannotBeRecalled() {
        val confirm = text(PartnerChannel.revokeConfirmation(SAM))
        assertTrue(confirm, confirm.startsWith("Stop sharing with Sam?"))
        assertTrue(confirm, confirm.contains("Messages already delivered cannot be recalled"))
        val offline = RevokeReport(SAM, leftRoom = false, roomsLeft = 0u, roomsPending = 1u)
        assertTrue(text(PartnerChannel.revoked(offline)).contains("next sync"))
    }

    @Test
    fun disconnectingSaysWhatStaysAndWhatToDoWhenTheServerWasNotTold() {
        val confirm = text(PartnerChannel.disconnectConfirmation())
        assertTrue(confirm, confirm.contains("Your links and the messages you have stay"))
        assertTrue(text(PartnerChannel.disconnected(true)).startsWith("Disconnected."))
        assertTrue(text(PartnerChannel.disconnected(false)).contains("remove the device named Tend from another Matrix app"))
    }

    @Test
    fun everyChannelKeyIsAStringTheAppCanLookUp() {
        val lookup = File("android/app/src/main/java/app/tend/android/ui/Strings.kt").readText()
        for (k in PartnerChannel.KEYS) {
            assertTrue("missing string $k", k in STRINGS)
            assertTrue("stringRes does not map $k", "\"$k\" -> R.string.$k" in lookup)
        }
    }

    @Test
    fun theSyncJobIsDeclaredForTheSchedulerOnlyWithTheNetworkPermissions() {
        val ns = "http://schemas.android.com/apk/res/android"
        val manifest =
            DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }.newDocumentBuilder()
                .parse(File("android/app/src/main/AndroidManifest.xml"))
        val services = manifest.getElementsByTagName("service")
        val job = (0 until services.length).map { services.item(it) as org.w3c.dom.Element }.single { it.getAttributeNS(ns, "name") == ".PartnerSyncJob" }
        assertEquals("android.permission.BIND_JOB_SERVICE", job.getAttributeNS(ns, "permission"))
        assertEquals("false", job.getAttributeNS(ns, "exported"))
        val perms = manifest.getElementsByTagName("uses-permission")
        val held = (0 until perms.length).map { (perms.item(it) as org.w3c.dom.Element).getAttributeNS(ns, "name") }
        for (p in listOf("android.permission.INTERNET", "android.permission.ACCESS_NETWORK_STATE")) assertTrue("missing $p", p in held)
    }
}
