# knowledge: Deutsch (Anrede: du)

knowledge-empty_query = Sag mir, wonach du suchst, z. B. { $prefix }tool mentoring leitfaden.
knowledge-results_head = Tools zu „{ $query }“ ({ $first }–{ $last } von { $total }):
knowledge-browse_head = Tools mit { $options } ({ $first }–{ $last } von { $total }):
knowledge-browse_nothing = Kein Tool passt zu { $options }. Versuch es mit weniger Optionen oder such mit Stichwörtern: { $prefix }tool SUCHBEGRIFF
knowledge-not_an_option = Hinweis: „{ $option }:“ ist keine Option, deshalb habe ich danach als Stichwort gesucht. Optionen: { $options } – z. B. { $prefix }tool mentoring lang: de
knowledge-option_equals = Hinweis: Optionen schreibt man mit Doppelpunkt, nicht mit „=“: { $option }: { $value } (diesmal habe ich danach als Stichwort gesucht).
knowledge-one_value = { $what }: bitte nur einen Wert auf einmal, z. B. { $option }: { $value }. Lässt du die Option weg, suche ich in allen.
knowledge-what_lang = Sprache
knowledge-what_country = Land
knowledge-what_type = Typ
knowledge-what_target = Zielgruppe
knowledge-query_first = Schreib zuerst, wonach du suchst, dann die Optionen: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Details: { $prefix }tool show ID
knowledge-results_foot_more = Details: { $prefix }tool show ID · Nächste Seite: { $prefix }more
knowledge-more_label = Mehr
knowledge-back_label = Zurück
knowledge-back_first = Das ist schon die erste Seite für „{ $query }“.
knowledge-did_you_mean = Meintest du: { $options }?
knowledge-nothing = Zu „{ $query }“ habe ich nichts gefunden. Versuch andere oder weniger Wörter. Du kennst ein gutes Tool? { $prefix }tool suggest URL TITEL | KURZBESCHREIBUNG
knowledge-nothing_filtered = Zu „{ $query }“ mit { $options } habe ich nichts gefunden. Versuch es ohne einige der Optionen.
knowledge-nothing_did_you_mean = Zu „{ $query }“ habe ich nichts gefunden. Meintest du { $options }?
knowledge-more_nothing = Hier gibt es keine Suche, die ich fortsetzen kann. Starte eine mit { $prefix }tool SUCHBEGRIFF.
knowledge-more_done = { $total ->
    [one] Das war alles: ein Treffer zu „{ $query }“.
   *[other] Das war alles: { $total } Treffer zu „{ $query }“.
}
knowledge-unknown_id = Ein Tool mit der ID „{ $id }“ gibt es nicht. IDs findest du mit { $prefix }tool SUCHBEGRIFF.
knowledge-unknown_id_suggest = Ein Tool mit der ID „{ $id }“ gibt es nicht. Meintest du: { $options }? (IDs findest du mit { $prefix }tool SUCHBEGRIFF.)
knowledge-missing_id = Bitte gib die ID des Tools an, z. B. { $prefix }tool { $command } epale. IDs findest du mit { $prefix }tool SUCHBEGRIFF.
knowledge-bad_lang = „{ $value }“ ist kein Sprachcode. Verwende einen zweibuchstabigen Code nach ISO 639-1, z. B. de, en, fr oder pl.
knowledge-bad_country = „{ $value }“ ist kein Ländercode. Verwende einen zweibuchstabigen Code wie DE, AT, CH oder EU für europaweite Tools.
knowledge-country_hint = Bitte schreib { $code } statt { $value } (Ländercodes nach ISO 3166-1).
knowledge-bad_type = „{ $value }“ ist kein Tool-Typ. Typen: { $types }.
knowledge-bad_target = „{ $value }“ ist keine Zielgruppe, die ich kenne. Zielgruppen: { $targets }.
knowledge-f_type = Typ
knowledge-f_languages = Sprachen
knowledge-f_countries = Länder
knowledge-f_sectors = Branchen
knowledge-f_targets = Für
knowledge-f_topics = Themen
knowledge-f_aliases = Auch bekannt als
knowledge-f_publisher = Herausgeber
knowledge-f_licence = Lizenz
knowledge-f_year = Jahr
knowledge-f_link = Link
knowledge-f_status = Status: { $status ->
    [published] veröffentlicht
    [pending] zur Prüfung vorgeschlagen
    [rejected] abgelehnt
    [archived] archiviert
   *[other] { $status }
} · hinzugefügt über { $via } am { $date } · { $shown ->
    [one] einmal angezeigt
   *[other] { $shown }-mal angezeigt
}
knowledge-f_note = Prüfnotiz: { $note }
knowledge-suggest_form = Gib den Link, den Titel und nach einem | eine kurze Beschreibung an, z. B. { $prefix }tool suggest https://example.org/leitfaden Mentoring-Leitfaden | Wie man Azubis begleitet.
knowledge-suggest_no_url = Fang bitte mit dem Link zum Tool an, z. B. { $prefix }tool suggest https://example.org/leitfaden Mentoring-Leitfaden | Wie man Azubis begleitet.
knowledge-suggest_no_title = Bitte gib nach dem Link den Titel des Tools an, z. B. { $prefix }tool suggest https://example.org/leitfaden Mentoring-Leitfaden | Wie man Azubis begleitet.
knowledge-suggested = Danke! „{ $title }“ steht als [{ $id }] auf der Prüfliste; eine Koordinatorin oder ein Koordinator schaut es sich an, und du bekommst Bescheid per Direktnachricht.
knowledge-suggested_similar = Hinweis: In der Sammlung gibt es schon ein Tool mit sehr ähnlichem Titel: { $entries }. Die Koordination prüft, ob es dasselbe ist.
knowledge-suggest_too_many = { $limit ->
    [one] Du hast schon einen Vorschlag, der auf Prüfung wartet. Bitte warte, bis die Koordination ihn angesehen hat.
   *[other] Du hast schon { $limit } Vorschläge, die auf Prüfung warten. Bitte warte, bis die Koordination sie angesehen hat.
}
knowledge-duplicate_url_published = Dieser Link ist schon in der Sammlung: { $title } [{ $id }] – siehe { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Dieser Link wurde schon vorgeschlagen und wartet als [{ $id }] auf Prüfung.
knowledge-duplicate_url_archived = Dieser Link war als [{ $id }] in der Sammlung und wurde archiviert; frag die Koordination, ob er zurückkommen soll.
knowledge-invalid = Da stimmt ein Wert nicht: { $problems }. Bitte korrigiere das und versuch es noch einmal.
knowledge-someone = jemandem
knowledge-review_empty = Die Prüfliste ist leer.
knowledge-review_head = Prüfliste: { $total } offen, älteste zuerst ({ $shown } angezeigt):
knowledge-review_by = vorgeschlagen von { $who } am { $date }
knowledge-review_similar = Ähnlich wie: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID BEGRÜNDUNG · { $prefix }tool edit ID FELD: WERT · { $prefix }tool show ID
knowledge-approve_label = { $id } freigeben
knowledge-show_label = { $id } anzeigen
knowledge-approved = Veröffentlicht: { $title } [{ $id }].
knowledge-approved_dm = Gute Nachricht: Dein Vorschlag „{ $title }“ wurde freigegeben und ist jetzt in der Sammlung. Danke! Siehe { $prefix }tool show { $id }
knowledge-reject_form = Schreib { $prefix }tool reject ID BEGRÜNDUNG, z. B. { $prefix }tool reject peer-coaching schon in der Sammlung. Die Prüfliste zeigt { $prefix }tool review.
knowledge-reject_needs_reason = Bitte gib nach der ID eine Begründung an; die Person, die das Tool vorgeschlagen hat, erfährt sie, z. B. { $prefix }tool reject { $id } schon in der Sammlung.
knowledge-reject_not_pending = [{ $id }] ist { $status ->
    [published] veröffentlicht
    [pending] zur Prüfung vorgeschlagen
    [rejected] abgelehnt
    [archived] archiviert
   *[other] { $status }
} und wartet nicht auf Prüfung; ablehnen kann man nur Vorschläge (veröffentlichte Tools werden archiviert).
knowledge-rejected = Abgelehnt: { $title } [{ $id }].
knowledge-rejected_told = Abgelehnt: { $title } [{ $id }]. Die Person, die es vorgeschlagen hat, hat die Begründung per Direktnachricht bekommen.
knowledge-rejected_dm = Danke für deinen Vorschlag „{ $title }“ ({ $url }). Die Koordination hat entschieden, ihn nicht aufzunehmen: { $reason }
knowledge-already_published = [{ $id }] ist schon veröffentlicht.
knowledge-already_rejected = [{ $id }] ist schon abgelehnt.
knowledge-already_archived = [{ $id }] ist schon archiviert.
knowledge-edit_form = Schreib die Änderung als ID FELD: WERT, z. B. { $prefix }tool edit epale languages: en, de, fr
knowledge-edit_unchanged = Nichts geändert: [{ $id }] hat bei { $field } schon genau diesen Wert.
knowledge-edited = { $title } [{ $id }] geändert:
knowledge-archived = Archiviert: { $title } [{ $id }] erscheint nicht mehr in Suchergebnissen ({ $prefix }tool approve { $id } holt es zurück).
knowledge-gaps_empty = Bisher ist keine Suche ohne Ergebnis geblieben.
knowledge-gaps_head = Häufigste Suchen ohne Ergebnis (anonym: nur Wörter und Anzahl):
knowledge-gaps_line = { $count ->
    [one] einmal, zuletzt am { $date }
   *[other] { $count }-mal, zuletzt am { $date }
}
knowledge-privacy_what = Wissen: Tools, die du vorschlägst oder prüfst, sind mit dir verknüpft, bis du deine Daten löschen lässt (die Tools bleiben, ohne deinen Namen); Suchen ohne Ergebnis werden nur nach ihren Wörtern gezählt, nie danach, wer gefragt hat. Wie viele Suchen es je Tag gab, wird nur als Zahl gezählt.
knowledge-cli_bad_lang = unbekannter Sprachcode „{ $value }“ (ISO 639-1 verwenden, z. B. de)
knowledge-cli_bad_country = unbekannter Ländercode „{ $value }“ (ISO 3166-1 verwenden, z. B. AT, oder EU)
knowledge-cli_nothing = nichts gefunden
knowledge-cli_nothing_did_you_mean = nichts gefunden; meintest du: { $options }
knowledge-cli_importing = importiere
knowledge-cli_import_done = { $rows ->
    [one] 1 Zeile gelesen
   *[other] { $rows } Zeilen gelesen
}: { $created } neu angelegt, { $updated } aktualisiert, { $unchanged } unverändert, { $skipped } übersprungen
knowledge-cli_import_dry_run = Probelauf: { $rows ->
    [one] 1 Zeile gelesen
   *[other] { $rows } Zeilen gelesen
}: würde { $created } anlegen und { $updated } aktualisieren; { $unchanged } unverändert, { $skipped } übersprungen
knowledge-cli_problems_head = {" "}Zeile  Feld            Problem
knowledge-cli_exported = { $count ->
    [one] 1 Eintrag nach { $path } exportiert
   *[other] { $count } Einträge nach { $path } exportiert
}
knowledge-problem-required = Pflichtfeld
knowledge-problem-too_long = länger als { $limit } Zeichen
knowledge-problem-not_single_text = muss ein einzelner Text sein, keine Liste
knowledge-problem-not_text = muss ein Text sein, nicht { $kind } (in YAML oder JSON in Anführungszeichen setzen)
knowledge-problem-not_text_bool = muss ein Text sein, nicht true/false (in YAML oder JSON in Anführungszeichen setzen)
knowledge-problem-not_text_number = muss ein Text sein, keine Zahl (in YAML oder JSON in Anführungszeichen setzen)
knowledge-problem-id_not_text = muss ein Text wie „mentoring-guide“ sein (in YAML in Anführungszeichen setzen)
knowledge-problem-id_form = muss aus 2–63 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen
knowledge-problem-url_form = muss ein vollständiger http(s)-Link sein, z. B. https://example.org/seite
knowledge-problem-url_spaces = darf keine Leerzeichen enthalten
knowledge-problem-unknown_type = unbekannter Typ „{ $value }“ (möglich: { $types })
knowledge-problem-unknown_target_group = unbekannte Zielgruppe „{ $value }“ (möglich: { $groups })
knowledge-problem-item_not_text = Element { $item } ist kein Text (in YAML oder JSON in Anführungszeichen setzen)
knowledge-problem-item_semicolon = Element „{ $item }“ darf kein „;“ enthalten
knowledge-problem-not_list = muss eine Liste oder ein mit „;“ getrennter Text sein
knowledge-problem-too_many_items = { $limit ->
    [one] mehr als ein Element
   *[other] mehr als { $limit } Elemente
}
knowledge-problem-item_too_long = ein Element ist länger als { $limit } Zeichen
knowledge-problem-code_hint = „{ $value }“ schreibt man in { $standard } { $code }
knowledge-problem-unknown_code = unbekannter { $standard }-Code „{ $value }“
knowledge-problem-year_form = muss eine Jahreszahl wie 2021 sein
knowledge-problem-year_range = muss zwischen { $low } und { $high } liegen
knowledge-problem-extra_cells = mehr Zellen als Spalten
knowledge-problem-not_mapping = Eintrag ist keine Zuordnung von Feldern
knowledge-problem-unknown_field = unbekanntes Feld
knowledge-problem-repeats_row = wiederholt Zeile { $row }
knowledge-problem-same_entry = derselbe Eintrag wie in Zeile { $row }
knowledge-problem-url_taken = wird schon von Eintrag „{ $id }“ verwendet
knowledge-problem-not_a_field = kein Feld eines Eintrags (Felder: { $fields })
knowledge-file-unknown_type = { $name }: unbekannter Dateityp „{ $suffix }“; verwende .csv, .json oder .yaml
knowledge-file-too_large = { $name }: größer als { $mib } MiB
knowledge-file-unreadable = { $name }: kann nicht gelesen werden: { $reason }
knowledge-file-unwritable = { $name }: kann nicht geschrieben werden: { $reason }
knowledge-file-bad_syntax = { $name }: kein gültiges { $kind }: { $reason }
knowledge-file-not_a_list = { $name }: erwartet wird eine Liste von Einträgen
knowledge-file-unknown_columns = { $name }: unbekannte Spalte(n) { $columns }; die Spalten sind { $known }
knowledge-file-no_title_column = { $name }: die Kopfzeile muss eine Spalte „title“ enthalten
knowledge-file-repeated_column = { $name }: eine Spalte kommt in der Kopfzeile zweimal vor
knowledge-f_title = Titel
knowledge-f_summary = Kurzbeschreibung
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-privacy_searches = Suchen für !more: Wo sich Replikate beim Antworten abwechseln, wird deine letzte Suche in jedem Raum eine Stunde lang gespeichert, damit die nächste Seite kommt, egal welches Replikat antwortet.
