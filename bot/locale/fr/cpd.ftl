# Développement professionnel (!cpd) : autoévaluation, plan, journal d'apprentissage et portfolio.
cpd-privacy_what = Développement professionnel : la façon dont vous vous évaluez pour chaque compétence (ou le fait que vous l'ayez passée) et votre journal d'apprentissage (quoi, quand, quelle compétence, un lien vers une preuve), visibles par vous uniquement ; et le réseau dans les chiffres duquel votre autoévaluation est comptée (uniquement en groupes d'au moins 5 personnes, jamais avec votre nom).
cpd-sent_dm = Je vous ai envoyé un message privé.
cpd-no_framework = Aucun référentiel de compétences n'est encore en place. Demandez à un coordinateur d'en importer un.
cpd-framework_unknown = Il n'existe pas de référentiel « { $id } ».
cpd-status_head = Votre développement professionnel — { $framework }
cpd-status_counts = { $total ->
    [one] Évaluées : { $rated } compétence sur { $total } (passées : { $skipped }).
   *[other] Évaluées : { $rated } compétences sur { $total } (passées : { $skipped }).
}
cpd-status_log = { $count ->
    [0] Votre journal d'apprentissage est vide.
    [one] Votre journal d'apprentissage contient une entrée.
   *[other] Votre journal d'apprentissage contient { $count } entrées.
}
cpd-next_start = Étape suivante : évaluez-vous avec { $command } ; cela prend environ cinq minutes.
cpd-next_continue = Étape suivante : reprenez là où vous en étiez avec { $command }.
cpd-next_plan = Étape suivante : consultez votre plan de développement avec { $command }.
cpd-status_commands = Aussi : { $prefix }cpd log QUOI (journal d'apprentissage), { $prefix }cpd export (portfolio en fichier).
cpd-assess_unknown = « { $value } » n'est ni un domaine ni une compétence. Domaines : { $areas }.
cpd-rate_form = Indiquez une compétence et un niveau (ou passez-la).
cpd-competence_unknown = Il n'existe pas de compétence « { $id } ». Commencez par { $command }.
cpd-level_bad = « { $value } » n'est pas un niveau : répondez par un nombre de 1 à { $top }, ou passez la question.
cpd-level_unknown = Il n'y a pas de niveau { $level } : l'échelle va de 1 à { $top }.
cpd-saved = Enregistré : { $competence } — { $answer }.
cpd-area_done = Vous avez fait le tour des compétences du domaine « { $area } ».
cpd-all_done = { $count ->
    [one] Vous avez répondu à toutes les questions (une compétence évaluée). Pour modifier une réponse, reprenez un domaine, par exemple { $again }.
   *[other] Vous avez répondu à toutes les questions ({ $count } compétences évaluées). Pour modifier une réponse, reprenez un domaine, par exemple { $again }.
}
cpd-question =
    Question { $number } sur { $total } — { $area }
    { $competence } : { $description }
    Où en êtes-vous ?
cpd-current = Votre réponse actuelle : { $answer }.
cpd-skip_button = Passer
cpd-answer_how = Choisissez un niveau ou tapez-le : { $example }
cpd-skipped = passée
cpd-not_rated = non évaluée
cpd-plan_nothing = Il n'y a encore rien à planifier : évaluez-vous d'abord avec { $command }.
cpd-match_need = Soutien dans le domaine « { $area } » ({ $topics })
cpd-plan_head = Votre plan de développement — { $framework }. Les deux domaines où vous pouvez le plus progresser :
cpd-plan_area = { $number }. { $area } — moyenne { $average } ({ $rated ->
    [one] une compétence évaluée
   *[other] { $rated } compétences évaluées
})
cpd-plan_tools = Des outils pour commencer :
cpd-plan_tool_more = Pour en savoir plus sur un outil : { $command }
cpd-plan_no_tools = La collection ne contient pas encore d'outil pour ce domaine.
cpd-plan_mentors = { $count ->
    [0] Aucun mentor ne couvre ce domaine pour l'instant ; une demande attendra qu'il y en ait un.
    [one] Un mentor disponible couvre ce domaine.
   *[other] { $count } mentors disponibles couvrent ce domaine.
}
cpd-plan_match = Demande de mentorat toute prête : { $request }
cpd-plan_accept = Envoyez-la avec { $command }
cpd-plan_accept_button = Demander un mentor ({ $number })
cpd-no_mentoring = Le mentorat n'est pas proposé sur ce bot.
cpd-accept_bad = « { $value } » n'est pas un domaine de votre plan : indiquez 1 ou 2.
cpd-asked_proposed = Demande n° { $id } pour « { $area } » enregistrée. J'ai sollicité un mentor et je vous préviendrai dès qu'il aura répondu. Voir { $status }.
cpd-asked_waiting = Demande n° { $id } pour « { $area } » enregistrée. Aucun mentor n'est encore disponible ; je continue à chercher. Voir { $status }.
cpd-log_what_missing = Indiquez ce que vous avez fait : une formation, une visite entre pairs, une lecture…
cpd-log_what_long = Limitez-vous à { $limit } caractères.
cpd-log_competence_unknown = Il n'existe pas de compétence « { $value } ». Les questions de { $command } indiquent l'identifiant de chaque compétence.
cpd-log_evidence_bad = « { $value } » n'est pas une adresse web : une preuve commence par https:// ou http://.
cpd-log_date_bad = « { $value } » n'est pas une date : écrivez 2026-12-31 ou 31.12.2026.
cpd-log_date_future = { $value } est dans le futur : consignez ce que vous avez déjà fait.
cpd-log_saved = L'entrée n° { $number } figure dans votre journal d'apprentissage. Tout afficher : { $list }.
cpd-log_empty = Votre journal d'apprentissage est vide. Ajoutez une entrée avec { $command } QUOI.
cpd-log_empty_plain = Aucune entrée pour l'instant.
cpd-log_head = { $count ->
    [one] Votre journal d'apprentissage (une entrée) :
   *[other] Votre journal d'apprentissage ({ $count } entrées) :
}
cpd-log_number_missing = Indiquez le numéro de l'entrée, tel qu'il figure dans la liste.
cpd-log_unknown = Votre journal d'apprentissage ne contient pas d'entrée n° { $number }. Voir { $command }.
cpd-log_full = Votre journal d'apprentissage est plein ({ $limit } entrées). Supprimez-en d'abord quelques-unes.
cpd-log_delete_ask = L'entrée sera supprimée définitivement. Envoyez { $command } pour confirmer.
cpd-log_deleted = L'entrée n° { $number } est supprimée.
cpd-export_sent_md = Votre portfolio en Markdown, à modifier ou à réutiliser ailleurs.
cpd-export_sent_html = Votre portfolio sous forme de page web, à imprimer ou à joindre à une démarche de validation des acquis de l'expérience.
cpd-export_title = Portfolio de développement professionnel de { $name }
cpd-export_intro = Autoévaluation selon le référentiel « { $framework } » et journal d'apprentissage, au { $day }.
cpd-export_ratings = Autoévaluation par domaine (niveau moyen)
cpd-export_log = Journal d'apprentissage
cpd-export_col_number = N°
cpd-export_col_date = Date
cpd-export_col_what = Ce que j'ai fait
cpd-export_col_competence = Compétence
cpd-export_col_evidence = Preuve
cpd-cli_none = aucun référentiel enregistré
cpd-cli_counts = { $areas } domaines, { $competences } compétences
cpd-cli_refused = { $count ->
    [one] non importé, rien n'a été enregistré : un problème
   *[other] non importé, rien n'a été enregistré : { $count } problèmes
}
cpd-cli_dry_run = « { $id } » vérifié : { $competences } compétences, remplacerait un référentiel enregistré : { $replaced }, évaluations qui disparaîtraient : { $dropped } (essai, rien n'a été enregistré)
cpd-cli_imported = « { $id } » importé : { $competences } compétences, référentiel enregistré remplacé : { $replaced }, évaluations de compétences retirées supprimées : { $dropped }
cpd-problem-required = obligatoire
cpd-problem-not_texts = doit contenir des textes par langue, par exemple {"{"}en: "…", fr: "…"{"}"}
cpd-problem-bad_language = « { $value } » n'est pas un code de langue à deux lettres
cpd-problem-empty = vide
cpd-problem-too_long = plus de { $limit } caractères
cpd-problem-missing_english = n'a pas de texte en anglais (en)
cpd-problem-bad_id = « { $value } » n'est pas un identifiant : lettres minuscules, chiffres et traits d'union
cpd-problem-not_list = doit être une liste
cpd-problem-not_mapping = doit associer des clés à des valeurs
cpd-problem-unknown_field = champ inconnu
cpd-problem-bad_version = doit être un nombre entier à partir de 1
cpd-problem-scale_size = une échelle compte de 2 à { $most } niveaux
cpd-problem-bad_level = les niveaux se suivent à partir de 1 : { $expected } attendu
cpd-problem-no_descriptor = le niveau n'a pas de descripteur
cpd-problem-duplicate_id = l'identifiant « { $value } » est utilisé deux fois
cpd-problem-unknown_area = renvoie à un domaine inconnu « { $value } »
cpd-problem-area_nested = une compétence placée dans un domaine ne nomme pas de domaine
cpd-problem-too_many = plus de { $most } compétences
cpd-problem-bad_topic = les thèmes doivent être des textes courts
cpd-file-bad_format = { $name } : utilisez un fichier .yaml, .yml ou .json
cpd-file-too_large = { $name } dépasse { $limit } octets ; fichier non lu
cpd-file-unreadable = { $name } est illisible
cpd-file-bad_syntax = { $name } n'est pas du YAML ou du JSON valide

# Rapports des réseaux : autoévaluations comptées par réseau, pays et domaine.
cpd-fewer_than = moins de { $min }
cpd-agg_withheld = non affiché
cpd-agg_title = Autoévaluations — { $framework }
cpd-agg_intro = Comment les membres de chaque réseau s'évaluent, par domaine : combien l'ont évalué, combien se situent à chaque niveau, et le niveau moyen. Les groupes de moins de { $min } personnes ne sont pas donnés en chiffres ; « non affiché » signale un chiffre retenu pour qu'un groupe plus petit ne puisse pas être déduit du total.
cpd-agg_none = Personne ne s'est encore évalué.
cpd-agg_people = personnes : { $people }
cpd-agg_col_area = Domaine
cpd-agg_col_rated = Évalué par
cpd-agg_col_average = Moyenne
cpd-overview_head = Comment les membres de vos réseaux s'évaluent — { $framework }. Les groupes de moins de { $min } personnes ne sont pas donnés en chiffres.
cpd-overview_network = Réseau { $network } — personnes qui se sont évaluées : { $people }
cpd-overview_area = • { $area } — évalué par : { $rated } ; niveau moyen : { $average }
cpd-overview_area_hidden = • { $area } — moins de { $min } personnes l'ont évalué, non affiché.
cpd-overview_countries = Par pays (personnes) : { $countries }
cpd-overview_more = Niveaux par domaine et par pays : { $command } (sur le serveur).
cpd-cli_written = Enregistré dans { $path }.
