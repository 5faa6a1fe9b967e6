# prompts: European Portuguese (formal third person)

prompts-thread_title = Pergunta { $id }
prompts-scheduled =
    Pergunta { $id } agendada: { $when }.
    Próxima publicação: { $next }, em { $targets }.
    Veja-a com { $prefix }prompt show { $id }; as próximas datas com { $prefix }prompt preview { $id }.
prompts-edited = Pergunta { $id } alterada:
prompts-edited_schedule = Agendamento: { $when }. Próxima publicação: { $next }.
prompts-edited_rooms = Canais: { $targets }.
prompts-edited_text = Texto: { $text }
prompts-skipped = A próxima publicação da pergunta { $id } ({ $when }) vai ser ignorada.
prompts-skip_kept = A publicação ignorada de { $when } continua no agendamento e continua ignorada.
prompts-skip_kept_many = As publicações ignoradas ({ $when }) continuam no agendamento e continuam ignoradas.
prompts-skip_cleared = A publicação ignorada de { $when } já não está no agendamento, por isso esse salto foi anulado.
prompts-skip_cleared_many = As publicações ignoradas ({ $when }) já não estão no agendamento, por isso esses saltos foram anulados.
prompts-show =
    Pergunta { $id } — { $status }
    Quando: { $when }
    Próxima publicação: { $next }
    Canais: { $targets }
    Autor: { $author }
    Publicações: { $sent ->
        [one] { $sent } feita
       *[other] { $sent } feitas
    }, { $missed ->
        [one] { $missed } falhada
       *[other] { $missed } falhadas
    }, { $skipped ->
        [one] { $skipped } ignorada
       *[other] { $skipped } ignoradas
    }.
    Texto:
    { $text }
