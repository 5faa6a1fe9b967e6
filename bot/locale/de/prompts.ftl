# prompts: Deutsch (Anrede: du)

prompts-thread_title = Impuls { $id }
prompts-scheduled =
    Impuls { $id } ist geplant: { $when }.
    Nächster Termin: { $next }, in { $targets }.
    Ansehen mit { $prefix }prompt show { $id }; die nächsten Termine mit { $prefix }prompt preview { $id }.
prompts-edited = Impuls { $id } geändert:
prompts-edited_schedule = Zeitplan: { $when }. Nächster Termin: { $next }.
prompts-edited_rooms = Räume: { $targets }.
prompts-edited_text = Text: { $text }
prompts-skipped = Der nächste Termin von Impuls { $id } ({ $when }) wird übersprungen.
prompts-skip_kept = Der übersprungene Termin am { $when } ist weiterhin im Zeitplan und bleibt übersprungen.
prompts-skip_kept_many = Die übersprungenen Termine am { $when } sind weiterhin im Zeitplan und bleiben übersprungen.
prompts-skip_cleared = Der übersprungene Termin am { $when } ist nicht mehr im Zeitplan, das Überspringen entfällt also.
prompts-skip_cleared_many = Die übersprungenen Termine am { $when } sind nicht mehr im Zeitplan, das Überspringen entfällt also.
prompts-show =
    Impuls { $id } – { $status }
    Wann: { $when }
    Nächster Termin: { $next }
    Räume: { $targets }
    Erstellt von: { $author }
    Gepostet: { $sent }, verpasst: { $missed }, übersprungen: { $skipped }.
    Text:
    { $text }
