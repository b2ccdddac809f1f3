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
plan-act-done = { $id }: hecho
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
plan-act-done-logged =
    { $kind ->
        [contact] { $id }: hecho (contacto { $checkin } anotado)
        [meeting] { $id }: hecho (reunión { $checkin } anotada)
        [gratitude] { $id }: hecho (agradecimiento { $checkin } anotado)
        [sos] { $id }: hecho (SOS { $checkin } anotado)
       *[daily] { $id }: hecho (registro diario { $checkin } anotado)
    }
plan-act-skipped = { $id }: omitido
plan-act-snoozed = { $id }: pospuesto hasta { $until }
plan-act-ask = ¿Con quién hablaste? { $names }
plan-remind-start = tend remind: planificando en { $zone }; Ctrl-C para detener
plan-remind-zone-changed = tend remind: la zona horaria cambió a { $zone }; volviendo a planificar
plan-remind-stopped = tend remind: detenido
plan-remind-clock-moved = tend remind: el reloj se movió { $seconds } s; volviendo a planificar

## Closed sets: the words for the codes the core uses

role-friend = amigo/a
role-family = familia
role-peer = compañero/a
role-sponsor = padrino/madrina o mentor
role-therapist = terapeuta
role-counselor = consejero/a
role-support-worker = trabajador/a de apoyo
role-doctor = médico/a
role-group-facilitator = coordinador/a de grupo
role-other = otra persona
importance-essential = esencial
importance-helpful = útil
group-kind-twelve-step = grupo de 12 pasos
group-kind-smart = SMART Recovery
group-kind-peer = grupo de apoyo entre pares
group-kind-therapy-group = grupo terapéutico
group-kind-other = otro tipo de grupo
channel-call = llamada
channel-text = mensajes
channel-meet = encuentro en persona
channel-other = otra vía
direction-gave = diste apoyo
direction-received = recibiste apoyo
direction-both = en ambos sentidos
contact-kind-phone = teléfono: { $value }
contact-kind-email = correo: { $value }
contact-kind-other = otro: { $value }
share-item-summary = resumen semanal
share-item-mood = ánimo en el resumen
share-item-milestones = hitos
share-item-sos = SOS
share-item-decline = aviso si dejo de hacer mi registro
share-item-decline-days =
    { $days ->
        [one] aviso si dejo de hacer mi registro (tras { $days } día)
        [many] aviso si dejo de hacer mi registro (tras { $days } días)
       *[other] aviso si dejo de hacer mi registro (tras { $days } días)
    }
share-kind-summary = resumen semanal
share-kind-milestone = hito
share-kind-sos = SOS
share-kind-decline = aviso por falta de registro
share-kind-text = mensaje
attendance-in-person = presencial
attendance-online = en línea
attendance-hybrid = híbrida
weekday-sun = dom
weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
date-time = { $date }, { $time }

## tend sos

sos-intro = No estás a solas con esto. Si ahora corres peligro, llama a los servicios de emergencia.
sos-your-people = Tu gente:
sos-person = { $name } ({ $role }) { $phones }
sos-meeting-soon = Una reunión empieza pronto:
sos-crisis-lines = Líneas de crisis:
sos-line = [{ $country }] { $name }: llama al { $phone } ({ $hours }) — { $source }
sos-line-text = [{ $country }] { $name }: llama al { $phone } o envía un mensaje de texto al { $text } ({ $hours }) — { $source }

## tend milestones

milestones-none = Ninguna red tiene fecha de inicio. Ponle una: tend network add NAME --since YYYY-MM-DD
milestones-line = { $network }: día { $days } desde el { $since }; próximo hito: { $next }, el { $date }
milestones-line-reached = { $network }: día { $days } desde el { $since }, ya cumpliste { $reached }; próximo hito: { $next }, el { $date }

## tend reciprocity

