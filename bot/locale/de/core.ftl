# core: Deutsch (Anrede: du)

core-rate_limited = Du schickst Befehle schneller, als ich sie bearbeiten kann. Bitte warte { $seconds ->
    [one] etwa eine Sekunde
   *[other] etwa { $seconds } Sekunden
}; bis dahin ignoriere ich deine Befehle.
core-too_long = Die Nachricht ist für einen Befehl zu lang (mehr als { $limit } Zeichen). Bitte kürze sie.
core-outbox_gave_up = Eine Nachricht von mir ließ sich auf { $platform } { $attempts ->
    [one] auch nach einem Versuch
   *[other] auch nach { $attempts } Versuchen
} nicht zustellen ({ $what }). Ist die Plattform verbunden, und hat die Person noch einen Server oder Raum mit mir gemeinsam?
core-internal_error = Entschuldige, bei mir ist etwas schiefgelaufen. Wenn das öfter passiert, gib der Koordination Bescheid und nenne die Fehlernummer { $error_id }.
core-store_error = Ich komme gerade nicht an meine Datenbank (vielleicht ist sie ausgelastet), deshalb hat das nicht geklappt. Versuch es gleich noch einmal; wenn es öfter passiert, gib der Koordination Bescheid und nenne die Fehlernummer { $error_id }.
core-unknown_command = Den Befehl „{ $command }“ kenne ich nicht. Mit { $prefix }help siehst du, was ich kann.
core-unknown_command_suggest = Den Befehl „{ $command }“ kenne ich nicht. Meintest du { $suggestions }? Alle Befehle zeigt { $prefix }help.
core-permission_denied = { $command } können nur { $role ->
    [admin] Admins
    [coordinator] Koordinator:innen
    [trainer] Ausbilder:innen
   *[other] Personen mit der Rolle { $role }
} verwenden.
core-group_intro = { $command } hat diese Unterbefehle:
core-no_subcommand = { $command } hat keinen Unterbefehl „{ $name }“.
core-usage = Verwendung: { $usage }
core-missing_argument = Bitte gib { $name } an.
core-option_unknown = Eine Option „{ $option }:“ gibt es hier nicht.
core-option_malformed = „{ $segment }“ kann ich nicht als Option lesen (Optionen sehen so aus: „name: wert“).
core-options_available = Optionen: { $options } (mit „;“ trennen).
core-option_repeated = Die Option „{ $option }:“ steht zweimal da; gib sie nur einmal an.
core-option_empty = Die Option „{ $option }:“ braucht einen Wert.
core-no_subcommand_suggest = { $command } hat keinen Unterbefehl „{ $name }“. Meintest du { $suggestions }?
core-confirm_word = confirm
core-confirm_button = Ja, weiter
core-confirm_ask = Das lässt sich nicht rückgängig machen. Wenn du sicher bist, sende { $command }.
core-question_hint = Ich habe das als { $command } nachgeschlagen. Befehle beginnen mit { $prefix }; { $help } zeigt sie alle.