prompts-privacy_what = Perguntas de discussão: as perguntas e séries dos coordenadores indicam o seu autor; no tópico de uma pergunta, o bot conta quem respondeu até publicar o resumo da participação e depois guarda apenas os números — nunca o que foi dito.
prompts-done-pause = A pergunta { $id } está em pausa.
prompts-done-resume = A pergunta { $id } está novamente ativa; o que devia ter saído durante a pausa não é publicado.
prompts-done-cancel = A pergunta { $id } foi cancelada.
prompts-skip_ends-skipped = Era a sua única publicação, por isso a pergunta { $id } fica ignorada: não será publicada.
prompts-skip_ends-finished = Era a sua última publicação, por isso a pergunta { $id } fica terminada.
prompts-status-active = ativa
prompts-status-paused = em pausa
prompts-status-cancelled = cancelada
prompts-status-finished = terminada
prompts-status-skipped = ignorada
prompts-list-header = Perguntas (ID, estado, próxima publicação, texto):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[série { $id }]
prompts-list-empty = Não há perguntas ativas nem em pausa. Agende uma com { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] A próxima publicação da pergunta { $id } ({ $tz }):
   *[other] As próximas { $count } publicações da pergunta { $id } ({ $tz }):
}
prompts-preview-none = A pergunta { $id } não tem publicações previstas (está { $status }).
prompts-targets-empty = A opção in: não indica nenhum canal.
prompts-targets-too_many = Uma pergunta pode ir, no máximo, para { $limit ->
    [one] { $limit } canal
   *[other] { $limit } canais
}.
prompts-targets-bad_room = `{ $room }` não é um canal onde eu possa publicar.
prompts-targets-hint = Por exemplo `in: #partilha-de-praticas`, `in: #geral, #mentores` ou `in: matrix:!abc:example.org`.
prompts-targets-needed = Numa mensagem privada, indique onde publicar a pergunta com in: #canal.
prompts-targets-unknown_platform = `{ $platform }:` não é uma plataforma que eu conheça; posso publicar em { $platforms }.
prompts-targets-not_yours = Não pode publicar em { $rooms }: uma função de coordenador num servidor ou canal só conta nos servidores e canais para os quais este bot está configurado.
prompts-targets-not_yours_hint = Escolha um desses canais (uma sala Matrix pelo seu ID, !…:servidor), ou peça a quem gere o bot que o acrescente em bot.toml ([permissions] discord_guilds, matrix_rooms) ou que agende a pergunta.
prompts-targets-not_connected = Nota: este bot não está ligado a { $platforms } (funciona em { $connected }), por isso as publicações em { $rooms } vão falhar até essa plataforma ser configurada em bot.toml ([bot] adapters e as respetivas credenciais).
prompts-targets-network_channel = Sem in:, é usado o canal das perguntas da rede { $network }; para outros canais, indique-os com in: #canal.
prompts-error-bad_id = `{ $id }` não é um ID; os IDs são números.
prompts-error-id_missing_prompt = Indique o ID da pergunta, por exemplo { $example }.
prompts-error-id_missing_series = Indique o ID da série, por exemplo { $example }.
prompts-error-not_found = Não existe a pergunta { $id }.
prompts-error-text_missing = A opção { $option }: falta ou está vazia.
prompts-error-text_too_long = A opção { $option }: é demasiado longa (no máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}).
prompts-error-already = A pergunta { $id } já está { $status }.
prompts-error-cannot_pause = A pergunta { $id } está { $status }, por isso não pode ser colocada em pausa.
prompts-error-cannot_resume = A pergunta { $id } está { $status }; só uma pergunta em pausa pode ser retomada.
prompts-error-cannot_cancel = A pergunta { $id } está { $status }; já não há nada para cancelar.
prompts-error-cannot_edit = A pergunta { $id } está { $status } e já não pode ser alterada.
prompts-error-cannot_skip = A pergunta { $id } está { $status }, por isso não tem nenhuma publicação prevista para ignorar.
prompts-error-series_part = O ID { $id } é a parte “{ $part }” da série { $series }, não uma pergunta independente. Veja-a com { $show }; altere-a ou retire-a com { $edit }: … (none retira-a).
prompts-error-text_not_last = A opção { $option }: vinha depois de text:, por isso ficou a fazer parte do texto. text: ocupa o resto da linha: coloque-a em último lugar.
prompts-error-missing_colon = As opções levam dois pontos: escreva `{ $option }: …`, não `{ $option } …`.
prompts-error-stray_text = Não sei o que fazer com `{ $text }`: as opções escrevem-se `chave: valor`, separadas por `;`.
prompts-error-nothing_to_skip = A pergunta { $id } não tem nenhuma publicação prevista para ignorar.
prompts-error-edit_nothing = Diga o que quer alterar: in:, at:, cron:, every:, tz:, start:, end: ou text:.
prompts-notice-missed = A pergunta { $id } (“{ $text }”) devia ter saído { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
} enquanto eu estava desligado, de { $first } a { $last }, e não foi publicada.
prompts-notice-missed_one = A pergunta { $id } (“{ $text }”) devia ter saído em { $first } enquanto eu estava desligado, há demasiado tempo para a publicar agora; não foi publicada.
prompts-notice-stale_one = A pergunta { $id } (“{ $text }”) estava a ser publicada em { $first } quando parei; pode não ter saído, e já é tarde para tentar de novo.
prompts-notice-failed_one = A pergunta { $id } (“{ $text }”) não pôde ser publicada em { $first }: a plataforma não a aceitou após várias tentativas.
prompts-notice-stale = A pergunta { $id } (“{ $text }”) estava a ser publicada ({ $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}, de { $first } a { $last }) quando parei; essas publicações podem não ter saído, e já é tarde para tentar de novo.
prompts-notice-failed = A pergunta { $id } (“{ $text }”) não pôde ser publicada { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}, de { $first } a { $last }: a plataforma não a aceitou após várias tentativas.
prompts-summary-text = Participação: { $people ->
    [one] { $people } pessoa
   *[other] { $people } pessoas
}, { $replies ->
    [one] { $replies } resposta
   *[other] { $replies } respostas
}. Obrigado pela sua participação!
prompts-summary-none = Ainda não há respostas neste tópico. Continua aberto às suas reflexões.
prompts-series-created = Série { $id } “{ $title }” criada para { $targets }. Acrescente perguntas com { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Pergunta { $prompt } acrescentada à série { $id }; publicação: { $when }. { $show } lista a série por ordem.
prompts-series-not_found = Não existe a série { $id }.
prompts-series-not_active = A série { $id } está { $status } e já não pode ser alterada.
prompts-series-already = A série { $id } já está { $status }.
prompts-series-once_only = Uma pergunta da série { $id } só é publicada uma vez: indique data e hora com at:, não um agendamento recorrente.
prompts-series-edit_nothing = Diga o que quer alterar: title:, opening: ou closing: (none retira a abertura ou a conclusão).
prompts-series-opening_gone = A série { $id } já abriu; a sua abertura já não pode ser alterada.
prompts-series-changed_title = título “{ $title }”
prompts-series-changed_bookend = nova { $part }
prompts-series-dropped_bookend = { $part } retirada
prompts-series-edited = Série { $id } alterada: { $changes }. Veja-a com { $prefix }series show { $id }.
prompts-series-show_footer = Altere o título, a abertura ou a conclusão com { $prefix }series edit { $id } opening: …; closing: … (none retira uma delas).
prompts-series-emptied = A série { $id } já não tem perguntas para publicar, por isso a abertura e a conclusão também foram canceladas; voltam quando acrescentar uma pergunta.
prompts-series-title_missing = Uma série precisa de um título: title: …
prompts-series-at_missing = Diga quando a pergunta é publicada: at: 2026-12-01 09:00.
prompts-series-before_opening = A série { $id } já abriu; as novas perguntas têm de vir depois da abertura.
prompts-series-show =
    Série { $id } “{ $title }” — { $status }
    Canais: { $targets } · fuso horário { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = pergunta { $id }
prompts-series-opening = abertura
prompts-series-closing = conclusão
prompts-series-empty = Ainda não há perguntas: { $prefix }series add { $id } at: …; text: …
prompts-series-cancel_ask = Isto cancela a série e todas as publicações ainda por fazer; não pode ser desfeito. Para continuar, envie { $command }.
prompts-series-cancelled = A série { $id } foi cancelada ({ $count ->
    [one] { $count } publicação ainda por fazer foi cancelada
   *[other] { $count } publicações ainda por fazer foram canceladas
}).
prompts-series-cancelled_one = A série { $id } foi cancelada (1 publicação ainda por fazer foi cancelada).
prompts-series-list_header = Séries (ID, estado, título):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Ainda não há séries. Crie uma com { $prefix }series create title: …
prompts-cancel_ask = Isto cancela a pergunta de vez: nunca mais será publicada (para a parar durante algum tempo, ponha-a antes em pausa). Para continuar, envie { $command }.
