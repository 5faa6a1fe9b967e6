# surveys: Nederlands

surveys-privacy_what = Enquêtes: je antwoorden op een enquête blijven alleen aan jou gekoppeld zodat je één keer antwoordt en je antwoorden kunt wijzigen of wissen; de resultaten tonen alleen aantallen, nooit een groep van minder dan 5 mensen, en een open antwoord alleen als je ermee instemt het te delen, nooit met je naam. Antwoorden worden een tijd na het sluiten van de enquête gewist.
surveys-announce = 📋 Nieuwe enquête: ‘{ $title }’ ({ $count ->
    [one] één vraag
   *[other] { $count } vragen
}), anoniem, open tot { $closes }. Doe mee door { $command } te sturen – ik stel je de vragen in een privébericht.
surveys-announce_button = Doe mee
surveys-closed_post = De enquête ‘{ $title }’ (nummer { $id }) is gesloten. Bedankt aan iedereen die heeft geantwoord!
surveys-status-planned = gepland
surveys-status-open = open
surveys-status-closed = gesloten
surveys-status-cancelled = geannuleerd
surveys-fewer_than = minder dan { $min }
surveys-withheld = niet getoond

surveys-created = Enquête { $id } ‘{ $title }’ is opgeslagen: { $count ->
    [one] één vraag
   *[other] { $count } vragen
}, open van { $opens } tot { $closes }, aangekondigd in { $room }.
surveys-created_open = Hij is nu open: ik heb hem in de ruimte aangekondigd.
surveys-created_planned = Ik kondig hem op de eerste dag in de ruimte aan.
surveys-not_connected = Let op: deze bot is niet verbonden met { $platform } (hij draait op { $connected }), dus de aankondiging in { $room } wacht tot dat platform is ingesteld in bot.toml ([bot] adapters en de inloggegevens).
surveys-list-empty = Er zijn nog geen enquêtes in je netwerken.
surveys-list-header = Enquêtes:
surveys-list-line = { $id }. ‘{ $title }’ – { $status }, { $opens } tot { $closes }; beantwoord door: { $people }
surveys-show = Enquête { $id } ‘{ $title }’ – { $status }
    Open van { $opens } tot { $closes }, in { $room } (netwerk { $network })
    Beantwoord door: { $people }
    Vragen:
surveys-close_ask = Hiermee sluit je de enquête meteen: niemand kan hem dan nog beantwoorden. Weet je het zeker, stuur dan { $command }.
surveys-cancel_ask = Hiermee annuleer je de enquête en wis je al zijn antwoorden; dat kan niet ongedaan worden gemaakt. Weet je het zeker, stuur dan { $command }.
surveys-done_close = Enquête { $id } ‘{ $title }’ is gesloten.
surveys-done_cancel = Enquête { $id } ‘{ $title }’ is geannuleerd en de antwoorden zijn gewist.

surveys-question = Enquête { $id } ‘{ $title }’ – vraag { $number } van { $total }:
    { $question }
surveys-ask_choice = Kies één antwoord:
surveys-ask_scale = Kies een getal van { $low } (het minst) tot { $high } (het meest):
surveys-ask_text = Schrijf je antwoord als je volgende bericht hier (of stuur { $command }).
surveys-current = Je antwoord tot nu toe: { $answer }
surveys-share_ask = Opgeslagen. Mag ik dit antwoord in de resultaten tonen, zonder je naam? Alleen antwoorden die je wilt delen worden ooit getoond. Stuur { $command }, of nee.
surveys-share_yes = Ja, delen
surveys-share_no = Nee, privé houden
surveys-shared_yes = Dank je: je antwoord mag in de resultaten verschijnen, zonder je naam.
surveys-shared_no = Begrepen: je antwoord telt mee maar wordt nooit getoond.
surveys-all_answered = Dank je! Je hebt alle { $total } vragen van enquête { $id } ‘{ $title }’ beantwoord. Tot { $closes } kun je een antwoord nog wijzigen, bijvoorbeeld met { $command }.
surveys-sent_by_dm = Ik heb je de vragen in een privébericht gestuurd.

surveys-results-too_few = Enquête { $id } ‘{ $title }’ ({ $status }): minder dan { $min } mensen hebben geantwoord, dus er zijn nog geen resultaten. Resultaten tonen nooit een groep van minder dan { $min } mensen.
surveys-results-header = Resultaten van enquête { $id } ‘{ $title }’ ({ $status }): { $count } mensen hebben geantwoord. Groepen van minder dan 5 mensen worden niet als getal getoond.
surveys-results-question = { $question } – { $count } antwoorden
surveys-results-question_few = { $question } – minder dan { $min } antwoorden, niet getoond
surveys-results-average = gemiddelde: { $value }
surveys-results-shared = { $count ->
    [one] één gedeeld antwoord:
   *[other] { $count } gedeelde antwoorden:
}
surveys-results-withheld_note = Aantallen met ‘niet getoond’ worden achtergehouden, zodat een groep van minder dan { $min } mensen niet uit het totaal af te leiden is.
surveys-results-shared_none = geen gedeelde antwoorden

