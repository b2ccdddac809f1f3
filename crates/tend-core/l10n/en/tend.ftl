# Tend's messages in English: the words for every message the core produces
# (crates/tend-core/src/messages/mod.rs names them and their arguments). The same identifiers
# are in Android's res/values*/messages.xml and iOS's Messages.xcstrings.

verbatim = { $text }

## Reminders

reminder-daily-title = Daily check-in
reminder-daily-body = How is today going? Take a moment to check in.
reminder-daily-discreet-title = Time for your check-in
reminder-discreet-title = You have a reminder
reminder-discreet-body = Tap to open.
reminder-keep-in-touch-title = Reach out to { $name }
reminder-keep-in-touch-today = You were last in touch today.
reminder-keep-in-touch-yesterday = You were last in touch yesterday.
reminder-keep-in-touch-days =
    { $days ->
        [one] It has been { $days } day since you were last in touch.
       *[other] It has been { $days } days since you were last in touch.
    }
reminder-keep-in-touch-never = You have not logged a contact yet.
reminder-keep-in-touch-many-title =
    { $count ->
        [one] { $count } person to reach out to
       *[other] { $count } people to reach out to
    }
reminder-keep-in-touch-many-body = { $names }
reminder-meeting-now = { $group } starts now
reminder-meeting-minutes =
    { $minutes ->
        [one] { $group } in { $minutes } minute
       *[other] { $group } in { $minutes } minutes
    }
reminder-meeting-hours =
    { $hours ->
        [one] { $group } in { $hours } hour
       *[other] { $group } in { $hours } hours
    }
reminder-meeting-hours-minutes = { $group } in { $hours } h { $minutes } min
reminder-meeting-body = Starts at { $time } your time.
reminder-meeting-discreet-title = Upcoming event
reminder-goal-day = { $count } of { $target } today. There is still time today.
reminder-goal-week = { $count } of { $target } this week. The week ends { $ends }; there is still time.
reminder-goal-month = { $count } of { $target } this month. The month ends { $ends }; there is still time.
reminder-goal-discreet-body = Tap to see your progress.
reminder-milestone-days-title =
    { $days ->
        [one] { $days } day today
       *[other] { $days } days today
    }
reminder-milestone-years-title =
    { $years ->
        [one] { $years } year today
       *[other] { $years } years today
    }
reminder-milestone-days-body =
    { $days ->
        [one] { $network }: { $days } day since { $since }. Worth celebrating.
       *[other] { $network }: { $days } days since { $since }. Worth celebrating.
    }
reminder-milestone-years-body =
    { $years ->
        [one] { $network }: { $years } year since { $since }. Worth celebrating.
       *[other] { $network }: { $years } years since { $since }. Worth celebrating.
    }
reminder-milestone-discreet-title = Today is a special day
reminder-gratitude-title = Say thank you to { $name }?
reminder-gratitude-body = They were there for you yesterday. A short message goes a long way.
held-contact-windows-quiet = Their contact windows fall entirely inside your quiet hours.
held-meeting-quiet = The whole meeting falls inside your quiet hours.

## Milestones

milestone-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
milestone-years =
    { $years ->
        [one] { $years } year
       *[other] { $years } years
    }

## The next step for a need nobody covers yet

need-step-emotional = Reach out to a friend or peer you trust, or try a peer support group.
need-step-practical = Ask family or a friend for help with everyday things like groceries, lifts or childcare.
need-step-financial = Talk to a support worker or a free debt-advice service about money worries.
need-step-accountability = Find a sponsor or mentor, or join a group that meets weekly.
need-step-inspiration = Go to a meeting and listen to people further along; ask one of them to be a role model.
need-step-professional-guidance = Seek a therapist or counselor; your doctor can refer you.

## Crisis lines

crisis-emergency-services = Emergency services
crisis-emergency-danger = If your life or someone else's is in immediate danger.
crisis-emergency-danger-ie = If your life or someone else's is in immediate danger (999 works too).
crisis-us-988 = Call or text for a suicidal, mental-health or substance-use crisis.
crisis-us-samhsa = Free, confidential treatment referral and information for substance use and mental health, every day of the year.
crisis-ca-988 = Call or text if you are thinking about suicide or worried about someone.
crisis-samaritans = Free, confidential listening for anyone who is struggling.
crisis-au-lifeline = Crisis support and suicide prevention.
crisis-hours-always = 24/7

## What a partner reads: the weekly summary and the alerts, one message per line

share-milestone-days =
    { $days ->
        [one] I reached a milestone today: { $days } day. Thank you for being part of it.
       *[other] I reached a milestone today: { $days } days. Thank you for being part of it.
    }
share-milestone-years =
    { $years ->
        [one] I reached a milestone today: { $years } year. Thank you for being part of it.
       *[other] I reached a milestone today: { $years } years. Thank you for being part of it.
    }
