# mentoring: French (vous)

mentoring-privacy_what = Mentorat : si vous vous inscrivez comme mentor ou expert, votre profil (thèmes, langues, pays, secteur, disponibilité, présentation), pour que des formateurs puissent vous être proposés ; si vous demandez un mentor, votre demande et les propositions qui en découlent ; les notes que vous donnez. Les demandes sont anonymisées quelque temps après leur clôture.
mentoring-consent =
    Avant de vous inscrire comme { $kind ->
        [expert] expert
       *[mentor] mentor
    }, lisez ce que cela implique :
    • Ce qui est enregistré : votre nom dans le chat et l'identifiant de votre compte, ainsi que le profil que vous donnez ici (thèmes, langues, pays, secteur, disponibilité, présentation).
    • Qui le voit : { $name } s'en sert pour choisir à qui s'adresser. Les formateurs ne voient jamais votre profil ; quand vous recevez une proposition, vous ne voyez que le besoin exprimé. Votre nom et votre compte ne sont communiqués à un formateur qu'après que vous avez accepté sa demande.
    • Partir : mettez en pause quand vous voulez, ou quittez pour supprimer votre profil ({ $prefix }{ $kind } leave) ; { $prefix }mydata montre tout ce qui est enregistré, { $prefix }forgetme l'efface.
mentoring-consent_how = Pour accepter, envoyez la même commande avec « consent: yes » (ou utilisez le bouton) : { $command }
mentoring-consent_button = J'accepte, je m'inscris
mentoring-consent_declined = D'accord, pas d'inscription comme { $kind ->
    [expert] expert
   *[mentor] mentor
} ; rien n'a été enregistré.
mentoring-already_joined = Vous avez déjà un profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
}. Modifiez-le avec { $command }.
mentoring-not_joined = Vous n'avez pas de profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
}. Inscrivez-vous avec { $command }.
mentoring-not_paused = Votre profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
} n'est pas en pause, il n'y a donc rien à reprendre ; mettez-le en pause avec { $command }.
mentoring-positional_unexpected = Je ne m'attendais pas à « { $text } » ici ; les champs du profil s'écrivent « topics: … ».
mentoring-update_nothing = Rien à mettre à jour : indiquez au moins un champ, par exemple « capacity: 3 » ou « languages: fr, en ».
mentoring-languages_assumed = Vous n'avez indiqué aucune langue, j'ai donc mis { $language } (la langue dans laquelle vous écrivez). Pour la changer : { $command }
mentoring-joined = Bienvenue ! Votre inscription comme { $kind ->
    [expert] expert
   *[mentor] mentor
} est enregistrée. Je vous enverrai les propositions par message privé ; mettez en pause avec { $prefix }{ $kind } pause, quittez avec { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Vous pouvez aussi évaluer vos propres domaines avec { $command } : quand un formateur demande un mentor à partir de son plan de développement, les mentors qui s'estiment forts dans ce domaine sont sollicités en premier.
mentoring-updated = Votre profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
} est mis à jour.
mentoring-me = Votre profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
} :
mentoring-me_none = Vous n'avez pas encore de profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
}. Inscrivez-vous avec { $command }.
mentoring-paused = En pause : vous ne recevez plus de nouvelles propositions { $kind ->
    [expert] d'expert
   *[mentor] de mentorat
} jusqu'à ce que vous envoyiez { $command }. Les propositions déjà reçues restent ouvertes.
mentoring-paused_until = En pause jusqu'au { $until } : vous ne recevez pas de nouvelles propositions { $kind ->
    [expert] d'expert
   *[mentor] de mentorat
} d'ici là ({ $command } pour revenir plus tôt).
mentoring-resumed = Bon retour : vous pouvez de nouveau recevoir des propositions { $kind ->
    [expert] d'expert
   *[mentor] de mentorat
}.
mentoring-left = Votre profil { $kind ->
    [expert] d'expert
   *[mentor] de mentor
} est supprimé. { $withdrawn ->
    [one] Proposition retirée : { $withdrawn }.
   *[other] Propositions retirées : { $withdrawn }.
} Merci pour votre aide !
mentoring-state_active = actif
mentoring-state_paused = en pause
mentoring-state_paused_until = en pause jusqu'au { $until }
mentoring-profile_summary =
    {"  "}Thèmes : { $topics }
    {"  "}Langues : { $languages } · Pays : { $country } · Secteur : { $sector }
    {"  "}Disponibilité : { $capacity } (occupée : { $used }) · Statut : { $state }
    {"  "}Présentation : { $bio }
