# Berufliche Weiterentwicklung (!cpd): Selbsteinschätzung, Plan, Lernjournal und Portfolio.
cpd-privacy_what = Berufliche Weiterentwicklung: wie du dich in jeder Kompetenz einschätzt (oder dass du sie übersprungen hast) und dein Lernjournal (was, wann, welche Kompetenz, ein Link zum Nachweis) – nur für dich sichtbar; dazu das Netzwerk, in dessen Zahlen deine Selbsteinschätzung mitzählt (dort nur in Gruppen ab 5 Personen, nie mit deinem Namen).
cpd-sent_dm = Ich habe dir eine Direktnachricht geschickt.
cpd-no_framework = Es ist noch kein Kompetenzrahmen eingerichtet. Bitte eine Koordinatorin oder einen Koordinator, einen zu importieren.
cpd-framework_unknown = Einen Kompetenzrahmen „{ $id }“ gibt es nicht.
cpd-status_head = Deine berufliche Weiterentwicklung – { $framework }
cpd-status_counts = { $total ->
    [one] Eingeschätzt: { $rated } von { $total } Kompetenz (übersprungen: { $skipped }).
   *[other] Eingeschätzt: { $rated } von { $total } Kompetenzen (übersprungen: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Dein Lernjournal ist leer.
    [one] Dein Lernjournal hat einen Eintrag.
   *[other] Dein Lernjournal hat { $count } Einträge.
}
cpd-next_start = Als Nächstes: Schätz dich mit { $command } ein – das dauert etwa fünf Minuten.
cpd-next_continue = Als Nächstes: Mach mit { $command } dort weiter, wo du aufgehört hast.
cpd-next_plan = Als Nächstes: Sieh dir mit { $command } deinen Entwicklungsplan an.
cpd-status_commands = Außerdem: { $prefix }cpd log WAS (Lernjournal), { $prefix }cpd export (Portfolio als Datei).
cpd-assess_unknown = „{ $value }“ ist weder ein Bereich noch eine Kompetenz. Bereiche: { $areas }.
cpd-rate_form = Gib eine Kompetenz und eine Stufe an (oder überspring sie).
cpd-competence_unknown = Eine Kompetenz „{ $id }“ gibt es nicht. Fang mit { $command } an.
cpd-level_bad = „{ $value }“ ist keine Stufe: Antworte mit einer Zahl von 1 bis { $top } oder überspring die Frage.
cpd-level_unknown = Eine Stufe { $level } gibt es nicht: Die Skala geht von 1 bis { $top }.
cpd-saved = Gespeichert: { $competence } – { $answer }.
cpd-area_done = Das waren alle Kompetenzen in „{ $area }“.
cpd-all_done = { $count ->
    [one] Du hast alle Fragen beantwortet (eine Kompetenz eingeschätzt). Um eine Antwort zu ändern, lass dir einen Bereich noch einmal stellen, z. B. { $again }.
   *[other] Du hast alle Fragen beantwortet ({ $count } Kompetenzen eingeschätzt). Um eine Antwort zu ändern, lass dir einen Bereich noch einmal stellen, z. B. { $again }.
}
cpd-question =
    Frage { $number } von { $total } – { $area }
    { $competence }: { $description }
    Wie gut gelingt dir das?
cpd-current = Deine bisherige Antwort: { $answer }.
cpd-skip_button = Überspringen
cpd-answer_how = Tipp auf eine Stufe oder schreib sie: { $example }
cpd-skipped = übersprungen
cpd-not_rated = nicht eingeschätzt
cpd-plan_nothing = Noch gibt es nichts zu planen: Schätz dich zuerst mit { $command } ein.
cpd-match_need = Unterstützung im Bereich „{ $area }“ ({ $topics })
cpd-plan_head = Dein Entwicklungsplan – { $framework }. Deine zwei Bereiche mit dem meisten Entwicklungspotenzial:
cpd-plan_area = { $number }. { $area } – Durchschnitt { $average } ({ $rated ->
    [one] eine Kompetenz eingeschätzt
   *[other] { $rated } Kompetenzen eingeschätzt
})
cpd-plan_tools = Werkzeuge für den Einstieg:
cpd-plan_tool_more = Mehr zu einem Werkzeug: { $command }
cpd-plan_no_tools = Zu diesem Bereich gibt es noch kein passendes Werkzeug in der Sammlung.
cpd-plan_mentors = { $count ->
    [0] Gerade deckt keine Mentorin und kein Mentor diesen Bereich ab; eine Anfrage wartet, bis sich jemand findet.
    [one] Eine Mentorin oder ein Mentor mit freiem Platz deckt diesen Bereich ab.
   *[other] { $count } Mentorinnen und Mentoren mit freiem Platz decken diesen Bereich ab.
}
cpd-plan_match = Fertige Mentoring-Anfrage: { $request }
cpd-plan_accept = Abschicken mit { $command }
cpd-plan_accept_button = Mentoring anfragen ({ $number })
cpd-no_mentoring = Mentoring gibt es bei diesem Bot nicht.
cpd-accept_bad = „{ $value }“ ist kein Bereich deines Plans: Gib 1 oder 2 an.
cpd-asked_proposed = Anfrage #{ $id } für „{ $area }“ gespeichert. Ich habe eine Mentorin oder einen Mentor gefragt und melde mich, sobald eine Antwort da ist. Siehe { $status }.
cpd-asked_waiting = Anfrage #{ $id } für „{ $area }“ gespeichert. Noch ist niemand frei dafür; ich suche weiter. Siehe { $status }.
cpd-log_what_missing = Schreib, was du gemacht hast, z. B. einen Kurs, eine Hospitation oder ein Buch.
cpd-log_what_long = Bitte höchstens { $limit } Zeichen.
cpd-log_competence_unknown = Eine Kompetenz „{ $value }“ gibt es nicht. Die Fragen von { $command } zeigen die Kennung jeder Kompetenz.
cpd-log_evidence_bad = „{ $value }“ ist keine Webadresse: Ein Nachweis beginnt mit https:// oder http://.
cpd-log_date_bad = „{ $value }“ ist kein Datum: Schreib 2026-12-31 oder 31.12.2026.
cpd-log_date_future = { $value } liegt in der Zukunft: Trag ein, was du schon gemacht hast.
cpd-log_saved = Eintrag #{ $number } steht in deinem Lernjournal. Alles siehst du mit { $list }.
cpd-log_empty = Dein Lernjournal ist leer. Einen Eintrag fügst du mit { $command } WAS hinzu.
cpd-log_empty_plain = Noch keine Einträge.
cpd-log_head = { $count ->
    [one] Dein Lernjournal (ein Eintrag):
   *[other] Dein Lernjournal ({ $count } Einträge):
}
cpd-log_number_missing = Gib die Nummer des Eintrags an, wie sie in der Liste steht.
cpd-log_unknown = Dein Lernjournal hat keinen Eintrag #{ $number }. Siehe { $command }.
cpd-log_full = Dein Lernjournal ist voll ({ $limit } Einträge). Lösch zuerst ein paar.
cpd-log_delete_ask = Damit wird der Eintrag endgültig gelöscht. Schick { $command }, um fortzufahren.
cpd-log_deleted = Eintrag #{ $number } ist gelöscht.
cpd-export_sent_md = Dein Portfolio als Markdown – zum Bearbeiten oder Weiterverwenden.
cpd-export_sent_html = Dein Portfolio als Webseite – zum Ausdrucken oder Einreichen für die Anerkennung von Kompetenzen.
cpd-export_title = Portfolio zur beruflichen Weiterentwicklung von { $name }
cpd-export_intro = Selbsteinschätzung nach dem Kompetenzrahmen „{ $framework }“ und Lernjournal, Stand { $day }.
cpd-export_ratings = Selbsteinschätzung nach Bereichen (durchschnittliche Stufe)
cpd-export_log = Lernjournal
cpd-export_col_number = Nr.
cpd-export_col_date = Datum
cpd-export_col_what = Was ich gemacht habe
cpd-export_col_competence = Kompetenz
cpd-export_col_evidence = Nachweis
cpd-cli_none = kein Kompetenzrahmen gespeichert
cpd-cli_counts = { $areas } Bereiche, { $competences } Kompetenzen
cpd-cli_refused = { $count ->
    [one] nicht importiert, nichts gespeichert: ein Problem
   *[other] nicht importiert, nichts gespeichert: { $count } Probleme
}
cpd-cli_dry_run = „{ $id }“ geprüft: { $competences } Kompetenzen, würde einen gespeicherten ersetzen: { $replaced }, Einschätzungen, die wegfielen: { $dropped } (Probelauf, nichts gespeichert)
cpd-cli_imported = „{ $id }“ importiert: { $competences } Kompetenzen, einen gespeicherten ersetzt: { $replaced }, Einschätzungen entfernter Kompetenzen gelöscht: { $dropped }
cpd-problem-required = fehlt
cpd-problem-not_texts = muss Texte nach Sprache enthalten, z. B. {"{"}en: "…", de: "…"{"}"}
cpd-problem-bad_language = „{ $value }“ ist kein zweibuchstabiger Sprachcode
cpd-problem-empty = leer
cpd-problem-too_long = länger als { $limit } Zeichen
cpd-problem-missing_english = hat keinen englischen Text (en)
cpd-problem-bad_id = „{ $value }“ ist keine Kennung: Kleinbuchstaben, Ziffern und Bindestriche
cpd-problem-not_list = muss eine Liste sein
cpd-problem-not_mapping = muss eine Zuordnung von Schlüsseln und Werten sein
cpd-problem-unknown_field = unbekanntes Feld
cpd-problem-bad_version = muss eine ganze Zahl ab 1 sein
cpd-problem-scale_size = eine Skala braucht 2 bis { $most } Stufen
cpd-problem-bad_level = Stufen zählen von 1 an in Einerschritten: erwartet { $expected }
cpd-problem-no_descriptor = die Stufe hat keine Beschreibung
cpd-problem-duplicate_id = die Kennung „{ $value }“ kommt doppelt vor
cpd-problem-unknown_area = verweist auf einen unbekannten Bereich „{ $value }“
cpd-problem-area_nested = eine Kompetenz innerhalb eines Bereichs nennt keinen Bereich
cpd-problem-too_many = mehr als { $most } Kompetenzen
cpd-problem-bad_topic = Themen müssen kurze Texte sein
cpd-file-bad_format = { $name }: Verwende eine .yaml-, .yml- oder .json-Datei
cpd-file-too_large = { $name } ist größer als { $limit } Bytes; nicht gelesen
cpd-file-unreadable = { $name } lässt sich nicht lesen
cpd-file-bad_syntax = { $name } ist kein gültiges YAML oder JSON

# Berichte der Netzwerke: Selbsteinschätzungen nach Netzwerk, Land und Bereich.
cpd-fewer_than = weniger als { $min }
cpd-agg_withheld = nicht angezeigt
cpd-agg_title = Selbsteinschätzungen — { $framework }
cpd-agg_intro = Wie sich die Leute jedes Netzwerks einschätzen, nach Bereich: wie viele den Bereich bewertet haben, wie viele auf jeder Stufe stehen und die durchschnittliche Stufe. Gruppen mit weniger als { $min } Personen werden nicht als Zahl gezeigt; „nicht angezeigt“ steht bei einer Zahl, die zurückgehalten wird, damit sich eine kleinere Gruppe nicht aus der Summe ausrechnen lässt.
cpd-agg_none = Bisher hat sich noch niemand eingeschätzt.
cpd-agg_people = Personen: { $people }
cpd-agg_col_area = Bereich
cpd-agg_col_rated = Bewertet von
cpd-agg_col_average = Durchschnitt
cpd-overview_head = So schätzen sich die Leute in deinen Netzwerken ein — { $framework }. Gruppen mit weniger als { $min } Personen werden nicht als Zahl gezeigt.
cpd-overview_network = Netzwerk { $network } — Personen mit Selbsteinschätzung: { $people }
cpd-overview_area = • { $area } — bewertet von: { $rated }; durchschnittliche Stufe: { $average }
cpd-overview_area_hidden = • { $area } — weniger als { $min } Personen haben den Bereich bewertet, nicht angezeigt.
cpd-overview_countries = Nach Land (Personen): { $countries }
cpd-overview_more = Stufen je Bereich und je Land: { $command } (auf dem Server).
cpd-cli_written = Gespeichert in { $path }.
