# prompts: Italian (tu)

prompts-thread_title = Domanda { $id }
prompts-scheduled =
    Domanda { $id } programmata: { $when }.
    Prossima pubblicazione: { $next }, in { $targets }.
    Vedila con { $prefix }prompt show { $id }; le prossime date con { $prefix }prompt preview { $id }.
prompts-edited = Domanda { $id } modificata:
prompts-edited_schedule = Programmazione: { $when }. Prossima pubblicazione: { $next }.
prompts-edited_rooms = Canali: { $targets }.
prompts-edited_text = Testo: { $text }
prompts-skipped = La prossima pubblicazione della domanda { $id } ({ $when }) verrà saltata.
prompts-skip_kept = La pubblicazione saltata del { $when } è ancora nella programmazione e resta saltata.
prompts-skip_kept_many = Le pubblicazioni saltate ({ $when }) sono ancora nella programmazione e restano saltate.
prompts-skip_cleared = La pubblicazione saltata del { $when } non è più nella programmazione, quindi il salto è annullato.
prompts-skip_cleared_many = Le pubblicazioni saltate ({ $when }) non sono più nella programmazione, quindi quei salti sono annullati.
prompts-show =
    Domanda { $id } — { $status }
    Quando: { $when }
    Prossima pubblicazione: { $next }
    Canali: { $targets }
    Autore: { $author }
    Pubblicazioni: { $sent ->
        [one] { $sent } fatta
       *[other] { $sent } fatte
    }, { $missed ->
        [one] { $missed } mancata
       *[other] { $missed } mancate
    }, { $skipped ->
        [one] { $skipped } saltata
       *[other] { $skipped } saltate
    }.
    Testo:
    { $text }
