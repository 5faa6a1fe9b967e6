# privacy: Deutsch (Anrede: du)

privacy-intro = Was { $name } über dich speichert, und warum:
privacy-core_what = Deinen Chatnamen und deine Konto-ID auf jeder Plattform – aber erst, wenn du eine Funktion nutzt, die sie braucht (Mentoring, Tool-Vorschläge), damit der Bot dich erreichen und dir deine eigenen Daten zeigen kann; die Sprache, die Zeitzone und das Land, die du mit { $prefix }language, { $prefix }timezone und { $prefix }country wählst. Befehle selbst werden nicht gespeichert; was Koordinator:innen tun (Planung, Prüfungen, Sammelläufe), steht unter ihrem Konto in einem Änderungsprotokoll.
privacy-rights = Alles, was über dich gespeichert ist, siehst du mit { $prefix }mydata (kommt per Direktnachricht); löschen kannst du es mit { $prefix }forgetme. Koordinator:innen sehen Statistiken zum Mentoring, aber nicht deine Nachrichten.
privacy-nothing_stored = Ich speichere nichts über dich.
privacy-export_intro = Hier ist alles, was ich über dich speichere, als Datei (JSON).
privacy-export_sent = Ich habe dir deine Daten per Direktnachricht geschickt.
privacy-forget_ask = Damit löschst du alles, was ich über dich speichere: deine Profile als Mentor:in oder Expert:in, deine Anfragen, deine Bewertungen, deine Antworten auf Umfragen, deine gezählten Antworten in Impuls-Threads, dein Konto im Änderungsprotokoll und deine Konten. Nur anonyme Zahlen bleiben. Vermittlungsvorschläge, die auf deine Antwort warten, gehen an jemand anderen; ein laufendes Match endet, und die andere Person erfährt davon. Wenn du sicher bist, sende { $command }.
privacy-forget_button = Meine Daten löschen
privacy-forget_confirm_word = Sende { $prefix }forgetme, um zu sehen, was gelöscht wird, und dann { $prefix }forgetme confirm.
privacy-forgotten = Erledigt: Ich habe alles gelöscht, was ich über dich gespeichert hatte. Nur anonyme Zahlen bleiben.
