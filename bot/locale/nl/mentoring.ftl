# mentoring: Nederlands (aanspreekvorm: je/jij)

mentoring-privacy_what = Mentoring: meld je je aan als mentor of expert, dan je profiel (onderwerpen, talen, land, sector, capaciteit, bio), zodat trainers aan jou gekoppeld kunnen worden; vraag je om een mentor, dan je hulpvraag en de voorstellen daarbij; beoordelingen die je geeft. Hulpvragen worden een tijd na afsluiting geanonimiseerd.
mentoring-consent =
    Voordat je je aanmeldt als { $kind ->
        [expert] expert
       *[mentor] mentor
    }, lees even wat dat betekent:
    • Wat we bewaren: je chatnaam en account-id, en het profiel dat je hier opgeeft (onderwerpen, talen, land, sector, capaciteit, bio).
    • Wie het ziet: { $name } gebruikt het om te kiezen wie er gevraagd wordt. Trainers zien je profiel nooit; krijg je een voorstel, dan zie je alleen de hulpvraag. Je naam en account worden pas gedeeld met een trainer nadat je diens hulpvraag hebt geaccepteerd.
    • Stoppen: pauzeer wanneer je wilt, of meld je af om je profiel te wissen ({ $prefix }{ $kind } leave); { $prefix }mydata toont alles wat bewaard is, { $prefix }forgetme wist het.
mentoring-consent_how = Ga je akkoord, stuur dan dezelfde opdracht met ‘consent: yes’ (of gebruik de knop): { $command }
mentoring-consent_button = Akkoord, aanmelden
mentoring-consent_declined = Oké, je bent niet aangemeld als { $kind ->
    [expert] expert
   *[mentor] mentor
}; er is niets bewaard.
mentoring-already_joined = Je hebt al een profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
}. Wijzig het met { $command }.
mentoring-not_joined = Je hebt geen profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
}. Meld je aan met { $command }.
mentoring-not_paused = Je profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
} is niet gepauzeerd, dus er valt niets te hervatten; pauzeer het met { $command }.
mentoring-positional_unexpected = ‘{ $text }’ had ik hier niet verwacht; profielvelden zien eruit als ‘topics: …’.
mentoring-update_nothing = Niets bij te werken: geef minstens één veld op, bijvoorbeeld ‘capacity: 3’ of ‘languages: nl, en’.
mentoring-languages_assumed = Je gaf geen talen op, dus ik heb { $language } ingesteld (de taal waarin je schrijft). Wijzigen: { $command }
mentoring-joined = Welkom! Je bent nu aangemeld als { $kind ->
    [expert] expert
   *[mentor] mentor
}. Voorstellen stuur ik je via een privébericht; pauzeer met { $prefix }{ $kind } pause, meld je af met { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Je kunt ook je eigen gebieden beoordelen met { $command }: als iemand vanuit een ontwikkelplan een mentor zoekt, worden eerst de mentoren gevraagd die zichzelf in dat gebied sterk vinden.
mentoring-updated = Je profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
} is bijgewerkt.
mentoring-me = Je profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
}:
mentoring-me_none = Je hebt nog geen profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
}. Meld je aan met { $command }.
mentoring-paused = Gepauzeerd: je krijgt geen nieuwe voorstellen als { $kind ->
    [expert] expert
   *[mentor] mentor
} tot je { $command } stuurt. Voorstellen die je al hebt, blijven open.
mentoring-paused_until = Gepauzeerd tot { $until }: tot dan krijg je geen nieuwe voorstellen als { $kind ->
    [expert] expert
   *[mentor] mentor
} ({ $command } om eerder terug te komen).
mentoring-resumed = Welkom terug: je kunt weer voorstellen als { $kind ->
    [expert] expert
   *[mentor] mentor
} krijgen.
mentoring-left = Je profiel als { $kind ->
    [expert] expert
   *[mentor] mentor
} is gewist. Ingetrokken voorstellen: { $withdrawn }. Bedankt voor je hulp!
mentoring-state_active = actief
mentoring-state_paused = gepauzeerd
mentoring-state_paused_until = gepauzeerd tot { $until }
mentoring-profile_summary =
    {"  "}Onderwerpen: { $topics }
    {"  "}Talen: { $languages } · Land: { $country } · Sector: { $sector }
    {"  "}Capaciteit: { $capacity } (in gebruik: { $used }) · Status: { $state }
    {"  "}Bio: { $bio }