reciprocity-none = No hay contactos anotados en ese tiempo.
reciprocity-line = { $name }: diste { $gave }, recibiste { $received }, en ambos sentidos { $both }
reciprocity-line-giving = { $name }: diste { $gave }, recibiste { $received }, en ambos sentidos { $both } — sobre todo das tú; ¿también te están cuidando a ti?
reciprocity-line-receiving = { $name }: diste { $gave }, recibiste { $received }, en ambos sentidos { $both } — sobre todo recibes; ¿un gracias, o una oferta de ayuda a cambio?

## tend settings

settings-line = { $key } = { $value } — { $label }
setting-checkin-times = cuándo te pregunta Tend cómo estás
setting-quiet-hours = horas de silencio: sin recordatorios mientras descansas
setting-daily-cap = recordatorios para contactar: como máximo tantos al día
setting-discreet = notificaciones discretas: sin nombres de personas ni de grupos, ni palabras sobre recuperación
setting-meeting-lead-minutes = cuántos minutos antes de una reunión te avisa Tend
setting-week-start = el día en que empiezan las metas semanales
setting-gratitude = un aviso para dar las gracias el día después de que alguien estuvo ahí para ti
setting-done-needs-unlock = «hecho» en un recordatorio de la pantalla de bloqueo pide desbloquear primero
setting-crisis-country = de qué país son las líneas de crisis que muestra SOS (auto: según tu zona horaria)

## tend network

network-added = Red { $name } agregada ({ $id })
network-none = Todavía no hay redes. Agrega una: tend network add Recovery --since YYYY-MM-DD
network-line-since = { $name }, desde el { $since }

## tend person

person-none = Todavía no hay personas. Agrega una: tend person add NAME --role sponsor
person-line = { $name } — { $role }
person-line-cadence =
    { $days ->
        [one] { $name } — { $role }, cada día
        [many] { $name } — { $role }, cada { $days } días
       *[other] { $name } — { $role }, cada { $days } días
    }
person-flag-emergency = [emergencia]
person-flag-avoid = [mantener distancia]
person-heading = { $name } ({ $id }) — { $role }
person-added = Agregaste a { $name } ({ $id }) — { $role }
person-updated = Actualizaste a { $name } ({ $id }) — { $role }
person-removed = Quitaste a { $name } ({ $id })
person-avoid = Mantener distancia: Tend nunca te sugiere a esta persona ni te recuerda contactarla
person-emergency = Contacto de emergencia
person-gives = Cómo ayuda: { $kinds }
person-cadence =
    { $days ->
        [one] Mantener el contacto cada día
        [many] Mantener el contacto cada { $days } días
       *[other] Mantener el contacto cada { $days } días
    }
person-windows = Buenos momentos para contactar: { $windows }
person-networks = Redes: { $names }
person-notes = Notas: { $notes }

## tend need

need-set = { $network } necesita: { $kind } ({ $importance })
need-removed = Ya no figura entre lo que necesita { $network }: { $kind }
need-none = Todavía no hay necesidades. Agrega una: tend need set Recovery emotional
need-covered = { $network } · { $kind } ({ $importance }): { $names }
need-gap = { $network } · { $kind } ({ $importance }): nadie todavía
need-next-step = Siguiente paso: { $step }

## tend group

group-added =
    { $count ->
        [one] Grupo { $name } agregado ({ $id }) con { $count } reunión
        [many] Grupo { $name } agregado ({ $id }) con { $count } reuniones
       *[other] Grupo { $name } agregado ({ $id }) con { $count } reuniones
    }
group-none = Todavía no hay grupos. Agrega uno: tend group add NAME --meeting "tue 19:00 90"
group-line = { $name } ({ $kind })
group-line-unlisted = { $name } ({ $kind }) — ya no aparece en su lista pública
group-meeting = { $day } { $time }, { $minutes } min ({ $zone })
group-by-appointment = con cita previa
group-at = en { $address }
group-online = en línea: { $url }

## tend goal

