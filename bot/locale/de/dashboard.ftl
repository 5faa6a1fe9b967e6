# Das Dashboard für Koordinierende im Browser (!dashboard und seine Seiten).

dashboard-off = Das Dashboard ist bei diesem Bot nicht eingeschaltet. Eine Administratorin oder ein Administrator schaltet es mit [web] listen in bot.toml ein.
dashboard-link = Dein Anmeldelink zum Dashboard, { $minutes } Minuten und nur einmal gültig: { $url }
dashboard-link_sent = Ich habe dir einen Anmeldelink per Direktnachricht geschickt.
dashboard-title = vetbot-Dashboard
dashboard-nav_label = Seiten des Dashboards
dashboard-nav_overview = Übersicht
dashboard-nav_review = Prüfliste
dashboard-nav_prompts = Impulskalender
dashboard-sign_out = Abmelden
dashboard-refused_title = Nicht möglich
dashboard-forbidden = Diese Anfrage wurde abgelehnt. Geh zurück, lade die Seite neu und versuch es noch einmal.
dashboard-not_found = Diese Seite gibt es nicht.
dashboard-no_access = Du bist nicht angemeldet oder koordinierst kein Netzwerk mehr. Hol dir im Chat mit { $prefix }dashboard einen neuen Link.
dashboard-signed_out = Du bist abgemeldet.
dashboard-signin_title = Anmelden
dashboard-signin_text = Melde dich mit dem Link, den du im Chat angefordert hast, beim Dashboard deiner Netzwerke an.
dashboard-signin_button = Anmelden
dashboard-refused_invalid = Dieser Anmeldelink ist ungültig. Hol dir im Chat mit { $prefix }dashboard einen neuen.
dashboard-refused_expired = Dieser Anmeldelink ist abgelaufen. Hol dir im Chat mit { $prefix }dashboard einen neuen.
dashboard-refused_used = Dieser Anmeldelink wurde schon benutzt. Hol dir im Chat mit { $prefix }dashboard einen neuen.
dashboard-refused_unknown = Dieser Anmeldelink gilt nicht mehr, weil der Bot neu gestartet wurde. Hol dir im Chat mit { $prefix }dashboard einen neuen.
dashboard-refused_too_many = Zu viele Anmeldeversuche. Warte zehn Minuten und hol dir dann mit { $prefix }dashboard einen neuen Link.
dashboard-overview_title = Übersicht
dashboard-overview_intro = Die Zahlen deiner Netzwerke vom { $start } bis { $end }, wie die Berichte sie zeigen.
dashboard-fewer_note = Eine Zahl zu weniger als 5 Personen erscheint als „weniger als 5“ und hat keinen Balken.
dashboard-network = Netzwerk { $name }
dashboard-lookups = Werkzeugsuchen: { $asked }, davon ohne Treffer: { $empty }.
dashboard-matches_chart = Angenommene Mentoring-Vermittlungen pro Monat
dashboard-prompts_chart = Antwortende Personen pro Impuls
dashboard-gaps_chart = Häufigste Suchen ohne Treffer
dashboard-month = Monat
dashboard-matches = Vermittlungen
dashboard-prompt = Impuls
dashboard-people = Antwortende Personen
dashboard-lookup = Suche
dashboard-times = Wie oft gesucht
dashboard-prompt_label = Impuls #{ $id }
dashboard-table = Die Zahlen als Tabelle
dashboard-nothing_yet = In diesem Zeitraum noch nichts.
dashboard-fewer = weniger als 5
dashboard-not_known = nicht bekannt
dashboard-review_title = Prüfliste
dashboard-review_empty = Keine Vorschläge warten auf Prüfung.
dashboard-review_count = { $total ->
    [one] Ein Vorschlag wartet.
   *[other] { $total } Vorschläge warten; die ältesten { $shown } stehen hier.
}
dashboard-similar = Ähnlich wie: { $ids }
dashboard-suggested_by = Vorgeschlagen von { $name }
dashboard-approve = Annehmen und veröffentlichen
dashboard-reject = Ablehnen
dashboard-reason = Begründung (wird der vorschlagenden Person mitgeteilt)
dashboard-reason_needed = Gib eine Begründung für die Ablehnung an: Die vorschlagende Person erfährt sie.
dashboard-approved = Angenommen und veröffentlicht: { $title } ({ $id }).
dashboard-rejected = Abgelehnt: { $title } ({ $id }). Die vorschlagende Person erfährt es.
dashboard-prompts_title = Impulskalender
dashboard-calendar_caption = { $days ->
    [one] Impulse des nächsten Tages
   *[other] Impulse der nächsten { $days } Tage
}
dashboard-calendar_empty = { $days ->
    [one] Für den nächsten Tag ist kein Impuls geplant.
   *[other] Für die nächsten { $days } Tage ist kein Impuls geplant.
}
dashboard-when = Wann
dashboard-text = Text
