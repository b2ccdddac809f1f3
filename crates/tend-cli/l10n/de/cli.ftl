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
plan-act-done = { $id }: erledigt
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
plan-act-done-logged =
    { $kind ->
        [contact] { $id }: erledigt (Kontakt { $checkin } eingetragen)
        [meeting] { $id }: erledigt (Meeting { $checkin } eingetragen)
        [gratitude] { $id }: erledigt (Dank { $checkin } eingetragen)
        [sos] { $id }: erledigt (SOS { $checkin } eingetragen)
       *[daily] { $id }: erledigt (Tages-Check-in { $checkin } eingetragen)
    }
plan-act-skipped = { $id }: übersprungen
plan-act-snoozed = { $id }: verschoben bis { $until }
plan-act-ask = Bei wem hast du dich gemeldet? { $names }
plan-remind-start = tend remind: plant in der Zeitzone { $zone }; Strg-C zum Beenden
plan-remind-zone-changed = tend remind: Zeitzone ist jetzt { $zone }; plant neu
plan-remind-stopped = tend remind: beendet
plan-remind-clock-moved = tend remind: die Uhr hat sich um { $seconds } s verstellt; plant neu

## Closed sets: the words for the codes the core uses

role-friend = Freund/in
role-family = Familie
role-peer = Peer
role-sponsor = Sponsor/in oder Mentor/in
role-therapist = Therapeut/in
role-counselor = Berater/in
role-support-worker = Betreuer/in
role-doctor = Arzt/Ärztin
role-group-facilitator = Gruppenleitung
role-other = jemand anderes
importance-essential = unverzichtbar
importance-helpful = hilfreich
group-kind-twelve-step = 12-Schritte-Gruppe
group-kind-smart = SMART Recovery
group-kind-peer = Selbsthilfegruppe
group-kind-therapy-group = Therapiegruppe
group-kind-other = andere Art von Gruppe
channel-call = Anruf
channel-text = Nachrichten
channel-meet = Treffen
channel-other = anderer Weg
direction-gave = du warst für die Person da
direction-received = die Person war für dich da
direction-both = gegenseitig
contact-kind-phone = Telefon: { $value }
contact-kind-email = E-Mail: { $value }
contact-kind-other = Sonstiges: { $value }
share-item-summary = Wochenrückblick
share-item-mood = Stimmung im Rückblick
share-item-milestones = Meilensteine
share-item-sos = SOS
share-item-decline = Hinweis, wenn ich keine Check-ins mehr mache
share-item-decline-days =
    { $days ->
        [one] Hinweis, wenn ich keine Check-ins mehr mache (nach { $days } Tag)
       *[other] Hinweis, wenn ich keine Check-ins mehr mache (nach { $days } Tagen)
    }
share-kind-summary = Wochenrückblick
share-kind-milestone = Meilenstein
share-kind-sos = SOS
share-kind-decline = Hinweis auf fehlende Check-ins
share-kind-text = Nachricht
attendance-in-person = vor Ort
attendance-online = online
attendance-hybrid = hybrid
weekday-sun = So.
weekday-mon = Mo.
weekday-tue = Di.
weekday-wed = Mi.
weekday-thu = Do.
weekday-fri = Fr.
weekday-sat = Sa.
date-time = { $date }, { $time } Uhr

## tend sos

sos-intro = Du bist nicht allein. Wenn du jetzt in Gefahr bist, ruf den Notruf an.
sos-your-people = Deine Menschen:
sos-person = { $name } ({ $role }) { $phones }
sos-meeting-soon = Bald beginnt ein Meeting:
sos-crisis-lines = Krisentelefone:
sos-line = [{ $country }] { $name }: ruf { $phone } an ({ $hours }) — { $source }
sos-line-text = [{ $country }] { $name }: ruf { $phone } an oder schreib eine SMS an { $text } ({ $hours }) — { $source }

## tend milestones

milestones-none = Kein Netzwerk hat ein Startdatum. Leg eins fest: tend network add NAME --since YYYY-MM-DD
milestones-line = { $network }: Tag { $days } seit dem { $since }; nächster Meilenstein: { $next } am { $date }
milestones-line-reached = { $network }: Tag { $days } seit dem { $since }, { $reached } erreicht; nächster Meilenstein: { $next } am { $date }