mentoring-request_proposed = Demande n° { $id } enregistrée. J'ai sollicité un { $kind ->
    [expert] expert
   *[mentor] mentor
} qui correspond ; il a { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} pour répondre, et je vous préviendrai par message privé dès que quelqu'un accepte. { $status } indique où elle en est.
mentoring-request_waiting = Demande n° { $id } enregistrée, mais aucun { $kind ->
    [expert] expert
   *[mentor] mentor
} ne correspond pour l'instant. Elle reste ouverte : je solliciterai les nouveaux { $kind ->
    [expert] experts
   *[mentor] mentors
} à mesure qu'ils s'inscrivent. { $cancel } la retire.
mentoring-too_many_open = Vous avez déjà { $limit ->
    [one] { $limit } demande ouverte
   *[other] { $limit } demandes ouvertes
} ; consultez { $command } et annulez-en une d'abord.
mentoring-request_duplicate = Vous avez déjà une demande ouverte n° { $id } pour cela (« { $need } »). { $status } indique où elle en est ; { $cancel } la retire si vous voulez formuler la demande autrement.
mentoring-proposal =
    Un formateur cherche un { $kind ->
        [expert] expert
       *[mentor] mentor
    } (proposition n° { $id }) :
    « { $need } »
    Critères : { $asked }
    Pouvez-vous l'aider ? Répondez avant le { $deadline } : { $accept } ou { $decline }. Le nom du formateur ne vous est communiqué que si vous acceptez.
