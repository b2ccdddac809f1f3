# The CLI's own lines in English (the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Today, { $date } ({ $zone })
today-checked-in = ✓ Checked in: mood { $mood }/5
today-checked-in-craving = ✓ Checked in: mood { $mood }/5, craving { $craving }/10
today-not-checked-in = ○ Not checked in yet: tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network }: day { $days }; next: { $next } in { $days_to } day
       *[other] { $network }: day { $days }; next: { $next } in { $days_to } days
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network }: day { $days } — { $reached } today! 🎉 Next: { $next } in { $days_to } day
       *[other] { $network }: day { $days } — { $reached } today! 🎉 Next: { $next } in { $days_to } days
    }
today-reach-out = Reach out:
today-due-today = due today
today-overdue =
    { $days ->
        [one] { $days } day overdue
       *[other] { $days } days overdue
    }
today-last-contact = last contact { $date }
today-no-contact = no contact yet
today-meetings = Meetings today:
today-meeting-minutes = { $minutes } min
today-attended = ✓ attended
today-starting-soon = Starting soon in the directory:
today-goals-at-risk = Goals at risk:
today-goal-line = { $title }: { $count }/{ $target } by { $date }
today-goal-tell = maybe tell { $name }
today-gaps = Needs nobody covers yet:
today-gap-line = { $kind } support in { $network } — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Emotional
support-practical = Practical
support-financial = Financial
support-accountability = Accountability
support-inspiration = Inspiration
support-professional-guidance = Professional guidance

## tend plan

plan-nothing = Nothing planned.
plan-left-out = ({ $count } more within { $days } days left out by --max { $max })
plan-replan-by = Replan by { $at }
plan-held = Held back { $id }: { $reason }
plan-act-done = { $id }: done
plan-act-done-logged = { $id }: done (logged { $kind } check-in { $checkin })
plan-act-skipped = { $id }: skipped
plan-act-snoozed = { $id }: snoozed until { $until }
plan-act-ask = Who did you reach? { $names }
plan-remind-start = tend remind: planning in { $zone }; Ctrl-C to stop
plan-remind-zone-changed = tend remind: time zone changed to { $zone }; replanning
plan-remind-stopped = tend remind: stopped
plan-remind-clock-moved = tend remind: the clock moved by { $seconds }s; replanning

## Closed sets: the words for the codes the core uses

role-friend = friend
role-family = family
role-peer = peer
role-sponsor = sponsor
role-therapist = therapist
role-counselor = counselor
role-support-worker = support worker
role-doctor = doctor
role-group-facilitator = group facilitator
role-other = other
importance-essential = essential
importance-helpful = helpful
group-kind-twelve-step = 12-step group
group-kind-smart = SMART Recovery
group-kind-peer = peer support group
group-kind-therapy-group = therapy group
group-kind-other = other group
channel-call = call
channel-text = text
channel-meet = meet-up
channel-other = other
direction-gave = gave
direction-received = received
direction-both = both ways
contact-kind-phone = phone: { $value }
contact-kind-email = email: { $value }
contact-kind-other = other: { $value }
share-item-summary = summary
share-item-mood = mood
share-item-milestones = milestones
share-item-sos = sos
share-item-decline = decline
share-item-decline-days =
    { $days ->
        [one] decline (after { $days } day)
       *[other] decline (after { $days } days)
    }
share-kind-summary = summary
share-kind-milestone = milestone
share-kind-sos = sos
share-kind-decline = decline
share-kind-text = text
attendance-in-person = in person
attendance-online = online
attendance-hybrid = hybrid
weekday-sun = Sun
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
date-time = { $date } { $time }

## tend sos

sos-intro = You are not alone. If you are in danger now, call emergency services.
sos-your-people = Your people:
sos-person = { $name } ({ $role }) { $phones }
sos-meeting-soon = A meeting starts soon:
sos-crisis-lines = Crisis lines:
sos-line = [{ $country }] { $name }: call { $phone } ({ $hours }) — { $source }
sos-line-text = [{ $country }] { $name }: call { $phone }, text { $text } ({ $hours }) — { $source }

## tend milestones

milestones-none = No network has a since date. Set one: tend network add NAME --since YYYY-MM-DD
milestones-line = { $network }: day { $days } since { $since }; next { $next } on { $date }
milestones-line-reached = { $network }: day { $days } since { $since }, reached { $reached }; next { $next } on { $date }

## tend reciprocity