## tend reciprocity

reciprocity-none = In dieser Zeit sind keine Kontakte eingetragen.
reciprocity-line = { $name }: gegeben { $gave }, bekommen { $received }, gegenseitig { $both }
reciprocity-line-giving = { $name }: gegeben { $gave }, bekommen { $received }, gegenseitig { $both } — vor allem gibst du; ist auch für dich gesorgt?
reciprocity-line-receiving = { $name }: gegeben { $gave }, bekommen { $received }, gegenseitig { $both } — vor allem bekommst du; vielleicht ein Dankeschön, oder ein Angebot, auch zu helfen?

## tend settings

settings-line = { $key } = { $value } — { $label }
setting-checkin-times = wann Tend fragt, wie es dir geht
setting-quiet-hours = Ruhezeiten: keine Erinnerungen, während du dich ausruhst
setting-daily-cap = Erinnerungen, dich zu melden: höchstens so viele am Tag
setting-discreet = diskrete Benachrichtigungen: keine Namen, keine Gruppennamen und keine Wörter rund um Genesung
setting-meeting-lead-minutes = wie viele Minuten vor einem Meeting Tend dich erinnert
setting-week-start = der Tag, an dem Wochenziele beginnen
setting-gratitude = ein Anstoß, Danke zu sagen, am Tag nachdem jemand für dich da war
setting-done-needs-unlock = „Erledigt“ bei einer Erinnerung auf dem Sperrbildschirm verlangt zuerst das Entsperren
setting-crisis-country = aus welchem Land SOS die Krisentelefone zeigt (auto: nach deiner Zeitzone)

## tend network

network-added = Netzwerk { $name } hinzugefügt ({ $id })
network-none = Noch keine Netzwerke. Füge eins hinzu: tend network add Recovery --since YYYY-MM-DD
network-line-since = { $name }, seit dem { $since }

## tend person

person-none = Noch keine Menschen. Füge jemanden hinzu: tend person add NAME --role sponsor
person-line = { $name } — { $role }
person-line-cadence =
    { $days ->
        [one] { $name } — { $role }, jeden Tag
       *[other] { $name } — { $role }, alle { $days } Tage
    }
person-flag-emergency = [Notfall]
person-flag-avoid = [Abstand]
person-heading = { $name } ({ $id }) — { $role }
person-added = Hinzugefügt: { $name } ({ $id }) — { $role }
person-updated = Aktualisiert: { $name } ({ $id }) — { $role }
person-removed = Entfernt: { $name } ({ $id })
person-avoid = Abstand: Tend schlägt die Person nie vor und erinnert dich nie an sie
person-emergency = Notfallkontakt
person-gives = Wie die Person hilft: { $kinds }
person-cadence =
    { $days ->
        [one] Jeden Tag in Kontakt bleiben
       *[other] Alle { $days } Tage in Kontakt bleiben
    }
person-windows = Gute Zeiten für einen Kontakt: { $windows }
person-networks = Netzwerke: { $names }
person-notes = Notizen: { $notes }

## tend need

need-set = { $network } braucht: { $kind } ({ $importance })
need-removed = Nicht mehr unter dem, was { $network } braucht: { $kind }
need-none = Noch keine Bedürfnisse. Füge eins hinzu: tend need set Recovery emotional
need-covered = { $network } · { $kind } ({ $importance }): { $names }
need-gap = { $network } · { $kind } ({ $importance }): noch niemand
need-next-step = Nächster Schritt: { $step }

## tend group

group-added =
    { $count ->
        [one] Gruppe { $name } hinzugefügt ({ $id }) mit { $count } Meeting
       *[other] Gruppe { $name } hinzugefügt ({ $id }) mit { $count } Meetings
    }
group-none = Noch keine Gruppen. Füge eine hinzu: tend group add NAME --meeting "tue 19:00 90"
group-line = { $name } ({ $kind })
group-line-unlisted = { $name } ({ $kind }) — nicht mehr auf ihrer öffentlichen Liste
group-meeting = { $day } { $time }, { $minutes } Min. ({ $zone })
group-by-appointment = nach Absprache
group-at = in { $address }
group-online = online: { $url }

