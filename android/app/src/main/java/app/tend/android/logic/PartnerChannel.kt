// The live partner channel's mapping: what a sync did, as the lines the user reads; each link's
// state (waiting, left, someone else in the room, could not reach); a failed call, as the one
// thing to do next; and the revoke confirmation. What is sent and when is the core's
// (consent, outbox); this file only words its answers. Keys are string resources (stringRes).
package app.tend.android.logic

import app.tend.core.LinkState
import app.tend.core.Message
import app.tend.core.PartnerLink
import app.tend.core.PersonRef
import app.tend.core.RevokeReport
import app.tend.core.SyncReport
import app.tend.core.TendException

/** One line on the screen: a string resource name and the texts for its %1$s and %2$s, if any. */
data class ChannelLine(val key: String, val arg: String? = null, val arg2: String? = null, val problem: Message? = null)

object PartnerChannel {
    /**
     * What one sync (or send) did, most urgent first: what could not go and why (someone else in
     * the room, a partner who left, a server out of reach), then what went; "up to date" when it
     * did nothing visible.
     */
    fun lines(report: SyncReport): List<ChannelLine> {
        val out = mutableListOf<ChannelLine>()
        report.devicesChanged.distinctBy { it.id }.forEach { out += devicesChanged(it) }
        report.blocked.distinctBy { it.item.person.id }.forEach { out += blocked(it.item.person, it.others) }
        report.partnerLeft.map { it.person }.distinctBy { it.id }.forEach { out += ChannelLine("channel_partner_left", it.name) }
        names(report.unreachable.map { it.person })?.let { out += ChannelLine("channel_unreachable", it) }
        names(report.sent.map { it.person })?.let { out += ChannelLine("channel_sent", it) }
        names(report.waiting.map { it.person })?.let { out += ChannelLine("channel_waiting", it) }
        names(report.accepted)?.let { out += ChannelLine("channel_accepted", it) }
        names(report.refusedInvites)?.let { out += ChannelLine("channel_refused_invite", it) }
        if (report.received > 0u) out += ChannelLine("channel_received", report.received.toString())
        if (report.undecryptable > 0u) out += ChannelLine("channel_undecryptable", report.undecryptable.toString())
        if (report.notFromPartner > 0u) out += ChannelLine("channel_not_from_partner", report.notFromPartner.toString())
        if (report.declinedInvites.isNotEmpty()) out += ChannelLine("channel_ignored", report.declinedInvites.joinToString(", "))
        return out.ifEmpty { listOf(ChannelLine("channel_up_to_date")) }
    }

    /**
     * Each linked person's room as the last sync found it, for their row on the Partner screen:
     * waiting for them to join, they left, someone else is there, their server could not be
     * reached. Nothing for a room that works, or none yet.
     */
    fun linkStatus(links: List<PartnerLink>): Map<Long, ChannelLine> =
        links.mapNotNull { link ->
            val name = link.person.name
            when (val state = link.state) {
                is LinkState.Waiting -> ChannelLine("channel_link_waiting", name)
                is LinkState.Left -> ChannelLine("channel_partner_left", name)
                is LinkState.OthersPresent -> ChannelLine("channel_link_others", state.others.joinToString(", "))
                is LinkState.Unreachable -> ChannelLine("channel_link_unreachable", name)
                else -> null
            }?.let { link.person.id to it }
        }.toMap()

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
                    "matrix id" -> ChannelLine("channel_bad_matrix_id", problem = e.problem)
                    "homeserver" -> ChannelLine("channel_bad_homeserver", problem = e.problem)
                    "text" -> ChannelLine("channel_bad_text", problem = e.problem)
                    "consent" -> ChannelLine("channel_no_consent")
                    "person" -> ChannelLine("share_refused_person", problem = e.problem)
                    else -> ChannelLine("share_refused", problem = e.problem)
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

    /** After revoking, saying only what was done: rooms left now, left on the next sync, or none there was. */
    fun revoked(report: RevokeReport): ChannelLine =
        when {
            report.roomsPending > 0u -> ChannelLine("channel_revoked_offline")
            report.roomsLeft > 0u -> ChannelLine("channel_revoked")
            else -> ChannelLine("channel_revoked_no_room")
        }

    /**
     * Whether a line warns about who could read what is shared (someone else in the room, devices
     * that changed): the screen shows those in the error colour; every other line is plain news.
     */
    fun isWarning(line: ChannelLine): Boolean = line.key in WARNING_KEYS

    private val WARNING_KEYS = setOf("channel_devices_changed", "channel_blocked", "channel_link_others")

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
            // What a sync could not do and why, each link's room, a revoke with nothing to leave (issue 21).
            "channel_blocked", "channel_partner_left", "channel_unreachable", "channel_refused_invite",
            "channel_not_from_partner", "channel_link_waiting", "channel_link_others", "channel_link_unreachable",
            "channel_revoked_no_room",
        )

    private fun devicesChanged(p: PersonRef) = ChannelLine("channel_devices_changed", p.name)

    /** Which partner it was not sent to (%1$s), and who else is in the room (%2$s). */
    private fun blocked(
        p: PersonRef,
        others: List<String>,
    ) = ChannelLine("channel_blocked", p.name, others.joinToString(", "))

    private fun names(people: List<PersonRef>): String? = people.distinctBy { it.id }.map { it.name }.takeIf { it.isNotEmpty() }?.joinToString(", ")
}
