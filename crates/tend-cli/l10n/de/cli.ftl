# The CLI's own lines in German (du; the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Heute, { $date } ({ $zone })
today-checked-in = ✓ Check-in erledigt: Stimmung { $mood }/5
today-checked-in-craving = ✓ Check-in erledigt: Stimmung { $mood }/5, Suchtdruck { $craving }/10
today-not-checked-in = ○ Heute noch kein Check-in: tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network }: Tag { $days }; als Nächstes: { $next } in { $days_to } Tag
       *[other] { $network }: Tag { $days }; als Nächstes: { $next } in { $days_to } Tagen
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network }: Tag { $days } — heute: { $reached }! 🎉 Als Nächstes: { $next } in { $days_to } Tag
       *[other] { $network }: Tag { $days } — heute: { $reached }! 🎉 Als Nächstes: { $next } in { $days_to } Tagen
    }
today-reach-out = Melde dich:
today-due-today = heute dran
today-overdue =
    { $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    }
today-last-contact = letzter Kontakt am { $date }
today-no-contact = noch kein Kontakt
today-meetings = Meetings heute:
today-meeting-minutes = { $minutes } Min.
today-attended = ✓ du warst da
today-starting-soon = Meetings aus dem Verzeichnis, die bald beginnen:
today-goals-at-risk = Ziele, an denen du dranbleiben kannst:
today-goal-line = { $title }: { $count }/{ $target } bis zum { $date }
today-goal-tell = vielleicht erzählst du es { $name }
today-gaps = Bedürfnisse, für die noch niemand da ist:
today-gap-line = { $kind } ({ $network }) — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Emotionale Unterstützung
support-practical = Hilfe im Alltag
support-financial = Hilfe mit Geld
support-accountability = Hilfe, auf Kurs zu bleiben
support-inspiration = Vorbilder
support-professional-guidance = Professionelle Begleitung

## tend plan

plan-nothing = Nichts geplant.
plan-left-out = (--max { $max } hat { $count } weitere in den nächsten { $days } Tagen ausgelassen)
plan-replan-by = Neu planen bis { $at }
plan-held = { $id } zurückgehalten: { $reason }
