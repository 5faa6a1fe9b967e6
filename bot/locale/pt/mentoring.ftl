# mentoring: European Portuguese (formal third person)

mentoring-privacy_what = Mentoria: se se inscrever como mentor ou especialista, o seu perfil (temas, línguas, país, setor, disponibilidade, apresentação), para que possa ser emparelhado com formadores; se pedir um mentor, o seu pedido e as respetivas propostas; as avaliações que dá. Os pedidos são anonimizados algum tempo depois de fechados.
mentoring-consent =
    Antes de se inscrever como { $kind ->
        [expert] especialista
       *[mentor] mentor
    }, leia o que isso implica:
    • O que fica guardado: o seu nome no chat e o ID da sua conta, e o perfil que indicar aqui (temas, línguas, país, setor, disponibilidade, apresentação).
    • Quem o vê: { $name } usa-o para escolher a quem pedir. Os formadores nunca veem o seu perfil; quando recebe uma proposta, vê apenas a necessidade descrita. O seu nome e a sua conta só são partilhados com um formador depois de aceitar o pedido dele.
    • Sair: pode fazer uma pausa quando quiser, ou sair e apagar o seu perfil ({ $prefix }{ $kind } leave); { $prefix }mydata mostra tudo o que está guardado, { $prefix }forgetme apaga-o.
mentoring-consent_how = Para aceitar, envie o mesmo comando com “consent: yes” (ou use o botão): { $command }
mentoring-consent_button = Aceito, inscrever-me
mentoring-consent_declined = Muito bem, a inscrição como { $kind ->
    [expert] especialista
   *[mentor] mentor
} não foi feita; nada foi guardado.
mentoring-already_joined = Já tem um perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
}. Altere-o com { $command }.
mentoring-not_joined = Não tem perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
}. Inscreva-se com { $command }.
mentoring-not_paused = O seu perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
} não está em pausa, por isso não há nada a retomar; coloque-o em pausa com { $command }.
mentoring-positional_unexpected = Não esperava “{ $text }” aqui; os campos do perfil escrevem-se “topics: …”.
mentoring-update_nothing = Nada a atualizar: indique pelo menos um campo, por exemplo “capacity: 3” ou “languages: pt, en”.
mentoring-languages_assumed = Não indicou línguas, por isso defini { $language } (a língua em que está a escrever). Para a alterar: { $command }
mentoring-joined = Boas-vindas! A sua inscrição como { $kind ->
    [expert] especialista
   *[mentor] mentor
} está feita. Vou enviar-lhe as propostas por mensagem privada; faça uma pausa com { $prefix }{ $kind } pause, saia com { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Pode também avaliar as suas próprias áreas com { $command }: quando um formador pede um mentor a partir do seu plano de desenvolvimento, os mentores que se avaliam como fortes nessa área são contactados primeiro.
mentoring-updated = O seu perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
} foi atualizado.
mentoring-me = O seu perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
}:
mentoring-me_none = Ainda não tem perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
}. Inscreva-se com { $command }.
mentoring-paused = Em pausa: não receberá novas propostas como { $kind ->
    [expert] especialista
   *[mentor] mentor
} até enviar { $command }. As propostas que já recebeu continuam abertas.
mentoring-paused_until = Em pausa até { $until }: até lá, não receberá novas propostas como { $kind ->
    [expert] especialista
   *[mentor] mentor
} ({ $command } para voltar mais cedo).
mentoring-resumed = Está de volta: pode voltar a receber propostas como { $kind ->
    [expert] especialista
   *[mentor] mentor
}.
mentoring-left = O seu perfil de { $kind ->
    [expert] especialista
   *[mentor] mentor
} foi apagado. { $withdrawn ->
    [one] Proposta retirada: { $withdrawn }.
   *[other] Propostas retiradas: { $withdrawn }.
} Obrigado pela sua ajuda!
mentoring-state_active = ativo
mentoring-state_paused = em pausa
mentoring-state_paused_until = em pausa até { $until }
mentoring-profile_summary =
    {"  "}Temas: { $topics }
    {"  "}Línguas: { $languages } · País: { $country } · Setor: { $sector }
    {"  "}Disponibilidade: { $capacity } (ocupada: { $used }) · Estado: { $state }
    {"  "}Apresentação: { $bio }