reciprocity-none = No contacts logged in that time.
reciprocity-line = { $name }: gave { $gave }, received { $received }, both { $both }
reciprocity-line-giving = { $name }: gave { $gave }, received { $received }, both { $both } — you mostly give; are you being looked after too?
reciprocity-line-receiving = { $name }: gave { $gave }, received { $received }, both { $both } — you mostly receive; a thank-you or an offer to help back?

## tend settings

settings-line = { $key } = { $value } — { $label }
setting-checkin-times = when Tend asks how you are
setting-quiet-hours = quiet hours: no reminders while you rest
setting-daily-cap = reminders to reach out, at most this many a day
setting-discreet = discreet notifications: no names, group names or recovery words
setting-meeting-lead-minutes = minutes before a meeting to remind you
setting-week-start = the day weekly goals start
setting-gratitude = a nudge to say thank you the day after someone was there for you
setting-done-needs-unlock = done on a lock-screen reminder asks to unlock first
setting-crisis-country = whose crisis lines SOS shows (auto: from your time zone)

## tend network

network-added = Added network { $name } ({ $id })
network-none = No networks yet. Add one: tend network add Recovery --since YYYY-MM-DD
network-line-since = { $name }, since { $since }

## tend person

person-none = No people yet. Add one: tend person add NAME --role sponsor
person-line = { $name } — { $role }
person-line-cadence =
    { $days ->
        [one] { $name } — { $role }, every day
       *[other] { $name } — { $role }, every { $days }d
    }
person-flag-emergency = [emergency]
person-flag-avoid = [avoid]
person-heading = { $name } ({ $id }) — { $role }
person-added = Added { $name } ({ $id }) — { $role }
person-updated = Updated { $name } ({ $id }) — { $role }
person-removed = Removed { $name } ({ $id })
person-avoid = Avoid: never suggested, never reminded
person-emergency = Emergency contact
person-gives = Gives: { $kinds }
person-cadence =
    { $days ->
        [one] Keep in touch every day
       *[other] Keep in touch every { $days } days
    }
person-windows = Glad to hear from you: { $windows }
person-networks = Networks: { $names }
person-notes = Notes: { $notes }

## tend need

need-set = { $network } needs: { $kind } ({ $importance })
need-removed = Removed from what { $network } needs: { $kind }
need-none = No needs set yet. Add one: tend need set Recovery emotional
need-covered = { $network } · { $kind } ({ $importance }): { $names }
need-gap = { $network } · { $kind } ({ $importance }): nobody yet
need-next-step = Next step: { $step }

## tend group

group-added =
    { $count ->
        [one] Added group { $name } ({ $id }) with { $count } meeting
       *[other] Added group { $name } ({ $id }) with { $count } meetings
    }
group-none = No groups yet. Add one: tend group add NAME --meeting "tue 19:00 90"
group-line = { $name } ({ $kind })
group-line-unlisted = { $name } ({ $kind }) — no longer listed in its feed
group-meeting = { $day } { $time } for { $minutes } min ({ $zone })
group-by-appointment = by appointment
group-at = at { $address }
group-online = online { $url }

## tend goal

goal-added = Added goal { $title } ({ $id })
goal-none = No goals yet. Add one: tend goal add --network Recovery --kind meeting --target 3 --per week
goal-state-met = met
goal-state-at-risk = at risk
goal-state-on-track = on track
goal-line =
    { $period ->
        [day] { $title }: { $count }/{ $target } today ({ $state }), streak { $streak }, score { $score }%
        [month] { $title }: { $count }/{ $target } this month ({ $state }), streak { $streak }, score { $score }%
       *[week] { $title }: { $count }/{ $target } this week ({ $state }), streak { $streak }, score { $score }%
    }
goal-line-partner =
    { $period ->
        [day] { $title } with { $partner }: { $count }/{ $target } today ({ $state }), streak { $streak }, score { $score }%
        [month] { $title } with { $partner }: { $count }/{ $target } this month ({ $state }), streak { $streak }, score { $score }%
       *[week] { $title } with { $partner }: { $count }/{ $target } this week ({ $state }), streak { $streak }, score { $score }%
    }

## tend checkin

