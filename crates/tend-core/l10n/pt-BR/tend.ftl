# Tend's messages in Brazilian Portuguese (você): the words for every message the core produces
# (crates/tend-core/src/messages/mod.rs names them and their arguments). The same identifiers
# are in Android's res/values*/messages.xml and iOS's Messages.xcstrings.

verbatim = { $text }

## Reminders

reminder-daily-title = Check-in diário
reminder-daily-body = Como está sendo o seu dia? Tire um momento para fazer o seu check-in.
reminder-daily-discreet-title = Hora do seu check-in
reminder-discreet-title = Você tem um lembrete
reminder-discreet-body = Toque para abrir.
reminder-keep-in-touch-title = Entre em contato com { $name }
reminder-keep-in-touch-today = Seu último contato foi hoje.
reminder-keep-in-touch-yesterday = Seu último contato foi ontem.
reminder-keep-in-touch-days =
    { $days ->
        [one] Faz { $days } dia desde o seu último contato.
        [many] Faz { $days } dias desde o seu último contato.
       *[other] Faz { $days } dias desde o seu último contato.
    }
reminder-keep-in-touch-never = Você ainda não registrou nenhum contato.
reminder-keep-in-touch-many-title =
    { $count ->
        [one] { $count } pessoa para contatar
        [many] { $count } pessoas para contatar
       *[other] { $count } pessoas para contatar
    }
reminder-keep-in-touch-many-body = { $names }
reminder-meeting-now = { $group } começa agora
reminder-meeting-minutes =
    { $minutes ->
        [one] { $group } começa em { $minutes } minuto
        [many] { $group } começa em { $minutes } minutos
       *[other] { $group } começa em { $minutes } minutos
    }
reminder-meeting-hours =
    { $hours ->
        [one] { $group } começa em { $hours } hora
        [many] { $group } começa em { $hours } horas
       *[other] { $group } começa em { $hours } horas
    }
reminder-meeting-hours-minutes = { $group } começa em { $hours } h { $minutes } min
reminder-meeting-body = Começa às { $time }, no seu horário local.
reminder-meeting-discreet-title = Próximo evento
reminder-goal-day = { $count } de { $target } hoje. Ainda dá tempo.
reminder-goal-week = { $count } de { $target } nesta semana. A semana termina em { $ends }; ainda dá tempo.
reminder-goal-month = { $count } de { $target } neste mês. O mês termina em { $ends }; ainda dá tempo.
reminder-goal-discreet-body = Toque para ver o seu progresso.
reminder-milestone-days-title =
    { $days ->
        [one] Hoje faz { $days } dia
        [many] Hoje faz { $days } dias
       *[other] Hoje faz { $days } dias
    }
reminder-milestone-years-title =
    { $years ->
        [one] Hoje faz { $years } ano
        [many] Hoje faz { $years } anos
       *[other] Hoje faz { $years } anos
    }
reminder-milestone-days-body =
    { $days ->
        [one] { $network }: { $days } dia desde { $since }. Vale a pena comemorar.
        [many] { $network }: { $days } dias desde { $since }. Vale a pena comemorar.
       *[other] { $network }: { $days } dias desde { $since }. Vale a pena comemorar.
    }
reminder-milestone-years-body =
    { $years ->
        [one] { $network }: { $years } ano desde { $since }. Vale a pena comemorar.
        [many] { $network }: { $years } anos desde { $since }. Vale a pena comemorar.
       *[other] { $network }: { $years } anos desde { $since }. Vale a pena comemorar.
    }
reminder-milestone-discreet-title = Hoje é um dia especial
reminder-gratitude-title = Que tal agradecer a { $name }?
reminder-gratitude-body = Essa pessoa esteve ao seu lado ontem. Uma mensagem curta faz muita diferença.
held-contact-windows-quiet = Os horários de contato dessa pessoa caem inteiramente no seu horário de silêncio.
held-meeting-quiet = A reunião inteira cai no seu horário de silêncio.

