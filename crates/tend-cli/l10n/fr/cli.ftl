# The CLI's own lines in French (tu; the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Aujourd'hui, { $date } ({ $zone })
today-checked-in = ✓ Point du jour fait : humeur { $mood }/5
today-checked-in-craving = ✓ Point du jour fait : humeur { $mood }/5, envies de consommer { $craving }/10
today-not-checked-in = ○ Pas encore de point du jour : tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network } : jour { $days } ; prochaine étape : { $next } dans { $days_to } jour
        [many] { $network } : jour { $days } ; prochaine étape : { $next } dans { $days_to } jours
       *[other] { $network } : jour { $days } ; prochaine étape : { $next } dans { $days_to } jours
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network } : jour { $days } — { $reached } aujourd'hui ! 🎉 Prochaine étape : { $next } dans { $days_to } jour
        [many] { $network } : jour { $days } — { $reached } aujourd'hui ! 🎉 Prochaine étape : { $next } dans { $days_to } jours
       *[other] { $network } : jour { $days } — { $reached } aujourd'hui ! 🎉 Prochaine étape : { $next } dans { $days_to } jours
    }
today-reach-out = Prendre des nouvelles :
today-due-today = prévu aujourd'hui
today-overdue =
    { $days ->
        [one] { $days } jour de retard
        [many] { $days } jours de retard
       *[other] { $days } jours de retard
    }
today-last-contact = dernier contact le { $date }
today-no-contact = pas encore de contact
today-meetings = Réunions du jour :
today-meeting-minutes = { $minutes } min
today-attended = ✓ tu y étais
today-starting-soon = Réunions de l'annuaire qui commencent bientôt :
today-goals-at-risk = Objectifs à poursuivre :
today-goal-line = { $title } : { $count }/{ $target } d'ici le { $date }
today-goal-tell = tu pourrais en parler à { $name }
today-gaps = Besoins que personne ne couvre encore :
today-gap-line = { $kind } ({ $network }) — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Soutien émotionnel
support-practical = Aide au quotidien
support-financial = Aide financière
support-accountability = Soutien pour tenir le cap
support-inspiration = Source d'inspiration
support-professional-guidance = Accompagnement professionnel

## tend plan

plan-nothing = Rien de prévu.
plan-left-out = (--max { $max } en a écarté { $count } de plus sur les { $days } prochains jours)
plan-replan-by = Replanifier avant { $at }
plan-held = { $id } retenu : { $reason }
