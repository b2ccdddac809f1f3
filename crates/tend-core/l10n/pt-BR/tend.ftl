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

## Recusas: por que o Tend não aceitou o que recebeu, mostrado ao lado do campo indicado

refusal-empty = Isto não pode ficar vazio.
refusal-too-long =
    { $max ->
        [one] Isto pode ter no máximo { $max } caractere.
        [many] Isto pode ter no máximo { $max } caracteres.
       *[other] Isto pode ter no máximo { $max } caracteres.
    }
refusal-too-long-bytes =
    { $max ->
        [one] Isto pode ocupar no máximo { $max } byte.
        [many] Isto pode ocupar no máximo { $max } bytes.
       *[other] Isto pode ocupar no máximo { $max } bytes.
    }
refusal-control-characters = Isto não pode conter caracteres de controle.
refusal-range = Isto precisa estar entre { $lo } e { $hi }.
refusal-at-least = Isto precisa ser pelo menos { $min }.
refusal-whole-number = Era esperado um número inteiro de { $lo } a { $hi }.
refusal-minutes-range =
    { $max ->
        [one] Isto precisa ser de 1 a { $max } minuto.
        [many] Isto precisa ser de 1 a { $max } minutos.
       *[other] Isto precisa ser de 1 a { $max } minutos.
    }
refusal-days-range =
    { $max ->
        [one] Isto precisa ser de 1 a { $max } dia.
        [many] Isto precisa ser de 1 a { $max } dias.
       *[other] Isto precisa ser de 1 a { $max } dias.
    }
