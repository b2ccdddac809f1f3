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
plan-act-done = { $id } : fait
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
plan-act-done-logged =
    { $kind ->
        [contact] { $id } : fait (contact { $checkin } noté)
        [meeting] { $id } : fait (réunion { $checkin } notée)
        [gratitude] { $id } : fait (remerciement { $checkin } noté)
        [sos] { $id } : fait (SOS { $checkin } noté)
       *[daily] { $id } : fait (point du jour { $checkin } noté)
    }
plan-act-skipped = { $id } : passé
plan-act-snoozed = { $id } : reporté jusqu'à { $until }
plan-act-ask = Qui as-tu contacté ? { $names }
plan-remind-start = tend remind : planification dans le fuseau { $zone } ; Ctrl-C pour arrêter
plan-remind-zone-changed = tend remind : le fuseau horaire est maintenant { $zone } ; nouvelle planification
plan-remind-stopped = tend remind : arrêté
plan-remind-clock-moved = tend remind : l'horloge a bougé de { $seconds } s ; nouvelle planification

## Closed sets: the words for the codes the core uses

role-friend = ami(e)
role-family = famille
role-peer = pair
role-sponsor = parrain/marraine ou mentor
role-therapist = thérapeute
role-counselor = conseiller(ère)
role-support-worker = intervenant(e)
role-doctor = médecin
role-group-facilitator = animateur(rice) de groupe
role-other = quelqu'un d'autre
importance-essential = essentiel
importance-helpful = utile
group-kind-twelve-step = groupe en 12 étapes
group-kind-smart = SMART Recovery
group-kind-peer = groupe de soutien entre pairs
group-kind-therapy-group = groupe thérapeutique
group-kind-other = autre type de groupe
channel-call = appel
channel-text = messages
channel-meet = rencontre
channel-other = autre moyen
direction-gave = tu as apporté ton soutien
direction-received = tu as reçu du soutien
direction-both = dans les deux sens
contact-kind-phone = téléphone : { $value }
contact-kind-email = e-mail : { $value }
contact-kind-other = autre : { $value }
share-item-summary = résumé de la semaine
share-item-mood = humeur dans le résumé
share-item-milestones = étapes
share-item-sos = SOS
share-item-decline = alerte si j'arrête de faire le point
share-item-decline-days =
    { $days ->
        [one] alerte si j'arrête de faire le point (après { $days } jour)
        [many] alerte si j'arrête de faire le point (après { $days } jours)
       *[other] alerte si j'arrête de faire le point (après { $days } jours)
    }
share-kind-summary = résumé de la semaine
share-kind-milestone = étape
share-kind-sos = SOS
share-kind-decline = alerte d'absence de point du jour
share-kind-text = message
attendance-in-person = en personne
attendance-online = en ligne
attendance-hybrid = hybride
weekday-sun = dim.
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
date-time = { $date } à { $time }

## tend sos

sos-intro = Tu n'es pas seul(e). Si tu es en danger maintenant, appelle les services d'urgence.
sos-your-people = Tes proches :
sos-person = { $name } ({ $role }) { $phones }
sos-meeting-soon = Une réunion commence bientôt :
sos-crisis-lines = Lignes d'écoute :
sos-line = [{ $country }] { $name } : appelle le { $phone } ({ $hours }) — { $source }
sos-line-text = [{ $country }] { $name } : appelle le { $phone } ou envoie un texto au { $text } ({ $hours }) — { $source }

## tend milestones

milestones-none = Aucun réseau n'a de date de départ. Ajoutes-en une : tend network add NAME --since YYYY-MM-DD
milestones-line = { $network } : jour { $days } depuis le { $since } ; prochaine étape : { $next }, le { $date }
milestones-line-reached = { $network } : jour { $days } depuis le { $since }, étape atteinte : { $reached } ; prochaine étape : { $next }, le { $date }

## tend reciprocity

