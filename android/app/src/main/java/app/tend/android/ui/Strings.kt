// String resources named by logic/ (NotificationText, WrappedKey, TodayNotices, DataActions,
// PartnerSharing, PartnerChannel): the one table from a logic key to its R id, shared by the
// screens and the glue.
package app.tend.android.ui

import app.tend.android.R

fun stringRes(name: String): Int =
    when (name) {
        "channel_timely" -> R.string.channel_timely
        "channel_timely_desc" -> R.string.channel_timely_desc
        "channel_gentle" -> R.string.channel_gentle
        "channel_gentle_desc" -> R.string.channel_gentle_desc
        "action_done" -> R.string.action_done
        "action_snooze" -> R.string.action_snooze
        "action_skip" -> R.string.action_skip
        "key_missing" -> R.string.key_missing
        "key_damaged" -> R.string.key_damaged
        "key_locked" -> R.string.key_locked
        "cannot_open" -> R.string.cannot_open
        "cannot_read" -> R.string.cannot_read
        "newer_version" -> R.string.newer_version
        "notifications_off" -> R.string.notifications_off
        "notifications_off_settings" -> R.string.notifications_off_settings
        "turn_on" -> R.string.turn_on
        "open_settings" -> R.string.open_settings
        "inexact" -> R.string.inexact
        "allow" -> R.string.allow
        "backup_saved" -> R.string.backup_saved
        "backup_restored" -> R.string.backup_restored
        "backup_refused" -> R.string.backup_refused
        "quarantine_done" -> R.string.quarantine_done
        "data_failed" -> R.string.data_failed
        "share_refused" -> R.string.share_refused
        "share_refused_person" -> R.string.share_refused_person
        "share_refused_item" -> R.string.share_refused_item
        "share_refused_days" -> R.string.share_refused_days
        "share_person_gone" -> R.string.share_person_gone
        "channel_devices_changed" -> R.string.channel_devices_changed
        "channel_sent" -> R.string.channel_sent
        "channel_waiting" -> R.string.channel_waiting
        "channel_accepted" -> R.string.channel_accepted
        "channel_received" -> R.string.channel_received
        "channel_undecryptable" -> R.string.channel_undecryptable
        "channel_ignored" -> R.string.channel_ignored
        "channel_blocked" -> R.string.channel_blocked
        "channel_partner_left" -> R.string.channel_partner_left
        "channel_unreachable" -> R.string.channel_unreachable
        "channel_refused_invite" -> R.string.channel_refused_invite
        "channel_not_from_partner" -> R.string.channel_not_from_partner
        "channel_link_waiting" -> R.string.channel_link_waiting
        "channel_link_others" -> R.string.channel_link_others
        "channel_link_unreachable" -> R.string.channel_link_unreachable
        "channel_up_to_date" -> R.string.channel_up_to_date
        "channel_offline" -> R.string.channel_offline
        "channel_connect_first" -> R.string.channel_connect_first
        "channel_not_linked" -> R.string.channel_not_linked
        "channel_bad_matrix_id" -> R.string.channel_bad_matrix_id
        "channel_bad_homeserver" -> R.string.channel_bad_homeserver
        "channel_bad_text" -> R.string.channel_bad_text
        "channel_no_consent" -> R.string.channel_no_consent
        "channel_revoke_confirm" -> R.string.channel_revoke_confirm
        "channel_revoked" -> R.string.channel_revoked
        "channel_revoked_offline" -> R.string.channel_revoked_offline
        "channel_disconnect_confirm" -> R.string.channel_disconnect_confirm
        "channel_disconnected" -> R.string.channel_disconnected
        "channel_disconnected_offline" -> R.string.channel_disconnected_offline
        "channel_revoked_no_room" -> R.string.channel_revoked_no_room
        else -> R.string.cannot_read
    }