## tend goal

goal-added = Ziel { $title } hinzugefügt ({ $id })
goal-none = Noch keine Ziele. Füge eins hinzu: tend goal add --network Recovery --kind meeting --target 3 --per week
goal-state-met = erreicht
goal-state-at-risk = gefährdet
goal-state-on-track = auf gutem Weg
goal-line =
    { $period ->
        [day] { $title }: { $count }/{ $target } heute ({ $state }), Serie { $streak }, Wert { $score } %
        [month] { $title }: { $count }/{ $target } diesen Monat ({ $state }), Serie { $streak }, Wert { $score } %
       *[week] { $title }: { $count }/{ $target } diese Woche ({ $state }), Serie { $streak }, Wert { $score } %
    }
goal-line-partner =
    { $period ->
        [day] { $title }, mit { $partner }: { $count }/{ $target } heute ({ $state }), Serie { $streak }, Wert { $score } %
        [month] { $title }, mit { $partner }: { $count }/{ $target } diesen Monat ({ $state }), Serie { $streak }, Wert { $score } %
       *[week] { $title }, mit { $partner }: { $count }/{ $target } diese Woche ({ $state }), Serie { $streak }, Wert { $score } %
    }

## tend checkin

checkin-none = Noch nichts eingetragen. Probier: tend checkin daily --mood 3
checkin-daily = Tages-Check-in: Stimmung { $mood }/5
checkin-daily-craving = Tages-Check-in: Stimmung { $mood }/5, Suchtdruck { $craving }/10
checkin-contact = Kontakt: { $channel } mit { $name }, { $direction }
checkin-contact-support = Kontakt: { $channel } mit { $name }, { $direction } ({ $support })
checkin-meeting = Meeting: { $group }
checkin-gratitude = Dank: an { $name }
checkin-sos = SOS
checkin-someone-removed = jemand, der nicht mehr in Tend ist
checkin-group-removed = eine Gruppe, die nicht mehr in Tend ist
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
checkin-logged =
    { $kind ->
        [contact] Kontakt { $id } für den { $date } eingetragen
        [meeting] Meeting { $id } für den { $date } eingetragen
        [gratitude] Dank { $id } für den { $date } eingetragen
        [sos] SOS { $id } für den { $date } eingetragen
       *[daily] Tages-Check-in { $id } für den { $date } eingetragen
    }
checkin-sos-nobody = Keine Vertrauensperson darf von einem SOS erfahren (tend partner consent PERSON sos on).
checkin-sos-later = { $names } konnte noch nicht benachrichtigt werden ({ $error }); Tend holt das beim nächsten Synchronisieren nach.

## tend demo, check, quarantine

demo-store = Demo-Daten: { $db } (Schlüssel { $key }). Sieh sie dir an mit:
check-done = Die Daten lassen sich vollständig lesen: jede Seite wurde geprüft.
check-recent = Vor weniger als einem Tag geprüft ({ $at }); nichts zu tun.
check-not-run = Nicht geprüft.
quarantine-moved = Die unlesbaren Daten wurden nach { $path } beiseitegelegt. Nichts wurde gelöscht; der nächste Befehl fängt mit neuen Daten an (tend export --salvage FILE --db { $path } sichert, was sich noch lesen lässt).

## tend meetings

ago-just-now = gerade eben
ago-minutes =
    { $count ->
        [one] vor { $count } Minute
       *[other] vor { $count } Minuten
    }
ago-hours =
    { $count ->
        [one] vor { $count } Stunde
       *[other] vor { $count } Stunden
    }
ago-days =
    { $count ->
        [one] vor { $count } Tag
       *[other] vor { $count } Tagen
    }