goal-added = Meta { $title } agregada ({ $id })
goal-none = Todavía no hay metas. Agrega una: tend goal add --network Recovery --kind meeting --target 3 --per week
goal-state-met = cumplida
goal-state-at-risk = en riesgo
goal-state-on-track = vas bien
goal-line =
    { $period ->
        [day] { $title }: { $count }/{ $target } hoy ({ $state }), racha { $streak }, puntuación { $score } %
        [month] { $title }: { $count }/{ $target } este mes ({ $state }), racha { $streak }, puntuación { $score } %
       *[week] { $title }: { $count }/{ $target } esta semana ({ $state }), racha { $streak }, puntuación { $score } %
    }
goal-line-partner =
    { $period ->
        [day] { $title }, con { $partner }: { $count }/{ $target } hoy ({ $state }), racha { $streak }, puntuación { $score } %
        [month] { $title }, con { $partner }: { $count }/{ $target } este mes ({ $state }), racha { $streak }, puntuación { $score } %
       *[week] { $title }, con { $partner }: { $count }/{ $target } esta semana ({ $state }), racha { $streak }, puntuación { $score } %
    }

## tend checkin

checkin-none = Todavía no hay nada anotado. Prueba: tend checkin daily --mood 3
checkin-daily = registro diario: ánimo { $mood }/5
checkin-daily-craving = registro diario: ánimo { $mood }/5, ansias { $craving }/10
checkin-contact = contacto: { $channel } con { $name }, { $direction }
checkin-contact-support = contacto: { $channel } con { $name }, { $direction } ({ $support })
checkin-meeting = reunión: { $group }
checkin-gratitude = agradecimiento: a { $name }
checkin-sos = SOS
checkin-someone-removed = alguien que ya no está en Tend
checkin-group-removed = un grupo que ya no está en Tend
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
checkin-logged =
    { $kind ->
        [contact] Contacto { $id } anotado, del { $date }
        [meeting] Reunión { $id } anotada, del { $date }
        [gratitude] Agradecimiento { $id } anotado, del { $date }
        [sos] SOS { $id } anotado, del { $date }
       *[daily] Registro diario { $id } anotado, del { $date }
    }
checkin-sos-nobody = Ninguna persona de confianza tiene permiso para enterarse de un SOS (tend partner consent PERSON sos on).
checkin-sos-later = Todavía no se pudo avisar a { $names } ({ $error }); Tend les avisará en la próxima sincronización.

## tend demo, check, quarantine

demo-store = Datos de demostración: { $db } (clave { $key }). Explóralos con:
check-done = Los datos se leen completos: se revisaron todas las páginas.
check-recent = Se revisó hace menos de un día ({ $at }); no hay nada que hacer.
check-not-run = Sin revisar.
quarantine-moved = Los datos ilegibles se apartaron en { $path }. No se borró nada; el próximo comando empieza con datos nuevos (tend export --salvage FILE --db { $path } guarda lo que todavía se puede leer).

## tend meetings

ago-just-now = hace un momento
ago-minutes =
    { $count ->
        [one] hace { $count } minuto
        [many] hace { $count } minutos
       *[other] hace { $count } minutos
    }
ago-hours =
    { $count ->
        [one] hace { $count } hora
        [many] hace { $count } horas
       *[other] hace { $count } horas
    }
ago-days =
    { $count ->
        [one] hace { $count } día
        [many] hace { $count } días
       *[other] hace { $count } días
    }
search-distance = ({ $km } km)
source-kind-feed = fuente
source-kind-bmlt = BMLT
sources-none = No hay listas de reuniones para ese lugar o esa comunidad. Agrega una: tend meetings source add URL
source-line = { $id }  { $name } ({ $fellowship }, { $kind })
source-line-region = { $id }  { $name } ({ $fellowship }, { $kind }) — { $region }
source-not-in-use = sin usar
source-in-use-updated =
    { $count ->
        [one] en uso, { $count } reunión, actualizada { $ago }
        [many] en uso, { $count } reuniones, actualizada { $ago }
       *[other] en uso, { $count } reuniones, actualizada { $ago }
    }
source-in-use-never =
    { $count ->
        [one] en uso, { $count } reunión, sin actualizar todavía
        [many] en uso, { $count } reuniones, sin actualizar todavía
       *[other] en uso, { $count } reuniones, sin actualizar todavía
    }