reciprocity-none = Aucun contact noté sur cette période.
reciprocity-line = { $name } : tu as donné { $gave }, reçu { $received }, dans les deux sens { $both }
reciprocity-line-giving = { $name } : tu as donné { $gave }, reçu { $received }, dans les deux sens { $both } — c'est surtout toi qui donnes ; est-ce qu'on prend soin de toi aussi ?
reciprocity-line-receiving = { $name } : tu as donné { $gave }, reçu { $received }, dans les deux sens { $both } — c'est surtout toi qui reçois ; un merci, ou proposer ton aide en retour ?

## tend settings

settings-line = { $key } = { $value } — { $label }
setting-checkin-times = quand Tend te demande comment tu vas
setting-quiet-hours = heures calmes : pas de rappels pendant que tu te reposes
setting-daily-cap = rappels pour prendre des nouvelles : au maximum autant par jour
setting-discreet = notifications discrètes : ni noms, ni noms de groupes, ni mots liés au rétablissement
setting-meeting-lead-minutes = combien de minutes avant une réunion Tend te la rappelle
setting-week-start = le jour où commencent les objectifs de la semaine
setting-gratitude = un coup de pouce pour dire merci, le lendemain du jour où quelqu'un a été là pour toi
setting-done-needs-unlock = « fait » sur un rappel de l'écran de verrouillage demande d'abord de déverrouiller
setting-crisis-country = de quel pays SOS affiche les lignes d'écoute (auto : d'après ton fuseau horaire)

## tend network

network-added = Réseau { $name } ajouté ({ $id })
network-none = Pas encore de réseau. Ajoutes-en un : tend network add Recovery --since YYYY-MM-DD
network-line-since = { $name }, depuis le { $since }

## tend person

person-none = Personne pour l'instant. Ajoute quelqu'un : tend person add NAME --role sponsor
person-line = { $name } — { $role }
person-line-cadence =
    { $days ->
        [one] { $name } — { $role }, tous les jours
        [many] { $name } — { $role }, tous les { $days } jours
       *[other] { $name } — { $role }, tous les { $days } jours
    }
person-flag-emergency = [urgence]
person-flag-avoid = [garder ses distances]
person-heading = { $name } ({ $id }) — { $role }
person-added = Ajout : { $name } ({ $id }) — { $role }
person-updated = Mise à jour : { $name } ({ $id }) — { $role }
person-removed = Retrait : { $name } ({ $id })
person-avoid = Tu gardes tes distances : Tend ne suggère jamais cette personne et ne te la rappelle jamais
person-emergency = Contact d'urgence
person-gives = Comment cette personne t'aide : { $kinds }
person-cadence =
    { $days ->
        [one] Garder le contact tous les jours
        [many] Garder le contact tous les { $days } jours
       *[other] Garder le contact tous les { $days } jours
    }
person-windows = Bons moments pour la contacter : { $windows }
person-networks = Réseaux : { $names }
person-notes = Notes : { $notes }

## tend need

need-set = { $network } a besoin de : { $kind } ({ $importance })
need-removed = Retiré des besoins de { $network } : { $kind }
need-none = Pas encore de besoin. Ajoutes-en un : tend need set Recovery emotional
need-covered = { $network } · { $kind } ({ $importance }) : { $names }
need-gap = { $network } · { $kind } ({ $importance }) : personne pour l'instant
need-next-step = Prochain pas : { $step }

## tend group

group-added =
    { $count ->
        [one] Groupe { $name } ajouté ({ $id }) avec { $count } réunion
        [many] Groupe { $name } ajouté ({ $id }) avec { $count } réunions
       *[other] Groupe { $name } ajouté ({ $id }) avec { $count } réunions
    }
group-none = Pas encore de groupe. Ajoutes-en un : tend group add NAME --meeting "tue 19:00 90"
group-line = { $name } ({ $kind })
group-line-unlisted = { $name } ({ $kind }) — n'est plus sur sa liste publique
group-meeting = { $day } { $time }, { $minutes } min ({ $zone })
group-by-appointment = sur rendez-vous
group-at = à { $address }
group-online = en ligne : { $url }

## tend goal

