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
