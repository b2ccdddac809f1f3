// The Partner screen's mapping: the text the Share button hands to the share sheet and what a
// refused switch says. Whom the screen lists and which switches can be flipped are the core's
// (TendStore.partnerRows, by the same rules as setConsent); this file only reads its answers.
package app.tend.android.logic

import app.tend.core.Message
import app.tend.core.PartnerPreview
import app.tend.core.PartnerRow
import app.tend.core.ShareItem
import app.tend.core.TendException

/** A refusal to show beside the toggles: a string resource name and the core's own reason. */
data class ShareMessage(val key: String, val reason: Message? = null)

object PartnerSharing {
    /** The days field as typed: blank leaves the days to the core's default; the range is the core's to check. */
    fun declineDays(field: String): UInt? = field.trim().toUIntOrNull()

    /** True when nothing would reach anyone: no consent at all, or only paused partners. */
    fun nothingShared(rows: List<PartnerRow>): Boolean = rows.none { r -> !r.paused && r.toggles.any { it.on } }

    /** What the Share button hands to the share sheet: the summary exactly as previewed, or null. */
    fun shareText(preview: PartnerPreview): String? = preview.items.firstOrNull { it.item == ShareItem.SUMMARY }?.text

    /** A refused or failed toggle: the field the core named, with its reason (no personal data in it). */
    fun refusal(e: Throwable): ShareMessage =
        when (e) {
            is TendException.InvalidInput ->
                when (e.field) {
                    "person" -> ShareMessage("share_refused_person", e.problem)
                    "item" -> ShareMessage("share_refused_item", e.problem)
                    "days" -> ShareMessage("share_refused_days", e.problem)
                    else -> ShareMessage("share_refused", e.problem)
                }
            is TendException.NotFound -> ShareMessage("share_person_gone")
            else -> ShareMessage("data_failed")
        }
}
