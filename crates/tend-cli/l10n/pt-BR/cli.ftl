# The CLI's own lines in Brazilian Portuguese (você; the core's messages are in crates/tend-core/l10n/).

## tend today

today-heading = Hoje, { $date } ({ $zone })
today-checked-in = ✓ Check-in feito: humor { $mood }/5
today-checked-in-craving = ✓ Check-in feito: humor { $mood }/5, fissura { $craving }/10
today-not-checked-in = ○ Ainda sem check-in hoje: tend checkin daily --mood 1-5
today-milestone-next =
    { $days_to ->
        [one] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dia
        [many] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dias
       *[other] { $network }: dia { $days }; próximo: { $next }, daqui a { $days_to } dias
    }
today-milestone-reached =
    { $days_to ->
        [one] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dia
        [many] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dias
       *[other] { $network }: dia { $days } — hoje você completa { $reached }! 🎉 Próximo: { $next }, daqui a { $days_to } dias
    }
today-reach-out = Hora de procurar:
today-due-today = previsto para hoje
today-overdue =
    { $days ->
        [one] { $days } dia de atraso
        [many] { $days } dias de atraso
       *[other] { $days } dias de atraso
    }
today-last-contact = último contato em { $date }
today-no-contact = nenhum contato ainda
today-meetings = Reuniões de hoje:
today-meeting-minutes = { $minutes } min
today-attended = ✓ você foi
today-starting-soon = Reuniões do diretório que começam em breve:
today-goals-at-risk = Metas para seguir em frente:
today-goal-line = { $title }: { $count }/{ $target } até { $date }
today-goal-tell = talvez valha contar para { $name }
today-gaps = Necessidades que ninguém cobre ainda:
today-gap-line = { $kind } em { $network } — { $step }

## Kinds of support, as today's gaps name them

support-emotional = Apoio emocional
support-practical = Ajuda no dia a dia
support-financial = Ajuda com dinheiro
support-accountability = Apoio para manter o rumo
support-inspiration = Inspiração
support-professional-guidance = Orientação profissional

## tend plan

plan-nothing = Nada planejado.
plan-left-out = (--max { $max } deixou de fora mais { $count } nos próximos { $days } dias)
plan-replan-by = Replanejar até { $at }
plan-held = { $id } retido: { $reason }
plan-act-done = { $id }: feito
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
plan-act-done-logged =
    { $kind ->
        [contact] { $id }: feito (contato { $checkin } registrado)
        [meeting] { $id }: feito (reunião { $checkin } registrada)
        [gratitude] { $id }: feito (agradecimento { $checkin } registrado)
        [sos] { $id }: feito (SOS { $checkin } registrado)
       *[daily] { $id }: feito (check-in diário { $checkin } registrado)
    }
plan-act-skipped = { $id }: pulado
plan-act-snoozed = { $id }: adiado até { $until }
plan-act-ask = Com quem você falou? { $names }
plan-remind-start = tend remind: planejando no fuso { $zone }; Ctrl-C para parar
plan-remind-zone-changed = tend remind: o fuso horário mudou para { $zone }; replanejando
plan-remind-stopped = tend remind: parado
plan-remind-clock-moved = tend remind: o relógio mudou { $seconds } s; replanejando

## Closed sets: the words for the codes the core uses

role-friend = amigo/a
role-family = família
role-peer = companheiro/a
role-sponsor = padrinho/madrinha ou mentor
role-therapist = terapeuta
role-counselor = conselheiro/a
role-support-worker = profissional de apoio
role-doctor = médico/a
role-group-facilitator = coordenador/a de grupo
role-other = outra pessoa
importance-essential = essencial
importance-helpful = útil
group-kind-twelve-step = grupo de 12 passos
group-kind-smart = SMART Recovery
group-kind-peer = grupo de apoio entre pares
group-kind-therapy-group = grupo terapêutico
group-kind-other = outro tipo de grupo
channel-call = ligação
channel-text = mensagens
channel-meet = encontro pessoalmente
channel-other = outro meio
direction-gave = você deu apoio
direction-received = você recebeu apoio
direction-both = nos dois sentidos
contact-kind-phone = telefone: { $value }
contact-kind-email = e-mail: { $value }
contact-kind-other = outro: { $value }
share-item-summary = resumo semanal
share-item-mood = humor no resumo
share-item-milestones = marcos
share-item-sos = SOS
share-item-decline = aviso se eu parar de fazer o check-in
share-item-decline-days =
    { $days ->
        [one] aviso se eu parar de fazer o check-in (depois de { $days } dia)
        [many] aviso se eu parar de fazer o check-in (depois de { $days } dias)
       *[other] aviso se eu parar de fazer o check-in (depois de { $days } dias)
    }