goal-added = Objectif { $title } ajouté ({ $id })
goal-none = Pas encore d'objectif. Ajoutes-en un : tend goal add --network Recovery --kind meeting --target 3 --per week
goal-state-met = atteint
goal-state-at-risk = à risque
goal-state-on-track = en bonne voie
goal-line =
    { $period ->
        [day] { $title } : { $count }/{ $target } aujourd'hui ({ $state }), série { $streak }, score { $score } %
        [month] { $title } : { $count }/{ $target } ce mois-ci ({ $state }), série { $streak }, score { $score } %
       *[week] { $title } : { $count }/{ $target } cette semaine ({ $state }), série { $streak }, score { $score } %
    }
goal-line-partner =
    { $period ->
        [day] { $title }, avec { $partner } : { $count }/{ $target } aujourd'hui ({ $state }), série { $streak }, score { $score } %
        [month] { $title }, avec { $partner } : { $count }/{ $target } ce mois-ci ({ $state }), série { $streak }, score { $score } %
       *[week] { $title }, avec { $partner } : { $count }/{ $target } cette semaine ({ $state }), série { $streak }, score { $score } %
    }

## tend checkin

checkin-none = Rien de noté pour l'instant. Essaie : tend checkin daily --mood 3
checkin-daily = point du jour : humeur { $mood }/5
checkin-daily-craving = point du jour : humeur { $mood }/5, envies de consommer { $craving }/10
checkin-contact = contact : { $channel } avec { $name }, { $direction }
checkin-contact-support = contact : { $channel } avec { $name }, { $direction } ({ $support })
checkin-meeting = réunion : { $group }
checkin-gratitude = remerciement : à { $name }
checkin-sos = SOS
checkin-someone-removed = quelqu'un qui n'est plus dans Tend
checkin-group-removed = un groupe qui n'est plus dans Tend
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
checkin-logged =
    { $kind ->
        [contact] Contact { $id } noté, pour le { $date }
        [meeting] Réunion { $id } notée, pour le { $date }
        [gratitude] Remerciement { $id } noté, pour le { $date }
        [sos] SOS { $id } noté, pour le { $date }
       *[daily] Point du jour { $id } noté, pour le { $date }
    }
checkin-sos-nobody = Aucun partenaire n'est prévenu en cas de SOS (tend partner consent PERSON sos on).
checkin-sos-later = Impossible de prévenir { $names } pour l'instant ({ $error }) ; Tend les préviendra à la prochaine synchronisation.

## tend demo, check, quarantine

demo-store = Données de démonstration : { $db } (clé { $key }). Explore-les avec :
check-done = Les données se relisent en entier : chaque page a été vérifiée.
check-recent = Vérifié il y a moins d'un jour ({ $at }) ; rien à faire.
check-not-run = Pas vérifié.
quarantine-moved = Les données illisibles ont été mises de côté dans { $path }. Rien n'a été supprimé ; la prochaine commande repart de zéro (tend export --salvage FILE --db { $path } sauvegarde ce qui peut encore être lu).

## tend meetings

ago-just-now = à l'instant
ago-minutes =
    { $count ->
        [one] il y a { $count } minute
        [many] il y a { $count } minutes
       *[other] il y a { $count } minutes
    }
ago-hours =
    { $count ->
        [one] il y a { $count } heure
        [many] il y a { $count } heures
       *[other] il y a { $count } heures
    }
ago-days =
    { $count ->
        [one] il y a { $count } jour
        [many] il y a { $count } jours
       *[other] il y a { $count } jours
    }
search-distance = ({ $km } km)
source-kind-feed = flux
source-kind-bmlt = BMLT
sources-none = Aucune liste de réunions pour ce lieu ou cette fraternité. Ajoutes-en une : tend meetings source add URL
source-line = { $id }  { $name } ({ $fellowship }, { $kind })
source-line-region = { $id }  { $name } ({ $fellowship }, { $kind }) — { $region }
source-not-in-use = pas utilisée
source-in-use-updated =
    { $count ->
        [one] utilisée, { $count } réunion, mise à jour { $ago }
        [many] utilisée, { $count } réunions, mise à jour { $ago }
       *[other] utilisée, { $count } réunions, mise à jour { $ago }
    }