checkin-none = Nothing logged yet. Try: tend checkin daily --mood 3
checkin-daily = daily: mood { $mood }/5
checkin-daily-craving = daily: mood { $mood }/5, craving { $craving }/10
checkin-contact = contact: { $channel } with { $name }, { $direction }
checkin-contact-support = contact: { $channel } with { $name }, { $direction } ({ $support })
checkin-meeting = meeting: { $group }
checkin-gratitude = gratitude: to { $name }
checkin-sos = SOS
checkin-someone-removed = someone removed
checkin-group-removed = a removed group
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
checkin-logged = Logged { $kind } check-in { $id } for { $date }
checkin-sos-nobody = No partner is set to hear about SOS (tend partner consent PERSON sos on).
checkin-sos-later = Could not tell { $names } yet ({ $error }); Tend tells them on the next sync.

## tend demo, check, quarantine

demo-store = Demo store: { $db } (key { $key }). Explore it with:
check-done = The store reads back whole: every page checked.
check-recent = Checked less than a day ago ({ $at }); nothing to do.
check-not-run = Not checked.
quarantine-moved = Moved the unreadable store to { $path }. Nothing was deleted; the next command starts a new store (tend export --salvage FILE --db { $path } saves what can still be read).

## tend meetings

ago-just-now = just now
ago-minutes =
    { $count ->
        [one] { $count } minute ago
       *[other] { $count } minutes ago
    }
ago-hours =
    { $count ->
        [one] { $count } hour ago
       *[other] { $count } hours ago
    }
ago-days =
    { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }
search-distance = ({ $km } km)
source-kind-feed = feed
source-kind-bmlt = BMLT
sources-none = No meeting lists for that place or fellowship. Add one: tend meetings source add URL
source-line = { $id }  { $name } ({ $fellowship }, { $kind })
source-line-region = { $id }  { $name } ({ $fellowship }, { $kind }) — { $region }
source-not-in-use = not in use
source-in-use-updated =
    { $count ->
        [one] in use, { $count } meeting, updated { $ago }
       *[other] in use, { $count } meetings, updated { $ago }
    }
source-in-use-never =
    { $count ->
        [one] in use, { $count } meeting, never updated
       *[other] in use, { $count } meetings, never updated
    }
source-last-failed = last refresh failed { $ago }: { $failure }
fetch-failure-private = the group keeps its meeting list private (the server asks for a key); ask them for a public link, or choose another list
fetch-failure-not-found = the list is no longer at that address
fetch-failure-server-error = the list's server had a problem; Tend will try again later
fetch-failure-refused = the list's server refused the request
fetch-failure-timed-out = the list's server took too long to answer
fetch-failure-too-big = the list is larger than Tend reads (64 MB)
fetch-failure-truncated = the list arrived incomplete
fetch-failure-insecure = the list is not offered over a secure (https) connection
fetch-failure-unreachable = the list's server could not be reached (no connection, or a wrong address)
fetch-failure-not-a-list = what the server sent is not a meeting list
refresh-failed = { $id }: refresh failed: { $failure }. The last good list stays
refresh-failed-none-yet = { $id }: refresh failed: { $failure }. The last good list stays (there is none yet)
refresh-unchanged = { $id }: unchanged
refresh-none = No meeting lists in use. See them with: tend meetings sources --near LAT,LNG
import-progress =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
import-report = Meeting directory, feed "{ $feed }": { $created } new, { $updated } updated, { $unchanged } unchanged, { $removed } removed, { $inactive } inactive, { $skipped } skipped
import-joined = Your joined groups: { $updated } updated, { $unlisted } no longer listed (kept)
import-record = record { $index }: { $reason }
import-record-slug = record { $index } (slug { $slug }): { $reason }
import-more = … and { $count } more
search-none = No meetings found. Try a wider --within, fewer filters, or import a feed: tend meetings import FEED.json
search-at = at { $place }
search-online = online { $url }
search-zone = { $zone } time · feed { $feed }
search-zone-joined = { $zone } time · feed { $feed } · one of your groups ({ $group })
show-group = group: { $name }
show-region = region: { $region }
show-notes = notes: { $notes }
show-updated = listing updated { $date }
soon-online = in { $minutes } min ({ $start }) { $name } — online { $url }
soon-phone = in { $minutes } min ({ $start }) { $name } — by phone { $phone }
soon-place = in { $minutes } min ({ $start }) { $name } — { $place }
soon-place-distance = in { $minutes } min ({ $start }) { $name } — { $place } ({ $km } km)
soon-in-person = in { $minutes } min ({ $start }) { $name } — in person
soon-in-person-distance = in { $minutes } min ({ $start }) { $name } — in person ({ $km } km)
soon-none = No directory meeting starts in the next two hours (online, or near where you searched).
soon-heading = Starting soon:
meetings-joined =
    { $count ->
        [one] Joined { $name } as group { $id } with { $count } weekly meeting; its reminders are in your plan
       *[other] Joined { $name } as group { $id } with { $count } weekly meetings; its reminders are in your plan
    }