share-kind-summary = resumo semanal
share-kind-milestone = marco
share-kind-sos = SOS
share-kind-decline = aviso de falta de check-in
share-kind-text = mensagem
attendance-in-person = presencial
attendance-online = on-line
attendance-hybrid = híbrida
weekday-sun = dom.
weekday-mon = seg.
weekday-tue = ter.
weekday-wed = qua.
weekday-thu = qui.
weekday-fri = sex.
weekday-sat = sáb.
date-time = { $date }, às { $time }

## tend sos

sos-intro = Você não está só. Se você está em perigo agora, ligue para os serviços de emergência.
sos-your-people = Seu pessoal:
sos-person = { $name } ({ $role }) { $phones }
sos-meeting-soon = Uma reunião começa em breve:
sos-crisis-lines = Linhas de ajuda em crise:
sos-line = [{ $country }] { $name }: ligue para { $phone } ({ $hours }) — { $source }
sos-line-text = [{ $country }] { $name }: ligue para { $phone } ou envie uma mensagem de texto para { $text } ({ $hours }) — { $source }

## tend milestones

milestones-none = Nenhuma rede tem data de início. Defina uma: tend network add NAME --since YYYY-MM-DD
milestones-line = { $network }: dia { $days } desde { $since }; próximo marco: { $next }, em { $date }
milestones-line-reached = { $network }: dia { $days } desde { $since }, você já chegou a { $reached }; próximo marco: { $next }, em { $date }

## tend reciprocity

reciprocity-none = Nenhum contato registrado nesse período.
reciprocity-line = { $name }: você deu { $gave }, recebeu { $received }, nos dois sentidos { $both }
reciprocity-line-giving = { $name }: você deu { $gave }, recebeu { $received }, nos dois sentidos { $both } — quem mais dá é você; estão cuidando de você também?
reciprocity-line-receiving = { $name }: você deu { $gave }, recebeu { $received }, nos dois sentidos { $both } — quem mais recebe é você; que tal um obrigado, ou oferecer ajuda de volta?

## tend settings

settings-line = { $key } = { $value } — { $label }
setting-checkin-times = quando o Tend pergunta como você está
setting-quiet-hours = horário de silêncio: sem lembretes enquanto você descansa
setting-daily-cap = lembretes para procurar alguém: no máximo esta quantidade por dia
setting-discreet = notificações discretas: sem nomes de pessoas nem de grupos, nem palavras sobre recuperação
setting-meeting-lead-minutes = quantos minutos antes de uma reunião o Tend avisa você
setting-week-start = o dia em que as metas semanais começam
setting-gratitude = um toque para agradecer no dia seguinte, quando alguém apoiou você
setting-done-needs-unlock = "feito" em um lembrete na tela de bloqueio pede para desbloquear antes
setting-crisis-country = de qual país são as linhas de ajuda em crise que o SOS mostra (auto: pelo seu fuso horário)

## tend network

network-added = Rede { $name } adicionada ({ $id })
network-none = Ainda não há redes. Adicione uma: tend network add Recovery --since YYYY-MM-DD
network-line-since = { $name }, desde { $since }

## tend person

person-none = Ainda não há pessoas. Adicione uma: tend person add NAME --role sponsor
person-line = { $name } — { $role }
person-line-cadence =
    { $days ->
        [one] { $name } — { $role }, todo dia
        [many] { $name } — { $role }, a cada { $days } dias
       *[other] { $name } — { $role }, a cada { $days } dias
    }
person-flag-emergency = [emergência]
person-flag-avoid = [manter distância]
person-heading = { $name } ({ $id }) — { $role }
person-added = Você adicionou { $name } ({ $id }) — { $role }
person-updated = Você atualizou { $name } ({ $id }) — { $role }
person-removed = Você removeu { $name } ({ $id })
person-avoid = Manter distância: o Tend nunca sugere essa pessoa nem lembra você dela
person-emergency = Contato de emergência
person-gives = Como ajuda: { $kinds }
person-cadence =
    { $days ->
        [one] Manter contato todo dia
        [many] Manter contato a cada { $days } dias
       *[other] Manter contato a cada { $days } dias
    }
