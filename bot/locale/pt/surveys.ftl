# surveys: português (europeu)

surveys-privacy_what = Inquéritos: as respostas a um inquérito ficam ligadas a quem responde apenas para que responda uma vez e possa alterá-las ou apagá-las; os resultados mostram apenas números, nunca um grupo de menos de 5 pessoas, e uma resposta livre só se tiver aceitado partilhá-la, nunca com o seu nome. As respostas são apagadas algum tempo depois de o inquérito fechar.
surveys-announce = 📋 Novo inquérito: “{ $title }” ({ $count ->
    [one] uma pergunta
   *[other] { $count } perguntas
}), anónimo, aberto até { $closes }. Para participar, envie { $command } — farei as perguntas por mensagem direta.
surveys-announce_button = Participar
surveys-closed_post = O inquérito “{ $title }” (número { $id }) está fechado. Obrigado a todas as pessoas que responderam!
surveys-status-planned = agendado
surveys-status-open = aberto
surveys-status-closed = fechado
surveys-status-cancelled = cancelado
surveys-fewer_than = menos de { $min }
surveys-withheld = não mostrado

surveys-created = O inquérito { $id } “{ $title }” está guardado: { $count ->
    [one] uma pergunta
   *[other] { $count } perguntas
}, aberto de { $opens } a { $closes }, anunciado em { $room }.
surveys-created_open = Já está aberto: anunciei-o na sala.
surveys-created_planned = Vou anunciá-lo na sala no primeiro dia.
surveys-not_connected = Nota: este bot não está ligado a { $platform } (funciona em { $connected }), por isso o anúncio em { $room } fica à espera até essa plataforma ser configurada em bot.toml ([bot] adapters e as respetivas credenciais).
surveys-list-empty = Ainda não há inquéritos nas suas redes.
surveys-list-header = Inquéritos:
surveys-list-line = { $id }. “{ $title }” — { $status }, de { $opens } a { $closes }; respostas de: { $people }
surveys-show = Inquérito { $id } “{ $title }” — { $status }
    Aberto de { $opens } a { $closes }, em { $room } (rede { $network })
    Respostas de: { $people }
    Perguntas:
surveys-close_ask = Isto fecha o inquérito de imediato: ninguém poderá voltar a responder. Para continuar, envie { $command }.
surveys-cancel_ask = Isto cancela o inquérito e apaga todas as respostas; não pode ser desfeito. Para continuar, envie { $command }.
surveys-done_close = O inquérito { $id } “{ $title }” está fechado.
surveys-done_cancel = O inquérito { $id } “{ $title }” foi cancelado e as respostas foram apagadas.

surveys-question = Inquérito { $id } “{ $title }” — pergunta { $number } de { $total }:
    { $question }
surveys-ask_choice = Escolha uma resposta:
surveys-ask_scale = Escolha um número de { $low } (o mínimo) a { $high } (o máximo):
surveys-ask_text = Escreva a resposta na próxima mensagem aqui (ou envie { $command }).
surveys-current = A sua resposta até agora: { $answer }
surveys-share_ask = Guardada. Posso mostrar esta resposta nos resultados, sem o seu nome? Só são mostradas as respostas que aceitar partilhar. Envie { $command }, ou não.
surveys-share_yes = Sim, partilhar
surveys-share_no = Não, manter privada
surveys-shared_yes = Obrigado: a sua resposta pode aparecer nos resultados, sem o seu nome.
surveys-shared_no = Entendido: a sua resposta é contada, mas nunca mostrada.
surveys-all_answered = Obrigado! Respondeu às { $total } perguntas do inquérito { $id } “{ $title }”. Pode alterar uma resposta até { $closes }, por exemplo com { $command }.
surveys-sent_by_dm = Enviei-lhe as perguntas por mensagem direta.

surveys-results-too_few = Inquérito { $id } “{ $title }” ({ $status }): responderam menos de { $min } pessoas, por isso ainda não são mostrados resultados. Os resultados nunca mostram um grupo de menos de { $min } pessoas.
surveys-results-header = Resultados do inquérito { $id } “{ $title }” ({ $status }): responderam { $count } pessoas. Os grupos de menos de 5 pessoas não são mostrados em números.
surveys-results-question = { $question } — { $count } respostas
surveys-results-question_few = { $question } — menos de { $min } respostas, não mostradas
surveys-results-average = média: { $value }
surveys-results-shared = { $count ->
    [one] uma resposta partilhada:
   *[other] { $count } respostas partilhadas:
}
surveys-results-withheld_note = Os números marcados “não mostrado” são retidos para que um grupo de menos de { $min } pessoas não possa ser deduzido do total.
surveys-results-shared_none = nenhuma resposta partilhada

