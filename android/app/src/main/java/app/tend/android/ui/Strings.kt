// String resources named by logic/ (NotificationText, WrappedKey, TodayNotices, DataActions,
// PartnerSharing, PartnerChannel, MeetingSources): the one table from a logic key to its R id, shared by the
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
        "meeting_source_never_updated" -> R.string.meeting_source_never_updated
        "meeting_source_updated_just_now" -> R.string.meeting_source_updated_just_now
        "meeting_source_updated_minutes" -> R.string.meeting_source_updated_minutes
        "meeting_source_updated_hours" -> R.string.meeting_source_updated_hours
        "meeting_source_updated_yesterday" -> R.string.meeting_source_updated_yesterday
        "meeting_source_updated_days" -> R.string.meeting_source_updated_days
        "meeting_source_failed_just_now" -> R.string.meeting_source_failed_just_now
        "meeting_source_failed_minutes" -> R.string.meeting_source_failed_minutes
        "meeting_source_failed_hours" -> R.string.meeting_source_failed_hours
        "meeting_source_failed_yesterday" -> R.string.meeting_source_failed_yesterday
        "meeting_source_failed_days" -> R.string.meeting_source_failed_days
        "meeting_source_failure_private" -> R.string.meeting_source_failure_private
        "meeting_source_failure_not_found" -> R.string.meeting_source_failure_not_found
        "meeting_source_failure_server" -> R.string.meeting_source_failure_server
        "meeting_source_failure_refused" -> R.string.meeting_source_failure_refused
        "meeting_source_failure_timed_out" -> R.string.meeting_source_failure_timed_out
        "meeting_source_failure_too_big" -> R.string.meeting_source_failure_too_big
        "meeting_source_failure_truncated" -> R.string.meeting_source_failure_truncated
        "meeting_source_failure_insecure" -> R.string.meeting_source_failure_insecure
        "meeting_source_failure_unreachable" -> R.string.meeting_source_failure_unreachable
        "meeting_source_failure_not_a_list" -> R.string.meeting_source_failure_not_a_list
        "meeting_source_reveals_list" -> R.string.meeting_source_reveals_list
        "meeting_source_reveals_area" -> R.string.meeting_source_reveals_area
        "meeting_source_reveals_added" -> R.string.meeting_source_reveals_added
        "meeting_source_add_failed" -> R.string.meeting_source_add_failed
        "meeting_source_bad_zone" -> R.string.meeting_source_bad_zone
        "meeting_source_gone" -> R.string.meeting_source_gone
        "meeting_source_in_use_now" -> R.string.meeting_source_in_use_now
        "meeting_sources_refreshed" -> R.string.meeting_sources_refreshed
        "meeting_sources_some_failed" -> R.string.meeting_sources_some_failed
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
        else -> R.string.cannot_read
    }
