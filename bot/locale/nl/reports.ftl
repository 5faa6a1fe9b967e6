# Rapporten voor coördinatoren: cijfers per netwerk en periode, alleen getallen.

reports-bad_month = ‘{ $value }’ is geen maand. Schrijf hem als JJJJ-MM, bijvoorbeeld 2026-11.
reports-bad_date = ‘{ $value }’ is geen datum. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.
reports-bad_range = De periode eindigt voordat hij begint ({ $start } tot { $end }). Geef eerst de eerste dag, dan de laatste.
reports-unknown_network = Je kunt geen rapport opvragen over een netwerk ‘{ $id }’. Netwerken: { $known }.
reports-usage = Geef hoogstens één maand, bijvoorbeeld: { $prefix }report 2026-11
reports-cli_month_or_range = Geef --month of --from en --to, niet allebei.
reports-cli_from_and_to = Geef zowel --from als --to (de eerste en de laatste dag), of --month.
reports-cli_cannot_write = Kan { $path } niet schrijven: { $problem }. Er is niets geschreven.
reports-file_intro = Het volledige rapport over { $period } (alleen getallen; ‘fewer than 5’ waar een cijfer op minder dan 5 mensen berust).
reports-summary_head = Rapport over { $period }:
reports-no_networks = Geen netwerk om over te rapporteren.
reports-fewer = minder dan 5
reports-not_known = onbekend
reports-prompts_posted = geplaatste vragen { $value }
reports-replies = reacties { $value }
reports-requested = koppelingen gevraagd { $value }
reports-accepted = aanvaard { $value }
reports-feedback_average = gemiddelde beoordeling { $value }
reports-lookups_asked = zoekvragen { $value }
reports-lookups_found_nothing = zonder resultaat { $value }
reports-suggestions_made = voorgestelde tools { $value }
