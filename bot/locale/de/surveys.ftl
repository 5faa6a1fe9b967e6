# surveys: Deutsch

surveys-privacy_what = Umfragen: Deine Antworten auf eine Umfrage bleiben nur deshalb mit dir verknüpft, damit du einmal antwortest, deine Antworten ändern und löschen kannst; Ergebnisse zeigen nur Zahlen, nie eine Gruppe von weniger als 5 Personen, und eine Freitextantwort nur, wenn du dem Teilen zugestimmt hast – nie mit deinem Namen. Antworten werden einige Zeit nach dem Ende der Umfrage gelöscht.
surveys-announce = 📋 Neue Umfrage: „{ $title }“ ({ $count ->
    [one] eine Frage
   *[other] { $count } Fragen
}), anonym, offen bis { $closes }. Zum Mitmachen sende { $command } – ich stelle dir die Fragen per Direktnachricht.
surveys-announce_button = Mitmachen
surveys-closed_post = Die Umfrage „{ $title }“ (Nummer { $id }) ist beendet. Danke an alle, die geantwortet haben!
surveys-status-planned = geplant
surveys-status-open = offen
surveys-status-closed = beendet
surveys-status-cancelled = abgesagt
surveys-fewer_than = weniger als { $min }
surveys-withheld = nicht gezeigt

surveys-created = Umfrage { $id } „{ $title }“ ist gespeichert: { $count ->
    [one] eine Frage
   *[other] { $count } Fragen
}, offen vom { $opens } bis { $closes }, angekündigt in { $room }.
surveys-created_open = Sie ist jetzt offen: Ich habe sie im Raum angekündigt.
surveys-created_planned = Ich kündige sie an ihrem ersten Tag im Raum an.
surveys-not_connected = Hinweis: Dieser Bot ist nicht mit { $platform } verbunden (er läuft auf { $connected }), deshalb wartet die Ankündigung in { $room }, bis die Plattform in bot.toml eingerichtet ist ([bot] adapters und die Zugangsdaten).
surveys-list-empty = In deinen Netzwerken gibt es noch keine Umfragen.
surveys-list-header = Umfragen:
surveys-list-line = { $id }. „{ $title }“ – { $status }, { $opens } bis { $closes }; beantwortet von: { $people }
surveys-show = Umfrage { $id } „{ $title }“ – { $status }
    Offen vom { $opens } bis { $closes }, in { $room } (Netzwerk { $network })
    Beantwortet von: { $people }
    Fragen:
surveys-close_ask = Damit beendest du die Umfrage sofort: Niemand kann sie mehr beantworten. Wenn du sicher bist, sende { $command }.
surveys-cancel_ask = Damit sagst du die Umfrage ab und löschst alle ihre Antworten; das lässt sich nicht rückgängig machen. Wenn du sicher bist, sende { $command }.
surveys-done_close = Umfrage { $id } „{ $title }“ ist beendet.
surveys-done_cancel = Umfrage { $id } „{ $title }“ ist abgesagt, ihre Antworten sind gelöscht.

surveys-question = Umfrage { $id } „{ $title }“ – Frage { $number } von { $total }:
    { $question }
surveys-ask_choice = Wähle eine Antwort:
surveys-ask_scale = Wähle eine Zahl von { $low } (am wenigsten) bis { $high } (am meisten):
surveys-ask_text = Schreib deine Antwort als nächste Nachricht hier (oder sende { $command }).
surveys-current = Deine bisherige Antwort: { $answer }
surveys-share_ask = Gespeichert. Darf ich diese Antwort in den Ergebnissen zeigen, ohne deinen Namen? Gezeigt werden nur Antworten, deren Teilen du zustimmst. Sende { $command } oder nein.
surveys-share_yes = Ja, teilen
surveys-share_no = Nein, privat lassen
surveys-shared_yes = Danke: Deine Antwort darf in den Ergebnissen erscheinen, ohne deinen Namen.
surveys-shared_no = In Ordnung: Deine Antwort wird gezählt, aber nie gezeigt.
surveys-all_answered = Danke! Du hast alle { $total } Fragen der Umfrage { $id } „{ $title }“ beantwortet. Bis { $closes } kannst du eine Antwort noch ändern, zum Beispiel mit { $command }.
surveys-sent_by_dm = Ich habe dir die Fragen per Direktnachricht geschickt.

surveys-results-too_few = Umfrage { $id } „{ $title }“ ({ $status }): Weniger als { $min } Personen haben geantwortet, deshalb gibt es noch keine Ergebnisse. Ergebnisse zeigen nie eine Gruppe von weniger als { $min } Personen.
surveys-results-header = Ergebnisse der Umfrage { $id } „{ $title }“ ({ $status }): { $count } Personen haben geantwortet. Gruppen mit weniger als 5 Personen werden nicht als Zahl gezeigt.
surveys-results-question = { $question } – { $count } Antworten
surveys-results-question_few = { $question } – weniger als { $min } Antworten, nicht gezeigt
surveys-results-average = Durchschnitt: { $value }
surveys-results-shared = { $count ->
    [one] eine geteilte Antwort:
   *[other] { $count } geteilte Antworten:
}
surveys-results-withheld_note = Zahlen mit „nicht gezeigt“ werden zurückgehalten, damit sich eine Gruppe von weniger als { $min } Personen nicht aus der Summe ausrechnen lässt.
surveys-results-shared_none = keine geteilten Antworten