prompts-privacy_what = Domande di discussione: le domande e le serie dei coordinatori riportano chi le ha create; nel thread di una domanda il bot conta chi ha risposto finché non pubblica il riepilogo della partecipazione, poi tiene solo i numeri — mai ciò che è stato scritto.
prompts-done-pause = La domanda { $id } è in pausa.
prompts-done-resume = La domanda { $id } è di nuovo attiva; ciò che scadeva durante la pausa non viene pubblicato.
prompts-done-cancel = La domanda { $id } è annullata.
prompts-skip_ends-skipped = Era la sua unica pubblicazione, quindi ora la domanda { $id } è saltata: non verrà pubblicata.
prompts-skip_ends-finished = Era la sua ultima pubblicazione, quindi ora la domanda { $id } è conclusa.
prompts-status-active = attiva
prompts-status-paused = in pausa
prompts-status-cancelled = annullata
prompts-status-finished = conclusa
prompts-status-skipped = saltata
prompts-list-header = Domande (ID, stato, prossima pubblicazione, testo):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[serie { $id }]
prompts-list-empty = Nessuna domanda attiva o in pausa. Programmane una con { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] La prossima pubblicazione della domanda { $id } ({ $tz }):
   *[other] Le prossime { $count } pubblicazioni della domanda { $id } ({ $tz }):
}
prompts-preview-none = La domanda { $id } non ha pubblicazioni in arrivo (è { $status }).
prompts-targets-empty = L'opzione in: non indica nessun canale.
prompts-targets-too_many = Una domanda può andare al massimo in { $limit ->
    [one] { $limit } canale
   *[other] { $limit } canali
}.
prompts-targets-bad_room = `{ $room }` non è un canale in cui posso pubblicare.
prompts-targets-hint = Per esempio `in: #scambio-pratiche`, `in: #generale, #mentor` oppure `in: matrix:!abc:example.org`.
prompts-targets-needed = In un messaggio privato, indica dove va la domanda con in: #canale.
prompts-targets-unknown_platform = `{ $platform }:` non è una piattaforma che conosco; posso pubblicare su { $platforms }.
prompts-targets-not_yours = Non puoi pubblicare in { $rooms }: un ruolo da coordinatore su un server o in un canale vale solo nei server e nei canali per cui questo bot è configurato.
prompts-targets-not_yours_hint = Scegli un canale tra quelli (una stanza Matrix con il suo ID, !…:server), oppure chiedi a chi gestisce il bot di aggiungerlo in bot.toml ([permissions] discord_guilds, matrix_rooms) o di programmare la domanda.
prompts-targets-not_connected = Nota: questo bot non è collegato a { $platforms } (usa { $connected }), quindi le pubblicazioni in { $rooms } non andranno a buon fine finché quella piattaforma non sarà configurata in bot.toml ([bot] adapters e le sue credenziali).
prompts-targets-network_channel = Senza in: si usa il canale delle domande della rete { $network }; per altri canali indicali con in: #canale.
prompts-error-bad_id = `{ $id }` non è un ID; gli ID sono numeri.
prompts-error-id_missing_prompt = Indica l'ID della domanda, per esempio { $example }.
prompts-error-id_missing_series = Indica l'ID della serie, per esempio { $example }.
prompts-error-not_found = La domanda { $id } non esiste.
prompts-error-text_missing = L'opzione { $option }: manca o è vuota.
prompts-error-text_too_long = L'opzione { $option }: è troppo lunga (al massimo { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}).
prompts-error-already = La domanda { $id } è già { $status }.
prompts-error-cannot_pause = La domanda { $id } è { $status }, quindi non può essere messa in pausa.
prompts-error-cannot_resume = La domanda { $id } è { $status }; si può riprendere solo una domanda in pausa.
prompts-error-cannot_cancel = La domanda { $id } è { $status }; non c'è più niente da annullare.
prompts-error-cannot_edit = La domanda { $id } è { $status } e non si può più modificare.
prompts-error-cannot_skip = La domanda { $id } è { $status }, quindi non ha pubblicazioni in arrivo da saltare.
prompts-error-series_part = L'ID { $id } è la parte «{ $part }» della serie { $series }, non una domanda a sé. Vedila con { $show }; modificala o eliminala con { $edit }: … (none la elimina).
prompts-error-text_not_last = L'opzione { $option }: veniva dopo text:, quindi è finita dentro il testo. text: prende tutto il resto della riga: mettila per ultima.
prompts-error-missing_colon = Le opzioni vogliono i due punti: scrivi `{ $option }: …`, non `{ $option } …`.
prompts-error-stray_text = Non so cosa fare con `{ $text }`: le opzioni si scrivono `chiave: valore`, separate da `;`.
prompts-error-nothing_to_skip = La domanda { $id } non ha pubblicazioni in arrivo da saltare.
prompts-error-edit_nothing = Indica cosa cambiare: in:, at:, cron:, every:, tz:, start:, end: o text:.
prompts-notice-missed = La domanda { $id } («{ $text }») doveva uscire { $count ->
    [one] { $count } volta
   *[other] { $count } volte
} mentre ero offline, dal { $first } al { $last }, e non è stata pubblicata.
prompts-notice-missed_one = La domanda { $id } («{ $text }») doveva uscire il { $first } mentre ero offline, troppo tempo fa per pubblicarla ora; non è stata pubblicata.
prompts-notice-stale_one = La domanda { $id } («{ $text }») era in pubblicazione il { $first } quando mi sono fermato; potrebbe non essere uscita, ed è troppo tardi per riprovare.
prompts-notice-failed_one = La domanda { $id } («{ $text }») non è stata pubblicata il { $first }: la piattaforma l'ha rifiutata dopo vari tentativi.
prompts-notice-stale = La domanda { $id } («{ $text }») era in pubblicazione ({ $count ->
    [one] { $count } volta
   *[other] { $count } volte
}, dal { $first } al { $last }) quando mi sono fermato; quelle pubblicazioni potrebbero non essere uscite, ed è troppo tardi per riprovare.
prompts-notice-failed = La domanda { $id } («{ $text }») non è stata pubblicata { $count ->
    [one] { $count } volta
   *[other] { $count } volte
}, dal { $first } al { $last }: la piattaforma l'ha rifiutata dopo vari tentativi.
prompts-summary-text = Partecipazione: { $people ->
    [one] { $people } persona
   *[other] { $people } persone
}, { $replies ->
    [one] { $replies } risposta
   *[other] { $replies } risposte
}. Grazie per aver partecipato!
prompts-summary-none = Ancora nessuna risposta in questo thread. Resta aperto per le tue riflessioni.
prompts-series-created = Serie { $id } «{ $title }» creata per { $targets }. Aggiungi domande con { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Domanda { $prompt } aggiunta alla serie { $id }, pubblicazione { $when }. { $show } elenca la serie in ordine.
prompts-series-not_found = La serie { $id } non esiste.
prompts-series-not_active = La serie { $id } è { $status } e non si può più modificare.
prompts-series-already = La serie { $id } è già { $status }.
prompts-series-once_only = Una domanda della serie { $id } esce una volta sola: indica data e ora con at:, non una programmazione ricorrente.
prompts-series-edit_nothing = Indica cosa cambiare: title:, opening: o closing: (none elimina l'apertura o la chiusura).
prompts-series-opening_gone = La serie { $id } è già stata aperta; la sua apertura non si può più modificare.
prompts-series-changed_title = titolo «{ $title }»
prompts-series-changed_bookend = nuova { $part }
prompts-series-dropped_bookend = { $part } eliminata
prompts-series-edited = Serie { $id } modificata: { $changes }. Vedila con { $prefix }series show { $id }.
prompts-series-show_footer = Cambia titolo, apertura o chiusura con { $prefix }series edit { $id } opening: …; closing: … (none ne elimina una).
prompts-series-emptied = La serie { $id } non ha più domande da pubblicare, quindi anche l'apertura e la chiusura sono annullate; torneranno quando aggiungerai una domanda.
prompts-series-title_missing = Una serie ha bisogno di un titolo: title: …
prompts-series-at_missing = Indica quando esce la domanda: at: 2026-12-01 09:00.
prompts-series-before_opening = La serie { $id } è già stata aperta; le nuove domande devono venire dopo la sua apertura.
prompts-series-show =
    Serie { $id } «{ $title }» — { $status }
    Canali: { $targets } · fuso orario { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = domanda { $id }
prompts-series-opening = apertura
prompts-series-closing = chiusura
prompts-series-empty = Ancora nessuna domanda: { $prefix }series add { $id } at: …; text: …
prompts-series-cancel_ask = Così annulli la serie e tutte le sue pubblicazioni non ancora fatte; non si può tornare indietro. Per procedere, invia { $command }.
prompts-series-cancelled = La serie { $id } è annullata ({ $count ->
    [one] { $count } pubblicazione non ancora uscita è annullata
   *[other] { $count } pubblicazioni non ancora uscite sono annullate
}).
prompts-series-cancelled_one = La serie { $id } è annullata (1 pubblicazione non ancora uscita è annullata).
prompts-series-list_header = Serie (ID, stato, titolo):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Ancora nessuna serie. Creane una con { $prefix }series create title: …
prompts-cancel_ask = Così annulli la domanda per sempre: non verrà più pubblicata (per fermarla per un po', mettila invece in pausa). Per procedere, invia { $command }.
