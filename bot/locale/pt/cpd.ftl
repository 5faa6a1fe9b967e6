# Desenvolvimento profissional (!cpd): autoavaliação, plano, diário de aprendizagem e portefólio.
cpd-privacy_what = Desenvolvimento profissional: a forma como se avalia em cada competência (ou o facto de a ter saltado) e o seu diário de aprendizagem (o quê, quando, que competência, uma ligação para uma evidência), visíveis apenas para si; e a rede em cujos números a sua autoavaliação é contada (aí apenas em grupos de 5 ou mais pessoas, nunca com o seu nome).
cpd-sent_dm = Enviei-lhe uma mensagem privada.
cpd-no_framework = Ainda não há nenhum referencial de competências. Peça a um coordenador que importe um.
cpd-framework_unknown = Não existe o referencial “{ $id }”.
cpd-status_head = O seu desenvolvimento profissional – { $framework }
cpd-status_counts = { $total ->
    [one] Avaliadas: { $rated } de { $total } competência (saltadas: { $skipped }).
   *[other] Avaliadas: { $rated } de { $total } competências (saltadas: { $skipped }).
}
cpd-status_log = { $count ->
    [0] O seu diário de aprendizagem está vazio.
    [one] O seu diário de aprendizagem tem um registo.
   *[other] O seu diário de aprendizagem tem { $count } registos.
}
cpd-next_start = Próximo passo: faça a sua autoavaliação com { $command }; demora cerca de cinco minutos.
cpd-next_continue = Próximo passo: continue onde ficou com { $command }.
cpd-next_plan = Próximo passo: consulte o seu plano de desenvolvimento com { $command }.
cpd-status_commands = Também: { $prefix }cpd log ATIVIDADE (diário de aprendizagem), { $prefix }cpd export (portefólio num ficheiro).
cpd-assess_unknown = “{ $value }” não é uma área nem uma competência. Áreas: { $areas }.
cpd-rate_form = Indique uma competência e um nível (ou salte-a).
cpd-competence_unknown = Não existe a competência “{ $id }”. Comece com { $command }.
cpd-level_bad = “{ $value }” não é um nível: responda com um número de 1 a { $top }, ou salte a pergunta.
cpd-level_unknown = Não existe o nível { $level }: a escala vai de 1 a { $top }.
cpd-saved = Guardado: { $competence } – { $answer }.
cpd-area_done = Estas foram todas as competências de “{ $area }”.
cpd-all_done = { $count ->
    [one] Respondeu a todas as perguntas (uma competência avaliada). Para alterar uma resposta, volte a uma área, por exemplo { $again }.
   *[other] Respondeu a todas as perguntas ({ $count } competências avaliadas). Para alterar uma resposta, volte a uma área, por exemplo { $again }.
}
cpd-question =
    Pergunta { $number } de { $total } – { $area }
    { $competence }: { $description }
    Até que ponto o consegue fazer?
