# knowledge: French (vous)

knowledge-empty_query = Dites-moi ce que vous cherchez, par exemple { $prefix }tool guide tutorat.
knowledge-results_head = Outils pour « { $query } » ({ $first }–{ $last } sur { $total }) :
knowledge-browse_head = Outils avec { $options } ({ $first }–{ $last } sur { $total }) :
knowledge-browse_nothing = Aucun outil ne correspond à { $options }. Essayez avec moins d'options, ou cherchez par mots : { $prefix }tool RECHERCHE
knowledge-not_an_option = Remarque : « { $option }: » n'est pas une option, je l'ai donc cherché comme des mots. Options : { $options } — par exemple { $prefix }tool tutorat lang: fr
knowledge-option_equals = Remarque : les options prennent deux-points, pas « = » : écrivez { $option }: { $value } (cette fois, je l'ai cherché comme des mots).
knowledge-one_value = Une seule valeur à la fois pour « { $what } », s'il vous plaît, par exemple { $option }: { $value }. Sans cette option, je cherche partout.
knowledge-what_lang = langue
knowledge-what_country = pays
knowledge-what_type = type
knowledge-what_target = public cible
knowledge-query_first = Mettez d'abord ce que vous cherchez, puis les options : { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Détails : { $prefix }tool show ID
knowledge-results_foot_more = Détails : { $prefix }tool show ID · Page suivante : { $prefix }more
knowledge-more_label = Suite
knowledge-back_label = Précédent
knowledge-back_first = Vous êtes déjà sur la première page pour « { $query } ».
knowledge-did_you_mean = Vouliez-vous dire : { $options } ?
knowledge-nothing = Rien trouvé pour « { $query } ». Essayez d'autres mots, ou moins de mots. Vous connaissez un bon outil ? { $prefix }tool suggest URL TITRE | RÉSUMÉ
knowledge-nothing_filtered = Rien trouvé pour « { $query } » avec { $options }. Essayez sans certaines options.
knowledge-nothing_did_you_mean = Rien trouvé pour « { $query } ». Vouliez-vous dire { $options } ?
knowledge-more_nothing = Il n'y a pas de recherche à poursuivre ici. Lancez-en une avec { $prefix }tool RECHERCHE.
knowledge-more_done = C'est tout : { $total ->
    [one] { $total } résultat
   *[other] { $total } résultats
} pour « { $query } ».
knowledge-unknown_id = Aucun outil n'a l'identifiant « { $id } ». Cherchez avec { $prefix }tool RECHERCHE pour trouver les identifiants.
knowledge-unknown_id_suggest = Aucun outil n'a l'identifiant « { $id } ». Vouliez-vous dire : { $options } ? (Cherchez avec { $prefix }tool RECHERCHE pour trouver les identifiants.)
knowledge-missing_id = Merci d'indiquer l'identifiant de l'outil, par exemple { $prefix }tool { $command } epale. Cherchez avec { $prefix }tool RECHERCHE pour trouver les identifiants.
knowledge-bad_lang = « { $value } » n'est pas un code de langue. Utilisez un code ISO 639-1 à deux lettres, comme fr, en, de ou it.
knowledge-bad_country = « { $value } » n'est pas un code de pays. Utilisez un code à deux lettres, comme FR, BE, LU, ou EU pour les outils à l'échelle européenne.
knowledge-country_hint = Écrivez { $code } plutôt que { $value } (codes pays ISO 3166-1).
knowledge-bad_type = « { $value } » n'est pas un type d'outil. Types : { $types }.
knowledge-bad_target = « { $value } » n'est pas un public cible que je connais. Publics cibles : { $targets }.
knowledge-f_title = Titre
knowledge-f_summary = Résumé
knowledge-f_type = Type
knowledge-f_languages = Langues
knowledge-f_countries = Pays
knowledge-f_sectors = Secteurs
knowledge-f_targets = Pour
knowledge-f_topics = Thèmes
knowledge-f_aliases = Autres noms
knowledge-f_publisher = Éditeur
knowledge-f_licence = Licence
knowledge-f_year = Année
knowledge-f_link = Lien
knowledge-f_status = Statut : { $status ->
    [published] publié
    [pending] en attente de validation
    [rejected] refusé
    [archived] archivé
   *[other] { $status }
} · ajouté via { $via } le { $date } · affiché { $shown ->
    [one] une fois
   *[other] { $shown } fois
}
knowledge-f_note = Note de validation : { $note }
knowledge-suggest_form = Indiquez le lien, le titre et, après |, un court résumé, par exemple { $prefix }tool suggest https://example.org/guide Guide du tutorat | Comment accompagner les apprentis.
knowledge-suggest_no_url = Commencez par le lien vers l'outil, par exemple { $prefix }tool suggest https://example.org/guide Guide du tutorat | Comment accompagner les apprentis.
knowledge-suggest_no_title = Indiquez le titre de l'outil après le lien, par exemple { $prefix }tool suggest https://example.org/guide Guide du tutorat | Comment accompagner les apprentis.
knowledge-suggested = Merci ! « { $title } » est dans la file de validation sous [{ $id }] ; un coordinateur va l'examiner et vous recevrez une réponse par message privé.
knowledge-suggested_similar = Remarque : la collection contient déjà un outil au titre très proche : { $entries }. Le coordinateur vérifiera s'il s'agit du même.
knowledge-suggest_too_many = Vous avez déjà { $limit ->
    [one] { $limit } suggestion
   *[other] { $limit } suggestions
} en attente de validation. Merci d'attendre qu'un coordinateur les ait examinées.
knowledge-duplicate_url_published = Ce lien est déjà dans la collection : { $title } [{ $id }] — voir { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Ce lien a déjà été suggéré et attend d'être validé sous [{ $id }].
knowledge-duplicate_url_archived = Ce lien figurait dans la collection sous [{ $id }] et a été archivé ; demandez à un coordinateur s'il doit y revenir.
knowledge-invalid = Cette valeur ne convient pas : { $problems }. Corrigez-la et réessayez.
knowledge-someone = quelqu'un
knowledge-review_empty = La file de validation est vide.
knowledge-review_head = File de validation : { $total ->
    [one] { $total } en attente
   *[other] { $total } en attente
}, les plus anciennes d'abord ({ $shown ->
    [one] { $shown } affichée
   *[other] { $shown } affichées
}) :
knowledge-review_by = suggéré par { $who } le { $date }
knowledge-review_similar = Ressemble à : { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID MOTIF · { $prefix }tool edit ID CHAMP: VALEUR · { $prefix }tool show ID
knowledge-approve_label = Approuver { $id }
knowledge-show_label = Afficher { $id }
knowledge-approved = Publié : { $title } [{ $id }].
knowledge-approved_dm = Bonne nouvelle : votre suggestion « { $title } » a été approuvée et fait désormais partie de la collection. Merci ! Voir { $prefix }tool show { $id }
knowledge-reject_form = Écrivez { $prefix }tool reject ID MOTIF, par exemple { $prefix }tool reject peer-coaching déjà dans la collection. La file s'affiche avec { $prefix }tool review.
knowledge-reject_needs_reason = Indiquez un motif après l'identifiant ; la personne qui a fait la suggestion en sera informée, par exemple { $prefix }tool reject { $id } déjà dans la collection.
knowledge-reject_not_pending = [{ $id }] est { $status ->
    [published] publié
    [rejected] refusé
    [archived] archivé
   *[other] { $status }
}, pas en attente de validation ; seules les suggestions peuvent être refusées (pour un outil publié, utilisez archive).
knowledge-rejected = Refusé : { $title } [{ $id }].
knowledge-rejected_told = Refusé : { $title } [{ $id }]. La personne qui l'a suggéré en a reçu le motif par message privé.
knowledge-rejected_dm = Merci d'avoir suggéré « { $title } » ({ $url }). Un coordinateur a décidé de ne pas l'ajouter : { $reason }
knowledge-already_published = [{ $id }] est déjà publié.
knowledge-already_rejected = [{ $id }] est déjà refusé.
knowledge-already_archived = [{ $id }] est déjà archivé.
knowledge-edit_form = Écrivez la modification sous la forme ID CHAMP: VALEUR (plusieurs séparées par ;), par exemple { $prefix }tool edit epale languages: en, de, fr; type: toolkit
knowledge-edit_unchanged = Aucun changement : [{ $id }] a déjà cette valeur pour { $field }.
knowledge-edited = { $title } [{ $id }] mis à jour :
knowledge-edited_field = {"  "}{ $field } : { $old } → { $new }
knowledge-archived = Archivé : { $title } [{ $id }] n'apparaît plus dans les recherches ({ $prefix }tool approve { $id } le rétablit).
knowledge-gaps_empty = Aucune recherche n'est restée sans résultat jusqu'ici.
knowledge-gaps_head = Recherches sans résultat les plus fréquentes (anonymes : seulement les mots et le nombre) :
knowledge-gaps_line = { $count ->
    [one] une fois
   *[other] { $count } fois
}, la dernière le { $date }
knowledge-privacy_what = Connaissances : les outils que vous suggérez ou validez restent liés à vous jusqu'à ce que vous demandiez l'effacement (les outils restent, sans votre nom) ; les recherches sans résultat sont comptées par leurs mots uniquement, jamais par la personne qui a cherché. Le nombre de recherches par jour est compté, uniquement comme un nombre.
knowledge-cli_bad_lang = code de langue inconnu « { $value } » (utilisez ISO 639-1, par ex. fr)
knowledge-cli_bad_country = code de pays inconnu « { $value } » (utilisez ISO 3166-1, par ex. FR, ou EU)
knowledge-cli_nothing = aucun résultat
knowledge-cli_nothing_did_you_mean = aucun résultat ; vouliez-vous dire : { $options }
knowledge-cli_importing = importation
knowledge-cli_import_done = { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
} : { $created ->
    [one] { $created } créée
   *[other] { $created } créées
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
}
knowledge-cli_import_dry_run = simulation : { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
} : { $created } à créer, { $updated } à mettre à jour, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
}
knowledge-cli_problems_head = {" "}ligne  champ           problème
knowledge-cli_exported = { $count ->
    [one] { $count } entrée exportée
   *[other] { $count } entrées exportées
} vers { $path }
knowledge-problem-required = obligatoire
knowledge-problem-too_long = plus de { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
}
knowledge-problem-not_single_text = doit être un seul texte, pas une liste
knowledge-problem-not_text = doit être un texte, pas { $kind } (mettez-le entre guillemets en YAML ou JSON)
knowledge-problem-not_text_bool = doit être un texte, pas true/false (mettez-le entre guillemets en YAML ou JSON)
knowledge-problem-not_text_number = doit être un texte, pas un nombre (mettez-le entre guillemets en YAML ou JSON)
knowledge-problem-id_not_text = doit être un texte comme « mentoring-guide » (mettez-le entre guillemets en YAML)
knowledge-problem-id_form = doit compter de 2 à 63 lettres minuscules, chiffres ou traits d'union, et commencer par une lettre ou un chiffre
knowledge-problem-url_form = doit être un lien http(s) complet, comme https://example.org/page
knowledge-problem-url_spaces = ne doit pas contenir d'espaces
knowledge-problem-unknown_type = type inconnu « { $value } » (valeurs possibles : { $types })
knowledge-problem-unknown_target_group = public cible inconnu « { $value } » (valeurs possibles : { $groups })
knowledge-problem-item_not_text = l'élément { $item } n'est pas un texte (mettez-le entre guillemets en YAML ou JSON)
knowledge-problem-item_semicolon = l'élément « { $item } » ne doit pas contenir « ; »
knowledge-problem-not_list = doit être une liste ou un texte séparé par des « ; »
knowledge-problem-too_many_items = plus de { $limit ->
    [one] { $limit } élément
   *[other] { $limit } éléments
}
knowledge-problem-item_too_long = un élément dépasse { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
}
knowledge-problem-code_hint = « { $value } » s'écrit { $code } en { $standard }
knowledge-problem-unknown_code = code { $standard } inconnu « { $value } »
knowledge-problem-year_form = doit être une année, comme 2021
knowledge-problem-year_range = doit être comprise entre { $low } et { $high }
knowledge-problem-extra_cells = plus de cellules que de colonnes
knowledge-problem-not_mapping = l'entrée n'est pas un ensemble de champs
knowledge-problem-unknown_field = champ inconnu
knowledge-problem-repeats_row = répète la ligne { $row }
knowledge-problem-same_entry = même entrée qu'à la ligne { $row }
knowledge-problem-url_taken = déjà utilisé par l'entrée « { $id } »
knowledge-problem-not_a_field = n'est pas un champ d'une entrée (champs : { $fields })
knowledge-file-unknown_type = { $name } : type de fichier inconnu « { $suffix } » ; utilisez .csv, .json ou .yaml
knowledge-file-too_large = { $name } : plus de { $mib } Mio
knowledge-file-unreadable = { $name } : lecture impossible : { $reason }
knowledge-file-unwritable = { $name } : écriture impossible : { $reason }
knowledge-file-bad_syntax = { $name } : { $kind } invalide : { $reason }
knowledge-file-not_a_list = { $name } : une liste d'entrées est attendue
knowledge-file-unknown_columns = { $name } : inconnu dans l'en-tête : { $columns } ; les colonnes sont { $known }
knowledge-file-no_title_column = { $name } : l'en-tête doit comporter une colonne « title »
knowledge-file-repeated_column = { $name } : une colonne apparaît deux fois dans l'en-tête
knowledge-privacy_searches = Recherches pour !more : là où plusieurs répliques répondent à tour de rôle, votre dernière recherche dans chaque salon est gardée une heure, pour que la page suivante arrive quelle que soit la réplique qui répond.
