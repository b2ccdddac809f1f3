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

## Rechazos: por qué Tend no aceptó lo que recibió, mostrado junto al campo que nombra

refusal-empty = Esto no puede quedar vacío.
refusal-too-long =
    { $max ->
        [one] Esto puede tener como máximo { $max } carácter.
        [many] Esto puede tener como máximo { $max } caracteres.
       *[other] Esto puede tener como máximo { $max } caracteres.
    }
refusal-too-long-bytes =
    { $max ->
        [one] Esto puede ocupar como máximo { $max } byte.
        [many] Esto puede ocupar como máximo { $max } bytes.
       *[other] Esto puede ocupar como máximo { $max } bytes.
    }
refusal-control-characters = Esto no puede contener caracteres de control.
refusal-range = Esto debe estar entre { $lo } y { $hi }.
refusal-at-least = Esto debe ser al menos { $min }.
refusal-whole-number = Se esperaba un número entero de { $lo } a { $hi }.
refusal-minutes-range =
    { $max ->
        [one] Esto debe ser de 1 a { $max } minuto.
        [many] Esto debe ser de 1 a { $max } minutos.
       *[other] Esto debe ser de 1 a { $max } minutos.
    }
refusal-days-range =
    { $max ->
        [one] Esto debe ser de 1 a { $max } día.
        [many] Esto debe ser de 1 a { $max } días.
       *[other] Esto debe ser de 1 a { $max } días.
    }