mentoring-request_proposed = Pedido n.º { $id } guardado. Pedi a um { $kind ->
    [expert] especialista
   *[mentor] mentor
} adequado; tem { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} para responder, e envio-lhe um aviso por mensagem privada quando alguém aceitar. { $status } mostra o ponto da situação.
mentoring-request_waiting = Pedido n.º { $id } guardado, mas de momento nenhum { $kind ->
    [expert] especialista
   *[mentor] mentor
} é adequado. Fica em aberto: vou perguntar aos novos { $kind ->
    [expert] especialistas
   *[mentor] mentores
} à medida que se inscreverem. { $cancel } retira-o.
mentoring-too_many_open = Já tem { $limit ->
    [one] { $limit } pedido em aberto
   *[other] { $limit } pedidos em aberto
}; veja { $command } e cancele primeiro um deles.
mentoring-request_duplicate = Já tem um pedido em aberto para isto, o n.º { $id } (“{ $need }”). { $status } mostra o ponto da situação; { $cancel } retira-o, se quiser pedir de outra forma.
mentoring-proposal =
    Um formador procura um { $kind ->
        [expert] especialista
       *[mentor] mentor
    } (proposta n.º { $id }):
    “{ $need }”
    Preferências: { $asked }
    Pode ajudar? Responda até { $deadline }: { $accept } ou { $decline }. O nome do formador só lhe é comunicado se aceitar.
