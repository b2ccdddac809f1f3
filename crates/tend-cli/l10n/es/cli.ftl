# The CLI's own lines in Spanish (tú; the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Hoy, { $date } ({ $zone })
today-checked-in = ✓ Registro de hoy hecho: ánimo { $mood }/5
today-checked-in-craving = ✓ Registro de hoy hecho: ánimo { $mood }/5, ansias { $craving }/10
today-not-checked-in = ○ Todavía no hay registro hoy: tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network }: día { $days }; próximo: { $next }, dentro de { $days_to } día
        [many] { $network }: día { $days }; próximo: { $next }, dentro de { $days_to } días
       *[other] { $network }: día { $days }; próximo: { $next }, dentro de { $days_to } días
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network }: día { $days } — ¡hoy cumples { $reached }! 🎉 Próximo: { $next }, dentro de { $days_to } día
        [many] { $network }: día { $days } — ¡hoy cumples { $reached }! 🎉 Próximo: { $next }, dentro de { $days_to } días
       *[other] { $network }: día { $days } — ¡hoy cumples { $reached }! 🎉 Próximo: { $next }, dentro de { $days_to } días
    }
today-reach-out = A quién contactar:
today-due-today = toca hoy
today-overdue =
    { $days ->
        [one] { $days } día de retraso
        [many] { $days } días de retraso
       *[other] { $days } días de retraso
    }
today-last-contact = último contacto el { $date }
today-no-contact = aún sin contacto
today-meetings = Reuniones de hoy:
today-meeting-minutes = { $minutes } min
today-attended = ✓ fuiste
today-starting-soon = Reuniones del directorio que empiezan pronto:
today-goals-at-risk = Metas para seguir adelante:
today-goal-line = { $title }: { $count }/{ $target } para el { $date }
today-goal-tell = quizá se lo puedas contar a { $name }
today-gaps = Necesidades que nadie cubre todavía:
today-gap-line = { $kind } en { $network } — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Apoyo emocional
support-practical = Ayuda en el día a día
support-financial = Ayuda con el dinero
support-accountability = Apoyo para no perder el rumbo
support-inspiration = Inspiración
support-professional-guidance = Orientación profesional

## tend plan

plan-nothing = Nada planificado.
plan-left-out = (--max { $max } dejó fuera { $count } más en los próximos { $days } días)
plan-replan-by = Volver a planificar antes de { $at }
plan-held = { $id } retenido: { $reason }
