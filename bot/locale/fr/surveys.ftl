# surveys: français

surveys-privacy_what = Sondages : vos réponses à un sondage restent liées à vous uniquement pour que vous ne répondiez qu'une fois et puissiez modifier ou effacer vos réponses ; les résultats ne montrent que des nombres, jamais un groupe de moins de 5 personnes, et une réponse libre seulement si vous avez accepté de la partager, jamais avec votre nom. Les réponses sont effacées quelque temps après la clôture du sondage.
surveys-announce = 📋 Nouveau sondage : « { $title } » ({ $count ->
    [one] une question
   *[other] { $count } questions
}), anonyme, ouvert jusqu'au { $closes }. Pour participer, envoyez { $command } — je vous poserai les questions en message privé.
surveys-announce_button = Participer
surveys-closed_post = Le sondage « { $title } » (numéro { $id }) est clos. Merci à toutes celles et ceux qui ont répondu !
surveys-status-planned = prévu
surveys-status-open = ouvert
surveys-status-closed = clos
surveys-status-cancelled = annulé
surveys-fewer_than = moins de { $min }
surveys-withheld = non affiché

surveys-created = Le sondage { $id } « { $title } » est enregistré : { $count ->
    [one] une question
   *[other] { $count } questions
}, ouvert du { $opens } au { $closes }, annoncé dans { $room }.
surveys-created_open = Il est ouvert dès maintenant : je l'ai annoncé dans le salon.
surveys-created_planned = Je l'annoncerai dans le salon le premier jour.
surveys-not_connected = Remarque : ce bot n'est pas connecté à { $platform } (il fonctionne sur { $connected }), donc l'annonce dans { $room } attendra que cette plateforme soit configurée dans bot.toml ([bot] adapters et ses identifiants).
surveys-list-empty = Il n'y a encore aucun sondage dans vos réseaux.
surveys-list-header = Sondages :
surveys-list-line = { $id }. « { $title } » — { $status }, du { $opens } au { $closes } ; réponses de : { $people }
surveys-show = Sondage { $id } « { $title } » — { $status }
    Ouvert du { $opens } au { $closes }, dans { $room } (réseau { $network })
    Réponses de : { $people }
    Questions :
surveys-close_ask = Cela clôt le sondage tout de suite : plus personne ne pourra y répondre. Pour continuer, envoyez { $command }.
surveys-cancel_ask = Cela annule le sondage et efface toutes ses réponses ; c'est irréversible. Pour continuer, envoyez { $command }.
surveys-done_close = Le sondage { $id } « { $title } » est clos.
surveys-done_cancel = Le sondage { $id } « { $title } » est annulé et ses réponses sont effacées.

surveys-question = Sondage { $id } « { $title } » — question { $number } sur { $total } :
    { $question }
surveys-ask_choice = Choisissez une réponse :
surveys-ask_scale = Choisissez un nombre de { $low } (le moins) à { $high } (le plus) :
surveys-ask_text = Écrivez votre réponse dans votre prochain message ici (ou envoyez { $command }).
surveys-current = Votre réponse actuelle : { $answer }
surveys-share_ask = Enregistré. Puis-je montrer cette réponse dans les résultats, sans votre nom ? Seules les réponses que vous acceptez de partager sont montrées. Envoyez { $command }, ou non.
surveys-share_yes = Oui, la partager
surveys-share_no = Non, la garder privée
surveys-shared_yes = Merci : votre réponse pourra figurer dans les résultats, sans votre nom.
surveys-shared_no = C'est noté : votre réponse est comptée mais jamais montrée.
surveys-all_answered = Merci ! Vous avez répondu aux { $total } questions du sondage { $id } « { $title } ». Vous pouvez modifier une réponse jusqu'au { $closes }, par exemple avec { $command }.
surveys-sent_by_dm = Je vous ai envoyé les questions en message privé.

surveys-results-too_few = Sondage { $id } « { $title } » ({ $status }) : moins de { $min } personnes ont répondu, aucun résultat n'est donc encore affiché. Les résultats ne montrent jamais un groupe de moins de { $min } personnes.
surveys-results-header = Résultats du sondage { $id } « { $title } » ({ $status }) : { $count } personnes ont répondu. Les groupes de moins de 5 personnes ne sont pas chiffrés.
surveys-results-question = { $question } — { $count } réponses
surveys-results-question_few = { $question } — moins de { $min } réponses, non affichées
surveys-results-average = moyenne : { $value }
surveys-results-shared = { $count ->
    [one] une réponse partagée :
   *[other] { $count } réponses partagées :
}
surveys-results-withheld_note = Les nombres marqués « non affiché » sont retenus pour qu'un groupe de moins de { $min } personnes ne puisse pas être déduit du total.
surveys-results-shared_none = aucune réponse partagée

