# discord: Deutsch (Anrede: du)

discord-dm_failed = Ich konnte dir keine Direktnachricht schicken: Discord hat sie abgelehnt (vielleicht hast du Direktnachrichten von diesem Server ausgeschaltet). Erlaube Direktnachrichten von Servermitgliedern und versuch es noch einmal.
discord-command_gone = Diesen Befehl gibt es nicht mehr. Mit { $prefix }help siehst du, was ich kann.
discord-done = Erledigt.
discord-choice_expired = Dieser Button ist abgelaufen (ich wurde inzwischen neu gestartet). Bitte sende den Befehl noch einmal.