person-windows = Bons horários para procurar: { $windows }
person-networks = Redes: { $names }
person-notes = Notas: { $notes }

## tend need

need-set = { $network } precisa de: { $kind } ({ $importance })
need-removed = Removido do que { $network } precisa: { $kind }
need-none = Ainda não há necessidades. Adicione uma: tend need set Recovery emotional
need-covered = { $network } · { $kind } ({ $importance }): { $names }
need-gap = { $network } · { $kind } ({ $importance }): ninguém ainda
need-next-step = Próximo passo: { $step }

## tend group

group-added =
    { $count ->
        [one] Grupo { $name } adicionado ({ $id }) com { $count } reunião
        [many] Grupo { $name } adicionado ({ $id }) com { $count } reuniões
       *[other] Grupo { $name } adicionado ({ $id }) com { $count } reuniões
    }
group-none = Ainda não há grupos. Adicione um: tend group add NAME --meeting "tue 19:00 90"
group-line = { $name } ({ $kind })
group-line-unlisted = { $name } ({ $kind }) — não está mais na lista pública
group-meeting = { $day } { $time }, { $minutes } min ({ $zone })
group-by-appointment = com horário combinado
group-at = em { $address }
group-online = on-line: { $url }

## tend goal

goal-added = Meta { $title } adicionada ({ $id })
goal-none = Ainda não há metas. Adicione uma: tend goal add --network Recovery --kind meeting --target 3 --per week
goal-state-met = cumprida
goal-state-at-risk = em risco
goal-state-on-track = no caminho
goal-line =
    { $period ->
        [day] { $title }: { $count }/{ $target } hoje ({ $state }), sequência { $streak }, pontuação { $score }%
        [month] { $title }: { $count }/{ $target } neste mês ({ $state }), sequência { $streak }, pontuação { $score }%
       *[week] { $title }: { $count }/{ $target } nesta semana ({ $state }), sequência { $streak }, pontuação { $score }%
    }
goal-line-partner =
    { $period ->
        [day] { $title }, com { $partner }: { $count }/{ $target } hoje ({ $state }), sequência { $streak }, pontuação { $score }%
        [month] { $title }, com { $partner }: { $count }/{ $target } neste mês ({ $state }), sequência { $streak }, pontuação { $score }%
       *[week] { $title }, com { $partner }: { $count }/{ $target } nesta semana ({ $state }), sequência { $streak }, pontuação { $score }%
    }

## tend checkin

checkin-none = Nada registrado ainda. Experimente: tend checkin daily --mood 3
checkin-daily = check-in diário: humor { $mood }/5
checkin-daily-craving = check-in diário: humor { $mood }/5, fissura { $craving }/10
checkin-contact = contato: { $channel } com { $name }, { $direction }
checkin-contact-support = contato: { $channel } com { $name }, { $direction } ({ $support })
checkin-meeting = reunião: { $group }
checkin-gratitude = agradecimento: a { $name }
checkin-sos = SOS
checkin-someone-removed = alguém que não está mais no Tend
checkin-group-removed = um grupo que não está mais no Tend
# $kind is the check-in's kind as typed: daily, contact, meeting, gratitude or sos.
checkin-logged =
    { $kind ->
        [contact] Contato { $id } registrado, do dia { $date }
        [meeting] Reunião { $id } registrada, do dia { $date }
        [gratitude] Agradecimento { $id } registrado, do dia { $date }
        [sos] SOS { $id } registrado, do dia { $date }
       *[daily] Check-in diário { $id } registrado, do dia { $date }
    }
checkin-sos-nobody = Nenhuma pessoa de confiança está autorizada a saber de um SOS (tend partner consent PERSON sos on).
checkin-sos-later = Ainda não foi possível avisar { $names } ({ $error }); o Tend avisa na próxima sincronização.

## tend demo, check, quarantine

demo-store = Dados de demonstração: { $db } (chave { $key }). Explore com:
check-done = Os dados são lidos por inteiro: todas as páginas foram verificadas.
check-recent = Verificado há menos de um dia ({ $at }); nada a fazer.
check-not-run = Não verificado.
quarantine-moved = Os dados ilegíveis foram colocados de lado em { $path }. Nada foi apagado; o próximo comando começa com dados novos (tend export --salvage FILE --db { $path } salva o que ainda pode ser lido).

