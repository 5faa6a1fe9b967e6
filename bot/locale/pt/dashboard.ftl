# O painel dos coordenadores no navegador (!dashboard e as suas páginas).

dashboard-off = O painel não está ativado neste bot. Um administrador ativa-o com [web] listen em bot.toml.
dashboard-link = A sua ligação de acesso ao painel, válida durante { $minutes } minutos e uma só vez: { $url }
dashboard-link_sent = Enviei-lhe uma ligação de acesso por mensagem direta.
dashboard-title = Painel do vetbot
dashboard-nav_label = Páginas do painel
dashboard-nav_overview = Visão geral
dashboard-nav_review = Fila de revisão
dashboard-nav_prompts = Calendário de perguntas
dashboard-sign_out = Terminar sessão
dashboard-refused_title = Não é possível
dashboard-forbidden = Este pedido foi recusado. Volte atrás, recarregue a página e tente de novo.
dashboard-not_found = Esta página não existe.
dashboard-no_access = Não tem sessão iniciada, ou já não coordena nenhuma rede. Peça uma nova ligação com { $prefix }dashboard no chat.
dashboard-signed_out = A sessão foi terminada.
dashboard-signin_title = Iniciar sessão
dashboard-signin_text = Inicie sessão no painel das suas redes com a ligação que pediu no chat.
dashboard-signin_button = Iniciar sessão
dashboard-refused_invalid = Esta ligação de acesso não é válida. Peça uma nova com { $prefix }dashboard no chat.
dashboard-refused_expired = Esta ligação de acesso expirou. Peça uma nova com { $prefix }dashboard no chat.
dashboard-refused_used = Esta ligação de acesso já foi usada. Peça uma nova com { $prefix }dashboard no chat.
dashboard-refused_unknown = Esta ligação de acesso já não funciona, porque o bot foi reiniciado. Peça uma nova com { $prefix }dashboard no chat.
dashboard-refused_too_many = Demasiadas tentativas de acesso. Aguarde dez minutos e peça depois uma nova ligação com { $prefix }dashboard.
dashboard-overview_title = Visão geral
dashboard-overview_intro = Os números das suas redes de { $start } a { $end }, tal como os relatórios os dão.
dashboard-fewer_note = Um número sobre menos de 5 pessoas aparece como “menos de 5” e não tem barra.
dashboard-network = Rede { $name }
dashboard-lookups = Pesquisas de ferramentas: { $asked }, das quais sem resultados: { $empty }.
dashboard-matches_chart = Correspondências de mentoria aceites por mês
dashboard-prompts_chart = Pessoas que responderam por pergunta
dashboard-gaps_chart = Pesquisas sem resultados mais frequentes
dashboard-month = Mês
dashboard-matches = Correspondências
dashboard-prompt = Pergunta
dashboard-people = Pessoas que responderam
dashboard-lookup = Pesquisa
dashboard-times = Vezes
dashboard-prompt_label = Pergunta n.º { $id }
dashboard-table = Os números numa tabela
dashboard-nothing_yet = Ainda nada neste período.
dashboard-fewer = menos de 5
dashboard-not_known = desconhecido
dashboard-review_title = Fila de revisão
dashboard-review_empty = Não há sugestões à espera de revisão.
dashboard-review_count = { $total ->
    [one] Há uma sugestão à espera.
   *[other] Há { $total } sugestões à espera; aqui estão as { $shown } mais antigas.
}
dashboard-similar = Parecida com: { $ids }
dashboard-suggested_by = Sugerida por { $name }
dashboard-approve = Aprovar e publicar
dashboard-reject = Recusar
dashboard-reason = Motivo (é comunicado a quem a sugeriu)
dashboard-reason_needed = Indique o motivo da recusa: quem a sugeriu será informado.
dashboard-approved = Aprovada e publicada: { $title } ({ $id }).
dashboard-rejected = Recusada: { $title } ({ $id }). Quem a sugeriu é informado.
dashboard-prompts_title = Calendário de perguntas
dashboard-calendar_caption = { $days ->
    [one] Perguntas do próximo dia
   *[other] Perguntas dos próximos { $days } dias
}
dashboard-calendar_empty = { $days ->
    [one] Não há nenhuma pergunta prevista para o próximo dia.
   *[other] Não há nenhuma pergunta prevista para os próximos { $days } dias.
}
dashboard-when = Quando
dashboard-text = Texto