surveys-error-unknown = Er is geen enquête { $id }.
surveys-error-not_open = Enquête { $id } is { $status }: je kunt hem nu niet beantwoorden.
surveys-error-already = Enquête { $id } is al { $status }.
surveys-error-no_question = Enquête { $id } heeft de vragen 1 tot en met { $total }, niet { $number }.
surveys-error-empty_text = Je antwoord is leeg.
surveys-error-text_too_long = Je antwoord is te lang: hoogstens { $limit } tekens.
surveys-error-bad_answer = Dat is geen antwoord op vraag { $number }. Kies uit: { $choices }.
surveys-error-nothing_to_share = Je hebt geen geschreven antwoord op vraag { $number } van enquête { $id }.
surveys-error-ends_in_past = Die enquête zou al voorbij zijn: kies een laatste dag vanaf vandaag.
surveys-error-option_twice = De optie { $option }: staat er twee keer.
surveys-error-bad_date = { $option }: `{ $value }` is geen dag; schrijf hem als 2026-12-31 of 31.12.2026.
surveys-error-room_needed = Zeg in een privébericht waar de enquête wordt aangekondigd met in: #ruimte.
surveys-error-bad_room = In `{ $room }` kan ik niet posten; schrijf in: #ruimte of in: platform:ruimte.
surveys-error-not_your_room = Je kunt in { $room } geen enquête aankondigen: een coördinatorrol uit een server of ruimte telt alleen in de servers en ruimtes waarvoor deze bot is ingesteld.
surveys-error-id_missing = Welke enquête? Geef het nummer, bijvoorbeeld { $example }.
surveys-error-bad_id = `{ $id }` is geen enquêtenummer.
surveys-error-stray_text = Ik weet niet wat ik met `{ $text }` moet: elk deel van de enquête is een optie zoals titel: of vragen:.
surveys-error-title_missing = De enquête heeft een titel nodig: titel: …
surveys-error-title_too_long = De titel is te lang: hoogstens { $limit } tekens.
surveys-error-end_missing = Geef de laatste dag van de enquête op met tot: JJJJ-MM-DD.
surveys-error-ends_before_start = De laatste dag valt vóór de eerste: tot: moet op of na vanaf: liggen.
surveys-error-bad_number = `{ $value }` is geen vraagnummer.
surveys-error-share_usage = Zeg of je geschreven antwoord getoond mag worden: bijvoorbeeld { $example } (of nee).
surveys-error-questions_hint = Schrijf elke vraag als `Vraag? | a / b / c` (één keuze), `Vraag? | 1-5` (een schaal) of `Vraag? | tekst` (open antwoord), gescheiden door ; of nieuwe regels. Bijvoorbeeld: vragen: Heeft het geholpen? | ja / nee / deels; Hoe nuttig was het? | 1-5; Wat zou je veranderen? | tekst
surveys-error-no_questions = De enquête heeft geen vragen: voeg ze toe met vragen:.
surveys-error-too_many_questions = Een enquête kan hoogstens { $limit } vragen hebben.
surveys-error-no_bar = Vraag { $number } (`{ $question }`) heeft geen antwoorden: zet een | tussen de vraag en de antwoorden.
surveys-error-no_text = Vraag { $number } (`{ $question }`) heeft antwoorden maar geen vraag vóór de |.
surveys-error-question_too_long = Vraag { $number } is te lang: hoogstens { $limit } tekens.
surveys-error-no_answers = Bij vraag { $number } (`{ $question }`) staat niets na de |.
surveys-error-bad_scale = Vraag { $number }: `{ $scale }` is geen schaal die ik kan gebruiken; schrijf 1-5 of 0-10 (vanaf 0 of 1, tot hoogstens 10).
surveys-error-few_options = Vraag { $number } (`{ $question }`) heeft minstens twee antwoorden nodig, gescheiden door /.
surveys-error-many_options = Vraag { $number } heeft te veel antwoorden: hoogstens { $limit }.
surveys-error-option_too_long = Een antwoord van vraag { $number } is te lang: hoogstens { $limit } tekens.
surveys-error-same_options = Vraag { $number } (`{ $question }`) noemt hetzelfde antwoord twee keer.

surveys-cli_bad_id = `{ $id }` is geen enquêtenummer.
surveys-cli_written = Resultaten van enquête { $id } geschreven naar { $path }.
