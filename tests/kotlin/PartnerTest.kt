// The Partner screen's logic driven through the generated bindings against the real core:
// consent on and off as partnerRows() reports it, the Share button's text equal to the preview and
// to the weekly summary, a refused toggle naming the core's field, a paused partner, and the
// screen saying nothing is shared when nothing is.
package app.tend.android.logic

import app.tend.core.NetworkInput
import app.tend.core.PersonInput
import app.tend.core.Role
import app.tend.core.ShareItem
import app.tend.ffi.TendStore
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File

private const val ZONE = "Europe/Dublin"

class PartnerTest {
    @get:Rule
    val tmp = TemporaryFolder()

    private lateinit var store: TendStore
    private var sam = 0L
    private var networkId = 0L

    @Before
    fun setUp() {
        store = TendStore.open(File(tmp.root, "tend.db").path, ByteArray(32) { (it * 5).toByte() })
        networkId = store.addNetwork(NetworkInput(name = "Recovery", since = "2026-01-02")).id
        sam = store.addPerson(PersonInput(name = "Sam", role = Role.SPONSOR, networks = listOf(networkId))).id
        store.addPerson(PersonInput(name = "Old drinking buddy", role = Role.FRIEND, avoid = true, networks = listOf(networkId)))
        store.addPerson(PersonInput(name = "Landlord", role = Role.FRIEND))
    }

    @After
    fun tearDown() {
        runCatching { store.close() }
    }

    private fun rows() = store.partnerRows()

    private fun samRow() = rows().single { it.person.id == sam }

    private fun toggle(item: ShareItem) = samRow().toggles.single { it.item == item }

    @Test
    fun nothingConsentedSaysNothingIsSharedAndListsOnlyNetworkPeople() {
        assertTrue(PartnerSharing.nothingShared(rows()))
        // Not the avoided person, not someone in no network.
        assertEquals(listOf("Sam"), rows().map { it.person.name })
        assertTrue(samRow().toggles.none { it.on })
        // Mood waits for the summary, as the core would refuse it.
        assertFalse(toggle(ShareItem.MOOD).enabled)
        assertTrue(toggle(ShareItem.SUMMARY).enabled)
        assertTrue(store.partnerPreview(sam, ZONE).items.isEmpty())
        assertNull(PartnerSharing.shareText(store.partnerPreview(sam, ZONE)))
    }

    @Test
    fun consentOnAndOffIsWhatPartnerRowsReports() {
        store.setConsent(sam, ShareItem.SUMMARY, true, null)
        store.setConsent(sam, ShareItem.DECLINE, true, 5u)
        assertFalse(PartnerSharing.nothingShared(rows()))
        assertTrue(toggle(ShareItem.SUMMARY).on)
        assertEquals(5u, toggle(ShareItem.DECLINE).declineDays)
        assertTrue(toggle(ShareItem.MOOD).enabled)
        store.setConsent(sam, ShareItem.MOOD, true, null)
        assertTrue(toggle(ShareItem.MOOD).on)

        // The summary off takes mood with it (the core's rule, read back, not redone here).
        store.setConsent(sam, ShareItem.SUMMARY, false, null)
        assertFalse(toggle(ShareItem.SUMMARY).on)
        assertFalse(toggle(ShareItem.MOOD).on)
        assertFalse(toggle(ShareItem.MOOD).enabled)
        store.setConsent(sam, ShareItem.DECLINE, false, null)
        assertTrue(PartnerSharing.nothingShared(rows()))
        assertTrue(samRow().toggles.none { it.on })
    }

    @Test
    fun theSharedTextIsThePreviewAndTheWeeklySummary() {
        store.setConsent(sam, ShareItem.SUMMARY, true, null)
        val preview = store.partnerPreview(sam, ZONE)
        val text = PartnerSharing.shareText(preview)
        assertNotNull(text)
        assertEquals(preview.items.single { it.item == ShareItem.SUMMARY }.text, text)
        assertEquals(store.weeklySummary(networkId, false, ZONE).text, text)
        // Counts and fixed phrases only: no name reaches it.
        assertFalse(text!!.contains("Sam") || text.contains("Recovery"))
    }

    @Test
    fun aRefusedToggleShowsTheCoresField() {
        val mood = runCatching { store.setConsent(sam, ShareItem.MOOD, true, null) }
        assertEquals("share_refused_item", PartnerSharing.refusal(mood.exceptionOrNull()!!).key)
        val days = runCatching { store.setConsent(sam, ShareItem.DECLINE, true, 61u) }
        val message = PartnerSharing.refusal(days.exceptionOrNull()!!)
        assertEquals("share_refused_days", message.key)
        assertNotNull(message.reason)
        val buddy = store.people(null).single { it.avoid }.id
        val person = runCatching { store.setConsent(buddy, ShareItem.SOS, true, null) }
        assertEquals("share_refused_person", PartnerSharing.refusal(person.exceptionOrNull()!!).key)
        // Nothing was stored by the refusals.
        assertTrue(store.partners().isEmpty())
    }

    @Test
    fun aPartnerMarkedAvoidedIsShownPausedAndCanStillBeRevoked() {
        store.setConsent(sam, ShareItem.SOS, true, null)
        val p = store.person(sam)
        store.updatePerson(sam, PersonInput(name = p.name, role = p.role, avoid = true, networks = p.networks))
        val row = samRow()
        assertTrue(row.paused)
        assertTrue(PartnerSharing.nothingShared(rows()))
        assertTrue(store.partnerPreview(sam, ZONE).items.isEmpty())
        // Only what is on can be touched: turning it off always works.
        assertEquals(listOf(ShareItem.SOS), row.toggles.filter { it.enabled }.map { it.item })
        store.setConsent(sam, ShareItem.SOS, false, null)
        assertTrue(store.partners().isEmpty())
        if (rows().any { it.person.id == sam }) fail("an avoided person with no consent is not listed")
    }
}
