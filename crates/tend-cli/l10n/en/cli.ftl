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