surveys-error-unknown = Il n'y a pas de sondage { $id }.
surveys-error-not_open = Le sondage { $id } est { $status } : il n'est pas possible d'y répondre maintenant.
surveys-error-already = Le sondage { $id } est déjà { $status }.
surveys-error-no_question = Le sondage { $id } a les questions 1 à { $total }, pas { $number }.
surveys-error-empty_text = Votre réponse est vide.
surveys-error-text_too_long = Votre réponse est trop longue : { $limit } caractères au plus.
surveys-error-bad_answer = Ce n'est pas une réponse à la question { $number }. Choisissez parmi : { $choices }.
surveys-error-nothing_to_share = Vous n'avez pas de réponse écrite à la question { $number } du sondage { $id }.
surveys-error-ends_in_past = Ce sondage serait déjà terminé : choisissez un dernier jour à partir d'aujourd'hui.
surveys-error-option_twice = L'option { $option }: est donnée deux fois.
surveys-error-bad_date = { $option } : `{ $value }` n'est pas un jour ; écrivez-le 2026-12-31 ou 31.12.2026.
surveys-error-room_needed = En message privé, indiquez où annoncer le sondage avec dans: #salon.
surveys-error-bad_room = Je ne peux pas publier dans `{ $room }` ; écrivez dans: #salon ou dans: plateforme:salon.
surveys-error-not_your_room = Vous ne pouvez pas annoncer de sondage dans { $room } : un rôle de coordination issu d'un serveur ou d'un salon ne compte que dans les serveurs et salons pour lesquels ce bot est configuré.
surveys-error-id_missing = Quel sondage ? Donnez son numéro, par exemple { $example }.
surveys-error-bad_id = `{ $id }` n'est pas un numéro de sondage.
surveys-error-stray_text = Je ne sais pas quoi faire de `{ $text }` : chaque partie du sondage est une option comme titre: ou questions:.
surveys-error-title_missing = Le sondage a besoin d'un titre : titre: …
surveys-error-title_too_long = Le titre est trop long : { $limit } caractères au plus.
surveys-error-end_missing = Indiquez le dernier jour du sondage avec jusqu'au: AAAA-MM-JJ.
surveys-error-ends_before_start = Le dernier jour précède le premier : jusqu'au: doit tomber le même jour que du: ou après.
surveys-error-bad_number = `{ $value }` n'est pas un numéro de question.
surveys-error-share_usage = Indiquez si votre réponse écrite peut être montrée : par exemple { $example } (ou non).
surveys-error-questions_hint = Écrivez chaque question sous la forme `Question ? | a / b / c` (un choix), `Question ? | 1-5` (une échelle) ou `Question ? | texte` (réponse libre), séparées par ; ou des retours à la ligne. Par exemple : questions: Cela vous a-t-il aidé ? | oui / non / en partie; Quelle utilité ? | 1-5; Que changeriez-vous ? | texte
surveys-error-no_questions = Le sondage n'a pas de questions : ajoutez-les avec questions:.
surveys-error-too_many_questions = Un sondage peut compter au plus { $limit } questions.
surveys-error-no_bar = La question { $number } (`{ $question }`) n'a pas de réponses : mettez un | entre la question et ses réponses.
surveys-error-no_text = La question { $number } (`{ $question }`) a des réponses mais pas de question avant le |.
surveys-error-question_too_long = La question { $number } est trop longue : { $limit } caractères au plus.
surveys-error-no_answers = La question { $number } (`{ $question }`) n'a rien après le |.
surveys-error-bad_scale = Question { $number } : `{ $scale }` n'est pas une échelle utilisable ; écrivez 1-5 ou 0-10 (à partir de 0 ou 1, jusqu'à 10).
surveys-error-few_options = La question { $number } (`{ $question }`) a besoin d'au moins deux réponses, séparées par /.
surveys-error-many_options = La question { $number } a trop de réponses : { $limit } au plus.
surveys-error-option_too_long = Une réponse de la question { $number } est trop longue : { $limit } caractères au plus.
surveys-error-same_options = La question { $number } (`{ $question }`) donne deux fois la même réponse.

surveys-cli_bad_id = `{ $id }` n'est pas un numéro de sondage.
surveys-cli_written = Résultats du sondage { $id } écrits dans { $path }.
