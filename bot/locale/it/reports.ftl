# Rapporti per i coordinatori: cifre per rete e periodo, solo numeri.

reports-bad_month = “{ $value }” non è un mese. Scrivilo come AAAA-MM, per esempio 2026-11.
reports-bad_date = “{ $value }” non è una data. Scrivila come AAAA-MM-GG, per esempio 2026-11-30.
reports-bad_range = Il periodo finisce prima di iniziare (da { $start } a { $end }). Indica prima il primo giorno, poi l’ultimo.
reports-unknown_network = Non puoi avere un rapporto su una rete “{ $id }”. Reti: { $known }.
reports-usage = Indica al massimo un mese, per esempio: { $prefix }report 2026-11
reports-cli_month_or_range = Indica --month oppure --from e --to, non entrambi.
reports-cli_from_and_to = Indica sia --from sia --to (il primo e l’ultimo giorno), oppure --month.
reports-cli_cannot_write = Impossibile scrivere { $path }: { $problem }. Non è stato scritto nulla.
reports-file_intro = Il rapporto completo per { $period } (solo numeri; “fewer than 5” dove una cifra riguarda meno di 5 persone).
reports-summary_head = Rapporto per { $period }:
reports-no_networks = Nessuna rete su cui fare un rapporto.
reports-fewer = meno di 5
reports-not_known = non noto
reports-prompts_posted = spunti pubblicati { $value }
reports-replies = risposte { $value }
reports-requested = abbinamenti richiesti { $value }
reports-accepted = accettati { $value }
reports-feedback_average = valutazione media { $value }
reports-lookups_asked = ricerche { $value }
reports-lookups_found_nothing = senza risultati { $value }
reports-suggestions_made = strumenti proposti { $value }
