// The live partner channel's mapping: what a sync did, as the lines the user reads; a failed call,
// as the one thing to do next; and the revoke confirmation. What is sent and when is the core's
// (consent, outbox); this file only words its answers. Keys are string resources (stringRes).
package app.tend.android.logic

import app.tend.core.PartnerLink
import app.tend.core.PersonRef
import app.tend.core.SyncReport
import app.tend.core.TendException

/** One line on the screen: a string resource name and the text for its %1$s, if any. */
data class ChannelLine(val key: String, val arg: String? = null)

object PartnerChannel {
    /** What one sync (or send) did, most urgent first; "up to date" when it did nothing visible. */
    fun lines(report: SyncReport): List<ChannelLine> {
        val out = mutableListOf<ChannelLine>()
        report.devicesChanged.distinctBy { it.id }.forEach { out += devicesChanged(it) }
        names(report.sent.map { it.person })?.let { out += ChannelLine("channel_sent", it) }
        names(report.waiting.map { it.person })?.let { out += ChannelLine("channel_waiting", it) }
        names(report.accepted)?.let { out += ChannelLine("channel_accepted", it) }
        if (report.received > 0u) out += ChannelLine("channel_received", report.received.toString())
        if (report.undecryptable > 0u) out += ChannelLine("channel_undecryptable", report.undecryptable.toString())
        if (report.ignoredInvites.isNotEmpty()) out += ChannelLine("channel_ignored", report.ignoredInvites.joinToString(", "))
        return out.ifEmpty { listOf(ChannelLine("channel_up_to_date")) }
    }

    /** The standing warning for a linked person whose devices changed (until they are linked again). */
    fun warnings(links: List<PartnerLink>): Map<Long, ChannelLine> =
        links.filter { it.devicesChangedAt != null }.associate { it.person.id to devicesChanged(it.person) }

    /** A failed channel call: what to do next. The core's reasons name no one. */
    fun error(e: Throwable): ChannelLine =
        when (e) {
            is TendException.Channel -> ChannelLine("channel_offline")
            is TendException.NotFound ->
                when (e.what) {
                    "Matrix account" -> ChannelLine("channel_connect_first")
                    "partner link" -> ChannelLine("channel_not_linked")
                    else -> ChannelLine("share_person_gone")
                }
            is TendException.InvalidInput ->
                when (e.field) {
                    "matrix id" -> ChannelLine("channel_bad_matrix_id", e.reason)
                    "homeserver" -> ChannelLine("channel_bad_homeserver", e.reason)
                    "text" -> ChannelLine("channel_bad_text", e.reason)
                    "consent" -> ChannelLine("channel_no_consent")
                    "person" -> ChannelLine("share_refused_person", e.reason)
                    else -> ChannelLine("share_refused", e.reason)
                }
            else -> ChannelLine("data_failed")
        }

    /**
     * Whether a background sync that failed with [e] should be tried again later: yes when the
     * network or the store was not there (nothing is lost, the outbox waits); no when nothing is
     * connected or the request itself was refused (trying again would fail the same way).
     */
    fun retryLater(e: Throwable): Boolean = e !is TendException.NotFound && e !is TendException.InvalidInput

    /** Asked before revoking: says plainly that what was delivered stays delivered. */
    fun revokeConfirmation(person: PersonRef): ChannelLine = ChannelLine("channel_revoke_confirm", person.name)

    /** After revoking: the room was left now, or is left on the next sync (sending stopped either way). */
    fun revoked(leftRoom: Boolean): ChannelLine = ChannelLine(if (leftRoom) "channel_revoked" else "channel_revoked_offline")

    /** Asked before disconnecting: what stops, and what stays. */
    fun disconnectConfirmation(): ChannelLine = ChannelLine("channel_disconnect_confirm")

    /**
     * After disconnecting: the homeserver signed this device out, or could not be told (offline):
     * then the user removes the device from another Matrix app. The session is forgotten either way.
     */
    fun disconnected(signedOut: Boolean): ChannelLine = ChannelLine(if (signedOut) "channel_disconnected" else "channel_disconnected_offline")

    /** Every key this file can name, for the resource check. */
    val KEYS =
        listOf(
            "channel_devices_changed", "channel_sent", "channel_waiting", "channel_accepted", "channel_received",
            "channel_undecryptable", "channel_ignored", "channel_up_to_date", "channel_offline", "channel_connect_first",
            "channel_not_linked", "channel_bad_matrix_id", "channel_bad_homeserver", "channel_bad_text", "channel_no_consent",
            "channel_revoke_confirm", "channel_revoked", "channel_revoked_offline", "share_person_gone", "share_refused_person",
            "share_refused", "data_failed", "channel_disconnect_confirm", "channel_disconnected", "channel_disconnected_offline",
        )

    private fun devicesChanged(p: PersonRef) = ChannelLine("channel_devices_changed", p.name)

    private fun names(people: List<PersonRef>): String? = people.distinctBy { it.id }.map { it.name }.takeIf { it.isNotEmpty() }?.joinToString(", ")
}