source-in-use-never =
    { $count ->
        [one] utilisée, { $count } réunion, jamais mise à jour
        [many] utilisée, { $count } réunions, jamais mise à jour
       *[other] utilisée, { $count } réunions, jamais mise à jour
    }
source-last-failed = la dernière mise à jour a échoué { $ago } : { $failure }
fetch-failure-private = le groupe garde sa liste de réunions privée (le serveur demande une clé) ; demande-lui un lien public, ou choisis une autre liste
fetch-failure-not-found = la liste n'est plus à cette adresse
fetch-failure-server-error = le serveur de la liste a eu un problème ; Tend réessaiera plus tard
fetch-failure-refused = le serveur de la liste a refusé la demande
fetch-failure-timed-out = le serveur de la liste a mis trop de temps à répondre
fetch-failure-too-big = la liste dépasse ce que Tend peut lire (64 Mo)
fetch-failure-truncated = la liste est arrivée incomplète
fetch-failure-insecure = la liste n'est pas proposée via une connexion sécurisée (https)
fetch-failure-unreachable = impossible de joindre le serveur de la liste (pas de connexion, ou adresse erronée)
fetch-failure-not-a-list = ce que le serveur a envoyé n'est pas une liste de réunions
refresh-failed = { $id } : la mise à jour a échoué : { $failure }. La dernière liste valable est conservée
refresh-failed-none-yet = { $id } : la mise à jour a échoué : { $failure }. La dernière liste valable est conservée (il n'y en a pas encore)
refresh-unchanged = { $id } : inchangée
refresh-none = Aucune liste de réunions utilisée. Vois-les avec : tend meetings sources --near LAT,LNG
import-progress =
    { $count ->
        [one] { $count } réunion
        [many] { $count } réunions
       *[other] { $count } réunions
    }
import-report = Annuaire des réunions, flux « { $feed } » : nouvelles { $created }, mises à jour { $updated }, inchangées { $unchanged }, retirées { $removed }, inactives { $inactive }, ignorées { $skipped }
import-joined = Tes groupes : mis à jour { $updated }, plus listés { $unlisted } (conservés)
import-record = enregistrement { $index } : { $reason }
import-record-slug = enregistrement { $index } (slug { $slug }) : { $reason }
import-more = … et { $count } de plus
search-none = Aucune réunion trouvée. Essaie un --within plus large, moins de filtres, ou importe un flux : tend meetings import FEED.json
search-at = à { $place }
search-online = en ligne : { $url }
search-zone = heure de { $zone } · flux { $feed }
search-zone-joined = heure de { $zone } · flux { $feed } · un de tes groupes ({ $group })
show-group = groupe : { $name }
show-region = région : { $region }
show-notes = notes : { $notes }
show-updated = fiche mise à jour le { $date }
soon-online = dans { $minutes } min ({ $start }) { $name } — en ligne : { $url }
soon-phone = dans { $minutes } min ({ $start }) { $name } — par téléphone : { $phone }
soon-place = dans { $minutes } min ({ $start }) { $name } — { $place }
soon-place-distance = dans { $minutes } min ({ $start }) { $name } — { $place } ({ $km } km)
soon-in-person = dans { $minutes } min ({ $start }) { $name } — en personne
soon-in-person-distance = dans { $minutes } min ({ $start }) { $name } — en personne ({ $km } km)
soon-none = Aucune réunion de l'annuaire ne commence dans les deux prochaines heures (en ligne, ou près de l'endroit de ta dernière recherche).
soon-heading = Commencent bientôt :
meetings-joined =
    { $count ->
        [one] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunion par semaine ; ses rappels sont dans ton plan
        [many] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunions par semaine ; ses rappels sont dans ton plan
       *[other] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunions par semaine ; ses rappels sont dans ton plan
    }
meetings-joined-network =
    { $count ->
        [one] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunion par semaine, dans { $network } ; ses rappels sont dans ton plan
        [many] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunions par semaine, dans { $network } ; ses rappels sont dans ton plan
       *[other] Tu as rejoint { $name } (groupe { $id }), avec { $count } réunions par semaine, dans { $network } ; ses rappels sont dans ton plan
    }
