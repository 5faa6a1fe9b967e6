# Rapports pour les coordinateurs : chiffres par réseau et par période, uniquement des nombres.

reports-bad_month = « { $value } » n’est pas un mois. Écrivez-le sous la forme AAAA-MM, par exemple 2026-11.
reports-bad_date = « { $value } » n’est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-30.
reports-bad_range = La période se termine avant de commencer ({ $start } à { $end }). Indiquez le premier jour, puis le dernier.
reports-unknown_network = Vous ne pouvez pas obtenir de rapport sur un réseau « { $id } ». Réseaux : { $known }.
reports-usage = Indiquez au plus un mois, par exemple : { $prefix }report 2026-11
reports-cli_month_or_range = Indiquez soit --month, soit --from et --to, pas les deux.
reports-cli_from_and_to = Indiquez --from et --to (le premier et le dernier jour), ou --month.
reports-cli_cannot_write = Impossible d’écrire { $path } : { $problem }. Rien n’a été écrit.
reports-file_intro = Le rapport complet pour { $period } (uniquement des nombres ; « fewer than 5 » lorsqu’un chiffre repose sur moins de 5 personnes).
reports-summary_head = Rapport pour { $period } :
reports-no_networks = Aucun réseau sur lequel établir un rapport.
reports-fewer = moins de 5
reports-not_known = inconnu
reports-prompts_posted = sujets publiés { $value }
reports-replies = réponses { $value }
reports-requested = jumelages demandés { $value }
reports-accepted = acceptés { $value }
reports-feedback_average = note moyenne { $value }
reports-lookups_asked = recherches { $value }
reports-lookups_found_nothing = sans résultat { $value }
reports-suggestions_made = outils proposés { $value }
