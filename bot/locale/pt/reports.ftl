# Relatórios para coordenadores: números por rede e período, apenas números.

reports-bad_month = “{ $value }” não é um mês. Escreva-o como AAAA-MM, por exemplo 2026-11.
reports-bad_date = “{ $value }” não é uma data. Escreva-a como AAAA-MM-DD, por exemplo 2026-11-30.
reports-bad_range = O período termina antes de começar ({ $start } a { $end }). Indique primeiro o primeiro dia e depois o último.
reports-unknown_network = Não é possível obter um relatório sobre uma rede “{ $id }”. Redes: { $known }.
reports-usage = Indique no máximo um mês, por exemplo: { $prefix }report 2026-11
reports-cli_month_or_range = Indique --month ou então --from e --to, não ambos.
reports-cli_from_and_to = Indique --from e --to (o primeiro e o último dia), ou --month.
reports-cli_cannot_write = Não é possível escrever { $path }: { $problem }. Nada foi escrito.
reports-file_intro = O relatório completo de { $period } (apenas números; “fewer than 5” onde um número diz respeito a menos de 5 pessoas).
reports-summary_head = Relatório de { $period }:
reports-no_networks = Nenhuma rede sobre a qual elaborar um relatório.
reports-fewer = menos de 5
reports-not_known = desconhecido
reports-prompts_posted = temas publicados { $value }
reports-replies = respostas { $value }
reports-requested = emparelhamentos pedidos { $value }
reports-accepted = aceites { $value }
reports-feedback_average = avaliação média { $value }
reports-lookups_asked = pesquisas { $value }
reports-lookups_found_nothing = sem resultados { $value }
reports-suggestions_made = ferramentas propostas { $value }