meetings-left = Tu as quitté { $name } (groupe { $id }) ; sa réunion reste dans l'annuaire
source-added = { $name } ajoutée sous l'identifiant { $id } ({ $url })
source-removed =
    { $count ->
        [one] { $id } retirée : { $count } réunion a quitté l'annuaire
        [many] { $id } retirée : { $count } réunions ont quitté l'annuaire
       *[other] { $id } retirée : { $count } réunions ont quitté l'annuaire
    }
source-removed-joined =
    { $joined ->
        [one] { $id } retirée : réunions sorties de l'annuaire : { $count } ; { $joined } de tes groupes reste à toi, marqué comme plus listé
        [many] { $id } retirée : réunions sorties de l'annuaire : { $count } ; { $joined } de tes groupes restent à toi, marqués comme plus listés
       *[other] { $id } retirée : réunions sorties de l'annuaire : { $count } ; { $joined } de tes groupes restent à toi, marqués comme plus listés
    }

## tend partner

partner-line = { $name } ({ $role }) : { $items }
partner-line-nothing = { $name } ({ $role }) : rien
partner-line-paused = { $name } ({ $role }) : { $items } — en pause : tu gardes tes distances avec cette personne ou elle n'est dans aucun de tes réseaux, donc rien n'est partagé
partner-line-nothing-paused = { $name } ({ $role }) : rien — en pause : tu gardes tes distances avec cette personne ou elle n'est dans aucun de tes réseaux, donc rien n'est partagé
partner-none = Tu ne partages rien avec personne. Commence par : tend partner consent PERSON summary on
partner-preview-paused = Rien n'est partagé avec { $name } : tu gardes tes distances avec cette personne ou elle n'est dans aucun de tes réseaux.
# $quoted is the name in quotes, ready to paste into the command.
partner-preview-nothing = Rien n'est partagé avec { $name }. Active un élément : tend partner consent { $quoted } summary on
partner-preview-heading = Ce que { $name } recevrait :
partner-preview-item = [{ $item }]
partner-preview-item-when = [{ $item }, le moment venu]
partner-inbox-none = Aucun message de tes partenaires pour l'instant.
partner-inbox-entry = { $at }  { $from } [{ $kind }]
partner-links-none = Personne n'est associé. Associe un partenaire : tend partner link PERSON @name:server
partner-link = { $name } ({ $role }) : { $matrix_id }
partner-link-no-room = { $name } ({ $role }) : { $matrix_id } (pas encore de salon)
partner-link-waiting = { $name } ({ $role }) : { $matrix_id } — en attente que { $name } rejoigne le salon
partner-link-left = { $name } ({ $role }) : { $matrix_id } — { $name } a quitté votre conversation partagée ; associe cette personne à nouveau pour l'inviter dans une nouvelle conversation
partner-link-others = { $name } ({ $role }) : { $matrix_id } — quelqu'un d'autre est dans votre salon ({ $others }) : rien n'est envoyé ; révoque puis associe à nouveau pour un nouveau salon
partner-link-unreachable = { $name } ({ $role }) : { $matrix_id } — impossible de joindre le serveur de { $name } ; Tend réessaie à chaque synchronisation
partner-link-devices = Ses appareils ont changé le { $at } : un nouveau téléphone, ou quelqu'un d'autre.

## The live channel (tend partner connect, link, sync, send, revoke, disconnect)

live-connected = Connecté en tant que { $user } (appareil { $device }) sur { $homeserver }.
live-link-hint = Associe un partenaire : tend partner link PERSON @name:server
live-signed-out = Déconnexion faite : le serveur d'accueil ne liste plus cet appareil, et la session et ses clés ont disparu d'ici.
live-signed-out-offline = La session et ses clés ont disparu d'ici, mais le serveur d'accueil n'a pas pu être joint pour la déconnexion : supprime l'appareil « { $device } » de la liste des sessions depuis une autre appli Matrix.
live-linked = { $name } est associé(e) à { $matrix_id }. Tend crée un salon chiffré avec cette personne quand il y a quelque chose à envoyer ; elle l'accepte dans Tend (tend partner accept) ou dans n'importe quelle appli Matrix.
live-revoked = Tu ne partages plus rien avec { $name } : toutes les autorisations sont retirées et plus rien ne sera envoyé.
live-revoke-no-room = Il n'y avait pas de salon partagé avec cette personne à quitter.
live-revoke-left =
    { $count ->
        [one] Tend a quitté ton salon avec cette personne.
        [many] Tend a quitté tes { $count } salons avec cette personne.
       *[other] Tend a quitté tes { $count } salons avec cette personne.
    }