mentoring-request_proposed = Hulpvraag #{ $id } is opgeslagen. Ik heb een passende { $kind ->
    [expert] expert
   *[mentor] mentor
} gevraagd; die heeft { $hours ->
    [one] een uur
   *[other] { $hours } uur
} om te antwoorden, en ik laat je via een privébericht weten wanneer iemand accepteert. { $status } laat zien hoe het ervoor staat.
mentoring-request_waiting = Hulpvraag #{ $id } is opgeslagen, maar er past nu geen { $kind ->
    [expert] expert
   *[mentor] mentor
} bij. Die blijft open: ik vraag nieuwe { $kind ->
    [expert] experts
   *[mentor] mentoren
} zodra ze zich aanmelden. { $cancel } trekt de hulpvraag in.
mentoring-too_many_open = { $limit ->
    [one] Je hebt al een open hulpvraag; bekijk { $command } en trek die eerst in.
   *[other] Je hebt al { $limit } open hulpvragen; bekijk { $command } en trek er eerst een in.
}
mentoring-request_duplicate = Je hebt hiervoor al een open hulpvraag #{ $id } (‘{ $need }’). { $status } laat zien hoe het ervoor staat; { $cancel } trekt de hulpvraag in als je het anders wilt vragen.
mentoring-proposal =
    Een trainer zoekt een { $kind ->
        [expert] expert
       *[mentor] mentor
    } (voorstel #{ $id }):
    ‘{ $need }’
    Gevraagd: { $asked }
    Kun je helpen? Antwoord vóór { $deadline }: { $accept } of { $decline }. De naam van de trainer krijg je alleen te zien als je accepteert.
mentoring-proposal_why = Waarom jij: { $reasons }
mentoring-button_accept = Accepteren
mentoring-button_decline = Afwijzen
mentoring-accepted = Bedankt! Je hebt voorstel #{ $id } geaccepteerd; ik heb jullie via een privébericht aan elkaar voorgesteld.
mentoring-declined = Bedankt voor je antwoord; voorstel #{ $id } is afgewezen en ik heb iemand anders gevraagd.
mentoring-declined_nobody_left = Bedankt voor je antwoord; voorstel #{ $id } is afgewezen. Er is nu niemand anders om te vragen, dus de hulpvraag wacht op nieuwe { $kind ->
    [expert] experts
   *[mentor] mentoren
}; de trainer weet ervan.
mentoring-expired_to_mentor = Voorstel #{ $id } is verlopen zonder antwoord, dus ik heb iemand anders gevraagd. Geen probleem.
mentoring-expired_to_mentor_last = Voorstel #{ $id } is verlopen zonder antwoord. Geen probleem: de hulpvraag wacht op nieuwe mentoren of experts.
mentoring-withdrawn_to_mentor = De trainer heeft de hulpvraag achter voorstel #{ $id } ingetrokken; je hoeft niets meer te doen.
mentoring-intro_requester = Goed nieuws: een { $kind ->
    [expert] expert
   *[mentor] mentor
} heeft je hulpvraag #{ $id } (‘{ $need }’) geaccepteerd. Maak kennis met { $other } en zeg even hallo via een privébericht. Laat ons achteraf weten hoe het ging: { $feedback }
mentoring-intro_mentor = Bedankt dat je voorstel #{ $id } (‘{ $need }’) hebt geaccepteerd. Je mentee is { $other }; die heeft over jou gehoord. Beoordeel het later met { $feedback }; { $end } maakt je plek weer vrij als jullie klaar zijn.
mentoring-exhausted = Het spijt me: ik heb { $tries ->
    [one] één { $kind ->
        [expert] expert
       *[mentor] mentor
    }
   *[other] { $tries } { $kind ->
        [expert] experts
       *[mentor] mentoren
    }
} gevraagd naar je hulpvraag #{ $id } en niemand kon die nu oppakken. Die blijft open: ik vraag nieuwe { $kind ->
    [expert] experts
   *[mentor] mentoren
} zodra ze zich aanmelden.
mentoring-exhausted_told = De coördinatoren weten het ook.
mentoring-exhausted_coordinators = Hulpvraag #{ $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}, ‘{ $need }’) heeft na { $tries ->
    [one] één voorstel
   *[other] { $tries } voorstellen
} niemand gevonden; die blijft open. Zie { $stats }.
mentoring-proposal_unknown = Er is geen open voorstel #{ $id } voor jou. { $command } toont de voorstellen die op je antwoord wachten.
mentoring-proposal_was_accepted = Je hebt voorstel #{ $id } al geaccepteerd; er valt niets meer te beantwoorden. Als jullie klaar zijn, maakt { $end } je plek weer vrij.
mentoring-proposal_was_accepted_decline = Je hebt voorstel #{ $id } al geaccepteerd, dus afwijzen kan niet meer. Kun je niet verder, beëindig de match dan met { $end }.
mentoring-proposal_was_declined = Voorstel #{ $id } is al afgewezen. { $pending } toont de voorstellen die nog op je antwoord wachten.
mentoring-proposal_was_expired = Voorstel #{ $id } is verlopen; het is naar iemand anders gegaan. { $pending } toont de voorstellen die nog op je antwoord wachten.
mentoring-accept_full = Al je plekken zijn bezet (capaciteit { $capacity }), dus ik kan deze match niet toevoegen. Beëindig eerst een match ({ $command } toont ze), verhoog je capaciteit, of zeg nee met { $decline }.
mentoring-proposal_was_withdrawn = Voorstel #{ $id } is ingetrokken; er valt niets meer te beantwoorden. { $pending } toont de voorstellen die nog op je antwoord wachten.
mentoring-request_unknown = Je hebt geen hulpvraag #{ $id }. { $command } toont je hulpvragen.
mentoring-request_was_matched = Hulpvraag #{ $id } heeft al een match (match #{ $match }), dus er valt niets in te trekken. Wil je de match beëindigen, gebruik dan { $end }.
mentoring-request_was_cancelled = Hulpvraag #{ $id } is al ingetrokken. { $status } toont je hulpvragen; vraag opnieuw met { $command }.
mentoring-nothing_to_cancel = Je hebt geen open hulpvraag om in te trekken; { $command } toont je hulpvragen.
mentoring-cancel_which = Je hebt meerdere open hulpvragen ({ $ids }); zeg welke: { $command }
mentoring-cancelled = Hulpvraag #{ $id } is ingetrokken.
mentoring-id_missing = Geef het id op (een getal).
mentoring-match_unknown = Je hebt geen match #{ $id }. { $command } toont je hulpvragen en hun matchnummers.
mentoring-match_not_accepted = #{ $id } is nog geen geaccepteerde match, dus beoordelen of beëindigen kan nog niet; dat kan zodra de mentor accepteert. { $command } laat zien hoe je hulpvragen ervoor staan.
mentoring-match_ended_already = Match #{ $id } is al beëindigd. Je kunt hem nog wel beoordelen: { $command }.
mentoring-feedback_missing = Geef het matchnummer en een beoordeling van 1 tot 5.
mentoring-feedback_saved = Bedankt! Je beoordeling { $rating }/5 voor match #{ $id } is opgeslagen.
mentoring-feedback_replaced = Je beoordeling voor match #{ $id } is nu { $rating }/5.
mentoring-ended = Match #{ $id } is beëindigd; bedankt. Beoordeel hem met { $command }.
mentoring-pending_none = Er wachten geen voorstellen op je antwoord.
mentoring-pending_header = Voorstellen die op je antwoord wachten ({ $count }):
mentoring-pending_item = {"  "}Voorstel #{ $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}, antwoord vóór { $deadline }): ‘{ $need }’ – { $accept } / { $decline }
mentoring-status_none = Je hebt geen hulpvragen. Vraag om een mentor met { $command }.
mentoring-status_header = Je hulpvragen (intrekken met het hulpvraagnummer; beoordelen of beëindigen met het matchnummer):
mentoring-status_item = {"  "}Hulpvraag #{ $id } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}) ‘{ $need }’: { $state }
mentoring-status_matched = gematcht met { $name }: beoordeel met { $feedback }, beëindig met { $end }
mentoring-status_matched_gone = gematcht (de ander heeft intussen zijn of haar gegevens gewist)
mentoring-status_proposed = wacht op antwoord van de { $nth } gevraagde { $kind ->
    [expert] expert
   *[mentor] mentor
} (vóór { $until }); { $cancel } trekt de hulpvraag in
mentoring-status_proposed_unsent = de { $nth } gevraagde { $kind ->
    [expert] expert
   *[mentor] mentor
} krijgt het voorstel binnen enkele minuten; { $cancel } trekt de hulpvraag in
mentoring-status_open = open, er past nog geen { $kind ->
    [expert] expert
   *[mentor] mentor
} ({ $tries ->
    [one] tot nu toe één kandidaat gevraagd
   *[other] tot nu toe { $tries } kandidaten gevraagd
}); { $cancel } trekt de hulpvraag in
mentoring-status_cancelled = ingetrokken
mentoring-status_pending = Voorstellen die op je antwoord wachten: { $ids } (voorstelnummers: { $accept } of { $decline }; { $command } toont ze).
mentoring-stats_requests = Hulpvragen: { $open } open{ $waiting }, { $proposed } voorgesteld, { $matched } gematcht, { $cancelled } ingetrokken.
mentoring-stats_exhausted = {" "}({ $count ->
    [one] daarvan heeft er één alle passende kandidaten gehad en wacht
   *[other] daarvan hebben er { $count } alle passende kandidaten gehad en wachten
} op nieuwe mentoren of experts)
mentoring-stats_proposals = Voorstellen: { $pending } openstaand, { $accepted } geaccepteerd, { $declined } afgewezen, { $expired } verlopen, { $withdrawn } ingetrokken.
mentoring-stats_median = Mediane tijd tot een match: { $hours } uur.
mentoring-stats_median_none = Mediane tijd tot een match: nog geen matches.
mentoring-stats_load_header = Bezetting per mentor/expert ({ $count }; in gebruik/capaciteit):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] expert
   *[mentor] mentor
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Batchkoppeling: { $open ->
    [one] één open hulpvraag
   *[other] { $open } open hulpvragen
}, { $proposed ->
    [one] één voorstel verstuurd
   *[other] { $proposed } voorstellen verstuurd
}, { $unmatched } zonder passende kandidaat.
mentoring-cli_run_result = Batchkoppeling: { $open ->
    [one] één open hulpvraag
   *[other] { $open } open hulpvragen
}, { $proposed ->
    [one] één voorstel gemaakt
   *[other] { $proposed } voorstellen gemaakt
}, { $unmatched } zonder passende kandidaat. De draaiende bot bezorgt de voorstellen binnen { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} (of bij de volgende start).
mentoring-ended_by_other = { $name } heeft match #{ $id } beëindigd; bedankt voor jullie tijd samen. Je kunt hem nog beoordelen: { $command }.
mentoring-ended_by_erasure = Match #{ $id } is beëindigd: de ander heeft de bot gevraagd zijn of haar gegevens te wissen. Bedankt voor jullie tijd samen; je kunt de match nog beoordelen: { $command }.
mentoring-ordinal-n1 = { $n }e
mentoring-ordinal-n2 = { $n }e
mentoring-ordinal-n3 = { $n }e
mentoring-ordinal-other = { $n }e
mentoring-reason-topic = onderwerpen: { $detail }
mentoring-reason-bio = je bio: { $detail }
mentoring-reason-language = taal: { $detail }
mentoring-reason-country = land: { $detail }
mentoring-reason-sector = sector: { $detail }
mentoring-asked-languages = taal { $value }
mentoring-asked-country = land { $value }
mentoring-asked-sector = sector { $value }
mentoring-asked-nothing = geen voorkeuren
mentoring-field-topic_long = Elk onderwerp mag hoogstens { $limit } tekens lang zijn; scheid onderwerpen met komma’s.
mentoring-field-topics_missing = Geef je onderwerpen op, bijvoorbeeld ‘topics: opzet van leerbedrijven, beoordelen’.
mentoring-field-topics_many = { $limit ->
    [one] Geef hoogstens één onderwerp op.
   *[other] Geef hoogstens { $limit } onderwerpen op, gescheiden door komma’s.
}
mentoring-field-language_bad = ‘{ $value }’ is geen taalcode volgens ISO 639-1; gebruik codes van twee letters zoals nl, en, de, gescheiden door komma’s (bijvoorbeeld ‘nl, en’).
mentoring-field-languages_missing = Geef minstens één taalcode op, bijvoorbeeld ‘languages: nl, en’.
mentoring-field-languages_many = { $limit ->
    [one] Geef hoogstens één taal op.
   *[other] Geef hoogstens { $limit } talen op.
}
mentoring-field-country_bad = ‘{ $value }’ is geen landcode volgens ISO 3166-1; gebruik de code van twee letters, bijvoorbeeld NL, BE, DE.
mentoring-field-country_hint = ‘{ $value }’ is geen landcode volgens ISO 3166-1; gebruik { $code }.
mentoring-field-sector_missing = Noem de sector, bijvoorbeeld ‘sector: bouw’.
mentoring-field-sector_long = De sector mag hoogstens { $limit } tekens lang zijn.
mentoring-field-capacity_bad = De capaciteit moet een heel getal van 1 tot { $max } zijn (gekregen: ‘{ $value }’).
mentoring-field-bio_long = Je bio is { $length } tekens; houd het bij { $limit }.
mentoring-field-consent_bad = Toestemming geef je met ‘consent: yes’ (of ‘no’).
mentoring-field-cross_border_bad = Grensoverschrijdend geef je aan met ‘cross_border: yes’ (trainers van andere netwerken kunnen je dan vragen, in jouw talen) of ‘no’, niet ‘{ $value }’.
mentoring-field-need_missing = Zeg waarmee je hulp nodig hebt, bijvoorbeeld !match praktijkbeoordelingen opzetten.
mentoring-field-need_long = Je hulpvraag is { $length } tekens; houd het bij { $limit }.
mentoring-field-kind_bad = ‘{ $value }’ is geen geldige soort; gebruik ‘kind: mentor’ of ‘kind: expert’.
mentoring-field-until_bad = ‘{ $value }’ is geen datum; gebruik JJJJ-MM-DD.
mentoring-field-until_range = De datum moet in de toekomst liggen en binnen { $days ->
    [one] één dag
   *[other] { $days } dagen
}; gebruik JJJJ-MM-DD, bijvoorbeeld until: 2027-01-15.
mentoring-field-id_bad = ‘{ $value }’ is geen id; id’s zijn getallen zoals 12.
mentoring-field-rating_bad = De beoordeling moet een heel getal van 1 tot 5 zijn (gekregen: ‘{ $value }’).
mentoring-field-comment_long = De opmerking mag hoogstens { $limit } tekens lang zijn.
mentoring-match_number_ambiguous = #{ $id } is zowel een van je hulpvragen als een voorstel dat je hebt geaccepteerd, dus ik weet niet welke match je bedoelt. { $status } toont je hulpvragen, { $pending } de voorstellen die je kreeg.
mentoring-status_ended = beëindigd; beoordeel met { $feedback }
mentoring-status_ended_rated = beëindigd, beoordeeld met { $rating }/5 (wijzig met { $feedback })
mentoring-leave_ask = Hiermee wis je je profiel voorgoed; voorstellen die op je antwoord wachten, gaan naar iemand anders (wil je even stoppen, pauzeer dan). Wil je doorgaan, stuur dan { $command }.
mentoring-cancel_ask = Hiermee trek je je hulpvraag in: wie al gevraagd is, krijgt bericht, en er wordt niemand meer gevraagd. Wil je doorgaan, stuur dan { $command }.