source-last-failed = la última actualización falló { $ago }: { $failure }
fetch-failure-private = el grupo mantiene privada su lista de reuniones (el servidor pide una clave); pídeles un enlace público o elige otra lista
fetch-failure-not-found = la lista ya no está en esa dirección
fetch-failure-server-error = el servidor de la lista tuvo un problema; Tend lo intentará más tarde
fetch-failure-refused = el servidor de la lista rechazó la solicitud
fetch-failure-timed-out = el servidor de la lista tardó demasiado en responder
fetch-failure-too-big = la lista es más grande de lo que Tend lee (64 MB)
fetch-failure-truncated = la lista llegó incompleta
fetch-failure-insecure = la lista no se ofrece por una conexión segura (https)
fetch-failure-unreachable = no se pudo conectar con el servidor de la lista (sin conexión, o la dirección es incorrecta)
fetch-failure-not-a-list = lo que envió el servidor no es una lista de reuniones
refresh-failed = { $id }: no se pudo actualizar: { $failure }. Se conserva la última lista buena
refresh-failed-none-yet = { $id }: no se pudo actualizar: { $failure }. Se conserva la última lista buena (todavía no hay ninguna)
refresh-unchanged = { $id }: sin cambios
refresh-none = No hay listas de reuniones en uso. Míralas con: tend meetings sources --near LAT,LNG
import-progress =
    { $count ->
        [one] { $count } reunión
        [many] { $count } reuniones
       *[other] { $count } reuniones
    }
import-report = Directorio de reuniones, fuente "{ $feed }": nuevas { $created }, actualizadas { $updated }, sin cambios { $unchanged }, quitadas { $removed }, inactivas { $inactive }, omitidas { $skipped }
import-joined = Tus grupos: actualizados { $updated }, ya no listados { $unlisted } (se conservan)
import-record = registro { $index }: { $reason }
import-record-slug = registro { $index } (slug { $slug }): { $reason }
import-more = … y { $count } más
search-none = No se encontraron reuniones. Prueba un --within más amplio, menos filtros, o importa una fuente: tend meetings import FEED.json
search-at = en { $place }
search-online = en línea: { $url }
search-zone = hora de { $zone } · fuente { $feed }
search-zone-joined = hora de { $zone } · fuente { $feed } · uno de tus grupos ({ $group })
show-group = grupo: { $name }
show-region = región: { $region }
show-notes = notas: { $notes }
show-updated = ficha actualizada el { $date }
soon-online = en { $minutes } min ({ $start }) { $name } — en línea: { $url }
soon-phone = en { $minutes } min ({ $start }) { $name } — por teléfono: { $phone }
soon-place = en { $minutes } min ({ $start }) { $name } — { $place }
soon-place-distance = en { $minutes } min ({ $start }) { $name } — { $place } ({ $km } km)
soon-in-person = en { $minutes } min ({ $start }) { $name } — presencial
soon-in-person-distance = en { $minutes } min ({ $start }) { $name } — presencial ({ $km } km)
soon-none = Ninguna reunión del directorio empieza en las próximas dos horas (en línea, o cerca de donde buscaste).
soon-heading = Empiezan pronto:
meetings-joined =
    { $count ->
        [one] Te uniste a { $name } como grupo { $id }, con { $count } reunión semanal; sus recordatorios ya están en tu plan
        [many] Te uniste a { $name } como grupo { $id }, con { $count } reuniones semanales; sus recordatorios ya están en tu plan
       *[other] Te uniste a { $name } como grupo { $id }, con { $count } reuniones semanales; sus recordatorios ya están en tu plan
    }
meetings-joined-network =
    { $count ->
        [one] Te uniste a { $name } como grupo { $id }, con { $count } reunión semanal, en { $network }; sus recordatorios ya están en tu plan
        [many] Te uniste a { $name } como grupo { $id }, con { $count } reuniones semanales, en { $network }; sus recordatorios ya están en tu plan
       *[other] Te uniste a { $name } como grupo { $id }, con { $count } reuniones semanales, en { $network }; sus recordatorios ya están en tu plan
    }