refusal-distance-range = Isto precisa ser maior que 0 e no máximo { $max } km.
refusal-one-of = Era esperada uma destas opções: { $choices }.
refusal-time-zone = Fuso horário desconhecido; use um nome IANA como { $example }.
refusal-time-of-day = Era esperado um horário de 24 horas HH:MM, de 00:00 a 23:59.
refusal-date-format = Era esperada uma data AAAA-MM-DD.
refusal-date-range = A data precisa estar entre { $from } e { $to }.
refusal-future-date = Esta data não pode estar no futuro.
refusal-instant = Este horário está fora do intervalo aceito.
refusal-weekday-number = O dia da semana precisa ser de 0 (domingo) a 6 (sábado).
refusal-weekday = Era esperado um dia da semana como mon, ou de 0 a 6 (0 = domingo).
refusal-day = Era esperado de 0 a 6 (0 = domingo), um dia da semana em inglês, today ou tomorrow.
refusal-start-end-differ = O início e o fim precisam ser diferentes.
refusal-rfc3339 = Era esperado um horário RFC 3339 como { $example }.
refusal-person-gone = Essa pessoa não existe mais.
refusal-network-gone = Essa rede não existe mais.
refusal-group-gone = Esse grupo não existe mais.
refusal-network-name-taken = Já existe uma rede com este nome.
refusal-name-shared = Várias pessoas têm esse nome; use um id no lugar.
refusal-phone = Era esperado um número de telefone de { $min } a { $max } dígitos (espaços, +, -, ( ) são aceitos).
refusal-email = Era esperado um endereço como { $example }.
refusal-avoided-emergency = Alguém de quem você mantém distância não pode ser um contato de emergência.
refusal-window-times = Um bom horário para contato precisa de um início e de um fim diferente, entre 00:00 e 23:59.
refusal-window-format = Eram esperados dias e um intervalo de horário, como { $example }.
refusal-url = Isto não é um endereço da web.
refusal-url-http = Isto precisa ser um endereço da web que comece com https:// ou http://.
refusal-url-https = Isto precisa começar com https://.
refusal-meeting-type-code = Os códigos têm de 1 a { $max } letras ou algarismos, como { $example }.
refusal-meeting-type = Este não é um código nem um nome de tipo de reunião conhecido.
refusal-meeting-day-and-time = Uma reunião precisa de um dia da semana e de um horário de início, ou de nenhum dos dois (com horário marcado).
refusal-meeting-spec = Era esperado DIA HH:MM [MINUTOS] [FUSO], como { $example }.
refusal-slug-taken = Já existe um grupo com este identificador (slug).
refusal-gratitude-empty = Escreva o que você quer agradecer.
refusal-key-reused = Ela já foi usada para outro registro.
refusal-sos-goal = O SOS está aqui para quando você precisar; ele não pode ser uma meta.
refusal-goal-person = Só metas de contato e de agradecimento podem indicar uma pessoa.
refusal-goal-group = Só metas de reuniões podem indicar um grupo.
refusal-reminder-id = Este não é um id de lembrete do Tend.
refusal-snooze-minutes = Diga por quantos minutos.
refusal-minutes-only-snooze = Só snooze (depois) aceita minutos.
refusal-action-not-offered = Este lembrete oferece apenas: { $actions }.
refusal-not-keep-in-touch = Este não é um lembrete para manter contato.
refusal-not-in-reminder = Esta pessoa não fazia parte deste lembrete.
refusal-done-first = Primeiro marque o lembrete como feito.
refusal-checkin-times = Informe de 1 a { $max } horários, como { $example }.
refusal-quiet-hours = Era esperado HH:MM-HH:MM, ou off.
refusal-avoided-partner = Você mantém distância desta pessoa, então ela não pode ser sua pessoa de confiança.
refusal-partner-no-network = Esta pessoa não está em nenhuma das suas redes; adicione-a a uma primeiro.
refusal-days-only-decline = Só o aviso de falta de registros aceita um número de dias.
refusal-decline-days = O aviso de falta de registros precisa de um número de dias.
refusal-mood-needs-summary = O humor faz parte do resumo semanal; compartilhe o resumo primeiro.
refusal-not-linked = Esta pessoa não está vinculada a um ID do Matrix (nunca esteve, ou o compartilhamento foi revogado); vincule-a primeiro.
refusal-summary-not-shared = O resumo semanal não é compartilhado com esta pessoa; ative-o primeiro.
refusal-matrix-id = Isto não é um ID de usuário do Matrix como { $example }.
refusal-matrix-id-no-name = Não há nome de usuário antes do servidor (como { $example }).
refusal-matrix-id-own = Esta é a sua própria conta; vincule o ID do Matrix da sua pessoa de confiança.
refusal-matrix-id-taken = Este ID do Matrix já está vinculado a outra pessoa.
refusal-matrix-connected = O Tend já está conectado a uma conta do Matrix.
refusal-no-live-channel = Este tend foi compilado sem o canal ao vivo (cargo build --features share).
refusal-place = Era esperado LATITUDE,LONGITUDE em graus decimais, como { $example }.
refusal-within-needs-place = Uma distância precisa de um lugar perto do qual procurar.
refusal-already-joined = Esta reunião já é um dos seus grupos.
refusal-not-from-directory = Este grupo não foi adicionado pelo diretório de reuniões.
refusal-feed-not-array = Um feed do Meeting Guide é uma lista JSON de reuniões.
refusal-feed-not-json = Isto não é JSON válido (linha { $line }, coluna { $column }).
refusal-list-needs-place = Esta lista é consultada por área: informe um lugar (só a célula da grade, com cerca de { $km } km de largura, é enviada).
refusal-list-no-feed = A página não anuncia nenhum feed de reuniões; informe o endereço do próprio feed.
refusal-list-in-use = Esta lista já está em uso.
refusal-list-too-many = Há listas demais deste site.
refusal-list-private = O grupo mantém a lista de reuniões privada (o servidor pede uma chave); peça um link público, ou escolha outra lista.
refusal-list-not-found = A lista não está mais nesse endereço.
refusal-list-server-error = O servidor da lista teve um problema; o Tend vai tentar de novo mais tarde.
refusal-list-refused = O servidor da lista recusou o pedido.
refusal-list-timed-out = O servidor da lista demorou demais para responder.
refusal-list-too-big = A lista é maior do que o Tend lê ({ $mb } MB).
refusal-list-truncated = A lista chegou incompleta.
refusal-list-insecure = A lista não é oferecida por uma conexão segura (https).
refusal-list-unreachable = Não foi possível alcançar o servidor da lista (sem conexão, ou o endereço está errado).
refusal-list-not-meetings = O que o servidor enviou não é uma lista de reuniões.
refusal-no-vcard = Não há nenhum vCard (BEGIN:VCARD … END:VCARD) no arquivo.
skip-card-unreadable = o cartão não pode ser lido
skip-card-unended = o cartão não tem END:VCARD
skip-card-unbegun = END:VCARD sem BEGIN:VCARD
skip-card-cut = o último cartão não tem END:VCARD (o arquivo foi cortado?)
skip-card-no-name = o cartão não tem nome (FN ou N)
skip-card-phone = um número de telefone que não tem de 3 a 20 dígitos
skip-card-email = um endereço de e-mail que não é válido
refusal-backup-not-tend = Este arquivo não é um backup do Tend.
refusal-backup-malformed = Este arquivo não é um backup completo do Tend: não dá para ler além da linha { $line }, coluna { $column }.
refusal-backup-newer = Este backup foi gravado por uma versão mais nova do Tend (versão de backup { $version }; esta versão lê até a { $supported }). Atualize o Tend primeiro.
refusal-backup-damaged = Parte deste backup não pode ser lida: ele está danificado, ou não foi feito pelo Tend.
refusal-backup-inconsistent = Este backup está inconsistente: um registro repete um id ou aponta para outro que não está no backup.
refusal-backup-rules = Um registro deste backup não segue as regras do Tend (um valor que ninguém poderia ter digitado), então nada foi restaurado.
refusal-backup-work-factor = A proteção por frase secreta dele pede trabalho demais (fator de trabalho scrypt { $factor }, no máximo { $max }); ele não foi feito pelo Tend.
refusal-backup-passphrase = Este backup está criptografado; informe a frase secreta dele.
refusal-backup-decrypt = Não foi possível descriptografá-lo: a frase secreta está errada, ou o arquivo está danificado ou incompleto.
refusal-backup-not-empty = Já há dados aqui; restaure em um armazenamento vazio, ou escolha substituí-los.
refusal-key-length = A chave precisa ter { $bytes } bytes, não { $got }.
refusal-key-file-hex = O arquivo de chave precisa conter { $digits } dígitos hexadecimais.
refusal-no-data-folder = Não há pasta de dados neste sistema; use --db CAMINHO.
refusal-file-name = Falta um nome de arquivo.
refusal-file-unreadable = Este arquivo não pode ser lido.
refusal-first-line-too-long =
    { $max ->
        [one] A primeira linha dele passa de { $max } byte.
        [many] A primeira linha dele passa de { $max } bytes.
       *[other] A primeira linha dele passa de { $max } bytes.
    }
refusal-first-line-not-text = A primeira linha dele não é texto UTF-8.
refusal-first-line-empty = A primeira linha dele está vazia.
refusal-quarantine-busy = Uma cópia separada há um instante tem o mesmo nome; tente de novo em um segundo.
refusal-nothing-to-quarantine = Estes dados abrem bem com a chave deles; não há nada para separar.
refusal-schema-path = Não há como atualizar a partir da versão de esquema { $version }.
refusal-demo-needs-empty = A demonstração só grava em um armazenamento vazio; use --db com um caminho novo.
refusal-not-confirmed = Nada foi apagado (digite wipe, ou use --yes).
