# Tend's messages in French (tu): the words for every message the core produces
# (crates/tend-core/src/messages/mod.rs names them and their arguments). The same identifiers
# are in Android's res/values*/messages.xml and iOS's Messages.xcstrings.

verbatim = { $text }

## Reminders

reminder-daily-title = Point du jour
reminder-daily-body = Comment se passe ta journée ? Prends un moment pour faire le point.
reminder-daily-discreet-title = C'est l'heure de faire le point
reminder-discreet-title = Tu as un rappel
reminder-discreet-body = Appuie pour ouvrir.
reminder-keep-in-touch-title = Prends des nouvelles de { $name }
reminder-keep-in-touch-today = Ton dernier contact date d'aujourd'hui.
reminder-keep-in-touch-yesterday = Ton dernier contact date d'hier.
reminder-keep-in-touch-days =
    { $days ->
        [one] Ton dernier contact remonte à { $days } jour.
        [many] Ton dernier contact remonte à { $days } jours.
       *[other] Ton dernier contact remonte à { $days } jours.
    }
reminder-keep-in-touch-never = Tu n'as encore enregistré aucun contact.
reminder-keep-in-touch-many-title =
    { $count ->
        [one] { $count } personne à contacter
        [many] { $count } personnes à contacter
       *[other] { $count } personnes à contacter
    }
reminder-keep-in-touch-many-body = { $names }
reminder-meeting-now = { $group } commence maintenant
reminder-meeting-minutes =
    { $minutes ->
        [one] { $group } commence dans { $minutes } minute
        [many] { $group } commence dans { $minutes } minutes
       *[other] { $group } commence dans { $minutes } minutes
    }
reminder-meeting-hours =
    { $hours ->
        [one] { $group } commence dans { $hours } heure
        [many] { $group } commence dans { $hours } heures
       *[other] { $group } commence dans { $hours } heures
    }
reminder-meeting-hours-minutes = { $group } commence dans { $hours } h { $minutes } min
reminder-meeting-body = Commence à { $time }, selon ton heure locale.
reminder-meeting-discreet-title = Événement à venir
reminder-goal-day = { $count } sur { $target } aujourd'hui. Il reste encore du temps.
reminder-goal-week = { $count } sur { $target } cette semaine. La semaine se termine le { $ends } ; il reste encore du temps.
reminder-goal-month = { $count } sur { $target } ce mois-ci. Le mois se termine le { $ends } ; il reste encore du temps.
reminder-goal-discreet-body = Appuie pour voir ta progression.
reminder-milestone-days-title =
    { $days ->
        [one] { $days } jour aujourd'hui
        [many] { $days } jours aujourd'hui
       *[other] { $days } jours aujourd'hui
    }
reminder-milestone-years-title =
    { $years ->
        [one] { $years } an aujourd'hui
        [many] { $years } ans aujourd'hui
       *[other] { $years } ans aujourd'hui
    }
reminder-milestone-days-body =
    { $days ->
        [one] { $network } : { $days } jour depuis le { $since }. Ça se fête.
        [many] { $network } : { $days } jours depuis le { $since }. Ça se fête.
       *[other] { $network } : { $days } jours depuis le { $since }. Ça se fête.
    }
reminder-milestone-years-body =
    { $years ->
        [one] { $network } : { $years } an depuis le { $since }. Ça se fête.
        [many] { $network } : { $years } ans depuis le { $since }. Ça se fête.
       *[other] { $network } : { $years } ans depuis le { $since }. Ça se fête.
    }
reminder-milestone-discreet-title = Aujourd'hui est un jour spécial
reminder-gratitude-title = Dire merci à { $name } ?
reminder-gratitude-body = Cette personne a été là pour toi hier. Un petit mot peut compter beaucoup.
held-contact-windows-quiet = Ses créneaux de contact tombent entièrement pendant tes heures calmes.
held-meeting-quiet = Toute la réunion tombe pendant tes heures calmes.

## Milestones