meetings-left = Dejaste { $name } (grupo { $id }); su reunión sigue en el directorio
source-added = { $name } agregada como { $id } ({ $url })
source-removed =
    { $count ->
        [one] { $id } quitada: { $count } reunión salió del directorio
        [many] { $id } quitada: { $count } reuniones salieron del directorio
       *[other] { $id } quitada: { $count } reuniones salieron del directorio
    }
source-removed-joined =
    { $joined ->
        [one] { $id } quitada: reuniones que salieron del directorio: { $count }; { $joined } de tus grupos sigue siendo tuyo, marcado como ya no listado
        [many] { $id } quitada: reuniones que salieron del directorio: { $count }; { $joined } de tus grupos siguen siendo tuyos, marcados como ya no listados
       *[other] { $id } quitada: reuniones que salieron del directorio: { $count }; { $joined } de tus grupos siguen siendo tuyos, marcados como ya no listados
    }

## tend partner

partner-line = { $name } ({ $role }): { $items }
partner-line-nothing = { $name } ({ $role }): nada
partner-line-paused = { $name } ({ $role }): { $items } — en pausa: esta persona está marcada para mantener distancia o no está en ninguna de tus redes, así que no se comparte nada
partner-line-nothing-paused = { $name } ({ $role }): nada — en pausa: esta persona está marcada para mantener distancia o no está en ninguna de tus redes, así que no se comparte nada
partner-none = No compartes nada con nadie. Empieza con: tend partner consent PERSON summary on
partner-preview-paused = No se comparte nada con { $name }: esta persona está marcada para mantener distancia o no está en ninguna de tus redes.
# $quoted is the name in quotes, ready to paste into the command.
partner-preview-nothing = No se comparte nada con { $name }. Activa algo: tend partner consent { $quoted } summary on
partner-preview-heading = Lo que recibiría { $name }:
partner-preview-item = [{ $item }]
partner-preview-item-when = [{ $item }, cuando ocurra]
partner-inbox-none = Todavía no hay mensajes de tus personas de confianza.
partner-inbox-entry = { $at }  { $from } [{ $kind }]
partner-links-none = No hay nadie vinculado. Vincula a una persona de confianza: tend partner link PERSON @name:server
partner-link = { $name } ({ $role }): { $matrix_id }
partner-link-no-room = { $name } ({ $role }): { $matrix_id } (todavía sin sala)
partner-link-waiting = { $name } ({ $role }): { $matrix_id } — esperando a que { $name } se una
partner-link-left = { $name } ({ $role }): { $matrix_id } — { $name } salió de su conversación compartida; vuelve a vincular a esa persona para invitarla a una nueva
partner-link-others = { $name } ({ $role }): { $matrix_id } — hay alguien más en su sala ({ $others }): no se envía nada; revoca y vuelve a vincular para tener una sala nueva
partner-link-unreachable = { $name } ({ $role }): { $matrix_id } — no se pudo conectar con el servidor de { $name }; Tend lo vuelve a intentar en cada sincronización
partner-link-devices = Sus dispositivos cambiaron el { $at }: un teléfono nuevo, o alguien más.

## The live channel (tend partner connect, link, sync, send, revoke, disconnect)

live-connected = Sesión iniciada como { $user } (dispositivo { $device }) en { $homeserver }.
live-link-hint = Vincula a una persona de confianza: tend partner link PERSON @name:server
live-signed-out = Sesión cerrada: el servidor Matrix ya no muestra este dispositivo, y la sesión y sus claves ya no están aquí.
live-signed-out-offline = La sesión y sus claves ya no están aquí, pero no se pudo conectar con el servidor Matrix para cerrar la sesión: quita el dispositivo "{ $device }" de la lista de sesiones desde otra app de Matrix.
live-linked = Vinculaste a { $name } con { $matrix_id }. Tend crea una sala cifrada con esa persona cuando haya algo que enviar; esa persona la acepta en Tend (tend partner accept) o en cualquier app de Matrix.
live-revoked = Dejaste de compartir con { $name }: se quitaron todos los permisos y ya no se enviará nada más.
live-revoke-no-room = No había ninguna sala compartida con esa persona de la que salir.
live-revoke-left =
    { $count ->
        [one] Tend salió de tu sala con esa persona.
        [many] Tend salió de tus { $count } salas con esa persona.
       *[other] Tend salió de tus { $count } salas con esa persona.
    }