mentoring-proposal_why = Pourquoi vous : { $reasons }
mentoring-button_accept = Accepter
mentoring-button_decline = Refuser
mentoring-accepted = Merci ! Vous avez accepté la proposition n° { $id } ; je vous ai présentés l'un à l'autre par message privé.
mentoring-declined = Merci de m'avoir prévenu ; la proposition n° { $id } est refusée et j'ai sollicité quelqu'un d'autre.
mentoring-declined_nobody_left = Merci de m'avoir prévenu ; la proposition n° { $id } est refusée. Il n'y a personne d'autre à solliciter pour l'instant, la demande attend donc de nouveaux { $kind ->
    [expert] experts
   *[mentor] mentors
} ; le formateur est au courant.
mentoring-expired_to_mentor = La proposition n° { $id } a expiré sans réponse, j'ai donc sollicité quelqu'un d'autre. Pas de souci.
mentoring-expired_to_mentor_last = La proposition n° { $id } a expiré sans réponse. Pas de souci : la demande attend de nouveaux mentors ou experts.
mentoring-withdrawn_to_mentor = Le formateur a retiré la demande liée à la proposition n° { $id } ; vous n'avez plus rien à faire.
mentoring-intro_requester = Bonne nouvelle : un { $kind ->
    [expert] expert
   *[mentor] mentor
} a accepté votre demande n° { $id } (« { $need } »). Je vous présente { $other } : dites-lui bonjour par message privé. Ensuite, dites-nous comment cela s'est passé : { $feedback }
mentoring-intro_mentor = Merci d'avoir accepté la proposition n° { $id } (« { $need } »). La personne que vous accompagnez est { $other } ; elle a été informée de votre accord. Donnez une note plus tard avec { $feedback } ; { $end } libère votre place quand vous avez terminé.
mentoring-exhausted = Désolé : j'ai sollicité { $tries ->
    [one] { $tries } { $kind ->
        [expert] expert
       *[mentor] mentor
    }
   *[other] { $tries } { $kind ->
        [expert] experts
       *[mentor] mentors
    }
} pour votre demande n° { $id } et personne n'a pu la prendre en charge pour l'instant. Elle reste ouverte : je solliciterai les nouveaux { $kind ->
    [expert] experts
   *[mentor] mentors
} à mesure qu'ils s'inscrivent.
mentoring-exhausted_told = Les coordinateurs sont également prévenus.
mentoring-exhausted_coordinators = La demande n° { $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}, « { $need } ») n'a trouvé personne après { $tries ->
    [one] { $tries } proposition
   *[other] { $tries } propositions
} ; elle reste ouverte. Voir { $stats }.
mentoring-proposal_unknown = Vous n'avez pas de proposition ouverte n° { $id }. { $command } liste celles qui attendent votre réponse.
mentoring-proposal_was_accepted = Vous avez déjà accepté la proposition n° { $id } ; il n'y a plus rien à répondre. Quand vous aurez terminé, { $end } libère votre place.
mentoring-proposal_was_accepted_decline = Vous avez déjà accepté la proposition n° { $id }, elle ne peut donc plus être refusée. Si vous ne pouvez pas continuer, mettez fin au binôme avec { $end }.
mentoring-proposal_was_declined = La proposition n° { $id } a déjà été refusée. { $pending } liste les propositions qui attendent encore votre réponse.
mentoring-proposal_was_expired = La proposition n° { $id } a expiré ; elle a été transmise à quelqu'un d'autre. { $pending } liste les propositions qui attendent encore votre réponse.
mentoring-accept_full = Toutes vos places sont prises (disponibilité : { $capacity }), je ne peux donc pas ajouter ce binôme. Terminez d'abord un binôme ({ $command } affiche les vôtres), augmentez votre disponibilité, ou déclinez avec { $decline }.
mentoring-proposal_was_withdrawn = La proposition n° { $id } a été retirée ; il n'y a plus rien à répondre. { $pending } liste les propositions qui attendent encore votre réponse.
mentoring-request_unknown = Vous n'avez pas de demande n° { $id }. { $command } liste les vôtres.
mentoring-request_was_matched = La demande n° { $id } a déjà abouti (binôme n° { $match }), il n'y a donc rien à annuler. Pour mettre fin au binôme, utilisez { $end }.
mentoring-request_was_cancelled = La demande n° { $id } est déjà annulée. { $status } liste vos demandes ; refaites une demande avec { $command }.
mentoring-nothing_to_cancel = Vous n'avez aucune demande ouverte à annuler ; { $command } liste vos demandes.
mentoring-cancel_which = Vous avez plusieurs demandes ouvertes ({ $ids }) ; précisez laquelle : { $command }
mentoring-cancelled = La demande n° { $id } est annulée.
mentoring-id_missing = Merci d'indiquer le numéro (un nombre).
mentoring-match_unknown = Vous n'avez pas de binôme n° { $id }. { $command } liste vos demandes avec leurs numéros.
mentoring-match_number_ambiguous = Le n° { $id } est à la fois l'une de vos demandes et une proposition que vous avez acceptée : je ne sais donc pas de quel binôme vous parlez. { $status } liste vos demandes ; { $pending } les propositions qui vous ont été envoyées.
mentoring-match_not_accepted = Le n° { $id } n'est pas encore un binôme accepté : on ne peut donc ni le noter ni y mettre fin ; ce sera possible dès que le mentor aura accepté. { $command } montre où en sont vos demandes.
mentoring-match_ended_already = Le binôme n° { $id } est déjà terminé. Vous pouvez encore le noter : { $command }.
mentoring-feedback_missing = Indiquez le numéro du binôme et une note de 1 à 5.
mentoring-feedback_saved = Merci ! Votre note de { $rating }/5 pour le binôme n° { $id } est enregistrée.
mentoring-feedback_replaced = Votre note pour le binôme n° { $id } est désormais de { $rating }/5.
mentoring-ended = Le binôme n° { $id } est terminé ; merci. Notez-le avec { $command }.
mentoring-pending_none = Aucune proposition n'attend votre réponse.
mentoring-pending_header = { $count ->
    [one] Proposition en attente de votre réponse ({ $count }) :
   *[other] Propositions en attente de votre réponse ({ $count }) :
}
mentoring-pending_item = {"  "}Proposition n° { $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}, réponse avant le { $deadline }) : « { $need } » — { $accept } / { $decline }
mentoring-status_none = Vous n'avez aucune demande. Demandez un mentor avec { $command }.
mentoring-status_header = Vos demandes (annulez, notez ou terminez-en une par son numéro) :
mentoring-status_item = {"  "}Demande n° { $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}) « { $need } » : { $state }
mentoring-status_matched = en binôme avec { $name } : notez-le avec { $feedback }, terminez-le avec { $end }
mentoring-status_ended = binôme terminé ; notez-le avec { $feedback }
mentoring-status_ended_rated = binôme terminé, noté { $rating }/5 (modifiez la note avec { $feedback })
mentoring-status_matched_gone = en binôme (l'autre personne a depuis effacé ses données)
mentoring-status_proposed = en attente de la réponse du { $nth } { $kind ->
    [expert] expert
   *[mentor] mentor
} sollicité (avant le { $until }) ; { $cancel } la retire
mentoring-status_proposed_unsent = le { $nth } { $kind ->
    [expert] expert
   *[mentor] mentor
} sollicité reçoit la proposition d'ici quelques minutes ; { $cancel } la retire
mentoring-status_open = ouverte, aucun { $kind ->
    [expert] expert
   *[mentor] mentor
} ne correspond encore ({ $tries ->
    [one] { $tries } sollicité jusqu'ici
   *[other] { $tries } sollicités jusqu'ici
}) ; { $cancel } la retire
mentoring-status_cancelled = annulée
mentoring-status_pending = Propositions en attente de votre réponse : { $ids } (numéros de proposition : { $accept } ou { $decline } ; { $command } les affiche).
mentoring-stats_requests = Demandes : { $open ->
    [one] { $open } ouverte
   *[other] { $open } ouvertes
}{ $waiting }, { $proposed ->
    [one] { $proposed } avec proposition en cours
   *[other] { $proposed } avec proposition en cours
}, { $matched ->
    [one] { $matched } ayant abouti
   *[other] { $matched } ayant abouti
}, { $cancelled ->
    [one] { $cancelled } annulée
   *[other] { $cancelled } annulées
}.
mentoring-stats_exhausted = {" "}(dont { $count ->
    [one] { $count } pour laquelle tous les profils adaptés ont été sollicités et qui attend
   *[other] { $count } pour lesquelles tous les profils adaptés ont été sollicités et qui attendent
} de nouveaux mentors ou experts)
mentoring-stats_proposals = Propositions : { $pending ->
    [one] { $pending } en attente
   *[other] { $pending } en attente
}, { $accepted ->
    [one] { $accepted } acceptée
   *[other] { $accepted } acceptées
}, { $declined ->
    [one] { $declined } refusée
   *[other] { $declined } refusées
}, { $expired ->
    [one] { $expired } expirée
   *[other] { $expired } expirées
}, { $withdrawn ->
    [one] { $withdrawn } retirée
   *[other] { $withdrawn } retirées
}.
mentoring-stats_median = Délai médian avant mise en binôme : { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}.
mentoring-stats_median_none = Délai médian avant mise en binôme : pas encore de binôme.
mentoring-stats_load_header = Charge par mentor/expert ({ $count } ; occupées/disponibles) :
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}) : { $load }/{ $capacity }{ $paused }
mentoring-run_result = Mise en relation groupée : { $open ->
    [one] { $open } demande ouverte
   *[other] { $open } demandes ouvertes
}, { $proposed ->
    [one] { $proposed } proposition envoyée
   *[other] { $proposed } propositions envoyées
}, { $unmatched } sans profil adapté.
mentoring-cli_run_result = Mise en relation groupée : { $open ->
    [one] { $open } demande ouverte
   *[other] { $open } demandes ouvertes
}, { $proposed ->
    [one] { $proposed } proposition faite
   *[other] { $proposed } propositions faites
}, { $unmatched } sans profil adapté. Le bot en fonctionnement envoie les propositions dans { $minutes ->
    [one] la minute
   *[other] les { $minutes } minutes
} (ou à son prochain démarrage).
mentoring-ended_by_other = { $name } a mis fin au binôme n° { $id } ; merci pour ce temps passé ensemble. Vous pouvez encore le noter : { $command }.
mentoring-ended_by_erasure = Le binôme n° { $id } est terminé : l'autre personne a demandé au bot d'effacer ses données. Merci pour ce temps passé ensemble ; vous pouvez encore noter le binôme : { $command }.
mentoring-ordinal-n1 = { $n ->
    [1] 1er
   *[other] { $n }e
}
mentoring-ordinal-n2 = { $n }e
mentoring-ordinal-n3 = { $n }e
mentoring-ordinal-other = { $n }e
mentoring-reason-topic = thèmes : { $detail }
mentoring-reason-bio = votre présentation : { $detail }
mentoring-reason-language = langue : { $detail }
mentoring-reason-country = pays : { $detail }
mentoring-reason-sector = secteur : { $detail }
mentoring-asked-languages = langue { $value }
mentoring-asked-country = pays { $value }
mentoring-asked-sector = secteur { $value }
mentoring-asked-nothing = aucune préférence
mentoring-field-topic_long = Chaque thème peut compter au plus { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
} ; séparez les thèmes par des virgules.
mentoring-field-topics_missing = Indiquez vos thèmes, par exemple « topics: conception de l'apprentissage, évaluation ».
mentoring-field-topics_many = Indiquez au plus { $limit ->
    [one] { $limit } thème
   *[other] { $limit } thèmes
}, séparés par des virgules.
mentoring-field-language_bad = « { $value } » n'est pas un code de langue ISO 639-1 ; utilisez des codes à deux lettres comme fr, en, de, séparés par des virgules (par exemple « fr, en »).
mentoring-field-languages_missing = Indiquez au moins un code de langue, par exemple « languages: fr, en ».
mentoring-field-languages_many = Indiquez au plus { $limit ->
    [one] { $limit } langue
   *[other] { $limit } langues
}.
mentoring-field-country_bad = « { $value } » n'est pas un code de pays ISO 3166-1 ; utilisez le code à deux lettres, par exemple FR, BE, CH.
mentoring-field-country_hint = « { $value } » n'est pas un code de pays ISO 3166-1 ; utilisez plutôt { $code }.
mentoring-field-sector_missing = Indiquez le secteur, par exemple « sector: bâtiment ».
mentoring-field-sector_long = Le secteur peut compter au plus { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
}.
mentoring-field-capacity_bad = La disponibilité doit être un nombre entier de 1 à { $max } (reçu : « { $value } »).
mentoring-field-bio_long = Votre présentation fait { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
} ; limitez-la à { $limit }.
mentoring-field-consent_bad = Le consentement s'écrit « consent: yes » (ou « no »).
mentoring-field-need_missing = Dites pour quoi vous avez besoin d'aide, par exemple !match concevoir des évaluations en situation de travail.
mentoring-field-need_long = Votre demande fait { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
} ; limitez-la à { $limit }.
mentoring-field-kind_bad = « { $value } » n'est pas un type valable ; utilisez « kind: mentor » ou « kind: expert ».
mentoring-field-until_bad = « { $value } » n'est pas une date ; utilisez le format AAAA-MM-JJ.
mentoring-field-until_range = La date doit être dans le futur et dans les { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} ; utilisez le format AAAA-MM-JJ, par exemple until: 2027-01-15.
mentoring-field-id_bad = « { $value } » n'est pas un numéro ; les numéros sont des nombres, comme 12.
mentoring-field-rating_bad = La note doit être un nombre entier de 1 à 5 (reçu : « { $value } »).
mentoring-field-comment_long = Le commentaire peut compter au plus { $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
}.
mentoring-leave_ask = Cela supprime définitivement votre profil ; les propositions qui attendent votre réponse iront à quelqu'un d'autre (pour arrêter un moment, faites plutôt une pause). Pour continuer, envoyez { $command }.
mentoring-cancel_ask = Cela retire votre demande : les personnes sollicitées en sont informées, et personne d'autre ne le sera. Pour continuer, envoyez { $command }.
mentoring-field-cross_border_bad = Pour le transfrontalier, écrivez « cross_border: oui » (des formateurs d'autres réseaux pourront alors vous solliciter, dans vos langues) ou « non », pas « { $value } ».