share-sos = I pressed SOS in Tend at { $time }. If you can, please reach out to me now.
share-decline =
    { $days ->
        [one] I haven't checked in with Tend for { $days } day. A message from you would help.
       *[other] I haven't checked in with Tend for { $days } days. A message from you would help.
    }
share-week-heading = My week, { $from } to { $to }:
share-week-day = Day { $day } since my start.
share-week-checkins = Daily check-ins: { $days } of 7 days.
share-week-meetings = Meetings attended: { $count }.
share-week-goals = Goals: { $met } of { $total } met, { $at_risk } at risk.
share-week-mood-low = Mood: low.
share-week-mood-steady = Mood: steady.
share-week-mood-good = Mood: good.
share-week-mood-none = Mood: not logged this week.

## The calendar file

calendar-online = Online: { $url }
calendar-phone = Phone: { $phone }

## Refusals: why Tend did not take what it was given, shown next to the field it names

refusal-empty = This must not be empty.
refusal-too-long =
    { $max ->
        [one] This must be at most { $max } character.
       *[other] This must be at most { $max } characters.
    }
refusal-too-long-bytes =
    { $max ->
        [one] This must be at most { $max } byte.
       *[other] This must be at most { $max } bytes.
    }
refusal-control-characters = This must not contain control characters.
refusal-range = This must be between { $lo } and { $hi }.
refusal-at-least = This must be at least { $min }.
refusal-whole-number = Expected a whole number from { $lo } to { $hi }.
refusal-minutes-range =
    { $max ->
        [one] This must be 1 to { $max } minute.
       *[other] This must be 1 to { $max } minutes.
    }
refusal-days-range =
    { $max ->
        [one] This must be 1 to { $max } day.
       *[other] This must be 1 to { $max } days.
    }
