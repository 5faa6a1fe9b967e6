# Berichte für Koordinierende: Zahlen je Netzwerk und Zeitraum, nur Zahlen.

reports-bad_month = „{ $value }“ ist kein Monat. Schreib ihn als JJJJ-MM, zum Beispiel 2026-11.
reports-bad_date = „{ $value }“ ist kein Datum. Schreib es als JJJJ-MM-TT, zum Beispiel 2026-11-30.
reports-bad_range = Der Zeitraum endet, bevor er beginnt ({ $start } bis { $end }). Gib zuerst den ersten, dann den letzten Tag an.
reports-unknown_network = Für ein Netzwerk „{ $id }“ kannst du keinen Bericht abrufen. Netzwerke: { $known }.
reports-usage = Gib höchstens einen Monat an, zum Beispiel: { $prefix }report 2026-11
reports-cli_month_or_range = Gib entweder --month oder --from und --to an, nicht beides.
reports-cli_from_and_to = Gib --from und --to an (den ersten und den letzten Tag) oder --month.
reports-cli_cannot_write = { $path } kann nicht geschrieben werden: { $problem }. Es wurde nichts geschrieben.
reports-file_intro = Der vollständige Bericht für { $period } (nur Zahlen; „fewer than 5“, wo eine Zahl auf weniger als 5 Personen beruht).
reports-summary_head = Bericht für { $period }:
reports-no_networks = Kein Netzwerk, über das berichtet werden kann.
reports-fewer = weniger als 5
reports-not_known = nicht bekannt
reports-prompts_posted = Impulse gepostet { $value }
reports-replies = Antworten { $value }
reports-requested = Vermittlungen angefragt { $value }
reports-accepted = angenommen { $value }
reports-feedback_average = Durchschnittsbewertung { $value }
reports-lookups_asked = Suchen { $value }
reports-lookups_found_nothing = ohne Treffer { $value }
reports-suggestions_made = Werkzeugvorschläge { $value }