surveys-error-unknown = Não existe o inquérito { $id }.
surveys-error-not_open = O inquérito { $id } está { $status }: agora não pode ser respondido.
surveys-error-already = O inquérito { $id } já está { $status }.
surveys-error-no_question = O inquérito { $id } tem as perguntas 1 a { $total }, não a { $number }.
surveys-error-empty_text = A sua resposta está vazia.
surveys-error-text_too_long = A sua resposta é demasiado longa: no máximo { $limit } caracteres.
surveys-error-bad_answer = Isso não é uma resposta à pergunta { $number }. Escolha entre: { $choices }.
surveys-error-nothing_to_share = Não tem nenhuma resposta escrita à pergunta { $number } do inquérito { $id }.
surveys-error-ends_in_past = Esse inquérito já teria terminado: escolha um último dia a partir de hoje.
surveys-error-option_twice = A opção { $option }: aparece duas vezes.
surveys-error-bad_date = { $option }: `{ $value }` não é um dia; escreva-o 2026-12-31 ou 31.12.2026.
surveys-error-room_needed = Numa mensagem direta, indique onde anunciar o inquérito com em: #sala.
surveys-error-bad_room = Não posso publicar em `{ $room }`; escreva em: #sala ou em: plataforma:sala.
surveys-error-not_your_room = Não pode anunciar um inquérito em { $room }: um papel de coordenação de um servidor ou sala só conta nos servidores e salas para os quais este bot está configurado.
surveys-error-id_missing = Que inquérito? Indique o número, por exemplo { $example }.
surveys-error-bad_id = `{ $id }` não é um número de inquérito.
surveys-error-stray_text = Não sei o que fazer com `{ $text }`: cada parte do inquérito é uma opção como título: ou perguntas:.
surveys-error-title_missing = O inquérito precisa de um título: título: …
surveys-error-title_too_long = O título é demasiado longo: no máximo { $limit } caracteres.
surveys-error-end_missing = Indique o último dia do inquérito com até: AAAA-MM-DD.
surveys-error-ends_before_start = O último dia é anterior ao primeiro: até: tem de ser no mesmo dia de desde: ou depois.
surveys-error-bad_number = `{ $value }` não é um número de pergunta.
surveys-error-share_usage = Diga se a sua resposta escrita pode ser mostrada: por exemplo { $example } (ou não).
surveys-error-questions_hint = Escreva cada pergunta como `Pergunta? | a / b / c` (uma escolha), `Pergunta? | 1-5` (uma escala) ou `Pergunta? | texto` (resposta livre), separadas por ; ou mudanças de linha. Por exemplo: perguntas: Ajudou? | sim / não / em parte; Que utilidade teve? | 1-5; O que mudaria? | texto
surveys-error-no_questions = O inquérito não tem perguntas: acrescente-as com perguntas:.
surveys-error-too_many_questions = Um inquérito pode ter no máximo { $limit } perguntas.
surveys-error-no_bar = A pergunta { $number } (`{ $question }`) não tem respostas: ponha um | entre a pergunta e as respostas.
surveys-error-no_text = A pergunta { $number } (`{ $question }`) tem respostas mas nenhuma pergunta antes do |.
surveys-error-question_too_long = A pergunta { $number } é demasiado longa: no máximo { $limit } caracteres.
surveys-error-no_answers = A pergunta { $number } (`{ $question }`) não tem nada depois do |.
surveys-error-bad_scale = Pergunta { $number }: `{ $scale }` não é uma escala que eu possa usar; escreva 1-5 ou 0-10 (a partir de 0 ou 1, até 10).
surveys-error-few_options = A pergunta { $number } (`{ $question }`) precisa de pelo menos duas respostas, separadas por /.
surveys-error-many_options = A pergunta { $number } tem respostas a mais: no máximo { $limit }.
surveys-error-option_too_long = Uma resposta da pergunta { $number } é demasiado longa: no máximo { $limit } caracteres.
surveys-error-same_options = A pergunta { $number } (`{ $question }`) repete a mesma resposta.

surveys-cli_bad_id = `{ $id }` não é um número de inquérito.
surveys-cli_written = Resultados do inquérito { $id } escritos em { $path }.
