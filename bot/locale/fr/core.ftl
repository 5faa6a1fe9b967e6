# core: French (vous)

core-rate_limited = Vous envoyez des commandes plus vite que je ne peux les traiter. Patientez environ { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} ; d'ici là, j'ignore vos commandes.
core-too_long = Ce message est trop long pour une commande (plus de { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
}). Merci de le raccourcir.
core-outbox_gave_up = Un de mes messages n'a pas pu être remis sur { $platform } après { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
} ({ $what }). Cette plateforme est-elle connectée, et la personne partage-t-elle encore un serveur ou un salon avec moi ?
core-internal_error = Désolé, un problème est survenu de mon côté. Si cela se reproduit, prévenez un coordinateur en indiquant l'identifiant d'erreur { $error_id }.
core-store_error = Je n'ai pas pu joindre ma base de données (elle est peut-être occupée), donc je n'ai pas pu le faire. Réessayez dans un instant ; si cela se reproduit, prévenez un coordinateur en indiquant l'identifiant d'erreur { $error_id }.
core-unknown_command = Je ne connais pas la commande « { $command } ». Tapez { $prefix }help pour voir ce que je sais faire.
core-unknown_command_suggest = Je ne connais pas la commande « { $command } ». Vouliez-vous dire { $suggestions } ? Tapez { $prefix }help pour voir toutes les commandes.
core-permission_denied = Seul un { $role ->
    [admin] administrateur
    [trainer] formateur
   *[coordinator] coordinateur
} peut utiliser { $command }.
core-group_intro = { $command } a ces sous-commandes :
core-no_subcommand = { $command } n'a pas de sous-commande « { $name } ».
core-no_subcommand_suggest = { $command } n'a pas de sous-commande « { $name } ». Vouliez-vous dire { $suggestions } ?
core-usage = Utilisation : { $usage }
core-missing_argument = Merci d'indiquer { $name }.
core-option_unknown = L'option « { $option }: » n'existe pas ici.
core-option_malformed = Je n'ai pas pu lire « { $segment } » comme une option (une option s'écrit « clé: valeur »).
core-options_available = Options : { $options } (séparez-les par « ; »).
core-option_repeated = L'option « { $option }: » est donnée deux fois ; ne l'indiquez qu'une fois.
core-option_empty = L'option « { $option }: » doit avoir une valeur.
core-confirm_word = confirmer
core-confirm_button = Oui, allez-y
core-confirm_ask = Cette action est irréversible. Pour continuer, envoyez { $command }.
core-question_hint = J'ai cherché cela avec { $command }. Les commandes commencent par { $prefix } ; { $help } les liste toutes.
