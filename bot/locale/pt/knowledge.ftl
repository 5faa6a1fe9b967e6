# knowledge: European Portuguese (formal third person)

knowledge-empty_query = Diga-me o que procura, por exemplo { $prefix }tool guia para tutores de empresa.
knowledge-results_head = Ferramentas para “{ $query }” ({ $first }–{ $last } de { $total }):
knowledge-browse_head = Ferramentas com { $options } ({ $first }–{ $last } de { $total }):
knowledge-browse_nothing = Nenhuma ferramenta corresponde a { $options }. Experimente com menos opções, ou pesquise por palavras: { $prefix }tool PESQUISA
knowledge-not_an_option = Nota: “{ $option }:” não é uma opção, por isso foi pesquisado como palavras. Opções: { $options } — por exemplo { $prefix }tool mentoria lang: pt
knowledge-option_equals = Nota: as opções levam dois pontos, não “=”: escreva { $option }: { $value } (desta vez foi pesquisado como palavras).
knowledge-one_value = Um valor de “{ $what }” de cada vez, por favor, por exemplo { $option }: { $value }. Sem essa opção, pesquiso em todos os valores.
knowledge-what_lang = língua
knowledge-what_country = país
knowledge-what_type = tipo
knowledge-what_target = público-alvo
knowledge-query_first = Escreva primeiro o que procura e depois as opções: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Pormenores: { $prefix }tool show ID
knowledge-results_foot_more = Pormenores: { $prefix }tool show ID · Página seguinte: { $prefix }more
knowledge-more_label = Mais
knowledge-back_label = Anterior
knowledge-back_first = Esta já é a primeira página para “{ $query }”.
knowledge-did_you_mean = Queria dizer: { $options }?
knowledge-nothing = Nada encontrado para “{ $query }”. Experimente outras palavras, ou menos palavras. Conhece uma boa ferramenta? { $prefix }tool suggest URL TÍTULO | RESUMO
knowledge-nothing_filtered = Nada encontrado para “{ $query }” com { $options }. Experimente sem algumas das opções.
knowledge-nothing_did_you_mean = Nada encontrado para “{ $query }”. Queria dizer { $options }?
knowledge-more_nothing = Não há aqui nenhuma pesquisa para continuar. Comece uma com { $prefix }tool PESQUISA.
knowledge-more_done = É tudo: { $total ->
    [one] { $total } resultado
   *[other] { $total } resultados
} para “{ $query }”.
knowledge-unknown_id = Não há nenhuma ferramenta com o ID “{ $id }”. Pesquise com { $prefix }tool PESQUISA para encontrar os IDs.
knowledge-unknown_id_suggest = Não há nenhuma ferramenta com o ID “{ $id }”. Queria dizer: { $options }? (Pesquise com { $prefix }tool PESQUISA para encontrar os IDs.)
knowledge-missing_id = Indique o ID da ferramenta, por exemplo { $prefix }tool { $command } epale. Pesquise com { $prefix }tool PESQUISA para encontrar os IDs.
knowledge-bad_lang = “{ $value }” não é um código de língua. Use um código ISO 639-1 de duas letras, como pt, en, es ou fr.
knowledge-bad_country = “{ $value }” não é um código de país. Use um código de duas letras, como PT, ES, DE, ou EU para ferramentas de âmbito europeu.
knowledge-country_hint = Escreva { $code } em vez de { $value } (códigos de país ISO 3166-1).
knowledge-bad_type = “{ $value }” não é um tipo de ferramenta. Tipos: { $types }.
knowledge-bad_target = “{ $value }” não é um público-alvo que eu conheça. Públicos-alvo: { $targets }.
knowledge-f_title = Título
knowledge-f_summary = Resumo
knowledge-f_type = Tipo
knowledge-f_languages = Línguas
knowledge-f_countries = Países
knowledge-f_sectors = Setores
knowledge-f_targets = Para
knowledge-f_topics = Temas
knowledge-f_aliases = Também conhecida como
knowledge-f_publisher = Editor
knowledge-f_licence = Licença
knowledge-f_year = Ano
knowledge-f_link = Ligação
knowledge-f_status = Estado: { $status ->
    [published] publicada
    [pending] a aguardar revisão
    [rejected] recusada
    [archived] arquivada
   *[other] { $status }
} · adicionada via { $via } em { $date } · mostrada { $shown ->
    [one] uma vez
   *[other] { $shown } vezes
}
knowledge-f_note = Nota de revisão: { $note }
knowledge-suggest_form = Indique a ligação, o título e, depois de |, um breve resumo, por exemplo { $prefix }tool suggest https://example.org/guia Guia de tutoria | Como acompanhar aprendizes.
knowledge-suggest_no_url = Comece pela ligação para a ferramenta, por exemplo { $prefix }tool suggest https://example.org/guia Guia de tutoria | Como acompanhar aprendizes.
knowledge-suggest_no_title = Indique o título da ferramenta a seguir à ligação, por exemplo { $prefix }tool suggest https://example.org/guia Guia de tutoria | Como acompanhar aprendizes.
knowledge-suggested = Obrigado! “{ $title }” está na fila de revisão como [{ $id }]; um coordenador vai analisá-la e a resposta chega-lhe por mensagem privada.
knowledge-suggested_similar = Nota: a coleção já tem uma ferramenta com um título muito parecido: { $entries }. O coordenador vai verificar se é a mesma.
knowledge-suggest_too_many = Já tem { $limit ->
    [one] { $limit } sugestão
   *[other] { $limit } sugestões
} a aguardar revisão. Aguarde até que um coordenador as tenha analisado.
knowledge-duplicate_url_published = Essa ligação já está na coleção: { $title } [{ $id }] — veja { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Essa ligação já foi sugerida e aguarda revisão como [{ $id }].
knowledge-duplicate_url_archived = Essa ligação esteve na coleção como [{ $id }] e foi arquivada; pergunte a um coordenador se deve voltar.
knowledge-invalid = Esse valor não está correto: { $problems }. Corrija-o e tente novamente.
knowledge-someone = alguém
knowledge-review_empty = A fila de revisão está vazia.
knowledge-review_head = Fila de revisão: { $total } a aguardar, das mais antigas para as mais recentes ({ $shown ->
    [one] { $shown } mostrada
   *[other] { $shown } mostradas
}):
knowledge-review_by = sugerida por { $who } em { $date }
knowledge-review_similar = Parecida com: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID MOTIVO · { $prefix }tool edit ID CAMPO: VALOR · { $prefix }tool show ID
knowledge-approve_label = Aprovar { $id }
knowledge-show_label = Ver { $id }
knowledge-approved = Publicada: { $title } [{ $id }].
knowledge-approved_dm = Boas notícias: a sua sugestão “{ $title }” foi aprovada e já faz parte da coleção. Obrigado! Veja { $prefix }tool show { $id }
knowledge-reject_form = Escreva { $prefix }tool reject ID MOTIVO, por exemplo { $prefix }tool reject peer-coaching já está na coleção. Veja a fila com { $prefix }tool review.
knowledge-reject_needs_reason = Indique um motivo a seguir ao ID; será comunicado a quem fez a sugestão, por exemplo { $prefix }tool reject { $id } já está na coleção.
knowledge-reject_not_pending = [{ $id }] está { $status ->
    [published] publicada
    [rejected] recusada
    [archived] arquivada
   *[other] { $status }
}, não a aguardar revisão; só as sugestões podem ser recusadas (para ferramentas publicadas, use archive).
knowledge-rejected = Recusada: { $title } [{ $id }].
knowledge-rejected_told = Recusada: { $title } [{ $id }]. Quem a sugeriu recebeu o motivo por mensagem privada.
knowledge-rejected_dm = Obrigado por sugerir “{ $title }” ({ $url }). Um coordenador decidiu não a adicionar: { $reason }
knowledge-already_published = [{ $id }] já está publicada.
knowledge-already_rejected = [{ $id }] já foi recusada.
knowledge-already_archived = [{ $id }] já está arquivada.
knowledge-edit_form = Escreva a alteração como ID CAMPO: VALOR (vários separados por ;), por exemplo { $prefix }tool edit epale languages: en, es, pt; type: toolkit
knowledge-edit_unchanged = Nada foi alterado: [{ $id }] já tem esse valor em { $field }.
knowledge-edited = Atualizada { $title } [{ $id }]:
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-archived = Arquivada: { $title } [{ $id }] deixou de aparecer nas pesquisas ({ $prefix }tool approve { $id } repõe-na).
knowledge-gaps_empty = Até agora, nenhuma pesquisa ficou sem resultados.
knowledge-gaps_head = Pesquisas sem resultados mais frequentes (anónimas: apenas palavras e contagens):
knowledge-gaps_line = { $count ->
    [one] uma vez
   *[other] { $count } vezes
}, a última em { $date }
knowledge-privacy_what = Conhecimento: as ferramentas que sugere ou revê ficam associadas a si até pedir que os seus dados sejam apagados (as ferramentas ficam, sem o seu nome); as pesquisas sem resultados são contadas apenas pelas palavras, nunca por quem pesquisou. O número de pesquisas por dia é contado apenas como um número.
knowledge-cli_bad_lang = código de língua desconhecido “{ $value }” (use ISO 639-1, p. ex. pt)
knowledge-cli_bad_country = código de país desconhecido “{ $value }” (use ISO 3166-1, p. ex. PT, ou EU)
knowledge-cli_nothing = nada encontrado
knowledge-cli_nothing_did_you_mean = nada encontrado; queria dizer: { $options }
knowledge-cli_importing = a importar
knowledge-cli_import_done = { $rows ->
    [one] { $rows } linha lida
   *[other] { $rows } linhas lidas
}: { $created ->
    [one] { $created } criada
   *[other] { $created } criadas
}, { $updated ->
    [one] { $updated } atualizada
   *[other] { $updated } atualizadas
}, { $unchanged ->
    [one] { $unchanged } inalterada
   *[other] { $unchanged } inalteradas
}, { $skipped ->
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
}
knowledge-cli_import_dry_run = simulação: { $rows ->
    [one] { $rows } linha lida
   *[other] { $rows } linhas lidas
}: seriam criadas { $created }, seriam atualizadas { $updated }, { $unchanged ->
    [one] { $unchanged } inalterada
   *[other] { $unchanged } inalteradas
}, { $skipped ->
    [one] { $skipped } ignorada
   *[other] { $skipped } ignoradas
}
knowledge-cli_problems_head = {" "}linha  campo           problema
knowledge-cli_exported = { $count ->
    [one] { $count } entrada exportada
   *[other] { $count } entradas exportadas
} para { $path }
knowledge-problem-required = obrigatório
knowledge-problem-too_long = mais de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}
knowledge-problem-not_single_text = tem de ser um único texto, não uma lista
knowledge-problem-not_text = tem de ser um texto, não { $kind } (coloque-o entre aspas em YAML ou JSON)
knowledge-problem-not_text_bool = tem de ser um texto, não true/false (coloque-o entre aspas em YAML ou JSON)
knowledge-problem-not_text_number = tem de ser um texto, não um número (coloque-o entre aspas em YAML ou JSON)
knowledge-problem-id_not_text = tem de ser um texto como “mentoring-guide” (coloque-o entre aspas em YAML)
knowledge-problem-id_form = tem de ter de 2 a 63 letras minúsculas, algarismos ou hífenes, a começar por uma letra ou um algarismo
knowledge-problem-url_form = tem de ser uma ligação http(s) completa, como https://example.org/pagina
knowledge-problem-url_spaces = não pode conter espaços
knowledge-problem-unknown_type = tipo desconhecido “{ $value }” (um de: { $types })
knowledge-problem-unknown_target_group = público-alvo desconhecido “{ $value }” (um de: { $groups })
knowledge-problem-item_not_text = o elemento { $item } não é um texto (coloque-o entre aspas em YAML ou JSON)
knowledge-problem-item_semicolon = o elemento “{ $item }” não pode conter “;”
knowledge-problem-not_list = tem de ser uma lista ou um texto separado por “;”
knowledge-problem-too_many_items = mais de { $limit ->
    [one] { $limit } elemento
   *[other] { $limit } elementos
}
knowledge-problem-item_too_long = um elemento tem mais de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}
knowledge-problem-code_hint = “{ $value }” escreve-se { $code } em { $standard }
knowledge-problem-unknown_code = código { $standard } desconhecido “{ $value }”
knowledge-problem-year_form = tem de ser um ano, como 2021
knowledge-problem-year_range = tem de estar entre { $low } e { $high }
knowledge-problem-extra_cells = mais células do que colunas
knowledge-problem-not_mapping = a entrada não é um conjunto de campos
knowledge-problem-unknown_field = campo desconhecido
knowledge-problem-repeats_row = repete a linha { $row }
knowledge-problem-same_entry = mesma entrada que a linha { $row }
knowledge-problem-url_taken = já usado pela entrada “{ $id }”
knowledge-problem-not_a_field = não é um campo de uma entrada (campos: { $fields })
knowledge-file-unknown_type = { $name }: tipo de ficheiro desconhecido “{ $suffix }”; use .csv, .json ou .yaml
knowledge-file-too_large = { $name }: maior do que { $mib } MiB
knowledge-file-unreadable = { $name }: não é possível ler: { $reason }
knowledge-file-unwritable = { $name }: não é possível escrever: { $reason }
knowledge-file-bad_syntax = { $name }: { $kind } inválido: { $reason }
knowledge-file-not_a_list = { $name }: era esperada uma lista de entradas
knowledge-file-unknown_columns = { $name }: desconhecido no cabeçalho: { $columns }; as colunas são { $known }
knowledge-file-no_title_column = { $name }: o cabeçalho tem de ter uma coluna “title”
knowledge-file-repeated_column = { $name }: há uma coluna repetida no cabeçalho
knowledge-privacy_searches = Pesquisas para !more: onde várias réplicas respondem à vez, a sua última pesquisa em cada sala é guardada durante uma hora, para que a página seguinte chegue seja qual for a réplica que responde.
