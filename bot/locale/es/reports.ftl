# Informes para coordinadores: cifras por red y periodo, solo números.

reports-bad_month = «{ $value }» no es un mes. Escríbelo como AAAA-MM, por ejemplo 2026-11.
reports-bad_date = «{ $value }» no es una fecha. Escríbela como AAAA-MM-DD, por ejemplo 2026-11-30.
reports-bad_range = El periodo termina antes de empezar ({ $start } a { $end }). Indica primero el primer día y luego el último.
reports-unknown_network = No puedes pedir un informe de una red «{ $id }». Redes: { $known }.
reports-usage = Indica como mucho un mes, por ejemplo: { $prefix }report 2026-11
reports-cli_month_or_range = Indica --month o bien --from y --to, no ambos.
reports-cli_from_and_to = Indica --from y --to (el primer y el último día), o --month.
reports-cli_cannot_write = No se puede escribir { $path }: { $problem }. No se ha escrito nada.
reports-file_intro = El informe completo de { $period } (solo números; «fewer than 5» donde una cifra se basa en menos de 5 personas).
reports-summary_head = Informe de { $period }:
reports-no_networks = No hay ninguna red sobre la que informar.
reports-fewer = menos de 5
reports-not_known = desconocido
reports-prompts_posted = temas publicados { $value }
reports-replies = respuestas { $value }
reports-requested = emparejamientos pedidos { $value }
reports-accepted = aceptados { $value }
reports-feedback_average = valoración media { $value }
reports-lookups_asked = búsquedas { $value }
reports-lookups_found_nothing = sin resultados { $value }
reports-suggestions_made = herramientas propuestas { $value }