live-revoke-pending =
    { $count ->
        [one] Tend no pudo conectar con el servidor Matrix para salir de tu sala con esa persona; lo hará en la próxima sincronización.
        [many] Tend no pudo conectar con el servidor Matrix para salir de { $count } salas con esa persona; lo hará en la próxima sincronización.
       *[other] Tend no pudo conectar con el servidor Matrix para salir de { $count } salas con esa persona; lo hará en la próxima sincronización.
    }
live-revoke-recall = Los mensajes ya entregados no se pueden recuperar: siguen en los dispositivos y el servidor de { $name }.
live-devices-changed = Cambiaron los dispositivos de { $name }: un teléfono nuevo, o alguien más inició sesión con su cuenta. Confírmalo con esa persona antes de compartir más.
live-blocked = No se envió a { $name }: hay alguien más en su sala compartida ({ $others }) que podría leerlo. Revoca y vuelve a vincular a { $name } para empezar una sala nueva solo entre ustedes dos.
live-partner-left = No se envió a { $name }: { $name } salió de su conversación compartida. Vuelve a vincular a esa persona para invitarla a una nueva ({ $kind }).
live-unreachable = No se pudo conectar con el servidor de { $name }: lo pendiente ({ $kind }) sale en una próxima sincronización.
live-sent = Enviado a { $name } (con cifrado de extremo a extremo): { $kind }
live-waiting = Esperando a que { $name } se una a su sala compartida: lo pendiente ({ $kind }) sale en la primera sincronización después de que lo haga.
live-accepted = Aceptaste la invitación de { $name }.
live-refused = No te uniste a una sala a la que { $name } te invitó: no estaba cifrada, o había alguien más. Tu sala con esa persona sigue igual.
live-declined = Se rechazó una invitación de { $matrix_id }: no está vinculado a nadie (primero tend partner link PERSON { $matrix_id } para aceptar sus invitaciones).
live-received =
    { $count ->
        [one] { $count } mensaje nuevo de tus personas de confianza: tend partner inbox
        [many] { $count } mensajes nuevos de tus personas de confianza: tend partner inbox
       *[other] { $count } mensajes nuevos de tus personas de confianza: tend partner inbox
    }
live-undecryptable =
    { $count ->
        [one] { $count } mensaje todavía no se pudo descifrar; quizá se pueda en una próxima sincronización.
        [many] { $count } mensajes todavía no se pudieron descifrar; quizá se pueda en una próxima sincronización.
       *[other] { $count } mensajes todavía no se pudieron descifrar; quizá se pueda en una próxima sincronización.
    }
live-not-from-partner =
    { $count ->
        [one] { $count } mensaje usaba el nombre de una persona de confianza pero no venía de sus propios dispositivos: no se muestra.
        [many] { $count } mensajes usaban el nombre de una persona de confianza pero no venían de sus propios dispositivos: no se muestran.
       *[other] { $count } mensajes usaban el nombre de una persona de confianza pero no venían de sus propios dispositivos: no se muestran.
    }
live-nothing = Nada nuevo, nada que enviar.

## tend export, import, calendar, contacts, wipe

count-networks =
    { $count ->
        [one] { $count } red
        [many] { $count } redes
       *[other] { $count } redes
    }
count-people =
    { $count ->
        [one] { $count } persona
        [many] { $count } personas
       *[other] { $count } personas
    }
count-needs =
    { $count ->
        [one] { $count } necesidad
        [many] { $count } necesidades
       *[other] { $count } necesidades
    }