surveys-error-unknown = Es gibt keine Umfrage { $id }.
surveys-error-not_open = Umfrage { $id } ist { $status }: Sie kann gerade nicht beantwortet werden.
surveys-error-already = Umfrage { $id } ist schon { $status }.
surveys-error-no_question = Umfrage { $id } hat die Fragen 1 bis { $total }, nicht { $number }.
surveys-error-empty_text = Deine Antwort ist leer.
surveys-error-text_too_long = Deine Antwort ist zu lang: höchstens { $limit } Zeichen.
surveys-error-bad_answer = Das ist keine Antwort auf Frage { $number }. Wähle eine davon: { $choices }.
surveys-error-nothing_to_share = Du hast keine geschriebene Antwort auf Frage { $number } der Umfrage { $id }.
surveys-error-ends_in_past = Diese Umfrage wäre schon vorbei: Wähle einen letzten Tag ab heute.
surveys-error-option_twice = Die Option { $option }: steht zweimal da.
surveys-error-bad_date = { $option }: `{ $value }` ist kein Tag; schreib ihn 2026-12-31 oder 31.12.2026.
surveys-error-room_needed = In einer Direktnachricht sag mit in: #raum, wo die Umfrage angekündigt wird.
surveys-error-bad_room = In `{ $room }` kann ich nicht posten; schreib in: #raum oder in: plattform:raum.
surveys-error-not_your_room = Du kannst in { $room } keine Umfrage ankündigen: Eine Koordinationsrolle aus einem Server oder Raum gilt nur in den Servern und Räumen, für die dieser Bot eingerichtet ist.
surveys-error-id_missing = Welche Umfrage? Gib ihre Nummer an, zum Beispiel { $example }.
surveys-error-bad_id = `{ $id }` ist keine Umfragenummer.
surveys-error-stray_text = Mit `{ $text }` kann ich nichts anfangen: Jeder Teil der Umfrage ist eine Option wie titel: oder fragen:.
surveys-error-title_missing = Die Umfrage braucht einen Titel: titel: …
surveys-error-title_too_long = Der Titel ist zu lang: höchstens { $limit } Zeichen.
surveys-error-end_missing = Gib den letzten Tag der Umfrage mit bis: JJJJ-MM-TT an.
surveys-error-ends_before_start = Der letzte Tag liegt vor dem ersten: bis: muss am oder nach ab: liegen.
surveys-error-bad_number = `{ $value }` ist keine Fragenummer.
surveys-error-share_usage = Sag, ob deine geschriebene Antwort gezeigt werden darf: zum Beispiel { $example } (oder nein).
surveys-error-questions_hint = Schreib jede Frage als `Frage? | a / b / c` (eine Auswahl), `Frage? | 1-5` (eine Skala) oder `Frage? | text` (Freitext), getrennt durch ; oder neue Zeilen. Zum Beispiel: fragen: Hat es geholfen? | ja / nein / teilweise; Wie nützlich war es? | 1-5; Was würdest du ändern? | text
surveys-error-no_questions = Die Umfrage hat keine Fragen: Füge sie mit fragen: hinzu.
surveys-error-too_many_questions = Eine Umfrage kann höchstens { $limit } Fragen haben.
surveys-error-no_bar = Frage { $number } (`{ $question }`) hat keine Antworten: Setz ein | zwischen die Frage und ihre Antworten.
surveys-error-no_text = Frage { $number } (`{ $question }`) hat Antworten, aber keine Frage vor dem |.
surveys-error-question_too_long = Frage { $number } ist zu lang: höchstens { $limit } Zeichen.
surveys-error-no_answers = Bei Frage { $number } (`{ $question }`) steht nichts nach dem |.
surveys-error-bad_scale = Frage { $number }: `{ $scale }` ist keine Skala, die ich verwenden kann; schreib 1-5 oder 0-10 (ab 0 oder 1, bis höchstens 10).
surveys-error-few_options = Frage { $number } (`{ $question }`) braucht mindestens zwei Antworten, getrennt durch /.
surveys-error-many_options = Frage { $number } hat zu viele Antworten: höchstens { $limit }.
surveys-error-option_too_long = Eine Antwort von Frage { $number } ist zu lang: höchstens { $limit } Zeichen.
surveys-error-same_options = Frage { $number } (`{ $question }`) nennt dieselbe Antwort zweimal.

surveys-cli_bad_id = `{ $id }` ist keine Umfragenummer.
surveys-cli_written = Ergebnisse der Umfrage { $id } nach { $path } geschrieben.