## tend meetings

ago-just-now = agora mesmo
ago-minutes =
    { $count ->
        [one] há { $count } minuto
        [many] há { $count } minutos
       *[other] há { $count } minutos
    }
ago-hours =
    { $count ->
        [one] há { $count } hora
        [many] há { $count } horas
       *[other] há { $count } horas
    }
ago-days =
    { $count ->
        [one] há { $count } dia
        [many] há { $count } dias
       *[other] há { $count } dias
    }
search-distance = ({ $km } km)
source-kind-feed = feed
source-kind-bmlt = BMLT
sources-none = Nenhuma lista de reuniões para esse lugar ou essa irmandade. Adicione uma: tend meetings source add URL
source-line = { $id }  { $name } ({ $fellowship }, { $kind })
source-line-region = { $id }  { $name } ({ $fellowship }, { $kind }) — { $region }
source-not-in-use = não está em uso
source-in-use-updated =
    { $count ->
        [one] em uso, { $count } reunião, atualizada { $ago }
        [many] em uso, { $count } reuniões, atualizada { $ago }
       *[other] em uso, { $count } reuniões, atualizada { $ago }
    }
source-in-use-never =
    { $count ->
        [one] em uso, { $count } reunião, ainda não atualizada
        [many] em uso, { $count } reuniões, ainda não atualizada
       *[other] em uso, { $count } reuniões, ainda não atualizada
    }
source-last-failed = a última atualização falhou { $ago }: { $failure }
fetch-failure-private = o grupo mantém a lista de reuniões privada (o servidor pede uma chave); peça um link público ao grupo, ou escolha outra lista
fetch-failure-not-found = a lista não está mais nesse endereço
fetch-failure-server-error = o servidor da lista teve um problema; o Tend tenta de novo mais tarde
fetch-failure-refused = o servidor da lista recusou o pedido
fetch-failure-timed-out = o servidor da lista demorou demais para responder
fetch-failure-too-big = a lista é maior do que o Tend lê (64 MB)
fetch-failure-truncated = a lista chegou incompleta
fetch-failure-insecure = a lista não é oferecida por uma conexão segura (https)
fetch-failure-unreachable = não foi possível falar com o servidor da lista (sem conexão, ou endereço errado)
fetch-failure-not-a-list = o que o servidor enviou não é uma lista de reuniões
refresh-failed = { $id }: a atualização falhou: { $failure }. A última lista boa continua
refresh-failed-none-yet = { $id }: a atualização falhou: { $failure }. A última lista boa continua (ainda não há nenhuma)
refresh-unchanged = { $id }: sem mudanças
refresh-none = Nenhuma lista de reuniões em uso. Veja as listas com: tend meetings sources --near LAT,LNG
import-progress =
    { $count ->
        [one] { $count } reunião
        [many] { $count } reuniões
       *[other] { $count } reuniões
    }
import-report = Diretório de reuniões, feed "{ $feed }": novas { $created }, atualizadas { $updated }, sem mudanças { $unchanged }, removidas { $removed }, inativas { $inactive }, ignoradas { $skipped }
import-joined = Seus grupos: atualizados { $updated }, fora da lista { $unlisted } (continuam seus)
import-record = registro { $index }: { $reason }
import-record-slug = registro { $index } (slug { $slug }): { $reason }
import-more = … e mais { $count }
search-none = Nenhuma reunião encontrada. Tente um --within maior, menos filtros, ou importe um feed: tend meetings import FEED.json
search-at = em { $place }
search-online = on-line: { $url }
search-zone = horário de { $zone } · feed { $feed }
search-zone-joined = horário de { $zone } · feed { $feed } · um dos seus grupos ({ $group })
show-group = grupo: { $name }
show-region = região: { $region }
show-notes = notas: { $notes }
show-updated = ficha atualizada em { $date }
soon-online = em { $minutes } min ({ $start }) { $name } — on-line: { $url }
soon-phone = em { $minutes } min ({ $start }) { $name } — por telefone: { $phone }
soon-place = em { $minutes } min ({ $start }) { $name } — { $place }
soon-place-distance = em { $minutes } min ({ $start }) { $name } — { $place } ({ $km } km)
soon-in-person = em { $minutes } min ({ $start }) { $name } — presencial
soon-in-person-distance = em { $minutes } min ({ $start }) { $name } — presencial ({ $km } km)
soon-none = Nenhuma reunião do diretório começa nas próximas duas horas (on-line, ou perto de onde você buscou).
soon-heading = Começam em breve:
meetings-joined =
    { $count ->
        [one] Você entrou em { $name } como grupo { $id }, com { $count } reunião semanal; os lembretes já estão no seu plano
        [many] Você entrou em { $name } como grupo { $id }, com { $count } reuniões semanais; os lembretes já estão no seu plano
       *[other] Você entrou em { $name } como grupo { $id }, com { $count } reuniões semanais; os lembretes já estão no seu plano
    }