## Milestones

milestone-days =
    { $days ->
        [one] { $days } dia
        [many] { $days } dias
       *[other] { $days } dias
    }
milestone-years =
    { $years ->
        [one] { $years } ano
        [many] { $years } anos
       *[other] { $years } anos
    }

## The next step for a need nobody covers yet

need-step-emotional = Procure uma amizade ou um companheiro de confiança, ou experimente um grupo de apoio mútuo.
need-step-practical = Peça ajuda à família ou a um amigo com coisas do dia a dia, como compras, caronas ou cuidar das crianças.
need-step-financial = Fale sobre suas preocupações com dinheiro com um profissional de apoio ou com um serviço gratuito de orientação sobre dívidas.
need-step-accountability = Encontre um padrinho ou madrinha (ou um mentor), ou entre em um grupo que se reúne toda semana.
need-step-inspiration = Vá a uma reunião e ouça quem está há mais tempo na caminhada; peça a uma dessas pessoas que seja uma referência para você.
need-step-professional-guidance = Procure um terapeuta ou psicólogo; seu médico pode encaminhar você.

## Crisis lines

crisis-emergency-services = Serviços de emergência
crisis-emergency-danger = Se a sua vida ou a de outra pessoa estiver em perigo imediato.
crisis-emergency-danger-ie = Se a sua vida ou a de outra pessoa estiver em perigo imediato (o 999 também funciona).
crisis-us-988 = Ligue ou envie uma mensagem de texto em caso de crise suicida, de saúde mental ou relacionada ao uso de substâncias.
crisis-us-samhsa = Encaminhamento para tratamento e informações, gratuitos e confidenciais, sobre uso de substâncias e saúde mental, todos os dias do ano.
crisis-ca-988 = Ligue ou envie uma mensagem de texto se estiver pensando em suicídio ou se preocupando com alguém.
crisis-samaritans = Escuta gratuita e confidencial para qualquer pessoa que esteja passando por dificuldades.
crisis-au-lifeline = Apoio em crises e prevenção do suicídio.
crisis-hours-always = 24/7

## What a partner reads: the weekly summary and the alerts, one message per line

share-milestone-days =
    { $days ->
        [one] Hoje alcancei um marco: { $days } dia. Agradeço por você fazer parte disso.
        [many] Hoje alcancei um marco: { $days } dias. Agradeço por você fazer parte disso.
       *[other] Hoje alcancei um marco: { $days } dias. Agradeço por você fazer parte disso.
    }
share-milestone-years =
    { $years ->
        [one] Hoje alcancei um marco: { $years } ano. Agradeço por você fazer parte disso.
        [many] Hoje alcancei um marco: { $years } anos. Agradeço por você fazer parte disso.
       *[other] Hoje alcancei um marco: { $years } anos. Agradeço por você fazer parte disso.
    }
share-sos = Apertei SOS no Tend às { $time }. Se puder, fale comigo agora, por favor.
share-decline =
    { $days ->
        [one] Faz { $days } dia que não faço check-in no Tend. Uma mensagem sua me ajudaria.
        [many] Faz { $days } dias que não faço check-in no Tend. Uma mensagem sua me ajudaria.
       *[other] Faz { $days } dias que não faço check-in no Tend. Uma mensagem sua me ajudaria.
    }
share-week-heading = Minha semana, de { $from } a { $to }:
share-week-day = Dia { $day } desde que comecei.
share-week-checkins = Check-ins diários: { $days } de 7 dias.
share-week-meetings = Reuniões de que participei: { $count }.
share-week-goals = Metas: { $met } de { $total } cumpridas, { $at_risk } em risco.
share-week-mood-low = Humor: baixo.
share-week-mood-steady = Humor: estável.
share-week-mood-good = Humor: bom.
share-week-mood-none = Humor: não registrado nesta semana.

## The calendar file

calendar-online = On-line: { $url }
calendar-phone = Telefone: { $phone }
