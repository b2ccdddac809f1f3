// The Partner screen's decisions: whom it lists, which toggles each row shows on and enabled,
// the text the Share button hands to the share sheet, and what a refused toggle says. The rules
// (who may be a partner, mood only inside the summary, the decline days) are the core's
// (TendStore.setConsent / partners / partnerPreview); this file only reads what the core answers.
package app.tend.android.logic

import app.tend.core.Partner
import app.tend.core.PartnerPreview
import app.tend.core.Person
import app.tend.core.ShareItem
import app.tend.core.TendException

/** One item's switch on a person's row. */
data class ShareToggle(val item: ShareItem, val on: Boolean, val enabled: Boolean, val declineDays: UInt?)

/** One person on the Partner screen. */
data class PartnerRow(val personId: Long, val name: String, val paused: Boolean, val toggles: List<ShareToggle>)

/** A refusal to show beside the toggles: a string resource name and the core's own reason. */
data class ShareMessage(val key: String, val reason: String? = null)

object PartnerSharing {
    /** The days field as typed: blank leaves the days to the core's default; the range is the core's to check. */
    fun declineDays(field: String): UInt? = field.trim().toUIntOrNull()

    /**
     * Everyone in a network who is not marked to avoid, plus anyone the core still lists as a
     * partner (a paused one: avoided or out of every network since), so stored consent can
     * always be seen and revoked. [people] in the core's order (by name).
     */
    fun rows(
        people: List<Person>,
        partners: List<Partner>,
    ): List<PartnerRow> {
        val byId = partners.associateBy { it.person.id }
        return people.filter { (it.networks.isNotEmpty() && !it.avoid) || it.id in byId }.map { p ->
            val partner = byId[p.id]
            val paused = partner?.paused ?: false
            val on = partner?.consents.orEmpty().associateBy { it.item }
            val toggles =
                ShareItem.values().map { item ->
                    val isOn = item in on
                    // Turning off always works. Turning on: not while paused (the core refuses
                    // the person), and mood only once the core lists the summary as shared.
                    val enabled = isOn || (!paused && (item != ShareItem.MOOD || ShareItem.SUMMARY in on))
                    ShareToggle(item, isOn, enabled, on[item]?.declineDays)
                }
            PartnerRow(p.id, p.name, paused, toggles)
        }
    }

    /** True when nothing would reach anyone: no consent at all, or only paused partners. */
    fun nothingShared(partners: List<Partner>): Boolean = partners.none { !it.paused && it.consents.isNotEmpty() }

    /** What the Share button hands to the share sheet: the summary exactly as previewed, or null. */
    fun shareText(preview: PartnerPreview): String? = preview.items.firstOrNull { it.item == ShareItem.SUMMARY }?.text

    /** A refused or failed toggle: the field the core named, with its reason (no personal data in it). */
    fun refusal(e: Throwable): ShareMessage =
        when (e) {
            is TendException.InvalidInput ->
                when (e.field) {
                    "person" -> ShareMessage("share_refused_person", e.reason)
                    "item" -> ShareMessage("share_refused_item", e.reason)
                    "days" -> ShareMessage("share_refused_days", e.reason)
                    else -> ShareMessage("share_refused", e.reason)
                }
            is TendException.NotFound -> ShareMessage("share_person_gone")
            else -> ShareMessage("data_failed")
        }
}