meetings-joined-network =
    { $count ->
        [one] Você entrou em { $name } como grupo { $id }, com { $count } reunião semanal, em { $network }; os lembretes já estão no seu plano
        [many] Você entrou em { $name } como grupo { $id }, com { $count } reuniões semanais, em { $network }; os lembretes já estão no seu plano
       *[other] Você entrou em { $name } como grupo { $id }, com { $count } reuniões semanais, em { $network }; os lembretes já estão no seu plano
    }
meetings-left = Você saiu de { $name } (grupo { $id }); a reunião continua no diretório
source-added = { $name } adicionada como { $id } ({ $url })
source-removed =
    { $count ->
        [one] { $id } removida: { $count } reunião saiu do diretório
        [many] { $id } removida: { $count } reuniões saíram do diretório
       *[other] { $id } removida: { $count } reuniões saíram do diretório
    }
source-removed-joined =
    { $joined ->
        [one] { $id } removida: reuniões que saíram do diretório: { $count }; { $joined } dos seus grupos continua seu, marcado como fora da lista
        [many] { $id } removida: reuniões que saíram do diretório: { $count }; { $joined } dos seus grupos continuam seus, marcados como fora da lista
       *[other] { $id } removida: reuniões que saíram do diretório: { $count }; { $joined } dos seus grupos continuam seus, marcados como fora da lista
    }

## tend partner

partner-line = { $name } ({ $role }): { $items }
partner-line-nothing = { $name } ({ $role }): nada
partner-line-paused = { $name } ({ $role }): { $items } — em pausa: esta pessoa está marcada para manter distância ou fora de todas as suas redes, então nada é compartilhado
partner-line-nothing-paused = { $name } ({ $role }): nada — em pausa: esta pessoa está marcada para manter distância ou fora de todas as suas redes, então nada é compartilhado
partner-none = Você não compartilha nada com ninguém. Comece com: tend partner consent PERSON summary on
partner-preview-paused = Nada é compartilhado com { $name }: esta pessoa está marcada para manter distância ou fora de todas as suas redes.
# $quoted is the name in quotes, ready to paste into the command.
partner-preview-nothing = Nada é compartilhado com { $name }. Ative um item: tend partner consent { $quoted } summary on
partner-preview-heading = O que { $name } receberia:
partner-preview-item = [{ $item }]
partner-preview-item-when = [{ $item }, quando acontecer]
partner-inbox-none = Ainda não há mensagens das suas pessoas de confiança.
partner-inbox-entry = { $at }  { $from } [{ $kind }]
partner-links-none = Ninguém está vinculado. Vincule uma pessoa de confiança: tend partner link PERSON @name:server
partner-link = { $name } ({ $role }): { $matrix_id }
partner-link-no-room = { $name } ({ $role }): { $matrix_id } (ainda sem sala)
partner-link-waiting = { $name } ({ $role }): { $matrix_id } — esperando { $name } entrar
partner-link-left = { $name } ({ $role }): { $matrix_id } — { $name } saiu da conversa compartilhada de vocês; vincule de novo para convidar a pessoa para uma nova
partner-link-others = { $name } ({ $role }): { $matrix_id } — há outra pessoa na sala de vocês ({ $others }): nada é enviado; revogue e vincule de novo para ter uma sala nova
partner-link-unreachable = { $name } ({ $role }): { $matrix_id } — não foi possível falar com o servidor de { $name }; o Tend tenta de novo a cada sincronização
partner-link-devices = Os dispositivos dessa pessoa mudaram em { $at }: um celular novo, ou outra pessoa.

## The live channel (tend partner connect, link, sync, send, revoke, disconnect)