refusal-distance-range = Esto debe ser más de 0 y como máximo { $max } km.
refusal-one-of = Se esperaba una de estas opciones: { $choices }.
refusal-time-zone = Zona horaria desconocida; usa un nombre IANA como { $example }.
refusal-time-of-day = Se esperaba una hora de 24 horas HH:MM, de 00:00 a 23:59.
refusal-date-format = Se esperaba una fecha AAAA-MM-DD.
refusal-date-range = La fecha debe estar entre el { $from } y el { $to }.
refusal-future-date = Esta fecha no puede estar en el futuro.
refusal-instant = Esta hora está fuera del rango admitido.
refusal-weekday-number = El día de la semana debe ser de 0 (domingo) a 6 (sábado).
refusal-weekday = Se esperaba un día de la semana como mon, o de 0 a 6 (0 = domingo).
refusal-day = Se esperaba de 0 a 6 (0 = domingo), un día de la semana en inglés, today o tomorrow.
refusal-start-end-differ = El inicio y el final deben ser distintos.
refusal-rfc3339 = Se esperaba una hora RFC 3339 como { $example }.
refusal-person-gone = Esa persona ya no existe.
refusal-network-gone = Esa red ya no existe.
refusal-group-gone = Ese grupo ya no existe.
refusal-network-name-taken = Ya existe una red con este nombre.
refusal-name-shared = Varias personas tienen ese nombre; usa un id en su lugar.
refusal-phone = Se esperaba un número de teléfono de { $min } a { $max } dígitos (se admiten espacios, +, -, ( )).
refusal-email = Se esperaba una dirección como { $example }.
refusal-avoided-emergency = Alguien con quien mantienes distancia no puede ser un contacto de emergencia.
refusal-window-times = Un buen momento para contactar necesita un inicio y un final distinto, entre 00:00 y 23:59.
refusal-window-format = Se esperaban días y un rango de horas, como { $example }.
refusal-url = Esto no es una dirección web.
refusal-url-http = Esto debe ser una dirección web que empiece por https:// o http://.
refusal-url-https = Esto debe empezar por https://.
refusal-meeting-type-code = Los códigos tienen de 1 a { $max } letras o cifras, como { $example }.
refusal-meeting-type = Este no es un código ni un nombre de tipo de reunión conocido.
refusal-meeting-day-and-time = Una reunión necesita un día de la semana y una hora de inicio, o ninguno de los dos (con cita previa).
refusal-meeting-spec = Se esperaba DÍA HH:MM [MINUTOS] [ZONA], como { $example }.
refusal-slug-taken = Ya existe un grupo con este identificador (slug).
refusal-gratitude-empty = Escribe qué agradeces.
refusal-key-reused = Ya se usó para otro registro.
refusal-sos-goal = SOS está ahí para cuando lo necesites; no puede ser una meta.
refusal-goal-person = Solo las metas de contacto y de agradecimiento pueden nombrar a una persona.
refusal-goal-group = Solo las metas de reuniones pueden nombrar un grupo.
refusal-reminder-id = Este no es un id de recordatorio de Tend.
refusal-snooze-minutes = Indica cuántos minutos.
refusal-minutes-only-snooze = Solo snooze (más tarde) lleva minutos.
refusal-action-not-offered = Este recordatorio solo ofrece: { $actions }.
refusal-not-keep-in-touch = Este no es un recordatorio para mantener el contacto.
refusal-not-in-reminder = Esta persona no formaba parte de este recordatorio.
refusal-done-first = Primero marca el recordatorio como hecho.
refusal-checkin-times = Indica de 1 a { $max } horas, como { $example }.
refusal-quiet-hours = Se esperaba HH:MM-HH:MM, u off.
refusal-avoided-partner = Mantienes distancia con esta persona, así que no puede ser tu persona de confianza.
refusal-partner-no-network = Esta persona no está en ninguna de tus redes; agrégala primero a una.
refusal-days-only-decline = Solo el aviso por falta de registros lleva un número de días.
refusal-decline-days = El aviso por falta de registros necesita un número de días.
refusal-mood-needs-summary = El ánimo forma parte del resumen semanal; comparte primero el resumen.
refusal-not-linked = Esta persona no está vinculada a un ID de Matrix (nunca lo estuvo, o se revocó lo compartido); vincúlala primero.
refusal-summary-not-shared = El resumen semanal no se comparte con esta persona; actívalo primero.
refusal-matrix-id = Esto no es un ID de usuario de Matrix como { $example }.
refusal-matrix-id-no-name = No tiene nombre de usuario antes del servidor (como { $example }).
refusal-matrix-id-own = Esta es tu propia cuenta; vincula en su lugar el ID de Matrix de tu persona de confianza.
refusal-matrix-id-taken = Este ID de Matrix ya está vinculado a otra persona.
refusal-matrix-connected = Tend ya está conectado a una cuenta de Matrix.
refusal-no-live-channel = Este tend se compiló sin el canal en vivo (cargo build --features share).
refusal-place = Se esperaba LATITUD,LONGITUD en grados decimales, como { $example }.
refusal-within-needs-place = Una distancia necesita un lugar cerca del cual buscar.
refusal-already-joined = Esta reunión ya es uno de tus grupos.
refusal-not-from-directory = Este grupo no se agregó desde el directorio de reuniones.
refusal-feed-not-array = Un feed de Meeting Guide es una lista JSON de reuniones.
refusal-feed-not-json = Esto no es JSON válido (línea { $line }, columna { $column }).
refusal-list-needs-place = Esta lista se consulta por zona: indica un lugar (solo se envía su celda de cuadrícula, de unos { $km } km de ancho).
refusal-list-no-feed = La página no anuncia ningún feed de reuniones; indica la dirección del propio feed.
refusal-list-in-use = Esta lista ya está en uso.
refusal-list-too-many = Hay demasiadas listas de este sitio.
refusal-list-private = El grupo mantiene privada su lista de reuniones (el servidor pide una clave); pídeles un enlace público o elige otra lista.
refusal-list-not-found = La lista ya no está en esa dirección.
refusal-list-server-error = El servidor de la lista tuvo un problema; Tend lo volverá a intentar más tarde.
refusal-list-refused = El servidor de la lista rechazó la solicitud.
refusal-list-timed-out = El servidor de la lista tardó demasiado en responder.
refusal-list-too-big = La lista es más grande de lo que Tend lee ({ $mb } MB).
refusal-list-truncated = La lista llegó incompleta.
refusal-list-insecure = La lista no se ofrece por una conexión segura (https).
refusal-list-unreachable = No se pudo llegar al servidor de la lista (sin conexión, o la dirección es incorrecta).
refusal-list-not-meetings = Lo que envió el servidor no es una lista de reuniones.
refusal-no-vcard = No hay ninguna vCard (BEGIN:VCARD … END:VCARD) en el archivo.
skip-card-unreadable = la tarjeta no se puede leer
skip-card-unended = a la tarjeta le falta END:VCARD
skip-card-unbegun = END:VCARD sin BEGIN:VCARD
skip-card-cut = a la última tarjeta le falta END:VCARD (¿se cortó el archivo?)
skip-card-no-name = la tarjeta no tiene nombre (FN o N)
skip-card-phone = un número de teléfono que no tiene de 3 a 20 cifras
skip-card-email = una dirección de correo que no es válida
refusal-backup-not-tend = Este archivo no es una copia de seguridad de Tend.
refusal-backup-malformed = Este archivo no es una copia de seguridad de Tend completa: no se puede leer más allá de la línea { $line }, columna { $column }.
refusal-backup-newer = Esta copia de seguridad la escribió una versión más nueva de Tend (versión de copia { $version }; esta versión lee hasta la { $supported }). Actualiza Tend primero.
refusal-backup-damaged = Parte de esta copia de seguridad no se puede leer: está dañada, o no la hizo Tend.
refusal-backup-inconsistent = Esta copia de seguridad es incoherente: un registro repite un id o remite a otro que no está en la copia.
refusal-backup-rules = Un registro de esta copia de seguridad no cumple las reglas de Tend (un valor que nadie podría haber escrito), así que no se restauró nada.
refusal-backup-work-factor = Su protección con frase de contraseña pide demasiado trabajo (factor de trabajo scrypt { $factor }, como máximo { $max }); no la hizo Tend.
refusal-backup-passphrase = Esta copia de seguridad está cifrada; indica su frase de contraseña.
refusal-backup-decrypt = No se puede descifrar: la frase de contraseña es incorrecta, o el archivo está dañado o incompleto.
refusal-backup-not-empty = Aquí ya hay datos; restaura en un almacén vacío, o elige reemplazarlos.
refusal-key-length = La clave debe tener { $bytes } bytes, no { $got }.
refusal-key-file-hex = El archivo de clave debe contener { $digits } dígitos hexadecimales.
refusal-no-data-folder = No hay una carpeta de datos en este sistema; usa --db RUTA.
refusal-file-name = Falta un nombre de archivo.
refusal-file-unreadable = Este archivo no se puede leer.
refusal-first-line-too-long =
    { $max ->
        [one] Su primera línea ocupa más de { $max } byte.
        [many] Su primera línea ocupa más de { $max } bytes.
       *[other] Su primera línea ocupa más de { $max } bytes.
    }
refusal-first-line-not-text = Su primera línea no es texto UTF-8.
refusal-first-line-empty = Su primera línea está vacía.
refusal-quarantine-busy = Una copia apartada hace un momento tiene el mismo nombre; inténtalo de nuevo en un segundo.
refusal-nothing-to-quarantine = Este almacén se abre bien con su clave; no hay nada que apartar.
refusal-schema-path = No hay forma de actualizar desde la versión de esquema { $version }.
refusal-demo-needs-empty = La demo solo escribe en un almacén vacío; usa --db con una ruta nueva.
refusal-not-confirmed = No se borró nada (escribe wipe, o usa --yes).
