# Tend's messages in German (du): the words for every message the core produces
# (crates/tend-core/src/messages/mod.rs names them and their arguments). The same identifiers
# are in Android's res/values*/messages.xml and iOS's Messages.xcstrings.

verbatim = { $text }

## Reminders

reminder-daily-title = Tages-Check-in
reminder-daily-body = Wie läuft dein Tag? Nimm dir einen Moment für deinen Check-in.
reminder-daily-discreet-title = Zeit für deinen Check-in
reminder-discreet-title = Du hast eine Erinnerung
reminder-discreet-body = Tippe zum Öffnen.
reminder-keep-in-touch-title = Melde dich bei { $name }
reminder-keep-in-touch-today = Dein letzter Kontakt war heute.
reminder-keep-in-touch-yesterday = Dein letzter Kontakt war gestern.
reminder-keep-in-touch-days =
    { $days ->
        [one] Dein letzter Kontakt ist { $days } Tag her.
       *[other] Dein letzter Kontakt ist { $days } Tage her.
    }
reminder-keep-in-touch-never = Du hast noch keinen Kontakt eingetragen.
reminder-keep-in-touch-many-title =
    { $count ->
        [one] Bei { $count } Person melden
       *[other] Bei { $count } Personen melden
    }
reminder-keep-in-touch-many-body = { $names }
reminder-meeting-now = { $group } beginnt jetzt
reminder-meeting-minutes =
    { $minutes ->
        [one] { $group } beginnt in { $minutes } Minute
       *[other] { $group } beginnt in { $minutes } Minuten
    }
reminder-meeting-hours =
    { $hours ->
        [one] { $group } beginnt in { $hours } Stunde
       *[other] { $group } beginnt in { $hours } Stunden
    }
reminder-meeting-hours-minutes = { $group } beginnt in { $hours } Std. { $minutes } Min.
reminder-meeting-body = Beginnt um { $time } Uhr (deine Ortszeit).
reminder-meeting-discreet-title = Anstehender Termin
reminder-goal-day = { $count } von { $target } heute. Heute bleibt noch Zeit.
reminder-goal-week = { $count } von { $target } in dieser Woche. Die Woche endet am { $ends }; es bleibt noch Zeit.
reminder-goal-month = { $count } von { $target } in diesem Monat. Der Monat endet am { $ends }; es bleibt noch Zeit.
reminder-goal-discreet-body = Tippe, um deinen Fortschritt zu sehen.
reminder-milestone-days-title =
    { $days ->
        [one] Heute ist es { $days } Tag
       *[other] Heute sind es { $days } Tage
    }
reminder-milestone-years-title =
    { $years ->
        [one] Heute ist es { $years } Jahr
       *[other] Heute sind es { $years } Jahre
    }
reminder-milestone-days-body =
    { $days ->
        [one] { $network }: { $days } Tag seit dem { $since }. Ein Grund zum Feiern.
       *[other] { $network }: { $days } Tage seit dem { $since }. Ein Grund zum Feiern.
    }
reminder-milestone-years-body =
    { $years ->
        [one] { $network }: { $years } Jahr seit dem { $since }. Ein Grund zum Feiern.
       *[other] { $network }: { $years } Jahre seit dem { $since }. Ein Grund zum Feiern.
    }
reminder-milestone-discreet-title = Heute ist ein besonderer Tag
reminder-gratitude-title = Möchtest du { $name } danken?
reminder-gratitude-body = Diese Person war gestern für dich da. Eine kurze Nachricht bewirkt viel.
held-contact-windows-quiet = Die Kontaktzeiten dieser Person liegen ganz in deinen Ruhezeiten.
held-meeting-quiet = Das ganze Meeting liegt in deinen Ruhezeiten.

## Milestones

milestone-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
milestone-years =
    { $years ->
        [one] { $years } Jahr
       *[other] { $years } Jahre
    }

## The next step for a need nobody covers yet

need-step-emotional = Wende dich an eine vertraute Person aus deinem Freundeskreis oder aus der Gruppe, oder probier eine Selbsthilfegruppe aus.
need-step-practical = Bitte Familie oder Freunde um Hilfe bei Alltäglichem wie Einkäufen, Fahrten oder Kinderbetreuung.
need-step-financial = Sprich über deine Geldsorgen mit einer Beratungsstelle oder einer kostenlosen Schuldnerberatung.
need-step-accountability = Such dir einen Sponsor oder eine Sponsorin (oder einen Mentor), oder schließ dich einer Gruppe an, die sich jede Woche trifft.
need-step-inspiration = Geh in ein Meeting und hör denen zu, die schon weiter sind; bitte eine dieser Personen, dir ein Vorbild zu sein.
need-step-professional-guidance = Such dir eine Therapie oder Beratung; deine Hausarztpraxis kann dich überweisen.

## Crisis lines

crisis-emergency-services = Notruf
crisis-emergency-danger = Wenn dein Leben oder das eines anderen Menschen in akuter Gefahr ist.
crisis-emergency-danger-ie = Wenn dein Leben oder das eines anderen Menschen in akuter Gefahr ist (auch 999 funktioniert).
crisis-us-988 = Ruf an oder schreib eine SMS bei einer suizidalen oder psychischen Krise oder einer Krise durch Substanzkonsum.
crisis-us-samhsa = Kostenlose, vertrauliche Vermittlung in Behandlung und Informationen zu Substanzkonsum und psychischer Gesundheit, an jedem Tag des Jahres.
crisis-ca-988 = Ruf an oder schreib eine SMS, wenn du an Suizid denkst oder dir Sorgen um jemanden machst.
crisis-samaritans = Ein offenes Ohr, kostenlos und vertraulich, für alle, die es gerade schwer haben.
crisis-au-lifeline = Krisenhilfe und Suizidprävention.
crisis-hours-always = 24/7

## What a partner reads: the weekly summary and the alerts, one message per line

share-milestone-days =
    { $days ->
        [one] Ich habe heute einen Meilenstein erreicht: { $days } Tag. Danke, dass du ein Teil davon bist.
       *[other] Ich habe heute einen Meilenstein erreicht: { $days } Tage. Danke, dass du ein Teil davon bist.
    }
share-milestone-years =
    { $years ->
        [one] Ich habe heute einen Meilenstein erreicht: { $years } Jahr. Danke, dass du ein Teil davon bist.
       *[other] Ich habe heute einen Meilenstein erreicht: { $years } Jahre. Danke, dass du ein Teil davon bist.
    }
share-sos = Ich habe um { $time } Uhr in Tend SOS gedrückt. Wenn du kannst, melde dich bitte jetzt bei mir.
share-decline =
    { $days ->
        [one] Ich habe seit { $days } Tag keinen Check-in in Tend gemacht. Eine Nachricht von dir würde mir helfen.
       *[other] Ich habe seit { $days } Tagen keinen Check-in in Tend gemacht. Eine Nachricht von dir würde mir helfen.
    }
share-week-heading = Meine Woche vom { $from } bis { $to }:
share-week-day = Tag { $day }, seit ich angefangen habe.
share-week-checkins = Tägliche Check-ins: an { $days } von 7 Tagen.
share-week-meetings = Besuchte Meetings: { $count }.
share-week-goals = Ziele: { $met } von { $total } erreicht, { $at_risk } gefährdet.
share-week-mood-low = Stimmung: gedrückt.
share-week-mood-steady = Stimmung: stabil.
share-week-mood-good = Stimmung: gut.
share-week-mood-none = Stimmung: diese Woche nicht eingetragen.

## The calendar file

calendar-online = Online-Teilnahme: { $url }
calendar-phone = Telefon: { $phone }
