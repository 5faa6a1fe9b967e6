# Het dashboard voor coördinatoren in de browser (!dashboard en zijn pagina's).

dashboard-off = Het dashboard staat niet aan voor deze bot. Een beheerder zet het aan met [web] listen in bot.toml.
dashboard-link = Je aanmeldlink voor het dashboard, { $minutes } minuten en maar één keer geldig: { $url }
dashboard-link_sent = Ik heb je een aanmeldlink gestuurd in een privébericht.
dashboard-title = vetbot-dashboard
dashboard-nav_label = Pagina's van het dashboard
dashboard-nav_overview = Overzicht
dashboard-nav_review = Beoordelingslijst
dashboard-nav_prompts = Kalender van discussievragen
dashboard-sign_out = Afmelden
dashboard-refused_title = Niet mogelijk
dashboard-forbidden = Dit verzoek is geweigerd. Ga terug, laad de pagina opnieuw en probeer het nog eens.
dashboard-not_found = Deze pagina bestaat niet.
dashboard-no_access = Je bent niet aangemeld, of je coördineert geen netwerk meer. Vraag een nieuwe link met { $prefix }dashboard in de chat.
dashboard-signed_out = Je bent afgemeld.
dashboard-signin_title = Aanmelden
dashboard-signin_text = Meld je aan bij het dashboard van je netwerken met de link die je in de chat hebt gevraagd.
dashboard-signin_button = Aanmelden
dashboard-refused_invalid = Deze aanmeldlink is niet geldig. Vraag een nieuwe met { $prefix }dashboard in de chat.
dashboard-refused_expired = Deze aanmeldlink is verlopen. Vraag een nieuwe met { $prefix }dashboard in de chat.
dashboard-refused_used = Deze aanmeldlink is al gebruikt. Vraag een nieuwe met { $prefix }dashboard in de chat.
dashboard-refused_unknown = Deze aanmeldlink werkt niet meer, omdat de bot opnieuw is gestart. Vraag een nieuwe met { $prefix }dashboard in de chat.
dashboard-refused_too_many = Te veel aanmeldpogingen. Wacht tien minuten en vraag dan een nieuwe link met { $prefix }dashboard.
dashboard-overview_title = Overzicht
dashboard-overview_intro = De cijfers van je netwerken van { $start } tot { $end }, zoals de rapporten ze geven.
dashboard-fewer_note = Een cijfer over minder dan 5 mensen staat er als ‘minder dan 5’ en heeft geen balk.
dashboard-network = Netwerk { $name }
dashboard-lookups = Zoekvragen naar tools: { $asked }, waarvan zonder resultaat: { $empty }.
dashboard-matches_chart = Geaccepteerde mentorkoppelingen per maand
dashboard-prompts_chart = Mensen die antwoordden per discussievraag
dashboard-gaps_chart = Vaakst gezocht zonder resultaat
dashboard-month = Maand
dashboard-matches = Koppelingen
dashboard-prompt = Discussievraag
dashboard-people = Mensen die antwoordden
dashboard-lookup = Zoekvraag
dashboard-times = Aantal keer
dashboard-prompt_label = Discussievraag #{ $id }
dashboard-table = De cijfers als tabel
dashboard-nothing_yet = Nog niets in deze periode.
dashboard-fewer = minder dan 5
dashboard-not_known = niet bekend
dashboard-review_title = Beoordelingslijst
dashboard-review_empty = Er wachten geen suggesties op beoordeling.
dashboard-review_count = { $total ->
    [one] Er wacht één suggestie.
   *[other] Er wachten { $total } suggesties; hier staan de { $shown } oudste.
}
dashboard-similar = Lijkt op: { $ids }
dashboard-suggested_by = Voorgesteld door { $name }
dashboard-approve = Goedkeuren en publiceren
dashboard-reject = Afwijzen
dashboard-reason = Reden (de indiener krijgt die te horen)
dashboard-reason_needed = Geef een reden voor de afwijzing: de indiener krijgt die te horen.
dashboard-approved = Goedgekeurd en gepubliceerd: { $title } ({ $id }).
dashboard-rejected = Afgewezen: { $title } ({ $id }). De indiener krijgt het te horen.
dashboard-prompts_title = Kalender van discussievragen
dashboard-calendar_caption = { $days ->
    [one] Discussievragen van de komende dag
   *[other] Discussievragen van de komende { $days } dagen
}
dashboard-calendar_empty = { $days ->
    [one] Er is geen discussievraag gepland voor de komende dag.
   *[other] Er is geen discussievraag gepland voor de komende { $days } dagen.
}
dashboard-when = Wanneer
dashboard-text = Tekst