live-connected = Conectado como { $user } (dispositivo { $device }) em { $homeserver }.
live-link-hint = Vincule uma pessoa de confiança: tend partner link PERSON @name:server
live-signed-out = Sessão encerrada: o servidor Matrix não lista mais este dispositivo, e a sessão e as chaves dela não estão mais aqui.
live-signed-out-offline = A sessão e as chaves dela não estão mais aqui, mas não foi possível falar com o servidor Matrix para encerrar a sessão: remova o dispositivo "{ $device }" da lista de sessões por outro app do Matrix.
live-linked = Você vinculou { $name } a { $matrix_id }. O Tend cria uma sala criptografada com essa pessoa quando houver algo para enviar; ela aceita no Tend (tend partner accept) ou em qualquer app do Matrix.
live-revoked = Você parou de compartilhar com { $name }: todas as permissões foram removidas e nada mais será enviado.
live-revoke-no-room = Não havia sala compartilhada com essa pessoa para sair.
live-revoke-left =
    { $count ->
        [one] O Tend saiu da sua sala com essa pessoa.
        [many] O Tend saiu das suas { $count } salas com essa pessoa.
       *[other] O Tend saiu das suas { $count } salas com essa pessoa.
    }
live-revoke-pending =
    { $count ->
        [one] O Tend não conseguiu falar com o servidor Matrix para sair da sua sala com essa pessoa; ele sai na próxima sincronização.
        [many] O Tend não conseguiu falar com o servidor Matrix para sair de { $count } salas com essa pessoa; ele sai na próxima sincronização.
       *[other] O Tend não conseguiu falar com o servidor Matrix para sair de { $count } salas com essa pessoa; ele sai na próxima sincronização.
    }
live-revoke-recall = Mensagens já entregues não podem ser recuperadas: elas continuam nos dispositivos e no servidor de { $name }.
live-devices-changed = Os dispositivos de { $name } mudaram: um celular novo, ou outra pessoa entrou na conta. Confirme com essa pessoa antes de compartilhar mais.
live-blocked = Não enviado para { $name }: há outra pessoa na sala compartilhada de vocês ({ $others }), que poderia ler. Revogue e vincule { $name } de novo para começar uma sala nova só de vocês dois.
live-partner-left = Não enviado para { $name }: { $name } saiu da conversa compartilhada de vocês. Vincule de novo para convidar a pessoa para uma nova ({ $kind }).
live-unreachable = Não foi possível falar com o servidor de { $name }: o envio ({ $kind }) sai em uma próxima sincronização.
live-sent = Enviado para { $name } (com criptografia de ponta a ponta): { $kind }
live-waiting = Esperando { $name } entrar na sala compartilhada de vocês: o envio ({ $kind }) sai na primeira sincronização depois disso.
live-accepted = Você aceitou o convite de { $name }.
live-refused = Você não entrou em uma sala para a qual { $name } convidou você: ela não era criptografada, ou havia outra pessoa nela. A sala de vocês continua como estava.
live-declined = Convite de { $matrix_id } recusado: não está vinculado a ninguém (primeiro tend partner link PERSON { $matrix_id } para aceitar os convites dessa pessoa).
live-received =
    { $count ->
        [one] { $count } mensagem nova das suas pessoas de confiança: tend partner inbox
        [many] { $count } mensagens novas das suas pessoas de confiança: tend partner inbox
       *[other] { $count } mensagens novas das suas pessoas de confiança: tend partner inbox
    }
live-undecryptable =
    { $count ->
        [one] { $count } mensagem ainda não pôde ser descriptografada; talvez possa em uma próxima sincronização.
        [many] { $count } mensagens ainda não puderam ser descriptografadas; talvez possam em uma próxima sincronização.
       *[other] { $count } mensagens ainda não puderam ser descriptografadas; talvez possam em uma próxima sincronização.
    }
live-not-from-partner =
    { $count ->
        [one] { $count } mensagem usou o nome de uma pessoa de confiança mas não veio dos dispositivos dela: não é mostrada.
        [many] { $count } mensagens usaram o nome de uma pessoa de confiança mas não vieram dos dispositivos dela: não são mostradas.
       *[other] { $count } mensagens usaram o nome de uma pessoa de confiança mas não vieram dos dispositivos dela: não são mostradas.
    }
live-nothing = Nada de novo, nada para enviar.

## tend export, import, calendar, contacts, wipe