live-revoke-pending =
    { $count ->
        [one] Tend n'a pas pu joindre le serveur d'accueil pour quitter ton salon avec cette personne ; il le fera à la prochaine synchronisation.
        [many] Tend n'a pas pu joindre le serveur d'accueil pour quitter { $count } salons avec cette personne ; il le fera à la prochaine synchronisation.
       *[other] Tend n'a pas pu joindre le serveur d'accueil pour quitter { $count } salons avec cette personne ; il le fera à la prochaine synchronisation.
    }
live-revoke-recall = Les messages déjà remis ne peuvent pas être rappelés : ils restent sur les appareils et le serveur de { $name }.
live-devices-changed = Les appareils de { $name } ont changé : un nouveau téléphone, ou quelqu'un d'autre s'est connecté à sa place. Vérifie avec cette personne avant de partager davantage.
live-blocked = Non envoyé à { $name } : quelqu'un d'autre est dans votre salon partagé ({ $others }) et pourrait le lire. Révoque puis associe { $name } à nouveau pour ouvrir un nouveau salon rien qu'à vous deux.
live-partner-left = Non envoyé à { $name } : { $name } a quitté votre conversation partagée. Associe cette personne à nouveau pour l'inviter dans une nouvelle conversation ({ $kind }).
live-unreachable = Impossible de joindre le serveur de { $name } : l'envoi ({ $kind }) partira lors d'une prochaine synchronisation.
live-sent = Envoyé à { $name } (chiffré de bout en bout) : { $kind }
live-waiting = En attente que { $name } rejoigne votre salon partagé : l'envoi ({ $kind }) partira à la première synchronisation qui suivra.
live-accepted = Invitation de { $name } acceptée.
live-refused = Tu n'as pas rejoint un salon proposé par { $name } : il n'était pas chiffré, ou quelqu'un d'autre s'y trouvait. Ton salon avec cette personne reste tel quel.
live-declined = Invitation de { $matrix_id } refusée : cet identifiant n'est associé à personne (d'abord tend partner link PERSON { $matrix_id } pour accepter ses invitations).
live-received =
    { $count ->
        [one] { $count } nouveau message de tes partenaires : tend partner inbox
        [many] { $count } nouveaux messages de tes partenaires : tend partner inbox
       *[other] { $count } nouveaux messages de tes partenaires : tend partner inbox
    }
live-undecryptable =
    { $count ->
        [one] { $count } message n'a pas encore pu être déchiffré ; il le sera peut-être lors d'une prochaine synchronisation.
        [many] { $count } messages n'ont pas encore pu être déchiffrés ; ils le seront peut-être lors d'une prochaine synchronisation.
       *[other] { $count } messages n'ont pas encore pu être déchiffrés ; ils le seront peut-être lors d'une prochaine synchronisation.
    }
live-not-from-partner =
    { $count ->
        [one] { $count } message utilisait le nom d'un partenaire mais ne venait pas de ses propres appareils : il n'est pas affiché.
        [many] { $count } messages utilisaient le nom d'un partenaire mais ne venaient pas de ses propres appareils : ils ne sont pas affichés.
       *[other] { $count } messages utilisaient le nom d'un partenaire mais ne venaient pas de ses propres appareils : ils ne sont pas affichés.
    }
live-nothing = Rien de nouveau, rien à envoyer.

## tend export, import, calendar, contacts, wipe

count-networks =
    { $count ->
        [one] { $count } réseau
        [many] { $count } réseaux
       *[other] { $count } réseaux
    }
count-people =
    { $count ->
        [one] { $count } personne
        [many] { $count } personnes
       *[other] { $count } personnes
    }
