# mentoring: Deutsch (Anrede: du)

mentoring-privacy_what = Mentoring: Wenn du dich als Mentor:in oder Expert:in einträgst, dein Profil (Themen, Sprachen, Land, Branche, Kapazität, Kurzprofil), damit wir Ausbilder:innen mit dir zusammenbringen können; wenn du eine Mentorin oder einen Mentor suchst, deine Anfrage und die Vorschläge dazu; Bewertungen, die du abgibst. Anfragen werden einige Zeit nach ihrem Abschluss anonymisiert.
mentoring-consent =
    Bevor du dich als { $kind ->
        [expert] Expert:in
       *[mentor] Mentor:in
    } einträgst, lies bitte, was das bedeutet:
    • Gespeichert werden: dein Chatname, deine Konto-ID und das Profil, das du hier angibst (Themen, Sprachen, Land, Branche, Kapazität, Kurzprofil).
    • Wer es sieht: { $name } nutzt es nur, um passende Personen auszuwählen. Ausbilder:innen sehen dein Profil nie; bekommst du einen Vorschlag, siehst du nur das Anliegen. Dein Name und dein Konto werden erst weitergegeben, wenn du eine Anfrage annimmst.
    • Austragen: Du kannst jederzeit pausieren oder dein Profil löschen ({ $prefix }{ $kind } leave); { $prefix }mydata zeigt alles Gespeicherte, { $prefix }forgetme löscht es.
mentoring-consent_how = Um zuzustimmen, sende denselben Befehl mit „consent: yes“ (oder nutze den Button): { $command }
mentoring-consent_button = Einverstanden, eintragen
mentoring-consent_declined = Alles klar: Du bist nicht als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} eingetragen, und es wurde nichts gespeichert.
mentoring-already_joined = Du hast schon ein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}. Ändern kannst du es mit { $command }.
mentoring-not_joined = Du hast kein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}. Eintragen kannst du dich mit { $command }.
mentoring-not_paused = Dein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} ist nicht pausiert, es gibt also nichts fortzusetzen; pausieren kannst du es mit { $command }.
mentoring-positional_unexpected = Mit „{ $text }“ habe ich hier nicht gerechnet; Profilfelder sehen so aus: „topics: …“.
mentoring-update_nothing = Nichts zu ändern: Gib mindestens ein Feld an, z. B. „capacity: 3“ oder „languages: de, en“.
mentoring-languages_assumed = Du hast keine Sprachen angegeben, deshalb habe ich { $language } eingetragen (die Sprache, in der du schreibst). Ändern kannst du das mit { $command }
mentoring-joined = Willkommen! Du bist jetzt als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} eingetragen. Vorschläge schicke ich dir per Direktnachricht; pausieren mit { $prefix }{ $kind } pause, austragen mit { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Du kannst auch deine eigenen Bereiche einschätzen, mit { $command }: Wenn jemand aus dem eigenen Entwicklungsplan heraus eine Mentorin oder einen Mentor sucht, werden zuerst die gefragt, die sich in diesem Bereich als stark einschätzen.
mentoring-updated = Dein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} ist aktualisiert.
mentoring-me = Dein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}:
mentoring-me_none = Du hast noch kein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}. Eintragen kannst du dich mit { $command }.
mentoring-paused = Pausiert: Du bekommst keine neuen Vorschläge als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}, bis du { $command } sendest. Vorschläge, die du schon hast, bleiben offen.
mentoring-paused_until = Pausiert bis { $until }: Bis dahin bekommst du keine neuen Vorschläge als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} (mit { $command } bist du früher zurück).
mentoring-resumed = Willkommen zurück: Du bekommst wieder Vorschläge als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}.
mentoring-left = Dein Profil als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} ist gelöscht. Zurückgezogene Vorschläge: { $withdrawn }. Danke für deine Unterstützung!
mentoring-state_active = aktiv
mentoring-state_paused = pausiert
mentoring-state_paused_until = pausiert bis { $until }
mentoring-profile_summary =
    {"  "}Themen: { $topics }
    {"  "}Sprachen: { $languages } · Land: { $country } · Branche: { $sector }
    {"  "}Kapazität: { $capacity } (belegt: { $used }) · Status: { $state }
    {"  "}Kurzprofil: { $bio }
