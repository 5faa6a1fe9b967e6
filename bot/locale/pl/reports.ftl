# Raporty dla koordynatorów: liczby dla sieci i okresu, wyłącznie liczby.

reports-bad_month = „{ $value }” to nie miesiąc. Zapisz go jako RRRR-MM, na przykład 2026-11.
reports-bad_date = „{ $value }” to nie data. Zapisz ją jako RRRR-MM-DD, na przykład 2026-11-30.
reports-bad_range = Okres kończy się, zanim się zaczyna ({ $start } do { $end }). Podaj najpierw pierwszy dzień, potem ostatni.
reports-unknown_network = Nie możesz pobrać raportu o sieci „{ $id }”. Sieci: { $known }.
reports-usage = Podaj najwyżej jeden miesiąc, na przykład: { $prefix }report 2026-11
reports-cli_month_or_range = Podaj --month albo --from i --to, nie jedno i drugie.
reports-cli_from_and_to = Podaj --from i --to (pierwszy i ostatni dzień) albo --month.
reports-cli_cannot_write = Nie można zapisać { $path }: { $problem }. Nic nie zostało zapisane.
reports-file_intro = Pełny raport za { $period } (wyłącznie liczby; „fewer than 5” tam, gdzie liczba dotyczy mniej niż 5 osób).
reports-summary_head = Raport za { $period }:
reports-no_networks = Brak sieci, o której można sporządzić raport.
reports-fewer = mniej niż 5
reports-not_known = nieznane
reports-prompts_posted = opublikowane tematy { $value }
reports-replies = odpowiedzi { $value }
reports-requested = prośby o dopasowanie { $value }
reports-accepted = przyjęte { $value }
reports-feedback_average = średnia ocena { $value }
reports-lookups_asked = wyszukiwania { $value }
reports-lookups_found_nothing = bez wyników { $value }
reports-suggestions_made = propozycje narzędzi { $value }
