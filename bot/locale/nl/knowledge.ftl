# knowledge: Nederlands (aanspreekvorm: je/jij)

knowledge-empty_query = Vertel me wat je zoekt, bijvoorbeeld { $prefix }tool mentoring handleiding.
knowledge-results_head = Tools voor ‘{ $query }’ ({ $first }–{ $last } van { $total }):
knowledge-browse_head = Tools met { $options } ({ $first }–{ $last } van { $total }):
knowledge-browse_nothing = Geen tool past bij { $options }. Probeer minder opties, of zoek met woorden: { $prefix }tool ZOEKTERM
knowledge-not_an_option = Let op: ‘{ $option }:’ is geen optie, dus ik heb erop gezocht als woorden. Opties: { $options } – bijvoorbeeld { $prefix }tool mentoring lang: nl
knowledge-option_equals = Let op: opties schrijf je met een dubbele punt, niet met ‘=’: { $option }: { $value } (deze keer heb ik erop gezocht als woorden).
knowledge-one_value = Eén { $what } tegelijk graag, bijvoorbeeld { $option }: { $value }. Laat de optie weg om in alle te zoeken.
knowledge-what_lang = taal
knowledge-what_country = land
knowledge-what_type = type
knowledge-what_target = doelgroep
knowledge-query_first = Zet eerst wat je zoekt, daarna de opties: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Details: { $prefix }tool show ID
knowledge-results_foot_more = Details: { $prefix }tool show ID · Volgende pagina: { $prefix }more
knowledge-more_label = Meer
knowledge-back_label = Vorige
knowledge-back_first = Dit is al de eerste pagina voor ‘{ $query }’.
knowledge-did_you_mean = Bedoelde je: { $options }?
knowledge-nothing = Niets gevonden voor ‘{ $query }’. Probeer andere of minder woorden. Ken je een goede tool? { $prefix }tool suggest URL TITEL | SAMENVATTING
knowledge-nothing_filtered = Niets gevonden voor ‘{ $query }’ met { $options }. Probeer het zonder een paar van de opties.
knowledge-nothing_did_you_mean = Niets gevonden voor ‘{ $query }’. Bedoelde je { $options }?
knowledge-more_nothing = Er is hier geen zoekopdracht om verder te gaan. Begin er een met { $prefix }tool ZOEKTERM.
knowledge-more_done = { $total ->
    [one] Dat was alles: één resultaat voor ‘{ $query }’.
   *[other] Dat was alles: { $total } resultaten voor ‘{ $query }’.
}
knowledge-unknown_id = Er is geen tool met de id ‘{ $id }’. Zoek met { $prefix }tool ZOEKTERM om id’s te vinden.
knowledge-unknown_id_suggest = Er is geen tool met de id ‘{ $id }’. Bedoelde je: { $options }? (Zoek met { $prefix }tool ZOEKTERM om id’s te vinden.)
knowledge-missing_id = Geef de id van de tool op, bijvoorbeeld { $prefix }tool { $command } epale. Zoek met { $prefix }tool ZOEKTERM om id’s te vinden.
knowledge-bad_lang = ‘{ $value }’ is geen taalcode. Gebruik een code van twee letters volgens ISO 639-1, zoals nl, en, de of fr.
knowledge-bad_country = ‘{ $value }’ is geen landcode. Gebruik een code van twee letters, zoals NL, BE, DE, of EU voor tools voor heel Europa.
knowledge-country_hint = Schrijf { $code } in plaats van { $value } (landcodes volgens ISO 3166-1).
knowledge-bad_type = ‘{ $value }’ is geen soort tool. Soorten: { $types }.
knowledge-bad_target = ‘{ $value }’ is geen doelgroep die ik ken. Doelgroepen: { $targets }.
knowledge-f_type = Soort
knowledge-f_languages = Talen
knowledge-f_countries = Landen
knowledge-f_sectors = Sectoren
knowledge-f_targets = Voor
knowledge-f_topics = Onderwerpen
knowledge-f_aliases = Ook bekend als
knowledge-f_publisher = Uitgever
knowledge-f_licence = Licentie
knowledge-f_year = Jaar
knowledge-f_link = Link
knowledge-f_status = Status: { $status ->
    [published] gepubliceerd
    [pending] wacht op beoordeling
    [rejected] afgewezen
    [archived] gearchiveerd
   *[other] { $status }
} · toegevoegd via { $via } op { $date } · { $shown ->
    [one] één keer getoond
   *[other] { $shown } keer getoond
}
knowledge-f_note = Opmerking bij beoordeling: { $note }
knowledge-suggest_form = Geef de link, de titel en, na |, een korte samenvatting, bijvoorbeeld { $prefix }tool suggest https://example.org/gids Mentorgids | Hoe je leerlingen in de praktijk begeleidt.
knowledge-suggest_no_url = Begin met de link naar de tool, bijvoorbeeld { $prefix }tool suggest https://example.org/gids Mentorgids | Hoe je leerlingen in de praktijk begeleidt.
knowledge-suggest_no_title = Geef na de link de titel van de tool, bijvoorbeeld { $prefix }tool suggest https://example.org/gids Mentorgids | Hoe je leerlingen in de praktijk begeleidt.
knowledge-suggested = Bedankt! ‘{ $title }’ staat als [{ $id }] op de beoordelingslijst; een coördinator bekijkt het en je hoort via een privébericht wat eruit komt.
knowledge-suggested_similar = Let op: de collectie heeft al een tool met een heel vergelijkbare titel: { $entries }. De coördinator kijkt of het dezelfde is.
knowledge-suggest_too_many = { $limit ->
    [one] Je hebt al een suggestie die op beoordeling wacht. Wacht tot een coördinator ernaar heeft gekeken.
   *[other] Je hebt al { $limit } suggesties die op beoordeling wachten. Wacht tot een coördinator ernaar heeft gekeken.
}
knowledge-duplicate_url_published = Die link staat al in de collectie: { $title } [{ $id }] – zie { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Die link is al voorgesteld en wacht op beoordeling als [{ $id }].
knowledge-duplicate_url_archived = Die link stond in de collectie als [{ $id }] en is gearchiveerd; vraag een coördinator of hij terug moet komen.
knowledge-invalid = Die waarde klopt niet: { $problems }. Verbeter het en probeer het opnieuw.
knowledge-someone = iemand
knowledge-review_empty = De beoordelingslijst is leeg.
knowledge-review_head = Beoordelingslijst: { $total } wachtend, oudste eerst ({ $shown } getoond):
knowledge-review_by = voorgesteld door { $who } op { $date }
knowledge-review_similar = Lijkt op: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID REDEN · { $prefix }tool edit ID VELD: WAARDE · { $prefix }tool show ID
knowledge-approve_label = { $id } goedkeuren
knowledge-show_label = { $id } tonen
knowledge-approved = Gepubliceerd: { $title } [{ $id }].
knowledge-approved_dm = Goed nieuws: je suggestie ‘{ $title }’ is goedgekeurd en staat nu in de collectie. Bedankt! Zie { $prefix }tool show { $id }
knowledge-reject_form = Schrijf { $prefix }tool reject ID REDEN, bijvoorbeeld { $prefix }tool reject peer-coaching staat al in de collectie. Bekijk de lijst met { $prefix }tool review.
knowledge-reject_needs_reason = Geef na de id een reden; degene die de tool voorstelde krijgt die te horen, bijvoorbeeld { $prefix }tool reject { $id } staat al in de collectie.
knowledge-reject_not_pending = [{ $id }] is { $status ->
    [published] gepubliceerd
    [pending] voorgesteld
    [rejected] afgewezen
    [archived] gearchiveerd
   *[other] { $status }
} en wacht niet op beoordeling; alleen suggesties kun je afwijzen (gepubliceerde tools archiveer je).
knowledge-rejected = Afgewezen: { $title } [{ $id }].
knowledge-rejected_told = Afgewezen: { $title } [{ $id }]. Degene die de tool voorstelde heeft de reden via een privébericht gekregen.
knowledge-rejected_dm = Bedankt voor je suggestie ‘{ $title }’ ({ $url }). Een coördinator heeft besloten hem niet op te nemen: { $reason }
knowledge-already_published = [{ $id }] is al gepubliceerd.
knowledge-already_rejected = [{ $id }] is al afgewezen.
knowledge-already_archived = [{ $id }] is al gearchiveerd.
knowledge-edit_form = Schrijf de wijziging als ID VELD: WAARDE, bijvoorbeeld { $prefix }tool edit epale languages: en, de, fr
knowledge-edit_unchanged = Niets gewijzigd: [{ $id }] heeft die waarde voor { $field } al.
knowledge-edited = { $title } [{ $id }] bijgewerkt:
knowledge-archived = Gearchiveerd: { $title } [{ $id }] verschijnt niet meer in zoekresultaten ({ $prefix }tool approve { $id } haalt hem terug).
knowledge-gaps_empty = Tot nu toe is geen zoekopdracht zonder resultaat gebleven.
knowledge-gaps_head = Vaakst gezocht zonder resultaat (anoniem: alleen woorden en aantallen):
knowledge-gaps_line = { $count ->
    [one] één keer, laatst op { $date }
   *[other] { $count } keer, laatst op { $date }
}
knowledge-privacy_what = Kennisbank: tools die je voorstelt of beoordeelt zijn aan jou gekoppeld tot je vraagt om vergeten te worden (de tools blijven, zonder je naam); zoekopdrachten zonder resultaat worden alleen op hun woorden geteld, nooit op wie ze stelde. Hoeveel zoekopdrachten er per dag zijn, wordt alleen als getal geteld.
knowledge-cli_bad_lang = onbekende taalcode ‘{ $value }’ (gebruik ISO 639-1, bijv. nl)
knowledge-cli_bad_country = onbekende landcode ‘{ $value }’ (gebruik ISO 3166-1, bijv. NL, of EU)
knowledge-cli_nothing = niets gevonden
knowledge-cli_nothing_did_you_mean = niets gevonden; bedoelde je: { $options }
knowledge-cli_importing = importeren
knowledge-cli_import_done = { $rows ->
    [one] 1 rij gelezen
   *[other] { $rows } rijen gelezen
}: { $created } aangemaakt, { $updated } bijgewerkt, { $unchanged } ongewijzigd, { $skipped } overgeslagen
knowledge-cli_import_dry_run = proefrun: { $rows ->
    [one] 1 rij gelezen
   *[other] { $rows } rijen gelezen
}: zou { $created } aanmaken en { $updated } bijwerken; { $unchanged } ongewijzigd, { $skipped } overgeslagen
knowledge-cli_problems_head = {"   "}rij  veld            probleem
knowledge-cli_exported = { $count ->
    [one] 1 item geëxporteerd naar { $path }
   *[other] { $count } items geëxporteerd naar { $path }
}
knowledge-problem-required = verplicht
knowledge-problem-too_long = langer dan { $limit ->
    [one] één teken
   *[other] { $limit } tekens
}
knowledge-problem-not_single_text = moet één tekst zijn, geen lijst
knowledge-problem-not_text = moet een tekst zijn, geen { $kind } (zet het tussen aanhalingstekens in YAML of JSON)
knowledge-problem-not_text_bool = moet een tekst zijn, geen true/false (zet het tussen aanhalingstekens in YAML of JSON)
knowledge-problem-not_text_number = moet een tekst zijn, geen getal (zet het tussen aanhalingstekens in YAML of JSON)
knowledge-problem-id_not_text = moet een tekst zijn zoals ‘mentoring-guide’ (zet het tussen aanhalingstekens in YAML)
knowledge-problem-id_form = moet uit 2–63 kleine letters, cijfers of koppeltekens bestaan en met een letter of cijfer beginnen
knowledge-problem-url_form = moet een volledige http(s)-link zijn, zoals https://example.org/pagina
knowledge-problem-url_spaces = mag geen spaties bevatten
knowledge-problem-unknown_type = onbekende soort ‘{ $value }’ (een van: { $types })
knowledge-problem-unknown_target_group = onbekende doelgroep ‘{ $value }’ (een van: { $groups })
knowledge-problem-item_not_text = item { $item } is geen tekst (zet het tussen aanhalingstekens in YAML of JSON)
knowledge-problem-item_semicolon = item ‘{ $item }’ mag geen ‘;’ bevatten
knowledge-problem-not_list = moet een lijst zijn of een tekst gescheiden door ‘;’
knowledge-problem-too_many_items = { $limit ->
    [one] meer dan één item
   *[other] meer dan { $limit } items
}
knowledge-problem-item_too_long = een item is langer dan { $limit ->
    [one] één teken
   *[other] { $limit } tekens
}
knowledge-problem-code_hint = ‘{ $value }’ schrijf je in { $standard } als { $code }
knowledge-problem-unknown_code = onbekende { $standard }-code ‘{ $value }’
knowledge-problem-year_form = moet een jaartal zijn, zoals 2021
knowledge-problem-year_range = moet tussen { $low } en { $high } liggen
knowledge-problem-extra_cells = meer cellen dan kolommen
knowledge-problem-not_mapping = item is geen verzameling velden
knowledge-problem-unknown_field = onbekend veld
knowledge-problem-repeats_row = herhaalt rij { $row }
knowledge-problem-same_entry = hetzelfde item als rij { $row }
knowledge-problem-url_taken = al gebruikt door item ‘{ $id }’
knowledge-problem-not_a_field = geen veld van een item (velden: { $fields })
knowledge-file-unknown_type = { $name }: onbekend bestandstype ‘{ $suffix }’; gebruik .csv, .json of .yaml
knowledge-file-too_large = { $name }: groter dan { $mib } MiB
knowledge-file-unreadable = { $name }: kan niet worden gelezen: { $reason }
knowledge-file-unwritable = { $name }: kan niet worden geschreven: { $reason }
knowledge-file-bad_syntax = { $name }: geen geldige { $kind }: { $reason }
knowledge-file-not_a_list = { $name }: verwacht een lijst met items
knowledge-file-unknown_columns = { $name }: onbekende kolom(men) { $columns }; de kolommen zijn { $known }
knowledge-file-no_title_column = { $name }: de kopregel moet een kolom ‘title’ bevatten
knowledge-file-repeated_column = { $name }: een kolom staat twee keer in de kopregel
knowledge-f_title = Titel
knowledge-f_summary = Samenvatting
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-privacy_searches = Zoekopdrachten voor !more: waar replica's om beurten antwoorden, wordt je laatste zoekopdracht in elke ruimte een uur bewaard, zodat de volgende pagina komt welke replica ook antwoordt.