search-distance = ({ $km } km)
source-kind-feed = Feed
source-kind-bmlt = BMLT
sources-none = Keine Meeting-Listen für diesen Ort oder diese Gemeinschaft. Füge eine hinzu: tend meetings source add URL
source-line = { $id }  { $name } ({ $fellowship }, { $kind })
source-line-region = { $id }  { $name } ({ $fellowship }, { $kind }) — { $region }
source-not-in-use = nicht genutzt
source-in-use-updated =
    { $count ->
        [one] genutzt, { $count } Meeting, aktualisiert { $ago }
       *[other] genutzt, { $count } Meetings, aktualisiert { $ago }
    }
source-in-use-never =
    { $count ->
        [one] genutzt, { $count } Meeting, noch nie aktualisiert
       *[other] genutzt, { $count } Meetings, noch nie aktualisiert
    }
source-last-failed = letzte Aktualisierung fehlgeschlagen { $ago }: { $failure }
fetch-failure-private = die Gruppe hält ihre Meeting-Liste privat (der Server verlangt einen Schlüssel); bitte sie um einen öffentlichen Link, oder wähle eine andere Liste
fetch-failure-not-found = die Liste ist nicht mehr unter dieser Adresse
fetch-failure-server-error = der Server der Liste hatte ein Problem; Tend versucht es später noch einmal
fetch-failure-refused = der Server der Liste hat die Anfrage abgelehnt
fetch-failure-timed-out = der Server der Liste hat zu lange nicht geantwortet
fetch-failure-too-big = die Liste ist größer, als Tend liest (64 MB)
fetch-failure-truncated = die Liste kam unvollständig an
fetch-failure-insecure = die Liste wird nicht über eine sichere Verbindung (https) angeboten
fetch-failure-unreachable = der Server der Liste war nicht erreichbar (keine Verbindung, oder eine falsche Adresse)
fetch-failure-not-a-list = was der Server geschickt hat, ist keine Meeting-Liste
refresh-failed = { $id }: Aktualisierung fehlgeschlagen: { $failure }. Die letzte gute Liste bleibt
refresh-failed-none-yet = { $id }: Aktualisierung fehlgeschlagen: { $failure }. Die letzte gute Liste bleibt (es gibt noch keine)
refresh-unchanged = { $id }: unverändert
refresh-none = Keine Meeting-Listen in Nutzung. Sieh sie dir an mit: tend meetings sources --near LAT,LNG
import-progress =
    { $count ->
        [one] { $count } Meeting
       *[other] { $count } Meetings
    }
import-report = Meeting-Verzeichnis, Feed „{ $feed }“: { $created } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $removed } entfernt, { $inactive } inaktiv, { $skipped } übersprungen
import-joined = Deine Gruppen: { $updated } aktualisiert, { $unlisted } nicht mehr gelistet (behalten)
import-record = Eintrag { $index }: { $reason }
import-record-slug = Eintrag { $index } (Slug { $slug }): { $reason }
import-more = … und { $count } weitere
search-none = Keine Meetings gefunden. Probier ein größeres --within, weniger Filter, oder importiere einen Feed: tend meetings import FEED.json
search-at = in { $place }
search-online = online: { $url }
search-zone = Zeit in { $zone } · Feed { $feed }
search-zone-joined = Zeit in { $zone } · Feed { $feed } · eine deiner Gruppen ({ $group })
show-group = Gruppe: { $name }
show-region = Region: { $region }
show-notes = Notizen: { $notes }
show-updated = Eintrag aktualisiert am { $date }
soon-online = in { $minutes } Min. ({ $start }) { $name } — online: { $url }
soon-phone = in { $minutes } Min. ({ $start }) { $name } — per Telefon: { $phone }
soon-place = in { $minutes } Min. ({ $start }) { $name } — { $place }
soon-place-distance = in { $minutes } Min. ({ $start }) { $name } — { $place } ({ $km } km)
soon-in-person = in { $minutes } Min. ({ $start }) { $name } — vor Ort
soon-in-person-distance = in { $minutes } Min. ({ $start }) { $name } — vor Ort ({ $km } km)
soon-none = In den nächsten zwei Stunden beginnt kein Meeting aus dem Verzeichnis (online, oder in der Nähe deiner letzten Suche).
soon-heading = Beginnen bald:
meetings-joined =
    { $count ->
        [one] Du bist { $name } beigetreten (Gruppe { $id }), mit { $count } wöchentlichen Meeting; die Erinnerungen sind in deinem Plan
       *[other] Du bist { $name } beigetreten (Gruppe { $id }), mit { $count } wöchentlichen Meetings; die Erinnerungen sind in deinem Plan
    }
