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
