# prompts: French (vous)

prompts-thread_title = Question { $id }
prompts-scheduled =
    Question { $id } programmée : { $when }.
    Prochaine publication : { $next }, dans { $targets }.
    Affichez-la avec { $prefix }prompt show { $id } ; les prochaines dates avec { $prefix }prompt preview { $id }.
prompts-edited = Question { $id } modifiée :
prompts-edited_schedule = Programmation : { $when }. Prochaine publication : { $next }.
prompts-edited_rooms = Salons : { $targets }.
prompts-edited_text = Texte : { $text }
prompts-skipped = La prochaine publication de la question { $id } ({ $when }) sera sautée.
prompts-skip_kept = La publication sautée du { $when } figure toujours dans la programmation et reste sautée.
prompts-skip_kept_many = Les publications sautées ({ $when }) figurent toujours dans la programmation et restent sautées.
prompts-skip_cleared = La publication sautée du { $when } ne figure plus dans la programmation ; ce saut est donc annulé.
prompts-skip_cleared_many = Les publications sautées ({ $when }) ne figurent plus dans la programmation ; ces sauts sont donc annulés.
prompts-show =
    Question { $id } — { $status }
    Quand : { $when }
    Prochaine publication : { $next }
    Salons : { $targets }
    Auteur : { $author }
    Publications : { $sent ->
        [one] { $sent } faite
       *[other] { $sent } faites
    }, { $missed ->
        [one] { $missed } manquée
       *[other] { $missed } manquées
    }, { $skipped ->
        [one] { $skipped } sautée
       *[other] { $skipped } sautées
    }.
    Texte :
    { $text }