meetings-joined-network =
    { $count ->
        [one] Du bist { $name } beigetreten (Gruppe { $id }), mit { $count } wöchentlichen Meeting, in { $network }; die Erinnerungen sind in deinem Plan
       *[other] Du bist { $name } beigetreten (Gruppe { $id }), mit { $count } wöchentlichen Meetings, in { $network }; die Erinnerungen sind in deinem Plan
    }
meetings-left = Du hast { $name } verlassen (Gruppe { $id }); das Meeting bleibt im Verzeichnis
source-added = { $name } hinzugefügt als { $id } ({ $url })
source-removed =
    { $count ->
        [one] { $id } entfernt: { $count } Meeting hat das Verzeichnis verlassen
       *[other] { $id } entfernt: { $count } Meetings haben das Verzeichnis verlassen
    }
source-removed-joined =
    { $joined ->
        [one] { $id } entfernt: Meetings, die das Verzeichnis verlassen haben: { $count }; { $joined } deiner Gruppen bleibt deine, als nicht mehr gelistet markiert
       *[other] { $id } entfernt: Meetings, die das Verzeichnis verlassen haben: { $count }; { $joined } deiner Gruppen bleiben deine, als nicht mehr gelistet markiert
    }

## tend partner

partner-line = { $name } ({ $role }): { $items }
partner-line-nothing = { $name } ({ $role }): nichts
partner-line-paused = { $name } ({ $role }): { $items } — pausiert: du hältst Abstand zu der Person oder sie ist in keinem deiner Netzwerke, deshalb wird nichts geteilt
partner-line-nothing-paused = { $name } ({ $role }): nichts — pausiert: du hältst Abstand zu der Person oder sie ist in keinem deiner Netzwerke, deshalb wird nichts geteilt
partner-none = Du teilst mit niemandem etwas. Fang an mit: tend partner consent PERSON summary on
partner-preview-paused = Mit { $name } wird nichts geteilt: du hältst Abstand zu der Person oder sie ist in keinem deiner Netzwerke.
# $quoted is the name in quotes, ready to paste into the command.
partner-preview-nothing = Mit { $name } wird nichts geteilt. Schalte etwas ein: tend partner consent { $quoted } summary on
partner-preview-heading = Was { $name } bekommen würde:
partner-preview-item = [{ $item }]
partner-preview-item-when = [{ $item }, wenn es so weit ist]
partner-inbox-none = Noch keine Nachrichten von deinen Vertrauenspersonen.
partner-inbox-entry = { $at }  { $from } [{ $kind }]
partner-links-none = Niemand ist verknüpft. Verknüpfe eine Vertrauensperson: tend partner link PERSON @name:server
partner-link = { $name } ({ $role }): { $matrix_id }
partner-link-no-room = { $name } ({ $role }): { $matrix_id } (noch kein Raum)
partner-link-waiting = { $name } ({ $role }): { $matrix_id } — warte darauf, dass { $name } beitritt
partner-link-left = { $name } ({ $role }): { $matrix_id } — { $name } hat eure gemeinsame Unterhaltung verlassen; verknüpfe die Person neu, um sie in eine neue einzuladen
partner-link-others = { $name } ({ $role }): { $matrix_id } — jemand anderes ist in eurem Raum ({ $others }): nichts wird gesendet; widerrufe und verknüpfe neu für einen neuen Raum
partner-link-unreachable = { $name } ({ $role }): { $matrix_id } — der Server von { $name } war nicht erreichbar; Tend versucht es bei jedem Synchronisieren erneut
partner-link-devices = Die Geräte der Person haben sich am { $at } geändert: ein neues Handy, oder jemand anderes.

## The live channel (tend partner connect, link, sync, send, revoke, disconnect)