meetings-joined-network =
    { $count ->
        [one] Joined { $name } as group { $id } with { $count } weekly meeting, in { $network }; its reminders are in your plan
       *[other] Joined { $name } as group { $id } with { $count } weekly meetings, in { $network }; its reminders are in your plan
    }
meetings-left = Left { $name } (group { $id }); its meeting stays in the directory
source-added = Added { $name } as { $id } ({ $url })
source-removed =
    { $count ->
        [one] Removed { $id }: { $count } meeting left the directory
       *[other] Removed { $id }: { $count } meetings left the directory
    }
source-removed-joined =
    { $joined ->
        [one] Removed { $id }: meetings that left the directory: { $count }; { $joined } of your groups stays yours, marked no longer listed
       *[other] Removed { $id }: meetings that left the directory: { $count }; { $joined } of your groups stay yours, marked no longer listed
    }

## tend partner

partner-line = { $name } ({ $role }): { $items }
partner-line-nothing = { $name } ({ $role }): nothing
partner-line-paused = { $name } ({ $role }): { $items } — paused: marked to avoid or in none of your networks, so nothing is shared
partner-line-nothing-paused = { $name } ({ $role }): nothing — paused: marked to avoid or in none of your networks, so nothing is shared
partner-none = You share nothing with anyone. Start with: tend partner consent PERSON summary on
partner-preview-paused = Nothing is shared with { $name }: marked to avoid or in none of your networks.
# $quoted is the name in quotes, ready to paste into the command.
partner-preview-nothing = Nothing is shared with { $name }. Turn an item on: tend partner consent { $quoted } summary on
partner-preview-heading = What { $name } would get:
partner-preview-item = [{ $item }]
partner-preview-item-when = [{ $item }, when it happens]
partner-inbox-none = Nothing from your partners yet.
partner-inbox-entry = { $at }  { $from } [{ $kind }]
partner-links-none = Nobody is linked. Link a partner: tend partner link PERSON @name:server
partner-link = { $name } ({ $role }): { $matrix_id }
partner-link-no-room = { $name } ({ $role }): { $matrix_id } (no room yet)
partner-link-waiting = { $name } ({ $role }): { $matrix_id } — waiting for { $name } to join
partner-link-left = { $name } ({ $role }): { $matrix_id } — { $name } left your shared conversation; link them again to invite them into a new one
partner-link-others = { $name } ({ $role }): { $matrix_id } — someone else is in your room ({ $others }): nothing is sent; revoke and link again for a fresh room
partner-link-unreachable = { $name } ({ $role }): { $matrix_id } — { $name }'s server could not be reached; Tend tries again on each sync
partner-link-devices = Their devices changed on { $at }: a new phone, or someone else.

## The live channel (tend partner connect, link, sync, send, revoke, disconnect)

live-connected = Connected as { $user } (device { $device }) on { $homeserver }.
live-link-hint = Link a partner: tend partner link PERSON @name:server
live-signed-out = Signed out: the homeserver no longer lists this device, and the session and its keys are gone from here.
live-signed-out-offline = The session and its keys are gone from here, but the homeserver could not be reached to sign out: remove the device "{ $device }" from another Matrix client's session list.
live-linked = Linked { $name } to { $matrix_id }. Tend makes an encrypted room with them when there is something to send; they accept it in Tend (tend partner accept) or in any Matrix client.
live-revoked = Stopped sharing with { $name }: every consent removed and nothing more will be sent.
live-revoke-no-room = There was no shared room with them to leave.
live-revoke-left =
    { $count ->
        [one] Tend left your room with them.
       *[other] Tend left your { $count } rooms with them.
    }
live-revoke-pending =
    { $count ->
        [one] Tend could not reach the homeserver to leave your room with them; it does on the next sync.
       *[other] Tend could not reach the homeserver to leave { $count } rooms with them; it does on the next sync.
    }
