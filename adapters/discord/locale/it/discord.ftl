# discord: Italian (tu)

discord-dm_failed = Non sono riuscito a mandarti un messaggio privato: Discord l'ha rifiutato (forse hai chiuso i messaggi diretti per questo server). Consenti i messaggi diretti dai membri del server e riprova.
discord-command_gone = Questo comando non è più disponibile. Scrivi { $prefix }help per vedere cosa so fare.
discord-done = Fatto.
discord-choice_expired = Questo pulsante è scaduto (sono stato riavviato dopo l'invio). Invia di nuovo il comando, per favore.
