# Le tableau de bord des coordinateurs dans un navigateur (!dashboard et ses pages).

dashboard-off = Le tableau de bord n’est pas activé pour ce bot. Un administrateur l’active avec [web] listen dans bot.toml.
dashboard-link = Votre lien de connexion au tableau de bord, valable { $minutes } minutes et une seule fois : { $url }
dashboard-link_sent = Je vous ai envoyé un lien de connexion par message privé.
dashboard-title = Tableau de bord vetbot
dashboard-nav_label = Pages du tableau de bord
dashboard-nav_overview = Vue d’ensemble
dashboard-nav_review = File de validation
dashboard-nav_prompts = Calendrier des questions
dashboard-sign_out = Se déconnecter
dashboard-refused_title = Impossible
dashboard-forbidden = Cette demande a été refusée. Revenez en arrière, rechargez la page et réessayez.
dashboard-not_found = Cette page n’existe pas.
dashboard-no_access = Vous n’êtes pas connecté, ou vous ne coordonnez plus aucun réseau. Demandez un nouveau lien avec { $prefix }dashboard dans le chat.
dashboard-signed_out = Vous êtes déconnecté.
dashboard-signin_title = Connexion
dashboard-signin_text = Connectez-vous au tableau de bord de vos réseaux avec le lien demandé dans le chat.
dashboard-signin_button = Se connecter
dashboard-refused_invalid = Ce lien de connexion n’est pas valide. Demandez-en un nouveau avec { $prefix }dashboard dans le chat.
dashboard-refused_expired = Ce lien de connexion a expiré. Demandez-en un nouveau avec { $prefix }dashboard dans le chat.
dashboard-refused_used = Ce lien de connexion a déjà servi. Demandez-en un nouveau avec { $prefix }dashboard dans le chat.
dashboard-refused_unknown = Ce lien de connexion ne fonctionne plus, car le bot a redémarré. Demandez-en un nouveau avec { $prefix }dashboard dans le chat.
dashboard-refused_too_many = Trop de tentatives de connexion. Attendez dix minutes, puis demandez un nouveau lien avec { $prefix }dashboard.
dashboard-overview_title = Vue d’ensemble
dashboard-overview_intro = Les chiffres de vos réseaux du { $start } au { $end }, tels que les rapports les donnent.
dashboard-fewer_note = Un chiffre portant sur moins de 5 personnes s’affiche « moins de 5 » et n’a pas de barre.
dashboard-network = Réseau { $name }
dashboard-lookups = Recherches d’outils : { $asked }, dont sans résultat : { $empty }.
dashboard-matches_chart = Mises en relation de mentorat acceptées par mois
dashboard-prompts_chart = Personnes ayant répondu par question
dashboard-gaps_chart = Recherches sans résultat les plus fréquentes
dashboard-month = Mois
dashboard-matches = Mises en relation
dashboard-prompt = Question
dashboard-people = Personnes ayant répondu
dashboard-lookup = Recherche
dashboard-times = Nombre de fois
dashboard-prompt_label = Question n° { $id }
dashboard-table = Les chiffres sous forme de tableau
dashboard-nothing_yet = Rien encore sur cette période.
dashboard-fewer = moins de 5
dashboard-not_known = inconnu
dashboard-review_title = File de validation
dashboard-review_empty = Aucune suggestion n’attend de validation.
dashboard-review_count = { $total ->
    [one] Une suggestion attend.
   *[other] { $total } suggestions attendent ; voici les { $shown } plus anciennes.
}
dashboard-similar = Ressemble à : { $ids }
dashboard-suggested_by = Suggérée par { $name }
dashboard-approve = Accepter et publier
dashboard-reject = Refuser
dashboard-reason = Motif (communiqué à la personne qui l’a suggérée)
dashboard-reason_needed = Indiquez le motif du refus : la personne qui l’a suggérée en sera informée.
dashboard-approved = Acceptée et publiée : { $title } ({ $id }).
dashboard-rejected = Refusée : { $title } ({ $id }). La personne qui l’a suggérée en est informée.
dashboard-prompts_title = Calendrier des questions
dashboard-calendar_caption = { $days ->
    [one] Questions du jour à venir
   *[other] Questions des { $days } prochains jours
}
dashboard-calendar_empty = { $days ->
    [one] Aucune question n’est prévue pour le jour à venir.
   *[other] Aucune question n’est prévue pour les { $days } prochains jours.
}
dashboard-when = Quand
dashboard-text = Texte