mentoring-proposal_why = Porquê a si: { $reasons }
mentoring-button_accept = Aceitar
mentoring-button_decline = Recusar
mentoring-accepted = Obrigado! Aceitou a proposta n.º { $id }; já vos apresentei um ao outro por mensagem privada.
mentoring-declined = Obrigado por avisar; a proposta n.º { $id } foi recusada e já pedi a outra pessoa.
mentoring-declined_nobody_left = Obrigado por avisar; a proposta n.º { $id } foi recusada. De momento não há mais ninguém a quem pedir, por isso o pedido aguarda novos { $kind ->
    [expert] especialistas
   *[mentor] mentores
}; o formador já sabe.
mentoring-expired_to_mentor = A proposta n.º { $id } expirou sem resposta, por isso pedi a outra pessoa. Não há problema.
mentoring-expired_to_mentor_last = A proposta n.º { $id } expirou sem resposta. Não há problema: o pedido aguarda novos mentores ou especialistas.
mentoring-withdrawn_to_mentor = O formador retirou o pedido associado à proposta n.º { $id }; não tem mais nada a fazer.
mentoring-intro_requester = Boas notícias: um { $kind ->
    [expert] especialista
   *[mentor] mentor
} aceitou o seu pedido n.º { $id } (“{ $need }”). Apresento-lhe { $other }: cumprimentem-se por mensagem privada. Depois, diga-nos como correu: { $feedback }
mentoring-intro_mentor = Obrigado por aceitar a proposta n.º { $id } (“{ $need }”). A pessoa que vai acompanhar é { $other }, que já foi informada. Mais tarde, avalie com { $feedback }; { $end } liberta o seu lugar quando terminarem.
mentoring-exhausted = Lamento: perguntei a { $tries ->
    [one] { $tries } { $kind ->
        [expert] especialista
       *[mentor] mentor
    }
   *[other] { $tries } { $kind ->
        [expert] especialistas
       *[mentor] mentores
    }
} sobre o seu pedido n.º { $id } e, de momento, ninguém o pôde aceitar. Fica em aberto: vou perguntar aos novos { $kind ->
    [expert] especialistas
   *[mentor] mentores
} à medida que se inscreverem.
mentoring-exhausted_told = Os coordenadores também já sabem.
mentoring-exhausted_coordinators = O pedido n.º { $id } ({ $kind ->
    [expert] especialista
   *[mentor] mentor
}, “{ $need }”) não encontrou ninguém ao fim de { $tries ->
    [one] { $tries } proposta
   *[other] { $tries } propostas
}; continua em aberto. Veja { $stats }.
mentoring-proposal_unknown = Não tem nenhuma proposta em aberto n.º { $id }. { $command } lista as que aguardam a sua resposta.
mentoring-proposal_was_accepted = Já aceitou a proposta n.º { $id }; não há mais nada a responder. Quando terminarem, { $end } liberta o seu lugar.
mentoring-proposal_was_accepted_decline = Já aceitou a proposta n.º { $id }, por isso já não pode recusá-la. Se não puder continuar, termine o emparelhamento com { $end }.
mentoring-proposal_was_declined = A proposta n.º { $id } já foi recusada. { $pending } lista as propostas que ainda aguardam a sua resposta.
mentoring-proposal_was_expired = A proposta n.º { $id } expirou; passou para outra pessoa. { $pending } lista as propostas que ainda aguardam a sua resposta.
mentoring-accept_full = Todos os seus lugares estão ocupados (disponibilidade { $capacity }), por isso não posso acrescentar este emparelhamento. Termine primeiro um emparelhamento ({ $command } mostra os seus), aumente a sua disponibilidade, ou recuse com { $decline }.
mentoring-proposal_was_withdrawn = A proposta n.º { $id } foi retirada; já não há nada a responder. { $pending } lista as propostas que ainda aguardam a sua resposta.
mentoring-request_unknown = Não tem nenhum pedido n.º { $id }. { $command } lista os seus.
mentoring-request_was_matched = O pedido n.º { $id } já tem emparelhamento (n.º { $match }), por isso não há nada a cancelar. Para terminar o emparelhamento, use { $end }.
mentoring-request_was_cancelled = O pedido n.º { $id } já está cancelado. { $status } lista os seus pedidos; volte a pedir com { $command }.
mentoring-nothing_to_cancel = Não tem nenhum pedido em aberto para cancelar; { $command } lista os seus pedidos.
mentoring-cancel_which = Tem vários pedidos em aberto ({ $ids }); indique qual: { $command }
mentoring-cancelled = O pedido n.º { $id } foi cancelado.
mentoring-id_missing = Indique o ID (um número), por favor.
mentoring-match_unknown = Não tem nenhum emparelhamento n.º { $id }. { $command } lista os seus pedidos com os respetivos números.
mentoring-match_number_ambiguous = O n.º { $id } é ao mesmo tempo um dos seus pedidos e uma proposta que aceitou, por isso não sei a que emparelhamento se refere. { $status } lista os seus pedidos; { $pending }, as propostas que lhe foram enviadas.
mentoring-match_not_accepted = O n.º { $id } ainda não é um emparelhamento aceite, por isso não pode ser avaliado nem terminado; isso será possível quando o mentor aceitar. { $command } mostra o ponto da situação dos seus pedidos.
mentoring-match_ended_already = O emparelhamento n.º { $id } já terminou. Ainda o pode avaliar: { $command }.
mentoring-feedback_missing = Indique o ID do emparelhamento e uma avaliação de 1 a 5.
mentoring-feedback_saved = Obrigado! A sua avaliação de { $rating }/5 para o emparelhamento n.º { $id } foi guardada.
mentoring-feedback_replaced = A sua avaliação do emparelhamento n.º { $id } passou a ser { $rating }/5.
mentoring-ended = O emparelhamento n.º { $id } terminou; obrigado. Avalie-o com { $command }.
mentoring-pending_none = Não há propostas a aguardar a sua resposta.
mentoring-pending_header = { $count ->
    [one] Proposta a aguardar a sua resposta ({ $count }):
   *[other] Propostas a aguardar a sua resposta ({ $count }):
}
mentoring-pending_item = {"  "}Proposta n.º { $id } ({ $kind ->
    [expert] especialista
   *[mentor] mentor
}, responder até { $deadline }): “{ $need }” — { $accept } / { $decline }
mentoring-status_none = Não tem pedidos. Peça um mentor com { $command }.
mentoring-status_header = Os seus pedidos (cancele, avalie ou termine um pelo respetivo número):
mentoring-status_item = {"  "}Pedido n.º { $id } ({ $kind ->
    [expert] especialista
   *[mentor] mentor
}) “{ $need }”: { $state }
mentoring-status_matched = emparelhado com { $name }: avalie o emparelhamento com { $feedback }, termine-o com { $end }
mentoring-status_ended = emparelhamento terminado; avalie-o com { $feedback }
mentoring-status_ended_rated = emparelhamento terminado, avaliado com { $rating }/5 (altere a avaliação com { $feedback })
mentoring-status_matched_gone = emparelhado (a outra pessoa apagou entretanto os seus dados)
mentoring-status_proposed = a aguardar a resposta do { $nth } { $kind ->
    [expert] especialista
   *[mentor] mentor
} contactado (até { $until }); { $cancel } retira-o
mentoring-status_proposed_unsent = o { $nth } { $kind ->
    [expert] especialista
   *[mentor] mentor
} contactado recebe a proposta dentro de minutos; { $cancel } retira-o
mentoring-status_open = em aberto, ainda nenhum { $kind ->
    [expert] especialista
   *[mentor] mentor
} é adequado ({ $tries ->
    [one] { $tries } contactado até agora
   *[other] { $tries } contactados até agora
}); { $cancel } retira-o
mentoring-status_cancelled = cancelado
mentoring-status_pending = Propostas a aguardar a sua resposta: { $ids } (números de proposta: { $accept } ou { $decline }; { $command } mostra-as).
mentoring-stats_requests = Pedidos: { $open ->
    [one] { $open } em aberto
   *[other] { $open } em aberto
}{ $waiting }, { $proposed ->
    [one] { $proposed } com proposta em curso
   *[other] { $proposed } com proposta em curso
}, { $matched ->
    [one] { $matched } emparelhado
   *[other] { $matched } emparelhados
}, { $cancelled ->
    [one] { $cancelled } cancelado
   *[other] { $cancelled } cancelados
}.
mentoring-stats_exhausted = {" "}({ $count ->
    [one] { $count } dos quais já passou por todos os candidatos adequados e aguarda
   *[other] { $count } dos quais já passaram por todos os candidatos adequados e aguardam
} novos mentores ou especialistas)
mentoring-stats_proposals = Propostas: { $pending } pendentes, { $accepted ->
    [one] { $accepted } aceite
   *[other] { $accepted } aceites
}, { $declined ->
    [one] { $declined } recusada
   *[other] { $declined } recusadas
}, { $expired ->
    [one] { $expired } expirada
   *[other] { $expired } expiradas
}, { $withdrawn ->
    [one] { $withdrawn } retirada
   *[other] { $withdrawn } retiradas
}.
mentoring-stats_median = Tempo mediano até ao emparelhamento: { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}.
mentoring-stats_median_none = Tempo mediano até ao emparelhamento: ainda não há emparelhamentos.
mentoring-stats_load_header = Carga por mentor/especialista ({ $count }; ocupados/disponíveis):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] especialista
   *[mentor] mentor
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Emparelhamento em lote: { $open ->
    [one] { $open } pedido em aberto
   *[other] { $open } pedidos em aberto
}, { $proposed ->
    [one] { $proposed } proposta enviada
   *[other] { $proposed } propostas enviadas
}, { $unmatched } sem candidato adequado.
mentoring-cli_run_result = Emparelhamento em lote: { $open ->
    [one] { $open } pedido em aberto
   *[other] { $open } pedidos em aberto
}, { $proposed ->
    [one] { $proposed } proposta criada
   *[other] { $proposed } propostas criadas
}, { $unmatched } sem candidato adequado. O bot em funcionamento entrega as propostas dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} (ou quando voltar a arrancar).
mentoring-ended_by_other = { $name } terminou o emparelhamento n.º { $id }; obrigado pelo tempo que passaram juntos. Ainda o pode avaliar: { $command }.
mentoring-ended_by_erasure = O emparelhamento n.º { $id } terminou: a outra pessoa pediu ao bot que apagasse os seus dados. Obrigado pelo tempo que passaram juntos; ainda pode avaliar o emparelhamento: { $command }.
mentoring-ordinal-n1 = { $n }.º
mentoring-ordinal-n2 = { $n }.º
mentoring-ordinal-n3 = { $n }.º
mentoring-ordinal-other = { $n }.º
mentoring-reason-topic = temas: { $detail }
mentoring-reason-bio = a sua apresentação: { $detail }
mentoring-reason-language = língua: { $detail }
mentoring-reason-country = país: { $detail }
mentoring-reason-sector = setor: { $detail }
mentoring-asked-languages = língua { $value }
mentoring-asked-country = país { $value }
mentoring-asked-sector = setor { $value }
mentoring-asked-nothing = sem preferências
mentoring-field-topic_long = Cada tema pode ter no máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}; separe os temas com vírgulas.
mentoring-field-topics_missing = Indique os seus temas, por exemplo “topics: conceção da aprendizagem em contexto de trabalho, avaliação”.
mentoring-field-topics_many = Indique no máximo { $limit ->
    [one] { $limit } tema
   *[other] { $limit } temas
}, separados por vírgulas.
mentoring-field-language_bad = “{ $value }” não é um código de língua ISO 639-1; use códigos de duas letras como pt, en, es, separados por vírgulas (p. ex. “pt, en”).
mentoring-field-languages_missing = Indique pelo menos um código de língua, por exemplo “languages: pt, en”.
mentoring-field-languages_many = Indique no máximo { $limit ->
    [one] { $limit } língua
   *[other] { $limit } línguas
}.
mentoring-field-country_bad = “{ $value }” não é um código de país ISO 3166-1; use o código de duas letras, por exemplo PT, ES, DE.
mentoring-field-country_hint = “{ $value }” não é um código de país ISO 3166-1; use antes { $code }.
mentoring-field-sector_missing = Indique o setor, por exemplo “sector: construção civil”.
mentoring-field-sector_long = O setor pode ter no máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}.
mentoring-field-capacity_bad = A disponibilidade tem de ser um número inteiro de 1 a { $max } (recebido: “{ $value }”).
mentoring-field-bio_long = A sua apresentação tem { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; reduza-a para { $limit }.
mentoring-field-consent_bad = O consentimento escreve-se “consent: yes” (ou “no”).
mentoring-field-need_missing = Diga em que precisa de ajuda, por exemplo !match conceber avaliações em contexto de trabalho.
mentoring-field-need_long = O seu pedido tem { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; reduza-o para { $limit }.
mentoring-field-kind_bad = “{ $value }” não é um tipo válido; use “kind: mentor” ou “kind: expert”.
mentoring-field-until_bad = “{ $value }” não é uma data; use AAAA-MM-DD.
mentoring-field-until_range = A data tem de ser futura e estar dentro de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}; use AAAA-MM-DD, por exemplo until: 2027-01-15.
mentoring-field-id_bad = “{ $value }” não é um ID; os IDs são números, como 12.
mentoring-field-rating_bad = A avaliação tem de ser um número inteiro de 1 a 5 (recebido: “{ $value }”).
mentoring-field-comment_long = O comentário pode ter no máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}.
mentoring-leave_ask = Isto apaga o seu perfil de vez; as propostas que aguardam a sua resposta passam para outra pessoa (para parar durante algum tempo, faça antes uma pausa). Para continuar, envie { $command }.
mentoring-cancel_ask = Isto retira o seu pedido: quem foi contactado é avisado, e mais ninguém será contactado. Para continuar, envie { $command }.
mentoring-field-cross_border_bad = Para a opção transfronteiriça escreva “cross_border: sim” (formadores de outras redes poderão então pedir-lhe ajuda, nas suas línguas) ou “não”, e não “{ $value }”.