count-needs =
    { $count ->
        [one] { $count } besoin
        [many] { $count } besoins
       *[other] { $count } besoins
    }
count-groups =
    { $count ->
        [one] { $count } groupe
        [many] { $count } groupes
       *[other] { $count } groupes
    }
count-meetings =
    { $count ->
        [one] { $count } réunion hebdomadaire
        [many] { $count } réunions hebdomadaires
       *[other] { $count } réunions hebdomadaires
    }
count-checkins =
    { $count ->
        [one] { $count } entrée du journal
        [many] { $count } entrées du journal
       *[other] { $count } entrées du journal
    }
count-goals =
    { $count ->
        [one] { $count } objectif
        [many] { $count } objectifs
       *[other] { $count } objectifs
    }
count-settings =
    { $count ->
        [one] { $count } réglage
        [many] { $count } réglages
       *[other] { $count } réglages
    }
salvage-saved = Ce qui a pu être lu est enregistré dans { $file } :
salvage-complete = Tout a pu être lu.
salvage-unreadable = Illisible :
salvage-dropped =
    { $count ->
        [one] { $count } lien vers des données illisibles a été laissé de côté.
        [many] { $count } liens vers des données illisibles ont été laissés de côté.
       *[other] { $count } liens vers des données illisibles ont été laissés de côté.
    }
salvage-restore-hint = Restaure-la dans de nouvelles données avec : tend import FILE
export-written = Sauvegarde écrite dans { $file } (non chiffrée : garde-la dans un endroit privé, ou utilise --passphrase-file)
export-written-encrypted = Sauvegarde chiffrée écrite dans { $file }
import-restored = Restauré depuis la sauvegarde :
calendar-written =
    { $count ->
        [one] { $count } événement écrit dans { $file }
        [many] { $count } événements écrits dans { $file }
       *[other] { $count } événements écrits dans { $file }
    }
contacts-heading = Contacts dans { $network } :
contacts-created =
    { $count ->
        [one] { $count } personne ajoutée
        [many] { $count } personnes ajoutées
       *[other] { $count } personnes ajoutées
    }
contacts-updated =
    { $count ->
        [one] { $count } était déjà là et est maintenant à jour
        [many] { $count } étaient déjà là et sont maintenant à jour
       *[other] { $count } étaient déjà là et sont maintenant à jour
    }
contacts-unchanged =
    { $count ->
        [one] { $count } était déjà là
        [many] { $count } étaient déjà là
       *[other] { $count } étaient déjà là
    }
contacts-skipped =
    { $count ->
        [one] { $count } fiche ignorée
        [many] { $count } fiches ignorées
       *[other] { $count } fiches ignorées
    }
contacts-card = fiche { $index } : { $reason }
contacts-card-dropped = fiche { $index } : laissé de côté { $reason }
wipe-nothing-at = Rien à supprimer : pas de données dans { $path }
wipe-list = Ceci supprime, définitivement :
# "wipe" is what to type, in every language.
wipe-confirm = Tape « wipe » pour continuer :
wipe-nothing = Rien à supprimer : pas de données à cet endroit
wipe-deleted = Supprimé : { $files }
wipe-sign-out-failed = Impossible de joindre le serveur d'accueil pour se déconnecter : supprime l'appareil « { $device } » de la liste des sessions depuis une autre appli Matrix.

# An error the program stops with, after "tend: ". $field and $what name what was refused, as
# the command line spells it; $problem is why, worded from the core's catalog.
error-invalid = { $field } non valable : { $problem }
error-conflict = { $what } contredit ce qui est enregistré : { $problem }
error-not-found = Introuvable : { $what } { $id }
error-not-found-by-name = Introuvable : { $what } avec ce nom
thing-person = personne
thing-network = réseau
thing-need = besoin
thing-goal = objectif
thing-group = groupe
thing-check-in = point
thing-notification = notification
thing-partner-link = lien avec un partenaire
thing-directory-meeting = réunion de l'annuaire
thing-meeting-source = source de réunions
thing-database-file = fichier de données
thing-matrix-account = compte Matrix
thing-matrix-id = identifiant Matrix
thing-idempotency-key = clé de répétition
thing-thing = élément