prompts-privacy_what = Questions de discussion : les questions et séries des coordinateurs indiquent leur auteur ; dans le fil d'une question, le bot compte qui a répondu jusqu'à la publication du bilan de participation, puis ne garde que les chiffres — jamais ce qui a été dit.
prompts-done-pause = La question { $id } est en pause.
prompts-done-resume = La question { $id } est de nouveau active ; ce qui tombait pendant la pause n'est pas publié.
prompts-done-cancel = La question { $id } est annulée.
prompts-skip_ends-skipped = C'était sa seule publication : la question { $id } est donc sautée et ne sera pas publiée.
prompts-skip_ends-finished = C'était sa dernière publication : la question { $id } est donc terminée.
prompts-status-active = active
prompts-status-paused = en pause
prompts-status-cancelled = annulée
prompts-status-finished = terminée
prompts-status-skipped = sautée
prompts-list-header = Questions (ID, statut, prochaine publication, texte) :
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[série { $id }]
prompts-list-empty = Aucune question active ou en pause. Programmez-en une avec { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] La prochaine publication de la question { $id } ({ $tz }) :
   *[other] Les { $count } prochaines publications de la question { $id } ({ $tz }) :
}
prompts-preview-none = La question { $id } n'a aucune publication à venir (elle est { $status }).
prompts-targets-empty = L'option in: ne désigne aucun salon.
prompts-targets-too_many = Une question peut être publiée dans { $limit ->
    [one] { $limit } salon
   *[other] { $limit } salons
} au plus.
prompts-targets-bad_room = `{ $room }` n'est pas un salon où je peux publier.
prompts-targets-hint = Par exemple `in: #echanges-de-pratiques`, `in: #general, #mentors` ou `in: matrix:!abc:example.org`.
prompts-targets-needed = Dans un message privé, indiquez où publier la question avec in: #salon.
prompts-targets-unknown_platform = `{ $platform }:` n'est pas une plateforme que je connais ; je peux publier sur { $platforms }.
prompts-targets-not_yours = Vous ne pouvez pas publier dans { $rooms } : un rôle de coordinateur attribué sur un serveur ou dans un salon ne compte que dans les serveurs et salons pour lesquels ce bot est configuré.
prompts-targets-not_yours_hint = Choisissez un salon parmi ceux-là (un salon Matrix par son identifiant, !…:serveur), ou demandez à l'administrateur du bot de l'ajouter dans bot.toml ([permissions] discord_guilds, matrix_rooms) ou de programmer la question lui-même.
prompts-targets-not_connected = Remarque : ce bot n'est pas connecté à { $platforms } (il fonctionne sur { $connected }), donc les publications dans { $rooms } échoueront tant que cette plateforme n'est pas configurée dans bot.toml ([bot] adapters et ses identifiants).
prompts-targets-network_channel = Sans in:, c'est le canal des questions du réseau { $network } qui est utilisé ; pour d'autres salons, indiquez-les avec in: #salon.
prompts-error-bad_id = `{ $id }` n'est pas un ID ; les ID sont des nombres.
prompts-error-id_missing_prompt = Indiquez l'ID de la question, par exemple { $example }.
prompts-error-id_missing_series = Indiquez l'ID de la série, par exemple { $example }.
prompts-error-not_found = La question { $id } n'existe pas.
prompts-error-text_missing = L'option { $option }: est absente ou vide.
prompts-error-text_too_long = L'option { $option }: est trop longue ({ $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
} au plus).
prompts-error-already = La question { $id } est déjà { $status }.
prompts-error-cannot_pause = La question { $id } est { $status }, elle ne peut donc pas être mise en pause.
prompts-error-cannot_resume = La question { $id } est { $status } ; seule une question en pause peut être reprise.
prompts-error-cannot_cancel = La question { $id } est { $status } ; il n'en reste rien à annuler.
prompts-error-cannot_edit = La question { $id } est { $status } et ne peut plus être modifiée.
prompts-error-cannot_skip = La question { $id } est { $status } : elle n'a pas de publication à venir à sauter.
prompts-error-series_part = L'ID { $id } correspond à la partie « { $part } » de la série { $series }, pas à une question à part entière. Affichez-la avec { $show } ; modifiez-la ou supprimez-la avec { $edit }: … (none la supprime).
prompts-error-text_not_last = L'option { $option }: venait après text:, elle a donc été intégrée au texte. text: prend tout le reste de la ligne : placez-le en dernier.
prompts-error-missing_colon = Les options prennent deux-points : écrivez `{ $option }: …`, pas `{ $option } …`.
prompts-error-stray_text = Je ne sais pas quoi faire de `{ $text }` : les options s'écrivent `clé: valeur` et se séparent par `;`.
prompts-error-nothing_to_skip = La question { $id } n'a pas de publication à venir à sauter.
prompts-error-edit_nothing = Indiquez ce qu'il faut modifier : in:, at:, cron:, every:, tz:, start:, end: ou text:.
prompts-notice-missed = La question { $id } (« { $text } ») devait être publiée { $count ->
    [one] { $count } fois
   *[other] { $count } fois
} pendant que j'étais hors ligne, du { $first } au { $last }, et ne l'a pas été.
prompts-notice-missed_one = La question { $id } (« { $text } ») devait être publiée le { $first } pendant que j'étais hors ligne ; c'est trop ancien pour la publier maintenant, elle ne l'a donc pas été.
prompts-notice-stale_one = La question { $id } (« { $text } ») était en cours de publication le { $first } quand je me suis arrêté ; elle n'est peut-être pas partie, et il est trop tard pour réessayer.
prompts-notice-failed_one = La question { $id } (« { $text } ») n'a pas pu être publiée le { $first } : la plateforme l'a refusée après plusieurs tentatives.
prompts-notice-stale = La question { $id } (« { $text } ») était en cours de publication ({ $count ->
    [one] { $count } fois
   *[other] { $count } fois
}, du { $first } au { $last }) quand je me suis arrêté ; ces publications ne sont peut-être pas parties, et il est trop tard pour réessayer.
prompts-notice-failed = La question { $id } (« { $text } ») n'a pas pu être publiée { $count ->
    [one] { $count } fois
   *[other] { $count } fois
}, du { $first } au { $last } : la plateforme l'a refusée après plusieurs tentatives.
prompts-summary-text = Participation : { $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}, { $replies ->
    [one] { $replies } réponse
   *[other] { $replies } réponses
}. Merci pour votre participation !
prompts-summary-none = Pas encore de réponse dans ce fil. Il reste ouvert à vos réflexions.
prompts-series-created = Série { $id } « { $title } » créée pour { $targets }. Ajoutez des questions avec { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Question { $prompt } ajoutée à la série { $id }, publication { $when }. { $show } liste la série dans l'ordre.
prompts-series-not_found = La série { $id } n'existe pas.
prompts-series-not_active = La série { $id } est { $status } et ne peut plus être modifiée.
prompts-series-already = La série { $id } est déjà { $status }.
prompts-series-once_only = Une question de la série { $id } n'est publiée qu'une fois : indiquez une date et une heure avec at:, pas une programmation récurrente.
prompts-series-edit_nothing = Indiquez ce qu'il faut modifier : title:, opening: ou closing: (none supprime l'ouverture ou la clôture).
prompts-series-opening_gone = La série { $id } est déjà ouverte ; son ouverture ne peut plus être modifiée.
prompts-series-changed_title = titre « { $title } »
prompts-series-changed_bookend = nouvelle { $part }
prompts-series-dropped_bookend = { $part } supprimée
prompts-series-edited = Série { $id } modifiée : { $changes }. Affichez-la avec { $prefix }series show { $id }.
prompts-series-show_footer = Modifiez le titre, l'ouverture ou la clôture avec { $prefix }series edit { $id } opening: …; closing: … (none en supprime une).
prompts-series-emptied = La série { $id } n'a plus aucune question à publier : son ouverture et sa clôture sont donc annulées aussi ; elles reviendront quand vous ajouterez une question.
prompts-series-title_missing = Une série a besoin d'un titre : title: …
prompts-series-at_missing = Indiquez quand la question est publiée : at: 2026-12-01 09:00.
prompts-series-before_opening = La série { $id } est déjà ouverte ; les nouvelles questions doivent venir après son ouverture.
prompts-series-show =
    Série { $id } « { $title } » — { $status }
    Salons : { $targets } · fuseau horaire { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = question { $id }
prompts-series-opening = ouverture
prompts-series-closing = clôture
prompts-series-empty = Pas encore de questions : { $prefix }series add { $id } at: …; text: …
prompts-series-cancel_ask = Cela annule la série et toutes ses publications pas encore faites ; c'est irréversible. Pour continuer, envoyez { $command }.
prompts-series-cancelled = La série { $id } est annulée ({ $count ->
    [one] { $count } publication pas encore faite est annulée
   *[other] { $count } publications pas encore faites sont annulées
}).
prompts-series-cancelled_one = La série { $id } est annulée (1 publication pas encore faite est annulée).
prompts-series-list_header = Séries (ID, statut, titre) :
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Pas encore de série. Créez-en une avec { $prefix }series create title: …
prompts-cancel_ask = Cela annule définitivement la question : elle ne sera plus jamais publiée (pour l'arrêter un moment, mettez-la plutôt en pause). Pour continuer, envoyez { $command }.