prompts-privacy_what = Impulse: Impulse und Reihen der Koordination nennen, wer sie erstellt hat; im Thread eines Impulses zählt der Bot, wer geantwortet hat, bis er die Zusammenfassung der Beteiligung postet, und behält danach nur die Zahlen – nie, was geschrieben wurde.
prompts-done-pause = Impuls { $id } ist pausiert.
prompts-done-resume = Impuls { $id } ist wieder aktiv; was während der Pause fällig war, wird nicht nachgeholt.
prompts-done-cancel = Impuls { $id } ist abgesagt.
prompts-skip_ends-skipped = Das war sein einziger Termin, deshalb ist Impuls { $id } jetzt übersprungen: Er wird nicht gepostet.
prompts-skip_ends-finished = Das war sein letzter Termin, deshalb ist Impuls { $id } jetzt abgeschlossen.
prompts-status-active = aktiv
prompts-status-paused = pausiert
prompts-status-cancelled = abgesagt
prompts-status-finished = abgeschlossen
prompts-status-skipped = übersprungen
prompts-list-header = Impulse (ID, Status, nächster Termin, Text):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[Reihe { $id }]
prompts-list-empty = Keine aktiven oder pausierten Impulse. Plane einen mit { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] Der nächste Termin von Impuls { $id } ({ $tz }):
   *[other] Die nächsten { $count } Termine von Impuls { $id } ({ $tz }):
}
prompts-preview-none = Impuls { $id } hat keine weiteren Termine (er ist { $status }).
prompts-targets-empty = Die Option in: nennt keinen Raum.
prompts-targets-too_many = { $limit ->
    [one] Ein Impuls kann nur in einen Raum gehen.
   *[other] Ein Impuls kann in höchstens { $limit } Räume gehen.
}
prompts-targets-bad_room = In `{ $room }` kann ich nicht posten.
prompts-targets-hint = Zum Beispiel `in: #peer-learning`, `in: #general, #mentors` oder `in: matrix:!abc:example.org`.
prompts-targets-needed = In einer Direktnachricht sag bitte mit in: #raum, wohin der Impuls geht.
prompts-targets-unknown_platform = `{ $platform }:` ist keine Plattform, die ich kenne; ich kann auf { $platforms } posten.
prompts-targets-not_yours = In { $rooms } kannst du nicht posten: Eine Koordinationsrolle aus einem Server oder Raum gilt nur in den Servern und Räumen, für die dieser Bot eingerichtet ist.
prompts-targets-not_yours_hint = Wähle dort einen Raum (einen Matrix-Raum über seine ID, !…:server), oder bitte die Betreiber des Bots, ihn in bot.toml einzutragen ([permissions] discord_guilds, matrix_rooms) oder den Impuls selbst zu planen.
prompts-targets-not_connected = Hinweis: Dieser Bot ist nicht mit { $platforms } verbunden (er läuft auf { $connected }), deshalb schlagen Posts in { $rooms } fehl, bis die Plattform in bot.toml eingerichtet ist ([bot] adapters und die Zugangsdaten).
prompts-targets-network_channel = Ohne in: gilt der Kanal für Impulse von Netzwerk { $network }; andere Räume nennst du mit in: #raum.
prompts-error-bad_id = `{ $id }` ist keine ID; IDs sind Zahlen.
prompts-error-id_missing_prompt = Bitte gib die ID des Impulses an, z. B. { $example }.
prompts-error-id_missing_series = Bitte gib die ID der Reihe an, z. B. { $example }.
prompts-error-not_found = Einen Impuls { $id } gibt es nicht.
prompts-error-text_missing = Die Option { $option }: fehlt oder ist leer.
prompts-error-text_too_long = Die Option { $option }: ist zu lang (höchstens { $limit } Zeichen).
prompts-error-already = Impuls { $id } ist schon { $status }.
prompts-error-cannot_pause = Impuls { $id } ist { $status } und kann deshalb nicht pausiert werden.
prompts-error-cannot_resume = Impuls { $id } ist { $status }; fortsetzen lässt sich nur ein pausierter Impuls.
prompts-error-cannot_cancel = Impuls { $id } ist { $status }; da gibt es nichts mehr abzusagen.
prompts-error-cannot_edit = Impuls { $id } ist { $status } und kann nicht mehr geändert werden.
prompts-error-cannot_skip = Impuls { $id } ist { $status } und hat deshalb keinen Termin, den man überspringen könnte.
prompts-error-series_part = ID { $id } gehört als { $part } zu Reihe { $series } und ist kein eigener Impuls. Ansehen mit { $show }; ändern oder entfernen mit { $edit }: … (none entfernt den Teil).
prompts-error-text_not_last = Die Option { $option }: kam nach text: und ist deshalb Teil des Textes geworden. text: nimmt den Rest der Zeile: Setz es ans Ende.
prompts-error-missing_colon = Optionen brauchen einen Doppelpunkt: Schreib `{ $option }: …`, nicht `{ $option } …`.
prompts-error-stray_text = Mit `{ $text }` kann ich nichts anfangen: Optionen sehen so aus: `name: wert`, getrennt durch `;`.
prompts-error-nothing_to_skip = Impuls { $id } hat keinen kommenden Termin, den man überspringen könnte.
prompts-error-edit_nothing = Sag, was sich ändern soll: in:, at:, cron:, every:, tz:, start:, end: oder text:.
prompts-notice-missed = Impuls { $id } („{ $text }“) war { $count ->
    [one] einmal
   *[other] { $count }-mal
} fällig, während ich offline war (von { $first } bis { $last }), und wurde nicht gepostet.
prompts-notice-missed_one = Impuls { $id } („{ $text }“) war am { $first } fällig, während ich offline war – zu lange her, um ihn jetzt noch zu posten; er wurde nicht gepostet.
prompts-notice-stale_one = Impuls { $id } („{ $text }“) wurde am { $first } gerade gepostet, als ich gestoppt wurde; vielleicht ist er nicht angekommen, und für einen neuen Versuch ist es zu spät.
prompts-notice-failed_one = Impuls { $id } („{ $text }“) konnte am { $first } nicht gepostet werden: Die Plattform hat ihn auch nach mehreren Versuchen nicht angenommen.
prompts-notice-stale = Impuls { $id } („{ $text }“) wurde gerade { $count ->
    [one] einmal
   *[other] { $count }-mal
} gepostet (von { $first } bis { $last }), als ich gestoppt wurde; diese Posts sind vielleicht nicht angekommen, und für einen neuen Versuch ist es zu spät.
prompts-notice-failed = Impuls { $id } („{ $text }“) konnte { $count ->
    [one] einmal
   *[other] { $count }-mal
} nicht gepostet werden (von { $first } bis { $last }): Die Plattform hat ihn auch nach mehreren Versuchen nicht angenommen.
prompts-summary-text = Beteiligung: { $people ->
    [one] eine Person
   *[other] { $people } Personen
}, { $replies ->
    [one] eine Antwort
   *[other] { $replies } Antworten
}. Danke fürs Mitmachen!
prompts-summary-none = In diesem Thread gibt es noch keine Antworten. Er bleibt offen für deine Gedanken.
prompts-series-created = Reihe { $id } „{ $title }“ für { $targets } angelegt. Impulse fügst du hinzu mit { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Impuls { $prompt } ist zu Reihe { $id } hinzugefügt und wird am { $when } gepostet. { $show } zeigt die Reihe in ihrer Reihenfolge.
prompts-series-not_found = Eine Reihe { $id } gibt es nicht.
prompts-series-not_active = Reihe { $id } ist { $status } und kann nicht mehr geändert werden.
prompts-series-already = Reihe { $id } ist schon { $status }.
prompts-series-once_only = Ein Impuls der Reihe { $id } wird einmal gepostet: Gib mit at: Datum und Uhrzeit an, keinen wiederkehrenden Zeitplan.
prompts-series-edit_nothing = Sag, was sich ändern soll: title:, opening: oder closing: (none entfernt Eröffnung oder Abschluss).
prompts-series-opening_gone = Reihe { $id } ist schon eröffnet; die Eröffnung lässt sich nicht mehr ändern.
prompts-series-changed_title = Titel „{ $title }“
prompts-series-changed_bookend = { $part } neu
prompts-series-dropped_bookend = { $part } entfernt
prompts-series-edited = Reihe { $id } geändert: { $changes }. Ansehen mit { $prefix }series show { $id }.
prompts-series-show_footer = Titel, Eröffnung oder Abschluss ändern mit { $prefix }series edit { $id } opening: …; closing: … (none entfernt eines davon).
prompts-series-emptied = Reihe { $id } hat keinen Impuls mehr zu posten, deshalb sind auch Eröffnung und Abschluss abgesagt; sie kommen zurück, sobald du einen Impuls hinzufügst.
prompts-series-title_missing = Eine Reihe braucht einen Titel: title: …
prompts-series-at_missing = Sag, wann der Impuls gepostet wird: at: 2026-12-01 09:00.
prompts-series-before_opening = Reihe { $id } ist schon eröffnet; neue Impulse müssen nach der Eröffnung kommen.
prompts-series-show =
    Reihe { $id } „{ $title }“ – { $status }
    Räume: { $targets } · Zeitzone { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = Impuls { $id }
prompts-series-opening = Eröffnung
prompts-series-closing = Abschluss
prompts-series-empty = Noch keine Impulse: { $prefix }series add { $id } at: …; text: …
prompts-series-cancelled = { $count ->
    [one] Reihe { $id } ist abgesagt (ein noch nicht geposteter Termin ist abgesagt).
   *[other] Reihe { $id } ist abgesagt ({ $count } noch nicht gepostete Termine sind abgesagt).
}
prompts-series-cancelled_one = Reihe { $id } ist abgesagt (ein noch nicht geposteter Termin ist abgesagt).
prompts-series-list_header = Reihen (ID, Status, Titel):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Noch keine Reihen. Leg eine an mit { $prefix }series create title: …
prompts-cancel_ask = Damit sagst du den Impuls endgültig ab: Er wird nie wieder gepostet (für eine Pause nimm lieber pause). Wenn du sicher bist, sende { $command }.
prompts-series-cancel_ask = Damit sagst du die Reihe und alle noch nicht geposteten Termine ab; das lässt sich nicht rückgängig machen. Wenn du sicher bist, sende { $command }.
