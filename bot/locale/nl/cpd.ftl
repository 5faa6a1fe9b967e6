# Professionele ontwikkeling (!cpd): zelfbeoordeling, plan, logboek en portfolio.
cpd-privacy_what = Professionele ontwikkeling: hoe je jezelf per competentie inschat (of dat je ze hebt overgeslagen) en je leerlogboek (wat, wanneer, welke competentie, een link naar bewijs), alleen voor jou zichtbaar; en het netwerk in wiens cijfers je zelfbeoordeling meetelt (daar alleen in groepen van minstens 5 mensen, nooit met je naam).
cpd-sent_dm = Ik heb je een privébericht gestuurd.
cpd-no_framework = Er is nog geen competentiekader ingesteld. Vraag een coördinator er een te importeren.
cpd-framework_unknown = Er bestaat geen kader ‘{ $id }’.
cpd-status_head = Je professionele ontwikkeling – { $framework }
cpd-status_counts = { $total ->
    [one] Beoordeeld: { $rated } van { $total } competentie (overgeslagen: { $skipped }).
   *[other] Beoordeeld: { $rated } van { $total } competenties (overgeslagen: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Je leerlogboek is leeg.
    [one] Je leerlogboek heeft één notitie.
   *[other] Je leerlogboek heeft { $count } notities.
}
cpd-next_start = Volgende stap: beoordeel jezelf met { $command }; dat duurt ongeveer vijf minuten.
cpd-next_continue = Volgende stap: ga verder waar je gebleven was met { $command }.
cpd-next_plan = Volgende stap: bekijk je ontwikkelplan met { $command }.
cpd-status_commands = Verder: { $prefix }cpd log WAT (leerlogboek), { $prefix }cpd export (portfolio als bestand).
cpd-assess_unknown = ‘{ $value }’ is geen gebied en geen competentie. Gebieden: { $areas }.
cpd-rate_form = Geef een competentie en een niveau (of sla ze over).
cpd-competence_unknown = Er bestaat geen competentie ‘{ $id }’. Begin met { $command }.
cpd-level_bad = ‘{ $value }’ is geen niveau: antwoord met een getal van 1 tot en met { $top }, of sla de vraag over.
cpd-level_unknown = Er is geen niveau { $level }: de schaal loopt van 1 tot en met { $top }.
cpd-saved = Opgeslagen: { $competence } – { $answer }.
cpd-area_done = Dat waren alle competenties van ‘{ $area }’.
cpd-all_done = { $count ->
    [one] Je hebt alle vragen beantwoord (één competentie beoordeeld). Wil je een antwoord wijzigen? Doe een gebied opnieuw, bijvoorbeeld { $again }.
   *[other] Je hebt alle vragen beantwoord ({ $count } competenties beoordeeld). Wil je een antwoord wijzigen? Doe een gebied opnieuw, bijvoorbeeld { $again }.
}
cpd-question =
    Vraag { $number } van { $total } – { $area }
    { $competence }: { $description }
    Hoe goed lukt je dit?
cpd-current = Je antwoord tot nu toe: { $answer }.
cpd-skip_button = Overslaan
cpd-answer_how = Tik op een niveau of typ het: { $example }
cpd-skipped = overgeslagen
cpd-not_rated = niet beoordeeld
cpd-plan_nothing = Er valt nog niets te plannen: beoordeel jezelf eerst met { $command }.
cpd-match_need = Ondersteuning bij ‘{ $area }’ ({ $topics })
cpd-plan_head = Je ontwikkelplan – { $framework }. Je twee gebieden met de meeste groeiruimte:
cpd-plan_area = { $number }. { $area } – gemiddeld { $average } ({ $rated ->
    [one] één competentie beoordeeld
   *[other] { $rated } competenties beoordeeld
})
cpd-plan_tools = Hulpmiddelen om mee te beginnen:
cpd-plan_tool_more = Meer over een hulpmiddel: { $command }
cpd-plan_no_tools = De collectie heeft nog geen hulpmiddel voor dit gebied.
cpd-plan_mentors = { $count ->
    [0] Op dit moment dekt geen mentor dit gebied; een aanvraag wacht tot er een is.
    [one] Eén mentor met een vrije plek dekt dit gebied.
   *[other] { $count } mentoren met een vrije plek dekken dit gebied.
}
cpd-plan_match = Kant-en-klare mentoraanvraag: { $request }
cpd-plan_accept = Verstuur ze met { $command }
cpd-plan_accept_button = Vraag een mentor ({ $number })
cpd-no_mentoring = Deze bot biedt geen mentoring aan.
cpd-accept_bad = ‘{ $value }’ is geen gebied van je plan: geef 1 of 2.
cpd-asked_proposed = Aanvraag #{ $id } voor ‘{ $area }’ opgeslagen. Ik heb een mentor gevraagd en laat het je weten zodra die antwoordt. Zie { $status }.
cpd-asked_waiting = Aanvraag #{ $id } voor ‘{ $area }’ opgeslagen. Er is nog geen mentor vrij; ik blijf zoeken. Zie { $status }.
cpd-log_what_missing = Schrijf wat je gedaan hebt, bijvoorbeeld een cursus, een intervisie of een boek.
cpd-log_what_long = Houd het bij { $limit } tekens.
cpd-log_competence_unknown = Er bestaat geen competentie ‘{ $value }’. De vragen van { $command } tonen de code van elke competentie.
cpd-log_evidence_bad = ‘{ $value }’ is geen webadres: bewijs begint met https:// of http://.
cpd-log_date_bad = ‘{ $value }’ is geen datum: schrijf 2026-12-31 of 31.12.2026.
cpd-log_date_future = { $value } ligt in de toekomst: noteer wat je al gedaan hebt.
cpd-log_saved = Notitie #{ $number } staat in je leerlogboek. Bekijk alles met { $list }.
cpd-log_empty = Je leerlogboek is leeg. Voeg een notitie toe met { $command } WAT.
cpd-log_empty_plain = Nog geen notities.
cpd-log_head = { $count ->
    [one] Je leerlogboek (één notitie):
   *[other] Je leerlogboek ({ $count } notities):
}
cpd-log_number_missing = Geef het nummer van de notitie, zoals in de lijst.
cpd-log_unknown = Je leerlogboek heeft geen notitie #{ $number }. Zie { $command }.
cpd-log_full = Je leerlogboek is vol ({ $limit } notities). Verwijder er eerst een paar.
cpd-log_delete_ask = De notitie wordt definitief verwijderd. Stuur { $command } om door te gaan.
cpd-log_deleted = Notitie #{ $number } is verwijderd.
cpd-export_sent_md = Je portfolio in Markdown, om te bewerken of elders te gebruiken.
cpd-export_sent_html = Je portfolio als webpagina, om af te drukken of in te dienen voor een procedure van erkenning van verworven competenties (EVC).
cpd-export_title = Portfolio professionele ontwikkeling van { $name }
cpd-export_intro = Zelfbeoordeling volgens het kader ‘{ $framework }’ en leerlogboek, stand van { $day }.
cpd-export_ratings = Zelfbeoordeling per gebied (gemiddeld niveau)
cpd-export_log = Leerlogboek
cpd-export_col_number = Nr.
cpd-export_col_date = Datum
cpd-export_col_what = Wat ik gedaan heb
cpd-export_col_competence = Competentie
cpd-export_col_evidence = Bewijs
cpd-cli_none = geen kader opgeslagen
cpd-cli_counts = { $areas } gebieden, { $competences } competenties
cpd-cli_refused = { $count ->
    [one] niet geïmporteerd, niets opgeslagen: één probleem
   *[other] niet geïmporteerd, niets opgeslagen: { $count } problemen
}
cpd-cli_dry_run = ‘{ $id }’ gecontroleerd: { $competences } competenties, zou een opgeslagen kader vervangen: { $replaced }, beoordelingen die zouden vervallen: { $dropped } (proef, niets opgeslagen)
cpd-cli_imported = ‘{ $id }’ geïmporteerd: { $competences } competenties, opgeslagen kader vervangen: { $replaced }, beoordelingen van verwijderde competenties gewist: { $dropped }
cpd-problem-required = verplicht
cpd-problem-not_texts = moet teksten per taal bevatten, bijvoorbeeld {"{"}en: "…", nl: "…"{"}"}
cpd-problem-bad_language = ‘{ $value }’ is geen taalcode van twee letters
cpd-problem-empty = leeg
cpd-problem-too_long = langer dan { $limit } tekens
cpd-problem-missing_english = heeft geen Engelse tekst (en)
cpd-problem-bad_id = ‘{ $value }’ is geen code: kleine letters, cijfers en koppeltekens
cpd-problem-not_list = moet een lijst zijn
cpd-problem-not_mapping = moet sleutels aan waarden koppelen
cpd-problem-unknown_field = onbekend veld
cpd-problem-bad_version = moet een geheel getal vanaf 1 zijn
cpd-problem-scale_size = een schaal heeft 2 tot en met { $most } niveaus nodig
cpd-problem-bad_level = niveaus lopen per één op vanaf 1: verwacht { $expected }
cpd-problem-no_descriptor = het niveau heeft geen beschrijving
cpd-problem-duplicate_id = de code ‘{ $value }’ komt twee keer voor
cpd-problem-unknown_area = verwijst naar een onbekend gebied ‘{ $value }’
cpd-problem-area_nested = een competentie binnen een gebied noemt geen gebied
cpd-problem-too_many = meer dan { $most } competenties
cpd-problem-bad_topic = onderwerpen moeten korte teksten zijn
cpd-file-bad_format = { $name }: gebruik een .yaml-, .yml- of .json-bestand
cpd-file-too_large = { $name } is groter dan { $limit } bytes; niet gelezen
cpd-file-unreadable = { $name } kan niet gelezen worden
cpd-file-bad_syntax = { $name } is geen geldige YAML of JSON

# Rapporten van de netwerken: zelfbeoordelingen per netwerk, land en gebied.
cpd-fewer_than = minder dan { $min }
cpd-agg_withheld = niet getoond
cpd-agg_title = Zelfbeoordelingen — { $framework }
cpd-agg_intro = Hoe de mensen van elk netwerk zichzelf beoordelen, per gebied: hoeveel het gebied beoordeeld hebben, hoeveel er op elk niveau staan en het gemiddelde niveau. Groepen van minder dan { $min } mensen worden niet als getal getoond; ‘niet getoond’ staat bij een getal dat is achtergehouden, zodat een kleinere groep niet uit het totaal te berekenen is.
cpd-agg_none = Nog niemand heeft zichzelf beoordeeld.
cpd-agg_people = mensen: { $people }
cpd-agg_col_area = Gebied
cpd-agg_col_rated = Beoordeeld door
cpd-agg_col_average = Gemiddelde
cpd-overview_head = Hoe de mensen in je netwerken zichzelf beoordelen — { $framework }. Groepen van minder dan { $min } mensen worden niet als getal getoond.
cpd-overview_network = Netwerk { $network } — mensen met een zelfbeoordeling: { $people }
cpd-overview_area = • { $area } — beoordeeld door: { $rated }; gemiddeld niveau: { $average }
cpd-overview_area_hidden = • { $area } — minder dan { $min } mensen hebben het beoordeeld, niet getoond.
cpd-overview_countries = Per land (mensen): { $countries }
cpd-overview_more = Niveaus per gebied en per land: { $command } (op de server).
cpd-cli_written = Opgeslagen in { $path }.
