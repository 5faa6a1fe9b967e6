# prompts: Nederlands (aanspreekvorm: je/jij)

prompts-thread_title = Discussievraag { $id }
prompts-scheduled =
    Discussievraag { $id } is ingepland: { $when }.
    Volgende plaatsing: { $next }, in { $targets }.
    Bekijk hem met { $prefix }prompt show { $id }; de volgende momenten met { $prefix }prompt preview { $id }.
prompts-edited = Discussievraag { $id } gewijzigd:
prompts-edited_schedule = Planning: { $when }. Volgende plaatsing: { $next }.
prompts-edited_rooms = Ruimtes: { $targets }.
prompts-edited_text = Tekst: { $text }
prompts-skipped = De volgende plaatsing van discussievraag { $id } ({ $when }) wordt overgeslagen.
prompts-skip_kept = De overgeslagen plaatsing op { $when } staat nog in de planning en blijft overgeslagen.
prompts-skip_kept_many = De overgeslagen plaatsingen op { $when } staan nog in de planning en blijven overgeslagen.
prompts-skip_cleared = De overgeslagen plaatsing op { $when } staat niet meer in de planning, dus het overslaan vervalt.
prompts-skip_cleared_many = De overgeslagen plaatsingen op { $when } staan niet meer in de planning, dus het overslaan vervalt.
prompts-show =
    Discussievraag { $id } – { $status }
    Wanneer: { $when }
    Volgende plaatsing: { $next }
    Ruimtes: { $targets }
    Auteur: { $author }
    Geplaatst: { $sent }, gemist: { $missed }, overgeslagen: { $skipped }.
    Tekst:
    { $text }
