# The CLI's own lines in Brazilian Portuguese (você; the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Hoje, { $date } ({ $zone })
today-checked-in = ✓ Check-in feito: humor { $mood }/5
today-checked-in-craving = ✓ Check-in feito: humor { $mood }/5, fissura { $craving }/10
today-not-checked-in = ○ Ainda sem check-in hoje: tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dia
        [many] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dias
       *[other] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dias
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dia
        [many] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dias
       *[other] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dias
    }
today-reach-out = Hora de procurar:
today-due-today = previsto para hoje
today-overdue =
    { $days ->
        [one] { $days } dia de atraso
        [many] { $days } dias de atraso
       *[other] { $days } dias de atraso
    }
today-last-contact = último contato em { $date }
today-no-contact = nenhum contato ainda
today-meetings = Reuniões de hoje:
today-meeting-minutes = { $minutes } min
today-attended = ✓ você foi
today-starting-soon = Reuniões do diretório que começam em breve:
today-goals-at-risk = Metas para seguir em frente:
today-goal-line = { $title }: { $count }/{ $target } até { $date }
today-goal-tell = talvez valha contar para { $name }
today-gaps = Necessidades que ninguém cobre ainda:
today-gap-line = { $kind } em { $network } — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Apoio emocional
support-practical = Ajuda no dia a dia
support-financial = Ajuda com dinheiro
support-accountability = Apoio para manter o rumo
support-inspiration = Inspiração
support-professional-guidance = Orientação profissional

## tend plan

plan-nothing = Nada planejado.
plan-left-out = (--max { $max } deixou de fora mais { $count } nos próximos { $days } dias)
plan-replan-by = Replanejar até { $at }
plan-held = { $id } retido: { $reason }