live-revoke-recall = Messages already delivered cannot be recalled: they stay on { $name }'s devices and homeserver.
live-devices-changed = { $name }'s devices changed: a new phone, or someone else signed in as them. Check with them before sharing more.
live-blocked = Not sent to { $name }: someone else is in your shared room ({ $others }), and would read it. Revoke and link { $name } again to start a fresh room with only the two of you.
live-partner-left = Not sent to { $name }: { $name } left your shared conversation. Link them again to invite them into a new one ({ $kind }).
live-unreachable = Could not reach { $name }'s server: { $kind } goes on a later sync.
live-sent = Sent to { $name } (end-to-end encrypted): { $kind }
live-waiting = Waiting for { $name } to join your shared room: { $kind } goes on the next sync after they do.
live-accepted = Accepted { $name }'s invitation.
live-refused = Did not join a room { $name } invited you to: it was not encrypted, or someone else was in it. Your room with them stays as it was.
live-declined = Declined an invitation from { $matrix_id }: linked to nobody (tend partner link PERSON { $matrix_id } first to accept theirs).
live-received =
    { $count ->
        [one] { $count } new message from your partners: tend partner inbox
       *[other] { $count } new messages from your partners: tend partner inbox
    }
live-undecryptable =
    { $count ->
        [one] { $count } message could not be decrypted yet; it may on a later sync.
       *[other] { $count } messages could not be decrypted yet; they may on a later sync.
    }
live-not-from-partner =
    { $count ->
        [one] { $count } message carried a partner's name but did not come from their own devices: not shown.
       *[other] { $count } messages carried a partner's name but did not come from their own devices: not shown.
    }
live-nothing = Nothing new, nothing to send.

## tend export, import, calendar, contacts, wipe

count-networks =
    { $count ->
        [one] { $count } network
       *[other] { $count } networks
    }
count-people =
    { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
count-needs =
    { $count ->
        [one] { $count } need
       *[other] { $count } needs
    }
count-groups =
    { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
count-meetings =
    { $count ->
        [one] { $count } weekly meeting
       *[other] { $count } weekly meetings
    }
count-checkins =
    { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
count-goals =
    { $count ->
        [one] { $count } goal
       *[other] { $count } goals
    }
count-settings =
    { $count ->
        [one] { $count } setting
       *[other] { $count } settings
    }
salvage-saved = Saved what could be read to { $file }:
salvage-complete = Everything could be read.
salvage-unreadable = Could not be read:
salvage-dropped =
    { $count ->
        [one] { $count } link to records that could not be read was left out.
       *[other] { $count } links to records that could not be read were left out.
    }
salvage-restore-hint = Restore it into a new store with: tend import FILE
export-written = Wrote a backup to { $file } (not encrypted: keep it somewhere private, or use --passphrase-file)
export-written-encrypted = Wrote an encrypted backup to { $file }
import-restored = Restored from the backup:
calendar-written =
    { $count ->
        [one] Wrote { $count } event to { $file }
       *[other] Wrote { $count } events to { $file }
    }
contacts-heading = Contacts into { $network }:
contacts-created =
    { $count ->
        [one] { $count } person added
       *[other] { $count } people added
    }
contacts-updated =
    { $count ->
        [one] { $count } was already here and is now up to date
       *[other] { $count } were already here and are now up to date
    }
contacts-unchanged =
    { $count ->
        [one] { $count } was already here
       *[other] { $count } were already here
    }
contacts-skipped =
    { $count ->
        [one] { $count } card skipped
       *[other] { $count } cards skipped
    }
contacts-card = card { $index }: { $reason }
contacts-card-dropped = card { $index }: left out { $reason }
wipe-nothing-at = Nothing to delete: no store at { $path }
wipe-list = This deletes, for good:
# "wipe" is what to type, in every language.
wipe-confirm = Type "wipe" to go on:
wipe-nothing = Nothing to delete: no store there
wipe-deleted = Deleted { $files }
wipe-sign-out-failed = Could not reach the homeserver to sign out: remove the device "{ $device }" from another Matrix client's session list.

# An error the program stops with, after "tend: ". $field and $what name what was refused, as
# the command line spells it; $problem is why, worded from the core's catalog.
error-invalid = invalid { $field }: { $problem }
error-conflict = { $what } conflicts with what is stored: { $problem }
# What was not found, or clashes, as $what of error-not-found and error-conflict: one per
# kind of record the core names (thing-<name>, spaces as hyphens, lower case).
error-not-found = { $what } { $id } not found
error-not-found-by-name = { $what } with that name not found
thing-person = person
thing-network = network
thing-need = need
thing-goal = goal
thing-group = group
thing-check-in = check-in
thing-notification = notification
thing-partner-link = partner link
thing-directory-meeting = directory meeting
thing-meeting-source = meeting source
thing-database-file = database file
thing-matrix-account = Matrix account
thing-matrix-id = Matrix ID
thing-idempotency-key = idempotency key
thing-thing = thing