cpd-current = A sua resposta até agora: { $answer }.
cpd-skip_button = Saltar
cpd-answer_how = Toque num nível ou escreva-o: { $example }
cpd-skipped = saltada
cpd-not_rated = não avaliada
cpd-plan_nothing = Ainda não há nada para planear: faça primeiro a sua autoavaliação com { $command }.
cpd-match_need = Apoio em “{ $area }” ({ $topics })
cpd-plan_head = O seu plano de desenvolvimento – { $framework }. As duas áreas com mais margem de progresso:
cpd-plan_area = { $number }. { $area } – média { $average } ({ $rated ->
    [one] uma competência avaliada
   *[other] { $rated } competências avaliadas
})
cpd-plan_tools = Ferramentas para começar:
cpd-plan_tool_more = Mais sobre uma ferramenta: { $command }
cpd-plan_no_tools = A coleção ainda não tem nenhuma ferramenta para esta área.
cpd-plan_mentors = { $count ->
    [0] De momento nenhum mentor cobre esta área; o pedido fica a aguardar até haver um.
    [one] Um mentor com vaga disponível cobre esta área.
   *[other] { $count } mentores com vaga disponível cobrem esta área.
}
cpd-plan_match = Pedido de mentoria pronto: { $request }
cpd-plan_accept = Envie-o com { $command }
cpd-plan_accept_button = Pedir um mentor ({ $number })
cpd-no_mentoring = Este bot não disponibiliza mentoria.
cpd-accept_bad = “{ $value }” não é uma área do seu plano: indique 1 ou 2.
cpd-asked_proposed = O pedido n.º { $id } para “{ $area }” foi guardado. Já contactei um mentor e darei notícias assim que responder. Consulte { $status }.
cpd-asked_waiting = O pedido n.º { $id } para “{ $area }” foi guardado. Ainda não há nenhum mentor disponível; continuo a procurar. Consulte { $status }.
cpd-log_what_missing = Indique o que fez, por exemplo um curso, uma visita entre pares ou um livro.
cpd-log_what_long = No máximo { $limit } carateres.
cpd-log_competence_unknown = Não existe a competência “{ $value }”. As perguntas de { $command } mostram o identificador de cada competência.
cpd-log_evidence_bad = “{ $value }” não é um endereço web: a evidência tem de começar por https:// ou http://.
cpd-log_date_bad = “{ $value }” não é uma data: escreva 2026-12-31 ou 31.12.2026.
cpd-log_date_future = { $value } está no futuro: registe o que já fez.
cpd-log_saved = O registo n.º { $number } está no seu diário de aprendizagem. Veja tudo com { $list }.
cpd-log_empty = O seu diário de aprendizagem está vazio. Acrescente um registo com { $command } ATIVIDADE.
cpd-log_empty_plain = Ainda sem registos.
cpd-log_head = { $count ->
    [one] O seu diário de aprendizagem (um registo):
   *[other] O seu diário de aprendizagem ({ $count } registos):
}
cpd-log_number_missing = Indique o número do registo, tal como aparece na lista.
cpd-log_unknown = O seu diário de aprendizagem não tem o registo n.º { $number }. Consulte { $command }.
cpd-log_full = O seu diário de aprendizagem está cheio ({ $limit } registos). Apague primeiro alguns.
cpd-log_delete_ask = O registo será apagado definitivamente. Envie { $command } para continuar.
cpd-log_deleted = O registo n.º { $number } foi apagado.
cpd-export_sent_md = O seu portefólio em Markdown, para editar ou reutilizar noutro sítio.
cpd-export_sent_html = O seu portefólio como página web, para imprimir ou entregar num processo de reconhecimento, validação e certificação de competências.
cpd-export_title = Portefólio de desenvolvimento profissional de { $name }
cpd-export_intro = Autoavaliação segundo o referencial “{ $framework }” e diário de aprendizagem, à data de { $day }.
cpd-export_ratings = Autoavaliação por área (nível médio)
cpd-export_log = Diário de aprendizagem
cpd-export_col_number = N.º
cpd-export_col_date = Data
cpd-export_col_what = O que fiz
cpd-export_col_competence = Competência
cpd-export_col_evidence = Evidência
cpd-cli_none = nenhum referencial guardado
cpd-cli_counts = { $areas } áreas, { $competences } competências
cpd-cli_refused = { $count ->
    [one] não importado, nada foi guardado: um problema
   *[other] não importado, nada foi guardado: { $count } problemas
}
cpd-cli_dry_run = “{ $id }” verificado: { $competences } competências, substituiria um guardado: { $replaced }, avaliações que se perderiam: { $dropped } (ensaio, nada foi guardado)
cpd-cli_imported = “{ $id }” importado: { $competences } competências, substituído um guardado: { $replaced }, avaliações de competências retiradas apagadas: { $dropped }
cpd-problem-required = obrigatório
cpd-problem-not_texts = tem de conter textos por língua, por exemplo {"{"}en: "…", pt: "…"{"}"}
cpd-problem-bad_language = “{ $value }” não é um código de língua de duas letras
cpd-problem-empty = vazio
cpd-problem-too_long = mais de { $limit } carateres
cpd-problem-missing_english = não tem texto em inglês (en)
cpd-problem-bad_id = “{ $value }” não é um identificador: letras minúsculas, algarismos e hífenes
cpd-problem-not_list = tem de ser uma lista
cpd-problem-not_mapping = tem de associar chaves a valores
cpd-problem-unknown_field = campo desconhecido
cpd-problem-bad_version = tem de ser um número inteiro a partir de 1
cpd-problem-scale_size = uma escala precisa de 2 a { $most } níveis
cpd-problem-bad_level = os níveis sobem de um em um a partir de 1: esperado { $expected }
cpd-problem-no_descriptor = o nível não tem descritor
cpd-problem-duplicate_id = o identificador “{ $value }” é usado duas vezes
cpd-problem-unknown_area = remete para uma área desconhecida “{ $value }”
cpd-problem-area_nested = uma competência dentro de uma área não indica área
cpd-problem-too_many = mais de { $most } competências
cpd-problem-bad_topic = os temas têm de ser textos curtos
cpd-file-bad_format = { $name }: use um ficheiro .yaml, .yml ou .json
cpd-file-too_large = { $name } tem mais de { $limit } bytes; não foi lido
cpd-file-unreadable = não é possível ler { $name }
cpd-file-bad_syntax = { $name } não é YAML nem JSON válido

# Relatórios das redes: autoavaliações por rede, país e área.
cpd-fewer_than = menos de { $min }
cpd-agg_withheld = não mostrado
cpd-agg_title = Autoavaliações — { $framework }
cpd-agg_intro = Como as pessoas de cada rede se avaliam, por área: quantas a avaliaram, quantas estão em cada nível e o nível médio. Os grupos de menos de { $min } pessoas não são apresentados em números; “não mostrado” assinala um número retido para que um grupo mais pequeno não possa ser deduzido do total.
cpd-agg_none = Ainda ninguém fez a autoavaliação.
cpd-agg_people = pessoas: { $people }
cpd-agg_col_area = Área
cpd-agg_col_rated = Avaliada por
cpd-agg_col_average = Média
cpd-overview_head = Como as pessoas das suas redes se avaliam — { $framework }. Os grupos de menos de { $min } pessoas não são apresentados em números.
cpd-overview_network = Rede { $network } — pessoas com autoavaliação: { $people }
cpd-overview_area = • { $area } — avaliada por: { $rated }; nível médio: { $average }
cpd-overview_area_hidden = • { $area } — menos de { $min } pessoas a avaliaram, não mostrado.
cpd-overview_countries = Por país (pessoas): { $countries }
cpd-overview_more = Níveis por área e por país: { $command } (no servidor).
cpd-cli_written = Guardado em { $path }.