live-connected = Verbunden als { $user } (Gerät { $device }) auf { $homeserver }.
live-link-hint = Verknüpfe eine Vertrauensperson: tend partner link PERSON @name:server
live-signed-out = Abgemeldet: Der Homeserver führt dieses Gerät nicht mehr, und die Sitzung und ihre Schlüssel sind hier gelöscht.
live-signed-out-offline = Die Sitzung und ihre Schlüssel sind hier gelöscht, aber der Homeserver war zum Abmelden nicht erreichbar: Entferne das Gerät „{ $device }“ aus der Sitzungsliste einer anderen Matrix-App.
live-linked = { $name } ist mit { $matrix_id } verknüpft. Tend legt einen verschlüsselten Raum mit der Person an, sobald es etwas zu senden gibt; sie nimmt ihn in Tend an (tend partner accept) oder in jeder Matrix-App.
live-revoked = Du teilst nichts mehr mit { $name }: Alle Freigaben sind entfernt, und nichts weiter wird gesendet.
live-revoke-no-room = Es gab keinen gemeinsamen Raum mit der Person zu verlassen.
live-revoke-left =
    { $count ->
        [one] Tend hat euren Raum verlassen.
       *[other] Tend hat eure { $count } Räume verlassen.
    }
live-revoke-pending =
    { $count ->
        [one] Tend konnte den Homeserver nicht erreichen, um euren Raum zu verlassen; das passiert beim nächsten Synchronisieren.
       *[other] Tend konnte den Homeserver nicht erreichen, um eure { $count } Räume zu verlassen; das passiert beim nächsten Synchronisieren.
    }
live-revoke-recall = Schon zugestellte Nachrichten lassen sich nicht zurückholen: Sie bleiben auf den Geräten und dem Homeserver von { $name }.
live-devices-changed = Die Geräte von { $name } haben sich geändert: ein neues Handy, oder jemand anderes hat sich unter diesem Namen angemeldet. Sprich mit der Person, bevor du mehr teilst.
live-blocked = Nicht an { $name } gesendet: Jemand anderes ist in eurem gemeinsamen Raum ({ $others }) und würde es lesen. Widerrufe und verknüpfe { $name } neu, um einen Raum nur für euch zwei zu öffnen.
live-partner-left = Nicht an { $name } gesendet: { $name } hat eure gemeinsame Unterhaltung verlassen. Verknüpfe die Person neu, um sie in eine neue einzuladen ({ $kind }).
live-unreachable = Der Server von { $name } war nicht erreichbar: Das Senden ({ $kind }) folgt bei einem späteren Synchronisieren.
live-sent = An { $name } gesendet (Ende-zu-Ende-verschlüsselt): { $kind }
live-waiting = Warte darauf, dass { $name } eurem gemeinsamen Raum beitritt: Das Senden ({ $kind }) folgt beim ersten Synchronisieren danach.
live-accepted = Einladung von { $name } angenommen.
live-refused = Einem Raum, in den { $name } dich eingeladen hat, bist du nicht beigetreten: Er war nicht verschlüsselt, oder jemand anderes war darin. Dein Raum mit der Person bleibt, wie er war.
live-declined = Einladung von { $matrix_id } abgelehnt: mit niemandem verknüpft (zuerst tend partner link PERSON { $matrix_id }, um die Einladungen anzunehmen).
live-received =
    { $count ->
        [one] { $count } neue Nachricht von deinen Vertrauenspersonen: tend partner inbox
       *[other] { $count } neue Nachrichten von deinen Vertrauenspersonen: tend partner inbox
    }
live-undecryptable =
    { $count ->
        [one] { $count } Nachricht konnte noch nicht entschlüsselt werden; vielleicht klappt es bei einem späteren Synchronisieren.
       *[other] { $count } Nachrichten konnten noch nicht entschlüsselt werden; vielleicht klappt es bei einem späteren Synchronisieren.
    }
live-not-from-partner =
    { $count ->
        [one] { $count } Nachricht trug den Namen einer Vertrauensperson, kam aber nicht von deren eigenen Geräten: nicht angezeigt.
       *[other] { $count } Nachrichten trugen den Namen einer Vertrauensperson, kamen aber nicht von deren eigenen Geräten: nicht angezeigt.
    }
