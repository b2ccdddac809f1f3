# Tend's messages in Spanish (tú): the words for every message the core produces
# (crates/tend-core/src/messages/mod.rs names them and their arguments). The same identifiers
# are in Android's res/values*/messages.xml and iOS's Messages.xcstrings.

verbatim = { $text }

## Reminders

reminder-daily-title = Registro diario
reminder-daily-body = ¿Cómo va tu día? Tómate un momento para hacer tu registro.
reminder-daily-discreet-title = Es hora de tu registro
reminder-discreet-title = Tienes un recordatorio
reminder-discreet-body = Toca para abrir.
reminder-keep-in-touch-title = Ponte en contacto con { $name }
reminder-keep-in-touch-today = Tu último contacto fue hoy.
reminder-keep-in-touch-yesterday = Tu último contacto fue ayer.
reminder-keep-in-touch-days =
    { $days ->
        [one] Ha pasado { $days } día desde tu último contacto.
        [many] Han pasado { $days } días desde tu último contacto.
       *[other] Han pasado { $days } días desde tu último contacto.
    }
reminder-keep-in-touch-never = Aún no has registrado ningún contacto.
reminder-keep-in-touch-many-title =
    { $count ->
        [one] { $count } persona por contactar
        [many] { $count } personas por contactar
       *[other] { $count } personas por contactar
    }
reminder-keep-in-touch-many-body = { $names }
reminder-meeting-now = { $group } empieza ahora
reminder-meeting-minutes =
    { $minutes ->
        [one] { $group } empieza en { $minutes } minuto
        [many] { $group } empieza en { $minutes } minutos
       *[other] { $group } empieza en { $minutes } minutos
    }
reminder-meeting-hours =
    { $hours ->
        [one] { $group } empieza en { $hours } hora
        [many] { $group } empieza en { $hours } horas
       *[other] { $group } empieza en { $hours } horas
    }
reminder-meeting-hours-minutes = { $group } empieza en { $hours } h { $minutes } min
reminder-meeting-body = Empieza a las { $time }, según tu hora local.
reminder-meeting-discreet-title = Próximo evento
reminder-goal-day = { $count } de { $target } hoy. Todavía queda tiempo.
reminder-goal-week = { $count } de { $target } esta semana. La semana termina el { $ends }; todavía queda tiempo.
reminder-goal-month = { $count } de { $target } este mes. El mes termina el { $ends }; todavía queda tiempo.
reminder-goal-discreet-body = Toca para ver tu progreso.
reminder-milestone-days-title =
    { $days ->
        [one] Hoy se cumple { $days } día
        [many] Hoy se cumplen { $days } días
       *[other] Hoy se cumplen { $days } días
    }
reminder-milestone-years-title =
    { $years ->
        [one] Hoy se cumple { $years } año
        [many] Hoy se cumplen { $years } años
       *[other] Hoy se cumplen { $years } años
    }
reminder-milestone-days-body =
    { $days ->
        [one] { $network }: { $days } día desde el { $since }. Vale la pena celebrarlo.
        [many] { $network }: { $days } días desde el { $since }. Vale la pena celebrarlo.
       *[other] { $network }: { $days } días desde el { $since }. Vale la pena celebrarlo.
    }
reminder-milestone-years-body =
    { $years ->
        [one] { $network }: { $years } año desde el { $since }. Vale la pena celebrarlo.
        [many] { $network }: { $years } años desde el { $since }. Vale la pena celebrarlo.
       *[other] { $network }: { $years } años desde el { $since }. Vale la pena celebrarlo.
    }
reminder-milestone-discreet-title = Hoy es un día especial
reminder-gratitude-title = ¿Le das las gracias a { $name }?
reminder-gratitude-body = Ayer estuvo ahí para ti. Un mensaje breve puede significar mucho.
held-contact-windows-quiet = Sus horarios de contacto caen por completo dentro de tus horas de silencio.
held-meeting-quiet = Toda la reunión cae dentro de tus horas de silencio.

