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

## Ablehnungen: warum Tend etwas nicht angenommen hat, angezeigt neben dem genannten Feld

refusal-empty = Das darf nicht leer sein.
refusal-too-long =
    { $max ->
        [one] Das darf höchstens { $max } Zeichen lang sein.
       *[other] Das darf höchstens { $max } Zeichen lang sein.
    }
refusal-too-long-bytes =
    { $max ->
        [one] Das darf höchstens { $max } Byte groß sein.
       *[other] Das darf höchstens { $max } Bytes groß sein.
    }
refusal-control-characters = Das darf keine Steuerzeichen enthalten.
refusal-range = Der Wert muss zwischen { $lo } und { $hi } liegen.
refusal-at-least = Der Wert muss mindestens { $min } sein.
refusal-whole-number = Erwartet wird eine ganze Zahl von { $lo } bis { $hi }.
refusal-minutes-range =
    { $max ->
        [one] Der Wert muss 1 bis { $max } Minute betragen.
       *[other] Der Wert muss 1 bis { $max } Minuten betragen.
    }
refusal-days-range =
    { $max ->
        [one] Der Wert muss 1 bis { $max } Tag betragen.
       *[other] Der Wert muss 1 bis { $max } Tage betragen.
    }
refusal-distance-range = Die Entfernung muss größer als 0 und höchstens { $max } km sein.
refusal-one-of = Erwartet wird einer dieser Werte: { $choices }.
refusal-time-zone = Unbekannte Zeitzone; nimm einen IANA-Namen wie { $example }.
refusal-time-of-day = Erwartet wird eine Uhrzeit im 24-Stunden-Format HH:MM, von 00:00 bis 23:59.
refusal-date-format = Erwartet wird ein Datum im Format JJJJ-MM-TT.
refusal-date-range = Das Datum muss zwischen dem { $from } und dem { $to } liegen.
refusal-future-date = Dieses Datum darf nicht in der Zukunft liegen.
refusal-instant = Dieser Zeitpunkt liegt außerhalb des erlaubten Bereichs.
refusal-weekday-number = Der Wochentag muss zwischen 0 (Sonntag) und 6 (Samstag) liegen.
refusal-weekday = Erwartet wird ein Wochentag wie mon oder 0 bis 6 (0 = Sonntag).
refusal-day = Erwartet wird 0 bis 6 (0 = Sonntag), ein englischer Wochentag, today oder tomorrow.
refusal-start-end-differ = Beginn und Ende müssen sich unterscheiden.
refusal-rfc3339 = Erwartet wird eine RFC-3339-Zeit wie { $example }.
refusal-person-gone = Diese Person gibt es nicht mehr.
refusal-network-gone = Dieses Netzwerk gibt es nicht mehr.
refusal-group-gone = Diese Gruppe gibt es nicht mehr.
refusal-network-name-taken = Es gibt schon ein Netzwerk mit diesem Namen.
refusal-name-shared = Mehrere Personen haben diesen Namen; nimm stattdessen eine ID.
refusal-phone = Erwartet wird eine Telefonnummer mit { $min } bis { $max } Ziffern (Leerzeichen, +, -, ( ) erlaubt).
refusal-email = Erwartet wird eine Adresse wie { $example }.
refusal-avoided-emergency = Jemand, zu dem du Abstand hältst, kann kein Notfallkontakt sein.
refusal-window-times = Eine gute Zeit zum Erreichen braucht einen Beginn und ein anderes Ende, zwischen 00:00 und 23:59.
refusal-window-format = Erwartet werden Tage und ein Zeitraum, etwa { $example }.
refusal-url = Das ist keine Webadresse.
refusal-url-http = Das muss eine Webadresse sein, die mit https:// oder http:// beginnt.
refusal-url-https = Die Adresse muss mit https:// beginnen.
refusal-meeting-type-code = Codes bestehen aus 1 bis { $max } Buchstaben oder Ziffern, etwa { $example }.
refusal-meeting-type = Das ist kein bekannter Code oder Name für eine Meeting-Art.
refusal-meeting-day-and-time = Ein Meeting braucht sowohl einen Wochentag als auch eine Anfangszeit, oder keins von beidem (nach Vereinbarung).
refusal-meeting-spec = Erwartet wird TAG HH:MM [MINUTEN] [ZONE], etwa { $example }.
refusal-slug-taken = Es gibt schon eine Gruppe mit dieser Kennung (Slug).
refusal-gratitude-empty = Schreib, wofür du dankbar bist.
refusal-key-reused = Er wurde schon für einen anderen Eintrag verwendet.
refusal-sos-goal = SOS ist da, wenn du es brauchst; es kann kein Ziel sein.
refusal-goal-person = Nur Kontakt- und Dankbarkeitsziele können eine Person nennen.
refusal-goal-group = Nur Meeting-Ziele können eine Gruppe nennen.
refusal-reminder-id = Das ist keine ID einer Tend-Erinnerung.
refusal-snooze-minutes = Sag, für wie viele Minuten.
refusal-minutes-only-snooze = Nur snooze (später) nimmt Minuten.
refusal-action-not-offered = Diese Erinnerung bietet nur: { $actions }.
refusal-not-keep-in-touch = Das ist keine Erinnerung, in Kontakt zu bleiben.
refusal-not-in-reminder = Diese Person gehörte nicht zu dieser Erinnerung.
refusal-done-first = Markiere die Erinnerung zuerst als erledigt.
refusal-checkin-times = Gib 1 bis { $max } Uhrzeiten an, etwa { $example }.
refusal-quiet-hours = Erwartet wird HH:MM-HH:MM oder off.
refusal-avoided-partner = Du hältst Abstand zu dieser Person, deshalb kann sie keine Vertrauensperson sein.
refusal-partner-no-network = Diese Person ist in keinem deiner Netzwerke; füg sie zuerst einem hinzu.
refusal-days-only-decline = Nur die Meldung bei fehlenden Check-ins nimmt eine Anzahl Tage.
refusal-decline-days = Die Meldung bei fehlenden Check-ins braucht eine Anzahl Tage.
refusal-mood-needs-summary = Die Stimmung ist Teil des Wochenrückblicks; teile zuerst den Rückblick.
refusal-not-linked = Diese Person ist mit keiner Matrix-ID verknüpft (noch nie, oder das Teilen wurde widerrufen); verknüpfe sie zuerst.
refusal-summary-not-shared = Der Wochenrückblick wird nicht mit dieser Person geteilt; schalte ihn zuerst ein.
refusal-matrix-id = Das ist keine Matrix-Benutzer-ID wie { $example }.
refusal-matrix-id-no-name = Vor dem Server steht kein Benutzername (wie bei { $example }).
refusal-matrix-id-own = Das ist dein eigenes Konto; verknüpfe stattdessen die Matrix-ID deiner Vertrauensperson.
refusal-matrix-id-taken = Diese Matrix-ID ist schon mit einer anderen Person verknüpft.
refusal-matrix-connected = Tend ist schon mit einem Matrix-Konto verbunden.
refusal-no-live-channel = Dieses tend wurde ohne den Live-Kanal gebaut (cargo build --features share).
refusal-place = Erwartet wird BREITE,LÄNGE in Dezimalgrad, etwa { $example }.
refusal-within-needs-place = Eine Entfernung braucht einen Ort, in dessen Nähe gesucht wird.
refusal-already-joined = Dieses Meeting ist schon eine deiner Gruppen.
refusal-not-from-directory = Diese Gruppe wurde nicht aus dem Meeting-Verzeichnis hinzugefügt.
refusal-feed-not-array = Ein Meeting-Guide-Feed ist eine JSON-Liste von Meetings.
refusal-feed-not-json = Das ist kein gültiges JSON (Zeile { $line }, Spalte { $column }).
refusal-list-needs-place = Diese Liste wird nach Gebiet abgefragt: Gib einen Ort an (gesendet wird nur sein Rasterfeld, etwa { $km } km breit).
refusal-list-no-feed = Die Seite nennt keinen Meeting-Feed; gib die Adresse des Feeds selbst an.
refusal-list-in-use = Diese Liste wird schon verwendet.
refusal-list-too-many = Von dieser Website gibt es zu viele Listen.
refusal-list-private = Die Gruppe hält ihre Meeting-Liste privat (der Server verlangt einen Schlüssel); bitte sie um einen öffentlichen Link, oder wähle eine andere Liste.
refusal-list-not-found = Die Liste ist nicht mehr unter dieser Adresse.
refusal-list-server-error = Der Server der Liste hatte ein Problem; Tend versucht es später noch einmal.
refusal-list-refused = Der Server der Liste hat die Anfrage abgelehnt.
refusal-list-timed-out = Der Server der Liste hat zu lange für eine Antwort gebraucht.
refusal-list-too-big = Die Liste ist größer, als Tend liest ({ $mb } MB).
refusal-list-truncated = Die Liste ist unvollständig angekommen.
refusal-list-insecure = Die Liste wird nicht über eine sichere Verbindung (https) angeboten.
refusal-list-unreachable = Der Server der Liste war nicht erreichbar (keine Verbindung, oder eine falsche Adresse).
refusal-list-not-meetings = Was der Server geschickt hat, ist keine Meeting-Liste.
refusal-no-vcard = In der Datei ist keine vCard (BEGIN:VCARD … END:VCARD).
skip-card-unreadable = die Karte lässt sich nicht lesen
skip-card-unended = der Karte fehlt END:VCARD
skip-card-unbegun = END:VCARD ohne BEGIN:VCARD
skip-card-cut = der letzten Karte fehlt END:VCARD (ist die Datei abgeschnitten?)
skip-card-no-name = die Karte hat keinen Namen (FN oder N)
skip-card-phone = eine Telefonnummer, die nicht 3 bis 20 Ziffern hat
skip-card-email = eine E-Mail-Adresse, die nicht gültig ist
refusal-backup-not-tend = Diese Datei ist keine Tend-Sicherung.
refusal-backup-malformed = Diese Datei ist keine vollständige Tend-Sicherung: Ab Zeile { $line }, Spalte { $column } ist sie nicht lesbar.
refusal-backup-newer = Diese Sicherung wurde von einer neueren Tend-Version geschrieben (Sicherungsversion { $version }; diese Version liest bis { $supported }). Aktualisiere zuerst Tend.
refusal-backup-damaged = Ein Teil dieser Sicherung ist nicht lesbar: Sie ist beschädigt oder wurde nicht von Tend erstellt.
refusal-backup-inconsistent = Diese Sicherung ist widersprüchlich: Ein Eintrag wiederholt eine ID oder verweist auf einen, der nicht in der Sicherung ist.
refusal-backup-rules = Ein Eintrag in dieser Sicherung verstößt gegen Tends Regeln (ein Wert, den niemand hätte eingeben können), deshalb wurde nichts wiederhergestellt.
refusal-backup-work-factor = Ihr Passphrase-Schutz verlangt zu viel Rechenarbeit (scrypt-Arbeitsfaktor { $factor }, höchstens { $max }); sie wurde nicht von Tend erstellt.
refusal-backup-passphrase = Diese Sicherung ist verschlüsselt; gib ihre Passphrase an.
refusal-backup-decrypt = Sie lässt sich nicht entschlüsseln: Die Passphrase ist falsch, oder die Datei ist beschädigt oder unvollständig.
refusal-backup-not-empty = Hier sind schon Daten; stelle in einen leeren Speicher wieder her, oder wähle, sie zu ersetzen.
refusal-key-length = Der Schlüssel muss { $bytes } Bytes lang sein, nicht { $got }.
refusal-key-file-hex = Die Schlüsseldatei muss { $digits } Hexadezimalziffern enthalten.
refusal-no-data-folder = Dieses System hat keinen Datenordner; gib --db PFAD an.
refusal-file-name = Es fehlt ein Dateiname.
refusal-file-unreadable = Diese Datei kann nicht gelesen werden.
refusal-first-line-too-long =
    { $max ->
        [one] Ihre erste Zeile ist länger als { $max } Byte.
       *[other] Ihre erste Zeile ist länger als { $max } Bytes.
    }
refusal-first-line-not-text = Ihre erste Zeile ist kein UTF-8-Text.
refusal-first-line-empty = Ihre erste Zeile ist leer.
refusal-quarantine-busy = Eine gerade beiseitegelegte Kopie hat denselben Namen; versuch es in einer Sekunde noch einmal.
refusal-nothing-to-quarantine = Dieser Speicher lässt sich mit seinem Schlüssel öffnen; es gibt nichts beiseitezulegen.
refusal-schema-path = Von Schemaversion { $version } aus gibt es keinen Aktualisierungsweg.
refusal-demo-needs-empty = Die Demo schreibt nur in einen leeren Speicher; gib --db mit einem neuen Pfad an.
refusal-not-confirmed = Nichts wurde gelöscht (tippe wipe, oder gib --yes an).