count-groups =
    { $count ->
        [one] { $count } grupo
        [many] { $count } grupos
       *[other] { $count } grupos
    }
count-meetings =
    { $count ->
        [one] { $count } reunión semanal
        [many] { $count } reuniones semanales
       *[other] { $count } reuniones semanales
    }
count-checkins =
    { $count ->
        [one] { $count } registro
        [many] { $count } registros
       *[other] { $count } registros
    }
count-goals =
    { $count ->
        [one] { $count } meta
        [many] { $count } metas
       *[other] { $count } metas
    }
count-settings =
    { $count ->
        [one] { $count } ajuste
        [many] { $count } ajustes
       *[other] { $count } ajustes
    }
salvage-saved = Se guardó lo que se pudo leer en { $file }:
salvage-complete = Se pudo leer todo.
salvage-unreadable = No se pudo leer:
salvage-dropped =
    { $count ->
        [one] Se dejó fuera { $count } vínculo a registros que no se pudieron leer.
        [many] Se dejaron fuera { $count } vínculos a registros que no se pudieron leer.
       *[other] Se dejaron fuera { $count } vínculos a registros que no se pudieron leer.
    }
salvage-restore-hint = Restáuralo en datos nuevos con: tend import FILE
export-written = Copia de seguridad guardada en { $file } (sin cifrar: guárdala en un lugar privado, o usa --passphrase-file)
export-written-encrypted = Copia de seguridad cifrada guardada en { $file }
import-restored = Restaurado desde la copia de seguridad:
calendar-written =
    { $count ->
        [one] Se escribió { $count } evento en { $file }
        [many] Se escribieron { $count } eventos en { $file }
       *[other] Se escribieron { $count } eventos en { $file }
    }
contacts-heading = Contactos en { $network }:
contacts-created =
    { $count ->
        [one] Se agregó { $count } persona
        [many] Se agregaron { $count } personas
       *[other] Se agregaron { $count } personas
    }
contacts-updated =
    { $count ->
        [one] { $count } ya estaba aquí y ahora está al día
        [many] { $count } ya estaban aquí y ahora están al día
       *[other] { $count } ya estaban aquí y ahora están al día
    }
contacts-unchanged =
    { $count ->
        [one] { $count } ya estaba aquí
        [many] { $count } ya estaban aquí
       *[other] { $count } ya estaban aquí
    }
contacts-skipped =
    { $count ->
        [one] { $count } tarjeta omitida
        [many] { $count } tarjetas omitidas
       *[other] { $count } tarjetas omitidas
    }
contacts-card = tarjeta { $index }: { $reason }
contacts-card-dropped = tarjeta { $index }: se dejó fuera { $reason }
wipe-nothing-at = No hay nada que borrar: no hay datos en { $path }
wipe-list = Esto borra, para siempre:
# "wipe" is what to type, in every language.
wipe-confirm = Escribe "wipe" para continuar:
wipe-nothing = No hay nada que borrar: ahí no hay datos
wipe-deleted = Borrado: { $files }
wipe-sign-out-failed = No se pudo conectar con el servidor Matrix para cerrar la sesión: quita el dispositivo "{ $device }" de la lista de sesiones desde otra app de Matrix.

# An error the program stops with, after "tend: ". $field and $what name what was refused, as
# the command line spells it; $problem is why, worded from the core's catalog.
error-invalid = { $field } no válido: { $problem }
error-conflict = { $what } choca con lo que está guardado: { $problem }
error-not-found = No se encontró: { $what } { $id }
error-not-found-by-name = No se encontró: { $what } con ese nombre
thing-person = persona
thing-network = red
thing-need = necesidad
thing-goal = meta
thing-group = grupo
thing-check-in = registro
thing-notification = notificación
thing-partner-link = enlace con acompañante
thing-directory-meeting = reunión del directorio
thing-meeting-source = fuente de reuniones
thing-database-file = archivo de datos
thing-matrix-account = cuenta de Matrix
thing-matrix-id = ID de Matrix
thing-idempotency-key = clave de repetición
thing-thing = elemento