## Milestones

milestone-days =
    { $days ->
        [one] { $days } día
        [many] { $days } días
       *[other] { $days } días
    }
milestone-years =
    { $years ->
        [one] { $years } año
        [many] { $years } años
       *[other] { $years } años
    }

## The next step for a need nobody covers yet

need-step-emotional = Busca a una amistad o a un compañero de confianza, o prueba un grupo de apoyo mutuo.
need-step-practical = Pide ayuda a tu familia o a una amistad con cosas del día a día, como las compras, el transporte o el cuidado de los niños.
need-step-financial = Habla de tus preocupaciones de dinero con un profesional de apoyo o con un servicio gratuito de asesoría sobre deudas.
need-step-accountability = Busca un padrino o madrina (o un mentor), o únete a un grupo que se reúna cada semana.
need-step-inspiration = Ve a una reunión y escucha a quienes llevan más tiempo en el camino; pídele a una de esas personas que sea tu ejemplo a seguir.
need-step-professional-guidance = Busca a un terapeuta o consejero; tu médico puede derivarte.

## Crisis lines

crisis-emergency-services = Servicios de emergencia
crisis-emergency-danger = Si tu vida o la de otra persona corre peligro inmediato.
crisis-emergency-danger-ie = Si tu vida o la de otra persona corre peligro inmediato (también puedes llamar al 999).
crisis-us-988 = Llama o envía un mensaje de texto ante una crisis suicida, de salud mental o por consumo de sustancias.
crisis-us-samhsa = Derivación a tratamiento e información, gratuitas y confidenciales, sobre consumo de sustancias y salud mental, todos los días del año.
crisis-ca-988 = Llama o envía un mensaje de texto si piensas en el suicidio o te preocupa alguien.
crisis-samaritans = Escucha gratuita y confidencial para cualquier persona que esté pasando por un momento difícil.
crisis-au-lifeline = Apoyo en crisis y prevención del suicidio.
crisis-hours-always = 24/7

## What a partner reads: the weekly summary and the alerts, one message per line

share-milestone-days =
    { $days ->
        [one] Hoy alcancé un hito: { $days } día. Gracias por ser parte de esto.
        [many] Hoy alcancé un hito: { $days } días. Gracias por ser parte de esto.
       *[other] Hoy alcancé un hito: { $days } días. Gracias por ser parte de esto.
    }
share-milestone-years =
    { $years ->
        [one] Hoy alcancé un hito: { $years } año. Gracias por ser parte de esto.
        [many] Hoy alcancé un hito: { $years } años. Gracias por ser parte de esto.
       *[other] Hoy alcancé un hito: { $years } años. Gracias por ser parte de esto.
    }
share-sos = Presioné SOS en Tend a las { $time }. Si puedes, por favor, comunícate conmigo ahora.
share-decline =
    { $days ->
        [one] Llevo { $days } día sin hacer mi registro en Tend. Un mensaje tuyo me ayudaría.
        [many] Llevo { $days } días sin hacer mi registro en Tend. Un mensaje tuyo me ayudaría.
       *[other] Llevo { $days } días sin hacer mi registro en Tend. Un mensaje tuyo me ayudaría.
    }
share-week-heading = Mi semana, del { $from } al { $to }:
share-week-day = Día { $day } desde que empecé.
share-week-checkins = Registros diarios: { $days } de 7 días.
share-week-meetings = Reuniones a las que fui: { $count }.
share-week-goals = Metas: { $met } de { $total } cumplidas, { $at_risk } en riesgo.
share-week-mood-low = Ánimo: bajo.
share-week-mood-steady = Ánimo: estable.
share-week-mood-good = Ánimo: bueno.
share-week-mood-none = Ánimo: sin registrar esta semana.

## The calendar file

calendar-online = En línea: { $url }
calendar-phone = Teléfono: { $phone }