live-nothing = Nichts Neues, nichts zu senden.

## tend export, import, calendar, contacts, wipe

count-networks =
    { $count ->
        [one] { $count } Netzwerk
       *[other] { $count } Netzwerke
    }
count-people =
    { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    }
count-needs =
    { $count ->
        [one] { $count } Bedürfnis
       *[other] { $count } Bedürfnisse
    }
count-groups =
    { $count ->
        [one] { $count } Gruppe
       *[other] { $count } Gruppen
    }
count-meetings =
    { $count ->
        [one] { $count } wöchentliches Meeting
       *[other] { $count } wöchentliche Meetings
    }
count-checkins =
    { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    }
count-goals =
    { $count ->
        [one] { $count } Ziel
       *[other] { $count } Ziele
    }
count-settings =
    { $count ->
        [one] { $count } Einstellung
       *[other] { $count } Einstellungen
    }
salvage-saved = Was sich lesen ließ, ist gespeichert in { $file }:
salvage-complete = Alles ließ sich lesen.
salvage-unreadable = Nicht lesbar:
salvage-dropped =
    { $count ->
        [one] { $count } Verweis auf nicht lesbare Einträge wurde weggelassen.
       *[other] { $count } Verweise auf nicht lesbare Einträge wurden weggelassen.
    }
salvage-restore-hint = Stelle es in neuen Daten wieder her mit: tend import FILE
export-written = Backup geschrieben nach { $file } (nicht verschlüsselt: bewahre es privat auf, oder nutze --passphrase-file)
export-written-encrypted = Verschlüsseltes Backup geschrieben nach { $file }
import-restored = Aus dem Backup wiederhergestellt:
calendar-written =
    { $count ->
        [one] { $count } Termin geschrieben nach { $file }
       *[other] { $count } Termine geschrieben nach { $file }
    }
contacts-heading = Kontakte in { $network }:
contacts-created =
    { $count ->
        [one] { $count } Person hinzugefügt
       *[other] { $count } Personen hinzugefügt
    }
contacts-updated =
    { $count ->
        [one] { $count } war schon da und ist jetzt aktuell
       *[other] { $count } waren schon da und sind jetzt aktuell
    }
contacts-unchanged =
    { $count ->
        [one] { $count } war schon da
       *[other] { $count } waren schon da
    }
contacts-skipped =
    { $count ->
        [one] { $count } Karte übersprungen
       *[other] { $count } Karten übersprungen
    }
contacts-card = Karte { $index }: { $reason }
contacts-card-dropped = Karte { $index }: weggelassen: { $reason }
wipe-nothing-at = Nichts zu löschen: keine Daten unter { $path }
wipe-list = Das löscht endgültig:
# "wipe" is what to type, in every language.
wipe-confirm = Tippe „wipe“, um fortzufahren:
wipe-nothing = Nichts zu löschen: dort sind keine Daten
wipe-deleted = Gelöscht: { $files }
wipe-sign-out-failed = Der Homeserver war zum Abmelden nicht erreichbar: Entferne das Gerät „{ $device }“ aus der Sitzungsliste einer anderen Matrix-App.

# An error the program stops with, after "tend: ". $field and $what name what was refused, as
# the command line spells it; $problem is why, worded from the core's catalog.
error-invalid = Ungültige Angabe ({ $field }): { $problem }
error-conflict = { $what } passt nicht zu dem, was gespeichert ist: { $problem }
error-not-found = Nicht gefunden: { $what } { $id }
error-not-found-by-name = Nicht gefunden: { $what } mit diesem Namen
thing-person = Person
thing-network = Netzwerk
thing-need = Bedarf
thing-goal = Ziel
thing-group = Gruppe
thing-check-in = Check-in
thing-notification = Benachrichtigung
thing-partner-link = Partner-Verbindung
thing-directory-meeting = Meeting aus dem Verzeichnis
thing-meeting-source = Meeting-Quelle
thing-database-file = Datendatei
thing-matrix-account = Matrix-Konto
thing-matrix-id = Matrix-ID
thing-idempotency-key = Wiederholungsschlüssel
thing-thing = Eintrag