refusal-distance-range = This must be more than 0 and at most { $max } km.
refusal-one-of = Expected one of: { $choices }.
refusal-time-zone = Unknown time zone; use an IANA name such as { $example }.
refusal-time-of-day = Expected a 24-hour time HH:MM, from 00:00 to 23:59.
refusal-date-format = Expected a date YYYY-MM-DD.
refusal-date-range = The date must be between { $from } and { $to }.
refusal-future-date = This date must not be in the future.
refusal-instant = This time is out of range.
refusal-weekday-number = The weekday must be 0 (Sunday) to 6 (Saturday).
refusal-weekday = Expected a weekday such as mon, or 0 to 6 (0 = Sunday).
refusal-day = Expected 0 to 6 (0 = Sunday), a weekday name, today or tomorrow.
refusal-start-end-differ = The start and end must differ.
refusal-rfc3339 = Expected an RFC 3339 time like { $example }.
refusal-person-gone = That person no longer exists.
refusal-network-gone = That network no longer exists.
refusal-group-gone = That group no longer exists.
refusal-network-name-taken = A network with this name already exists.
refusal-name-shared = Several people have that name; use an id instead.
refusal-phone = Expected a phone number of { $min } to { $max } digits (spaces, +, -, ( ) allowed).
refusal-email = Expected an address like { $example }.
refusal-avoided-emergency = Someone you avoid cannot be an emergency contact.
refusal-window-times = A contact window needs a start and a different end, between 00:00 and 23:59.
refusal-window-format = Expected days and a time range, like { $example }.
refusal-url = This is not a web address.
refusal-url-http = This must be a web address starting with https:// or http://.
refusal-url-https = This must start with https://.
refusal-meeting-type-code = Codes are 1 to { $max } letters or digits, like { $example }.
refusal-meeting-type = This is not a known meeting type code or name.
refusal-meeting-day-and-time = A meeting needs both a weekday and a start time, or neither (by appointment).
refusal-meeting-spec = Expected DAY HH:MM [MINUTES] [ZONE], like { $example }.
refusal-slug-taken = A group with this slug already exists.
refusal-gratitude-empty = Say what you are grateful for.
refusal-key-reused = It was already used for a different check-in.
refusal-sos-goal = SOS is there when you need it; it cannot be a goal.
refusal-goal-person = Only contact and gratitude goals can name a person.
refusal-goal-group = Only meeting goals can name a group.
refusal-reminder-id = This is not a Tend reminder id.
refusal-snooze-minutes = Say for how many minutes.
refusal-minutes-only-snooze = Only snooze takes minutes.
refusal-action-not-offered = This reminder offers only: { $actions }.
refusal-not-keep-in-touch = This is not a keep-in-touch reminder.
refusal-not-in-reminder = This person was not part of this reminder.
refusal-done-first = Mark the reminder done first.
refusal-checkin-times = Give 1 to { $max } times, like { $example }.
refusal-quiet-hours = Expected HH:MM-HH:MM, or off.
refusal-avoided-partner = This person is marked to avoid, so they cannot be a partner.
refusal-partner-no-network = This person is in none of your networks; add them to one first.
refusal-days-only-decline = Only the decline item takes a number of days.
refusal-decline-days = The decline item needs a number of days.
refusal-mood-needs-summary = Mood is part of the weekly summary; share the summary first.
refusal-not-linked = This person is not linked to a Matrix ID (never, or sharing was revoked); link them first.
refusal-summary-not-shared = The weekly summary is not shared with this person; turn it on first.
refusal-matrix-id = This is not a Matrix user ID like { $example }.
refusal-matrix-id-no-name = It has no user name before the server (like { $example }).
refusal-matrix-id-own = This is your own account; link your partner's Matrix ID instead.
refusal-matrix-id-taken = This Matrix ID is already linked to another person.
refusal-matrix-connected = Tend is already connected to a Matrix account.
refusal-no-live-channel = This tend was built without the live channel (cargo build --features share).
refusal-place = Expected LATITUDE,LONGITUDE in decimal degrees, like { $example }.
refusal-within-needs-place = A distance needs a place to search near.
refusal-already-joined = This meeting is already one of your groups.
refusal-not-from-directory = This group was not joined from the meeting directory.
refusal-feed-not-array = A Meeting Guide feed is a JSON array of meetings.
refusal-feed-not-json = This is not valid JSON (line { $line }, column { $column }).
refusal-list-needs-place = This list is asked by area: give a place (only its grid cell, about { $km } km across, is sent).
refusal-list-no-feed = The page announces no meetings feed; give the feed's own address.
refusal-list-in-use = This list is already in use.
refusal-list-too-many = There are too many lists from this site.
refusal-list-private = The group keeps its meeting list private (the server asks for a key); ask them for a public link, or choose another list.
refusal-list-not-found = The list is no longer at that address.
refusal-list-server-error = The list's server had a problem; Tend will try again later.
refusal-list-refused = The list's server refused the request.
refusal-list-timed-out = The list's server took too long to answer.
refusal-list-too-big = The list is larger than Tend reads ({ $mb } MB).
refusal-list-truncated = The list arrived incomplete.
refusal-list-insecure = The list is not offered over a secure (https) connection.
refusal-list-unreachable = The list's server could not be reached (no connection, or a wrong address).
refusal-list-not-meetings = What the server sent is not a meeting list.
refusal-no-vcard = There is no vCard (BEGIN:VCARD … END:VCARD) in the file.
skip-card-unreadable = the card cannot be read
skip-card-unended = the card has no END:VCARD
skip-card-unbegun = END:VCARD without BEGIN:VCARD
skip-card-cut = the last card has no END:VCARD (was the file cut short?)
skip-card-no-name = the card has no name (FN or N)
skip-card-phone = a phone number that is not 3 to 20 digits
skip-card-email = an email address that is not valid
refusal-backup-not-tend = This file is not a Tend backup.
refusal-backup-malformed = This file is not a complete Tend backup: it cannot be read past line { $line }, column { $column }.
refusal-backup-newer = This backup was written by a newer version of Tend (backup version { $version }; this version reads up to { $supported }). Update Tend first.
refusal-backup-damaged = Part of this backup cannot be read: it is damaged, or it was not made by Tend.
refusal-backup-inconsistent = This backup is inconsistent: a record repeats an id or refers to another that is not in the backup.
refusal-backup-rules = A record in this backup breaks Tend's rules (a value no one could have entered), so nothing was restored.
refusal-backup-work-factor = Its passphrase protection asks for too much work (scrypt work factor { $factor }, at most { $max }); it was not made by Tend.
refusal-backup-passphrase = This backup is encrypted; give its passphrase.
refusal-backup-decrypt = It cannot be decrypted: the passphrase is wrong, or the file is damaged or incomplete.
refusal-backup-not-empty = This store already has data; restore into an empty store, or choose to replace it.
refusal-key-length = The key must be { $bytes } bytes, not { $got }.
refusal-key-file-hex = The key file must hold { $digits } hex digits.
refusal-no-data-folder = There is no data folder on this system; pass --db PATH.
refusal-file-name = This needs a file name.
refusal-file-unreadable = This file cannot be read.
refusal-first-line-too-long =
    { $max ->
        [one] Its first line is longer than { $max } byte.
       *[other] Its first line is longer than { $max } bytes.
    }
refusal-first-line-not-text = Its first line is not UTF-8 text.
refusal-first-line-empty = Its first line is empty.
refusal-quarantine-busy = A copy set aside a moment ago has the same name; try again in a second.
refusal-nothing-to-quarantine = This store opens fine with its key; there is nothing to quarantine.
refusal-schema-path = There is no upgrade path from schema version { $version }.
refusal-demo-needs-empty = The demo writes into an empty store only; pass --db with a new path.
refusal-not-confirmed = Nothing was deleted (type wipe, or pass --yes).