prompts-privacy_what = Discussievragen: bij discussievragen en reeksen van coördinatoren staat wie ze heeft gemaakt; in de thread van een discussievraag telt de bot wie er reageerde, tot hij de samenvatting van de deelname plaatst, en daarna bewaart hij alleen de aantallen – nooit wat er gezegd is.
prompts-done-pause = Discussievraag { $id } is gepauzeerd.
prompts-done-resume = Discussievraag { $id } is weer actief; wat tijdens de pauze aan de beurt was, wordt niet alsnog geplaatst.
prompts-done-cancel = Discussievraag { $id } is geannuleerd.
prompts-skip_ends-skipped = Dat was de enige plaatsing, dus discussievraag { $id } is nu overgeslagen: hij wordt niet geplaatst.
prompts-skip_ends-finished = Dat was de laatste plaatsing, dus discussievraag { $id } is nu afgerond.
prompts-status-active = actief
prompts-status-paused = gepauzeerd
prompts-status-cancelled = geannuleerd
prompts-status-finished = afgerond
prompts-status-skipped = overgeslagen
prompts-list-header = Discussievragen (id, status, volgende plaatsing, tekst):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[reeks { $id }]
prompts-list-empty = Geen actieve of gepauzeerde discussievragen. Plan er een in met { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] De volgende plaatsing van discussievraag { $id } ({ $tz }):
   *[other] De volgende { $count } plaatsingen van discussievraag { $id } ({ $tz }):
}
prompts-preview-none = Discussievraag { $id } heeft geen komende plaatsingen (hij is { $status }).
prompts-targets-empty = De optie in: noemt geen ruimte.
prompts-targets-too_many = { $limit ->
    [one] Een discussievraag kan naar maar één ruimte.
   *[other] Een discussievraag kan naar hoogstens { $limit } ruimtes.
}
prompts-targets-bad_room = In `{ $room }` kan ik niet plaatsen.
prompts-targets-hint = Bijvoorbeeld `in: #peer-learning`, `in: #general, #mentors` of `in: matrix:!abc:example.org`.
prompts-targets-needed = Zeg in een privébericht waar de discussievraag heen moet, met in: #ruimte.
prompts-targets-unknown_platform = `{ $platform }:` is geen platform dat ik ken; ik kan plaatsen op { $platforms }.
prompts-targets-not_yours = Je kunt niet plaatsen in { $rooms }: een coördinatorrol uit een server of ruimte telt alleen in de servers en ruimtes waarvoor deze bot is ingesteld.
prompts-targets-not_yours_hint = Kies daar een ruimte (een Matrix-ruimte met haar id, !…:server), of vraag de beheerder van de bot om haar toe te voegen in bot.toml ([permissions] discord_guilds, matrix_rooms) of de discussievraag zelf in te plannen.
prompts-targets-not_connected = Let op: deze bot is niet verbonden met { $platforms } (hij draait op { $connected }), dus plaatsingen in { $rooms } mislukken tot dat platform is ingesteld in bot.toml ([bot] adapters en de inloggegevens).
prompts-targets-network_channel = Zonder in: wordt het kanaal voor discussievragen van netwerk { $network } gebruikt; andere ruimtes noem je met in: #ruimte.
prompts-error-bad_id = `{ $id }` is geen id; id’s zijn getallen.
prompts-error-id_missing_prompt = Geef het id van de discussievraag op, bijvoorbeeld { $example }.
prompts-error-id_missing_series = Geef het id van de reeks op, bijvoorbeeld { $example }.
prompts-error-not_found = Er is geen discussievraag { $id }.
prompts-error-text_missing = De optie { $option }: ontbreekt of is leeg.
prompts-error-text_too_long = De optie { $option }: is te lang (hoogstens { $limit } tekens).
prompts-error-already = Discussievraag { $id } is al { $status }.
prompts-error-cannot_pause = Discussievraag { $id } is { $status }, dus pauzeren kan niet.
prompts-error-cannot_resume = Discussievraag { $id } is { $status }; alleen een gepauzeerde discussievraag kan worden hervat.
prompts-error-cannot_cancel = Discussievraag { $id } is { $status }; er valt niets meer te annuleren.
prompts-error-cannot_edit = Discussievraag { $id } is { $status } en kan niet meer worden gewijzigd.
prompts-error-cannot_skip = Discussievraag { $id } is { $status } en heeft dus geen komende plaatsing om over te slaan.
prompts-error-series_part = Id { $id } is de { $part } van reeks { $series }, geen losse discussievraag. Bekijk hem met { $show }; wijzig of schrap hem met { $edit }: … (none schrapt hem).
prompts-error-text_not_last = De optie { $option }: kwam na text: en is daardoor deel van de tekst geworden. text: neemt de rest van de regel: zet hem als laatste.
prompts-error-missing_colon = Opties hebben een dubbele punt nodig: schrijf `{ $option }: …`, niet `{ $option } …`.
prompts-error-stray_text = Ik weet niet wat ik met `{ $text }` moet: opties zien eruit als `naam: waarde`, gescheiden door `;`.
prompts-error-nothing_to_skip = Discussievraag { $id } heeft geen komende plaatsing om over te slaan.
prompts-error-edit_nothing = Zeg wat er moet veranderen: in:, at:, cron:, every:, tz:, start:, end: of text:.
prompts-notice-missed = Discussievraag { $id } (‘{ $text }’) was { $count ->
    [one] één keer
   *[other] { $count } keer
} aan de beurt terwijl ik offline was, van { $first } tot { $last }, en is niet geplaatst.
prompts-notice-missed_one = Discussievraag { $id } (‘{ $text }’) was aan de beurt op { $first } terwijl ik offline was, te lang geleden om nu nog te plaatsen; hij is niet geplaatst.
prompts-notice-stale_one = Discussievraag { $id } (‘{ $text }’) werd op { $first } net geplaatst toen ik stopte; misschien is hij niet aangekomen, en het is te laat om het opnieuw te proberen.
prompts-notice-failed_one = Discussievraag { $id } (‘{ $text }’) kon op { $first } niet worden geplaatst: het platform nam hem na meerdere pogingen niet aan.
prompts-notice-stale = Discussievraag { $id } (‘{ $text }’) werd { $count ->
    [one] één keer
   *[other] { $count } keer
} net geplaatst, van { $first } tot { $last }, toen ik stopte; die plaatsingen zijn misschien niet aangekomen, en het is te laat om het opnieuw te proberen.
prompts-notice-failed = Discussievraag { $id } (‘{ $text }’) kon { $count ->
    [one] één keer
   *[other] { $count } keer
} niet worden geplaatst, van { $first } tot { $last }: het platform nam hem na meerdere pogingen niet aan.
prompts-summary-text = Deelname: { $people ->
    [one] één persoon
   *[other] { $people } personen
}, { $replies ->
    [one] één reactie
   *[other] { $replies } reacties
}. Bedankt voor het meedoen!
prompts-summary-none = Nog geen reacties in deze thread. Hij blijft open voor je gedachten.
prompts-series-created = Reeks { $id } ‘{ $title }’ aangemaakt voor { $targets }. Voeg discussievragen toe met { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Discussievraag { $prompt } is aan reeks { $id } toegevoegd en wordt geplaatst op { $when }. { $show } toont de reeks op volgorde.
prompts-series-not_found = Er is geen reeks { $id }.
prompts-series-not_active = Reeks { $id } is { $status } en kan niet meer worden gewijzigd.
prompts-series-already = Reeks { $id } is al { $status }.
prompts-series-once_only = Een discussievraag van reeks { $id } wordt één keer geplaatst: geef een datum en tijd met at:, geen terugkerende planning.
prompts-series-edit_nothing = Zeg wat er moet veranderen: title:, opening: of closing: (none schrapt de opening of afsluiting).
prompts-series-opening_gone = Reeks { $id } is al geopend; de opening kan niet meer worden gewijzigd.
prompts-series-changed_title = titel ‘{ $title }’
prompts-series-changed_bookend = nieuwe { $part }
prompts-series-dropped_bookend = { $part } geschrapt
prompts-series-edited = Reeks { $id } gewijzigd: { $changes }. Bekijk hem met { $prefix }series show { $id }.
prompts-series-show_footer = Wijzig de titel, opening of afsluiting met { $prefix }series edit { $id } opening: …; closing: … (none schrapt er een).
prompts-series-emptied = Reeks { $id } heeft geen discussievraag meer om te plaatsen, dus de opening en afsluiting zijn ook geannuleerd; ze komen terug zodra je een discussievraag toevoegt.
prompts-series-title_missing = Een reeks heeft een titel nodig: title: …
prompts-series-at_missing = Zeg wanneer de discussievraag geplaatst wordt: at: 2026-12-01 09:00.
prompts-series-before_opening = Reeks { $id } is al geopend; nieuwe discussievragen moeten na de opening komen.
prompts-series-show =
    Reeks { $id } ‘{ $title }’ – { $status }
    Ruimtes: { $targets } · tijdzone { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = discussievraag { $id }
prompts-series-opening = opening
prompts-series-closing = afsluiting
prompts-series-empty = Nog geen discussievragen: { $prefix }series add { $id } at: …; text: …
prompts-series-cancelled = { $count ->
    [one] Reeks { $id } is geannuleerd (één nog niet geplaatst bericht is geannuleerd).
   *[other] Reeks { $id } is geannuleerd ({ $count } nog niet geplaatste berichten zijn geannuleerd).
}
prompts-series-cancelled_one = Reeks { $id } is geannuleerd (één nog niet geplaatst bericht is geannuleerd).
prompts-series-list_header = Reeksen (id, status, titel):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Nog geen reeksen. Maak er een met { $prefix }series create title: …
prompts-cancel_ask = Hiermee annuleer je de discussievraag voorgoed: hij wordt nooit meer geplaatst (wil je even stoppen, pauzeer hem dan). Wil je doorgaan, stuur dan { $command }.
prompts-series-cancel_ask = Hiermee annuleer je de reeks en alle plaatsingen die nog niet gedaan zijn; dit kan niet ongedaan worden gemaakt. Wil je doorgaan, stuur dan { $command }.