count-networks =
    { $count ->
        [one] { $count } rede
        [many] { $count } redes
       *[other] { $count } redes
    }
count-people =
    { $count ->
        [one] { $count } pessoa
        [many] { $count } pessoas
       *[other] { $count } pessoas
    }
count-needs =
    { $count ->
        [one] { $count } necessidade
        [many] { $count } necessidades
       *[other] { $count } necessidades
    }
count-groups =
    { $count ->
        [one] { $count } grupo
        [many] { $count } grupos
       *[other] { $count } grupos
    }
count-meetings =
    { $count ->
        [one] { $count } reunião semanal
        [many] { $count } reuniões semanais
       *[other] { $count } reuniões semanais
    }
count-checkins =
    { $count ->
        [one] { $count } check-in
        [many] { $count } check-ins
       *[other] { $count } check-ins
    }
count-goals =
    { $count ->
        [one] { $count } meta
        [many] { $count } metas
       *[other] { $count } metas
    }
count-settings =
    { $count ->
        [one] { $count } configuração
        [many] { $count } configurações
       *[other] { $count } configurações
    }
salvage-saved = O que pôde ser lido foi salvo em { $file }:
salvage-complete = Tudo pôde ser lido.
salvage-unreadable = Não pôde ser lido:
salvage-dropped =
    { $count ->
        [one] { $count } vínculo com registros que não puderam ser lidos ficou de fora.
        [many] { $count } vínculos com registros que não puderam ser lidos ficaram de fora.
       *[other] { $count } vínculos com registros que não puderam ser lidos ficaram de fora.
    }
salvage-restore-hint = Restaure em dados novos com: tend import FILE
export-written = Backup salvo em { $file } (sem criptografia: guarde em um lugar privado, ou use --passphrase-file)
export-written-encrypted = Backup criptografado salvo em { $file }
import-restored = Restaurado do backup:
calendar-written =
    { $count ->
        [one] { $count } evento salvo em { $file }
        [many] { $count } eventos salvos em { $file }
       *[other] { $count } eventos salvos em { $file }
    }
contacts-heading = Contatos em { $network }:
contacts-created =
    { $count ->
        [one] { $count } pessoa adicionada
        [many] { $count } pessoas adicionadas
       *[other] { $count } pessoas adicionadas
    }
contacts-updated =
    { $count ->
        [one] { $count } já estava aqui e agora está em dia
        [many] { $count } já estavam aqui e agora estão em dia
       *[other] { $count } já estavam aqui e agora estão em dia
    }
contacts-unchanged =
    { $count ->
        [one] { $count } já estava aqui
        [many] { $count } já estavam aqui
       *[other] { $count } já estavam aqui
    }
contacts-skipped =
    { $count ->
        [one] { $count } cartão ignorado
        [many] { $count } cartões ignorados
       *[other] { $count } cartões ignorados
    }
contacts-card = cartão { $index }: { $reason }
contacts-card-dropped = cartão { $index }: ficou de fora { $reason }
wipe-nothing-at = Nada para apagar: não há dados em { $path }
wipe-list = Isto apaga, para sempre:
# "wipe" is what to type, in every language.
wipe-confirm = Digite "wipe" para continuar:
wipe-nothing = Nada para apagar: não há dados ali
wipe-deleted = Apagado: { $files }
wipe-sign-out-failed = Não foi possível falar com o servidor Matrix para encerrar a sessão: remova o dispositivo "{ $device }" da lista de sessões por outro app do Matrix.

# An error the program stops with, after "tend: ". $field and $what name what was refused, as
# the command line spells it; $problem is why, worded from the core's catalog.
error-invalid = { $field } inválido: { $problem }
error-conflict = { $what } entra em conflito com o que está salvo: { $problem }
error-not-found = Não encontrado: { $what } { $id }
error-not-found-by-name = Não encontrado: { $what } com esse nome
thing-person = pessoa
thing-network = rede
thing-need = necessidade
thing-goal = meta
thing-group = grupo
thing-check-in = check-in
thing-notification = notificação
thing-partner-link = vínculo com parceiro
thing-directory-meeting = reunião do diretório
thing-meeting-source = fonte de reuniões
thing-database-file = arquivo de dados
thing-matrix-account = conta Matrix
thing-matrix-id = ID Matrix
thing-idempotency-key = chave de repetição
thing-thing = item