milestone-days =
    { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
milestone-years =
    { $years ->
        [one] { $years } an
        [many] { $years } ans
       *[other] { $years } ans
    }

## The next step for a need nobody covers yet

need-step-emotional = Tourne-toi vers une personne de confiance, ami ou pair, ou essaie un groupe de soutien entre pairs.
need-step-practical = Demande à ta famille ou à un ami de t'aider au quotidien : courses, trajets en voiture ou garde des enfants.
need-step-financial = Parle de tes soucis d'argent à un intervenant social ou à un service gratuit de conseil en endettement.
need-step-accountability = Trouve un parrain ou une marraine (ou un mentor), ou rejoins un groupe qui se réunit chaque semaine.
need-step-inspiration = Va à une réunion et écoute celles et ceux qui ont plus de chemin derrière eux ; demande à l'une de ces personnes d'être un modèle pour toi.
need-step-professional-guidance = Consulte un thérapeute ou un conseiller ; ton médecin peut t'orienter.

## Crisis lines

crisis-emergency-services = Services d'urgence
crisis-emergency-danger = Si ta vie ou celle de quelqu'un d'autre est en danger immédiat.
crisis-emergency-danger-ie = Si ta vie ou celle de quelqu'un d'autre est en danger immédiat (le 999 fonctionne aussi).
crisis-us-988 = Appelle ou envoie un texto en cas de crise suicidaire, de santé mentale ou liée à la consommation de substances.
crisis-us-samhsa = Orientation vers un traitement et information, gratuites et confidentielles, sur la consommation de substances et la santé mentale, tous les jours de l'année.
crisis-ca-988 = Appelle ou envoie un texto si tu penses au suicide ou si tu t'inquiètes pour quelqu'un.
crisis-samaritans = Une écoute gratuite et confidentielle pour toute personne qui traverse un moment difficile.
crisis-au-lifeline = Soutien en situation de crise et prévention du suicide.
crisis-hours-always = 24/7

## What a partner reads: the weekly summary and the alerts, one message per line

share-milestone-days =
    { $days ->
        [one] J'ai franchi une étape aujourd'hui : { $days } jour. Merci d'en faire partie.
        [many] J'ai franchi une étape aujourd'hui : { $days } jours. Merci d'en faire partie.
       *[other] J'ai franchi une étape aujourd'hui : { $days } jours. Merci d'en faire partie.
    }
share-milestone-years =
    { $years ->
        [one] J'ai franchi une étape aujourd'hui : { $years } an. Merci d'en faire partie.
        [many] J'ai franchi une étape aujourd'hui : { $years } ans. Merci d'en faire partie.
       *[other] J'ai franchi une étape aujourd'hui : { $years } ans. Merci d'en faire partie.
    }
share-sos = J'ai appuyé sur SOS dans Tend à { $time }. Si tu peux, contacte-moi maintenant, s'il te plaît.
share-decline =
    { $days ->
        [one] Je n'ai pas fait le point dans Tend depuis { $days } jour. Un message de ta part m'aiderait.
        [many] Je n'ai pas fait le point dans Tend depuis { $days } jours. Un message de ta part m'aiderait.
       *[other] Je n'ai pas fait le point dans Tend depuis { $days } jours. Un message de ta part m'aiderait.
    }
share-week-heading = Ma semaine, du { $from } au { $to } :
share-week-day = Jour { $day } depuis que j'ai commencé.
share-week-checkins = Points du jour : { $days } jours sur 7.
share-week-meetings = Réunions suivies : { $count }.
share-week-goals = Objectifs atteints : { $met } sur { $total } ; à risque : { $at_risk }.
share-week-mood-low = Humeur : basse.
share-week-mood-steady = Humeur : stable.
share-week-mood-good = Humeur : bonne.
share-week-mood-none = Humeur : pas notée cette semaine.

## The calendar file

calendar-online = En ligne : { $url }
calendar-phone = Téléphone : { $phone }

## Refus : pourquoi Tend n'a pas accepté ce qu'il a reçu, affiché à côté du champ concerné

refusal-empty = Ce champ ne peut pas être vide.
refusal-too-long =
    { $max ->
        [one] Ce champ peut contenir au plus { $max } caractère.
        [many] Ce champ peut contenir au plus { $max } caractères.
       *[other] Ce champ peut contenir au plus { $max } caractères.
    }
refusal-too-long-bytes =
    { $max ->
        [one] Ce champ peut faire au plus { $max } octet.
        [many] Ce champ peut faire au plus { $max } octets.
       *[other] Ce champ peut faire au plus { $max } octets.
    }
refusal-control-characters = Ce champ ne peut pas contenir de caractères de contrôle.
refusal-range = La valeur doit être comprise entre { $lo } et { $hi }.
refusal-at-least = La valeur doit être au moins { $min }.
refusal-whole-number = Un nombre entier de { $lo } à { $hi } est attendu.
refusal-minutes-range =
    { $max ->
        [one] La valeur doit être de 1 à { $max } minute.
        [many] La valeur doit être de 1 à { $max } minutes.
       *[other] La valeur doit être de 1 à { $max } minutes.
    }
refusal-days-range =
    { $max ->
        [one] La valeur doit être de 1 à { $max } jour.
        [many] La valeur doit être de 1 à { $max } jours.
       *[other] La valeur doit être de 1 à { $max } jours.
    }
refusal-distance-range = La distance doit être supérieure à 0 et au plus de { $max } km.
refusal-one-of = Une de ces valeurs est attendue : { $choices }.
refusal-time-zone = Fuseau horaire inconnu ; utilise un nom IANA comme { $example }.
refusal-time-of-day = Une heure sur 24 heures au format HH:MM est attendue, de 00:00 à 23:59.
refusal-date-format = Une date au format AAAA-MM-JJ est attendue.
refusal-date-range = La date doit être comprise entre le { $from } et le { $to }.
refusal-future-date = Cette date ne peut pas être dans le futur.
refusal-instant = Cette heure est hors des limites acceptées.
refusal-weekday-number = Le jour de la semaine doit aller de 0 (dimanche) à 6 (samedi).
refusal-weekday = Un jour de la semaine comme mon, ou de 0 à 6 (0 = dimanche), est attendu.
refusal-day = De 0 à 6 (0 = dimanche), un jour de la semaine en anglais, today ou tomorrow est attendu.
refusal-start-end-differ = Le début et la fin doivent être différents.
refusal-rfc3339 = Une heure RFC 3339 comme { $example } est attendue.
refusal-person-gone = Cette personne n'existe plus.
refusal-network-gone = Ce réseau n'existe plus.
refusal-group-gone = Ce groupe n'existe plus.
refusal-network-name-taken = Un réseau porte déjà ce nom.
refusal-name-shared = Plusieurs personnes portent ce nom ; utilise plutôt un identifiant.
refusal-phone = Un numéro de téléphone de { $min } à { $max } chiffres est attendu (espaces, +, -, ( ) acceptés).
refusal-email = Une adresse comme { $example } est attendue.
refusal-avoided-emergency = Une personne avec qui tu gardes tes distances ne peut pas être un contact d'urgence.
refusal-window-times = Un bon moment pour joindre quelqu'un a besoin d'un début et d'une fin différente, entre 00:00 et 23:59.
refusal-window-format = Des jours et une plage horaire sont attendus, comme { $example }.
refusal-url = Ce n'est pas une adresse web.
refusal-url-http = Ce doit être une adresse web commençant par https:// ou http://.
refusal-url-https = L'adresse doit commencer par https://.
refusal-meeting-type-code = Les codes font de 1 à { $max } lettres ou chiffres, comme { $example }.
refusal-meeting-type = Ce n'est ni un code ni un nom de type de réunion connu.
refusal-meeting-day-and-time = Une réunion a besoin à la fois d'un jour de la semaine et d'une heure de début, ou d'aucun des deux (sur rendez-vous).
refusal-meeting-spec = JOUR HH:MM [MINUTES] [FUSEAU] est attendu, comme { $example }.
refusal-slug-taken = Un groupe avec cet identifiant (slug) existe déjà.
refusal-gratitude-empty = Écris ce pour quoi tu veux dire merci.
refusal-key-reused = Elle a déjà servi pour un autre enregistrement.
refusal-sos-goal = SOS est là quand tu en as besoin ; ce ne peut pas être un objectif.
refusal-goal-person = Seuls les objectifs de contact et de remerciement peuvent nommer une personne.
refusal-goal-group = Seuls les objectifs de réunions peuvent nommer un groupe.
refusal-reminder-id = Ce n'est pas un identifiant de rappel Tend.
refusal-snooze-minutes = Indique pour combien de minutes.
refusal-minutes-only-snooze = Seul snooze (plus tard) prend des minutes.
refusal-action-not-offered = Ce rappel propose seulement : { $actions }.
refusal-not-keep-in-touch = Ce n'est pas un rappel pour garder le contact.
refusal-not-in-reminder = Cette personne ne faisait pas partie de ce rappel.
refusal-done-first = Marque d'abord le rappel comme fait.
refusal-checkin-times = Indique de 1 à { $max } heures, comme { $example }.
refusal-quiet-hours = HH:MM-HH:MM, ou off, est attendu.
refusal-avoided-partner = Tu gardes tes distances avec cette personne, elle ne peut donc pas être partenaire.
refusal-partner-no-network = Cette personne ne fait partie d'aucun de tes réseaux ; ajoute-la d'abord à l'un d'eux.
refusal-days-only-decline = Seule l'alerte d'absence de point du jour prend un nombre de jours.
refusal-decline-days = L'alerte d'absence de point du jour a besoin d'un nombre de jours.
refusal-mood-needs-summary = L'humeur fait partie du résumé de la semaine ; partage d'abord le résumé.
refusal-not-linked = Cette personne n'est liée à aucun identifiant Matrix (jamais, ou le partage a été retiré) ; lie-la d'abord.
refusal-summary-not-shared = Le résumé de la semaine n'est pas partagé avec cette personne ; active-le d'abord.
refusal-matrix-id = Ce n'est pas un identifiant d'utilisateur Matrix comme { $example }.
refusal-matrix-id-no-name = Il n'y a pas de nom d'utilisateur avant le serveur (comme { $example }).
refusal-matrix-id-own = C'est ton propre compte ; lie plutôt l'identifiant Matrix de l'autre personne.
refusal-matrix-id-taken = Cet identifiant Matrix est déjà lié à une autre personne.
refusal-matrix-connected = Tend est déjà connecté à un compte Matrix.
refusal-no-live-channel = Ce tend a été compilé sans le canal en direct (cargo build --features share).
refusal-place = LATITUDE,LONGITUDE en degrés décimaux est attendu, comme { $example }.
refusal-within-needs-place = Une distance a besoin d'un lieu autour duquel chercher.
refusal-already-joined = Cette réunion fait déjà partie de tes groupes.
refusal-not-from-directory = Ce groupe n'a pas été ajouté depuis l'annuaire des réunions.
refusal-feed-not-array = Un flux Meeting Guide est une liste JSON de réunions.
refusal-feed-not-json = Ce n'est pas du JSON valide (ligne { $line }, colonne { $column }).
refusal-list-needs-place = Cette liste se consulte par zone : indique un lieu (seule sa case de grille, d'environ { $km } km de large, est envoyée).
refusal-list-no-feed = La page n'annonce aucun flux de réunions ; donne l'adresse du flux lui-même.
refusal-list-in-use = Cette liste est déjà utilisée.
refusal-list-too-many = Il y a trop de listes de ce site.
refusal-list-private = Le groupe garde sa liste de réunions privée (le serveur demande une clé) ; demande-leur un lien public, ou choisis une autre liste.
refusal-list-not-found = La liste n'est plus à cette adresse.
refusal-list-server-error = Le serveur de la liste a eu un problème ; Tend réessaiera plus tard.
refusal-list-refused = Le serveur de la liste a refusé la demande.
refusal-list-timed-out = Le serveur de la liste a mis trop de temps à répondre.
refusal-list-too-big = La liste est plus grande que ce que Tend lit ({ $mb } Mo).
refusal-list-truncated = La liste est arrivée incomplète.
refusal-list-insecure = La liste n'est pas proposée par une connexion sécurisée (https).
refusal-list-unreachable = Le serveur de la liste est injoignable (pas de connexion, ou une mauvaise adresse).
refusal-list-not-meetings = Ce que le serveur a envoyé n'est pas une liste de réunions.
refusal-no-vcard = Il n'y a aucune vCard (BEGIN:VCARD … END:VCARD) dans le fichier.
skip-card-unreadable = la fiche est illisible
skip-card-unended = la fiche n'a pas de END:VCARD
skip-card-unbegun = END:VCARD sans BEGIN:VCARD
skip-card-cut = la dernière fiche n'a pas de END:VCARD (le fichier est-il tronqué ?)
skip-card-no-name = la fiche n'a pas de nom (FN ou N)
skip-card-phone = un numéro de téléphone qui n'a pas de 3 à 20 chiffres
skip-card-email = une adresse e-mail qui n'est pas valable
refusal-backup-not-tend = Ce fichier n'est pas une sauvegarde Tend.
refusal-backup-malformed = Ce fichier n'est pas une sauvegarde Tend complète : il est illisible au-delà de la ligne { $line }, colonne { $column }.
refusal-backup-newer = Cette sauvegarde a été écrite par une version plus récente de Tend (version de sauvegarde { $version } ; cette version lit jusqu'à la { $supported }). Mets d'abord Tend à jour.
refusal-backup-damaged = Une partie de cette sauvegarde est illisible : elle est endommagée, ou elle n'a pas été faite par Tend.
refusal-backup-inconsistent = Cette sauvegarde est incohérente : un enregistrement répète un identifiant ou renvoie à un autre absent de la sauvegarde.
refusal-backup-rules = Un enregistrement de cette sauvegarde ne respecte pas les règles de Tend (une valeur que personne n'aurait pu saisir), donc rien n'a été restauré.
refusal-backup-work-factor = Sa protection par phrase secrète demande trop de travail (facteur de travail scrypt { $factor }, au plus { $max }) ; elle n'a pas été faite par Tend.
refusal-backup-passphrase = Cette sauvegarde est chiffrée ; donne sa phrase secrète.
refusal-backup-decrypt = Impossible de la déchiffrer : la phrase secrète est erronée, ou le fichier est endommagé ou incomplet.
refusal-backup-not-empty = Il y a déjà des données ici ; restaure dans un espace vide, ou choisis de les remplacer.
refusal-key-length = La clé doit faire { $bytes } octets, pas { $got }.
refusal-key-file-hex = Le fichier de clé doit contenir { $digits } chiffres hexadécimaux.
refusal-no-data-folder = Ce système n'a pas de dossier de données ; passe --db CHEMIN.
refusal-file-name = Il faut un nom de fichier.
refusal-file-unreadable = Ce fichier ne peut pas être lu.
refusal-first-line-too-long =
    { $max ->
        [one] Sa première ligne dépasse { $max } octet.
        [many] Sa première ligne dépasse { $max } octets.
       *[other] Sa première ligne dépasse { $max } octets.
    }
refusal-first-line-not-text = Sa première ligne n'est pas du texte UTF-8.
refusal-first-line-empty = Sa première ligne est vide.
refusal-quarantine-busy = Une copie mise de côté il y a un instant porte le même nom ; réessaie dans une seconde.
refusal-nothing-to-quarantine = Ces données s'ouvrent bien avec leur clé ; il n'y a rien à mettre de côté.
refusal-schema-path = Aucune mise à niveau n'est possible depuis la version de schéma { $version }.
refusal-demo-needs-empty = La démo écrit seulement dans un espace vide ; passe --db avec un nouveau chemin.
refusal-not-confirmed = Rien n'a été supprimé (tape wipe, ou passe --yes).