mentoring-request_proposed = Anfrage #{ $id } gespeichert. Ich habe { $kind ->
    [expert] eine passende Expertin oder einen passenden Experten
   *[mentor] eine passende Mentorin oder einen passenden Mentor
} gefragt; die Antwortfrist beträgt { $hours ->
    [one] eine Stunde
   *[other] { $hours } Stunden
}, und ich sage dir per Direktnachricht Bescheid, sobald jemand zusagt. { $status } zeigt den Stand.
mentoring-request_waiting = Anfrage #{ $id } gespeichert, aber gerade passt niemand als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}. Sie bleibt offen: Ich frage neue { $kind ->
    [expert] Expert:innen
   *[mentor] Mentor:innen
}, sobald sie dazukommen. { $cancel } zieht sie zurück.
mentoring-too_many_open = { $limit ->
    [one] Du hast schon eine offene Anfrage; sieh dir { $command } an und zieh sie zuerst zurück.
   *[other] Du hast schon { $limit } offene Anfragen; sieh dir { $command } an und zieh zuerst eine zurück.
}
mentoring-request_duplicate = Dazu hast du schon eine offene Anfrage #{ $id } („{ $need }“). { $status } zeigt den Stand; { $cancel } zieht sie zurück, wenn du anders fragen möchtest.
mentoring-proposal =
    Eine Ausbilderin oder ein Ausbilder sucht { $kind ->
        [expert] eine Expertin oder einen Experten
       *[mentor] eine Mentorin oder einen Mentor
    } (Vorschlag #{ $id }):
    „{ $need }“
    Gewünscht: { $asked }
    Kannst du helfen? Antworte bis { $deadline }: { $accept } oder { $decline }. Den Namen der Person erfährst du nur, wenn du zusagst.
mentoring-proposal_why = Warum du: { $reasons }
mentoring-button_accept = Zusagen
mentoring-button_decline = Absagen
mentoring-accepted = Danke! Du hast Vorschlag #{ $id } angenommen; ich habe euch per Direktnachricht miteinander bekannt gemacht.
mentoring-declined = Danke für deine Rückmeldung; Vorschlag #{ $id } ist abgelehnt, und ich habe jemand anderen gefragt.
mentoring-declined_nobody_left = Danke für deine Rückmeldung; Vorschlag #{ $id } ist abgelehnt. Gerade gibt es niemanden sonst zu fragen, deshalb wartet die Anfrage auf neue { $kind ->
    [expert] Expert:innen
   *[mentor] Mentor:innen
}; die anfragende Person weiß Bescheid.
mentoring-expired_to_mentor = Vorschlag #{ $id } ist ohne Antwort abgelaufen, deshalb habe ich jemand anderen gefragt. Kein Problem.
mentoring-expired_to_mentor_last = Vorschlag #{ $id } ist ohne Antwort abgelaufen. Kein Problem: Die Anfrage wartet auf neue Mentor:innen oder Expert:innen.
mentoring-withdrawn_to_mentor = Die anfragende Person hat die Anfrage hinter Vorschlag #{ $id } zurückgezogen; für dich ist nichts mehr zu tun.
mentoring-intro_requester = Gute Nachricht: Jemand hat deine Anfrage #{ $id } („{ $need }“) als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} angenommen. Das ist { $other } – schreib einfach per Direktnachricht Hallo. Sag uns hinterher, wie es gelaufen ist: { $feedback }
mentoring-intro_mentor = Danke, dass du Vorschlag #{ $id } („{ $need }“) angenommen hast. Die Person, die du begleitest, ist { $other }; sie weiß schon von dir. Bewerten kannst du das später mit { $feedback }; { $end } gibt deinen Platz wieder frei, wenn ihr fertig seid.
mentoring-exhausted = Tut mir leid: Ich habe zu deiner Anfrage #{ $id } { $tries ->
    [one] eine passende Person
   *[other] { $tries } passende Personen
} gefragt, aber gerade kann niemand übernehmen. Sie bleibt offen: Ich frage neue { $kind ->
    [expert] Expert:innen
   *[mentor] Mentor:innen
}, sobald sie dazukommen.
mentoring-exhausted_told = Die Koordination weiß auch Bescheid.
mentoring-exhausted_coordinators = Anfrage #{ $id } ({ $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}, „{ $need }“) hat nach { $tries ->
    [one] einem Vorschlag
   *[other] { $tries } Vorschlägen
} niemanden gefunden und bleibt offen. Siehe { $stats }.
mentoring-proposal_unknown = Es gibt keinen offenen Vorschlag #{ $id } für dich. { $command } zeigt die, die auf deine Antwort warten.
mentoring-proposal_was_accepted = Vorschlag #{ $id } hast du schon angenommen; es gibt nichts mehr zu beantworten. Wenn ihr fertig seid, gibt { $end } deinen Platz wieder frei.
mentoring-proposal_was_accepted_decline = Vorschlag #{ $id } hast du schon angenommen, absagen geht also nicht mehr. Wenn du nicht weitermachen kannst, beende das Match mit { $end }.
mentoring-proposal_was_declined = Vorschlag #{ $id } ist schon abgelehnt. { $pending } zeigt die Vorschläge, die noch auf deine Antwort warten.
mentoring-proposal_was_expired = Vorschlag #{ $id } ist abgelaufen und ging an jemand anderen. { $pending } zeigt die Vorschläge, die noch auf deine Antwort warten.
mentoring-accept_full = Alle deine Plätze sind belegt (Kapazität { $capacity }), deshalb kann ich dieses Match nicht hinzufügen. Beende zuerst ein Match ({ $command } zeigt deine), erhöhe deine Kapazität oder sag ab mit { $decline }.
mentoring-proposal_was_withdrawn = Vorschlag #{ $id } wurde zurückgezogen; es gibt nichts mehr zu beantworten. { $pending } zeigt die Vorschläge, die noch auf deine Antwort warten.
mentoring-request_unknown = Du hast keine Anfrage #{ $id }. { $command } zeigt deine Anfragen.
mentoring-request_was_matched = Anfrage #{ $id } ist schon vermittelt (Match #{ $match }), es gibt also nichts zurückzuziehen. Das Match beendest du mit { $end }.
mentoring-request_was_cancelled = Anfrage #{ $id } ist schon zurückgezogen. { $status } zeigt deine Anfragen; neu fragen kannst du mit { $command }.
mentoring-nothing_to_cancel = Du hast keine offene Anfrage, die du zurückziehen könntest; { $command } zeigt deine Anfragen.
mentoring-cancel_which = Du hast mehrere offene Anfragen ({ $ids }); sag mir, welche: { $command }
mentoring-cancelled = Anfrage #{ $id } ist zurückgezogen.
mentoring-id_missing = Bitte gib die ID an (eine Zahl).
mentoring-match_unknown = Ein Match #{ $id } hast du nicht. { $command } zeigt deine Anfragen und ihre Match-Nummern.
mentoring-match_not_accepted = #{ $id } ist noch kein angenommenes Match, deshalb kann es nicht bewertet oder beendet werden; das geht, sobald die Mentorin oder der Mentor zusagt. { $command } zeigt den Stand deiner Anfragen.
mentoring-match_ended_already = Match #{ $id } ist schon beendet. Bewerten kannst du es trotzdem: { $command }.
mentoring-feedback_missing = Bitte gib die Match-ID und eine Bewertung von 1 bis 5 an.
mentoring-feedback_saved = Danke! Deine Bewertung { $rating }/5 für Match #{ $id } ist gespeichert.
mentoring-feedback_replaced = Deine Bewertung für Match #{ $id } ist jetzt { $rating }/5.
mentoring-ended = Match #{ $id } ist beendet; danke! Bewerten kannst du es mit { $command }.
mentoring-pending_none = Keine Vorschläge warten auf deine Antwort.
mentoring-pending_header = Vorschläge, die auf deine Antwort warten ({ $count }):
mentoring-pending_item = {"  "}Vorschlag #{ $id } ({ $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}, Antwort bis { $deadline }): „{ $need }“ – { $accept } / { $decline }
mentoring-status_none = Du hast keine Anfragen. Eine Mentorin oder einen Mentor findest du mit { $command }.
mentoring-status_header = Deine Anfragen (zurückziehen mit der Anfragenummer; bewerten oder beenden mit der Match-Nummer):
mentoring-status_item = {"  "}Anfrage #{ $id } ({ $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}) „{ $need }“: { $state }
mentoring-status_matched = vermittelt an { $name }: bewerten mit { $feedback }, beenden mit { $end }
mentoring-status_matched_gone = vermittelt (die andere Person hat ihre Daten inzwischen gelöscht)
mentoring-status_proposed = { $nth } Versuch: { $kind ->
    [expert] Eine Expertin oder ein Experte
   *[mentor] Eine Mentorin oder ein Mentor
} ist gefragt, Antwort bis { $until }; { $cancel } zieht die Anfrage zurück
mentoring-status_proposed_unsent = { $nth } Versuch: Der Vorschlag geht in wenigen Minuten an { $kind ->
    [expert] eine Expertin oder einen Experten
   *[mentor] eine Mentorin oder einen Mentor
}; { $cancel } zieht die Anfrage zurück
mentoring-status_open = offen, bisher passt niemand als { $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
} ({ $tries ->
    [one] eine Person gefragt
   *[other] { $tries } Personen gefragt
}); { $cancel } zieht sie zurück
mentoring-status_cancelled = zurückgezogen
mentoring-status_pending = Vorschläge, die auf deine Antwort warten: { $ids } (Vorschlagsnummern: { $accept } oder { $decline }; { $command } zeigt sie).
mentoring-stats_requests = Anfragen: { $open } offen{ $waiting }, { $proposed } mit Vorschlag, { $matched } vermittelt, { $cancelled } zurückgezogen.
mentoring-stats_exhausted = {" "}({ $count ->
    [one] bei einer davon sind alle passenden Personen gefragt, sie wartet
   *[other] bei { $count } davon sind alle passenden Personen gefragt, sie warten
} auf neue Mentor:innen oder Expert:innen)
mentoring-stats_proposals = Vorschläge: { $pending } offen, { $accepted } angenommen, { $declined } abgelehnt, { $expired } abgelaufen, { $withdrawn } zurückgezogen.
mentoring-stats_median = Mittlere Zeit bis zum Match (Median): { $hours } Std.
mentoring-stats_median_none = Mittlere Zeit bis zum Match (Median): noch keine Matches.
mentoring-stats_load_header = Auslastung je Mentor:in/Expert:in ({ $count }; belegt/Kapazität):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] Expert:in
   *[mentor] Mentor:in
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Sammelabgleich: { $open ->
    [one] eine offene Anfrage
   *[other] { $open } offene Anfragen
}, { $proposed ->
    [one] ein Vorschlag verschickt
   *[other] { $proposed } Vorschläge verschickt
}, { $unmatched } ohne passende Person.
mentoring-cli_run_result = Sammelabgleich: { $open ->
    [one] eine offene Anfrage
   *[other] { $open } offene Anfragen
}, { $proposed ->
    [one] ein Vorschlag erstellt
   *[other] { $proposed } Vorschläge erstellt
}, { $unmatched } ohne passende Person. Der laufende Bot stellt die Vorschläge innerhalb { $minutes ->
    [one] einer Minute
   *[other] von { $minutes } Minuten
} zu (oder beim nächsten Start).
mentoring-ended_by_other = { $name } hat Match #{ $id } beendet; danke für eure gemeinsame Zeit. Bewerten kannst du es trotzdem: { $command }.
mentoring-ended_by_erasure = Match #{ $id } ist beendet: Die andere Person hat den Bot gebeten, ihre Daten zu löschen. Danke für eure gemeinsame Zeit; bewerten kannst du das Match trotzdem: { $command }.
mentoring-ordinal-n1 = { $n }.
mentoring-ordinal-n2 = { $n }.
mentoring-ordinal-n3 = { $n }.
mentoring-ordinal-other = { $n }.
mentoring-reason-topic = Themen: { $detail }
mentoring-reason-bio = dein Kurzprofil: { $detail }
mentoring-reason-language = Sprache: { $detail }
mentoring-reason-country = Land: { $detail }
mentoring-reason-sector = Branche: { $detail }
mentoring-asked-languages = Sprache { $value }
mentoring-asked-country = Land { $value }
mentoring-asked-sector = Branche { $value }
mentoring-asked-nothing = keine besonderen Wünsche
mentoring-field-topic_long = Jedes Thema darf höchstens { $limit } Zeichen lang sein; trenne Themen mit Kommas.
mentoring-field-topics_missing = Bitte gib deine Themen an, z. B. „topics: Ausbildungsplanung, Prüfungen“.
mentoring-field-topics_many = { $limit ->
    [one] Bitte gib höchstens ein Thema an.
   *[other] Bitte gib höchstens { $limit } Themen an, getrennt durch Kommas.
}
mentoring-field-language_bad = „{ $value }“ ist kein Sprachcode nach ISO 639-1; verwende zweibuchstabige Codes wie de, en, fr, getrennt durch Kommas (z. B. „de, en“).
mentoring-field-languages_missing = Bitte gib mindestens einen Sprachcode an, z. B. „languages: de, en“.
mentoring-field-languages_many = { $limit ->
    [one] Bitte gib höchstens eine Sprache an.
   *[other] Bitte gib höchstens { $limit } Sprachen an.
}
mentoring-field-country_bad = „{ $value }“ ist kein Ländercode nach ISO 3166-1; verwende den zweibuchstabigen Code, z. B. DE, AT, CH.
mentoring-field-country_hint = „{ $value }“ ist kein Ländercode nach ISO 3166-1; verwende stattdessen { $code }.
mentoring-field-sector_missing = Bitte nenne die Branche, z. B. „sector: Bau“.
mentoring-field-sector_long = Die Branche darf höchstens { $limit } Zeichen lang sein.
mentoring-field-capacity_bad = Die Kapazität muss eine ganze Zahl von 1 bis { $max } sein (angegeben: „{ $value }“).
mentoring-field-bio_long = Dein Kurzprofil hat { $length } Zeichen; bitte beschränke es auf { $limit }.
mentoring-field-consent_bad = Die Zustimmung schreibt man „consent: yes“ (oder „no“).
mentoring-field-cross_border_bad = Grenzüberschreitend schreibt man „cross_border: yes“ (dann können dich Ausbilder:innen anderer Netzwerke in deinen Sprachen anfragen) oder „no“, nicht „{ $value }“.
mentoring-field-need_missing = Bitte schreib, wobei du Hilfe brauchst, z. B. !match betriebliche Prüfungen gestalten.
mentoring-field-need_long = Deine Anfrage hat { $length } Zeichen; bitte beschränke sie auf { $limit }.
mentoring-field-kind_bad = „{ $value }“ ist keine gültige Art; verwende „kind: mentor“ oder „kind: expert“.
mentoring-field-until_bad = „{ $value }“ ist kein Datum; verwende JJJJ-MM-TT.
mentoring-field-until_range = Das Datum muss in der Zukunft liegen, höchstens { $days ->
    [one] einen Tag
   *[other] { $days } Tage
} voraus; schreib es als JJJJ-MM-TT, z. B. until: 2027-01-15.
mentoring-field-id_bad = „{ $value }“ ist keine ID; IDs sind Zahlen wie 12.
mentoring-field-rating_bad = Die Bewertung muss eine ganze Zahl von 1 bis 5 sein (angegeben: „{ $value }“).
mentoring-field-comment_long = Der Kommentar darf höchstens { $limit } Zeichen lang sein.
mentoring-match_number_ambiguous = #{ $id } ist sowohl eine deiner Anfragen als auch ein Vorschlag, den du angenommen hast, deshalb weiß ich nicht, welches Match du meinst. { $status } zeigt deine Anfragen, { $pending } die Vorschläge, die du bekommen hast.
mentoring-status_ended = beendet; bewerten mit { $feedback }
mentoring-status_ended_rated = beendet, bewertet mit { $rating }/5 (ändern mit { $feedback })
mentoring-leave_ask = Damit löschst du dein Profil endgültig; Vorschläge, die auf deine Antwort warten, gehen an jemand anderen (für eine Pause nimm lieber pause). Wenn du sicher bist, sende { $command }.
mentoring-cancel_ask = Damit ziehst du deine Anfrage zurück: Wer schon gefragt wurde, erfährt es, und niemand sonst wird gefragt. Wenn du sicher bist, sende { $command }.
