# surveys: italiano

surveys-privacy_what = Sondaggi: le tue risposte a un sondaggio restano collegate a te solo perché tu risponda una volta e possa modificarle o cancellarle; i risultati mostrano solo numeri, mai un gruppo di meno di 5 persone, e una risposta libera solo se hai accettato di condividerla, mai con il tuo nome. Le risposte vengono cancellate qualche tempo dopo la chiusura del sondaggio.
surveys-announce = 📋 Nuovo sondaggio: «{ $title }» ({ $count ->
    [one] una domanda
   *[other] { $count } domande
}), anonimo, aperto fino a { $closes }. Per partecipare invia { $command }: ti farò le domande in un messaggio diretto.
surveys-announce_button = Partecipa
surveys-closed_post = Il sondaggio «{ $title }» (numero { $id }) è chiuso. Grazie a tutte e tutti quelli che hanno risposto!
surveys-status-planned = in programma
surveys-status-open = aperto
surveys-status-closed = chiuso
surveys-status-cancelled = annullato
surveys-fewer_than = meno di { $min }
surveys-withheld = non mostrato

surveys-created = Il sondaggio { $id } «{ $title }» è salvato: { $count ->
    [one] una domanda
   *[other] { $count } domande
}, aperto da { $opens } a { $closes }, annunciato in { $room }.
surveys-created_open = È aperto da subito: l'ho annunciato nella stanza.
surveys-created_planned = Lo annuncerò nella stanza il primo giorno.
surveys-not_connected = Nota: questo bot non è collegato a { $platform } (usa { $connected }), quindi l'annuncio in { $room } resterà in attesa finché quella piattaforma non sarà configurata in bot.toml ([bot] adapters e le sue credenziali).
surveys-list-empty = Nelle tue reti non ci sono ancora sondaggi.
surveys-list-header = Sondaggi:
surveys-list-line = { $id }. «{ $title }» — { $status }, da { $opens } a { $closes }; risposte di: { $people }
surveys-show = Sondaggio { $id } «{ $title }» — { $status }
    Aperto da { $opens } a { $closes }, in { $room } (rete { $network })
    Risposte di: { $people }
    Domande:
surveys-close_ask = Così chiudi subito il sondaggio: nessuno potrà più rispondere. Per procedere invia { $command }.
surveys-cancel_ask = Così annulli il sondaggio e cancelli tutte le sue risposte; non si può tornare indietro. Per procedere invia { $command }.
surveys-done_close = Il sondaggio { $id } «{ $title }» è chiuso.
surveys-done_cancel = Il sondaggio { $id } «{ $title }» è annullato e le sue risposte sono cancellate.

surveys-question = Sondaggio { $id } «{ $title }» — domanda { $number } di { $total }:
    { $question }
surveys-ask_choice = Scegli una risposta:
surveys-ask_scale = Scegli un numero da { $low } (il minimo) a { $high } (il massimo):
surveys-ask_text = Scrivi la tua risposta come prossimo messaggio qui (oppure invia { $command }).
surveys-current = La tua risposta finora: { $answer }
surveys-share_ask = Salvata. Posso mostrare questa risposta nei risultati, senza il tuo nome? Vengono mostrate solo le risposte che accetti di condividere. Invia { $command }, oppure no.
surveys-share_yes = Sì, condividila
surveys-share_no = No, tienila privata
surveys-shared_yes = Grazie: la tua risposta potrà comparire nei risultati, senza il tuo nome.
surveys-shared_no = D'accordo: la tua risposta viene contata ma mai mostrata.
surveys-all_answered = Grazie! Hai risposto a tutte le { $total } domande del sondaggio { $id } «{ $title }». Puoi modificare una risposta fino a { $closes }, per esempio con { $command }.
surveys-sent_by_dm = Ti ho inviato le domande in un messaggio diretto.

surveys-results-too_few = Sondaggio { $id } «{ $title }» ({ $status }): hanno risposto meno di { $min } persone, quindi non ci sono ancora risultati. I risultati non mostrano mai un gruppo di meno di { $min } persone.
surveys-results-header = Risultati del sondaggio { $id } «{ $title }» ({ $status }): hanno risposto { $count } persone. I gruppi di meno di 5 persone non vengono mostrati come numeri.
surveys-results-question = { $question } — { $count } risposte
surveys-results-question_few = { $question } — meno di { $min } risposte, non mostrate
surveys-results-average = media: { $value }
surveys-results-shared = { $count ->
    [one] una risposta condivisa:
   *[other] { $count } risposte condivise:
}
surveys-results-withheld_note = I numeri segnati «non mostrato» sono trattenuti perché un gruppo di meno di { $min } persone non si possa ricavare dal totale.
surveys-results-shared_none = nessuna risposta condivisa

surveys-error-unknown = Non c'è nessun sondaggio { $id }.
surveys-error-not_open = Il sondaggio { $id } è { $status }: ora non si può rispondere.
surveys-error-already = Il sondaggio { $id } è già { $status }.
surveys-error-no_question = Il sondaggio { $id } ha le domande da 1 a { $total }, non { $number }.
surveys-error-empty_text = La tua risposta è vuota.
surveys-error-text_too_long = La tua risposta è troppo lunga: al massimo { $limit } caratteri.
surveys-error-bad_answer = Questa non è una risposta alla domanda { $number }. Scegli tra: { $choices }.
surveys-error-nothing_to_share = Non hai una risposta scritta alla domanda { $number } del sondaggio { $id }.
surveys-error-ends_in_past = Questo sondaggio sarebbe già finito: scegli un ultimo giorno da oggi in poi.
surveys-error-option_twice = L'opzione { $option }: compare due volte.
surveys-error-bad_date = { $option }: `{ $value }` non è un giorno; scrivilo 2026-12-31 o 31.12.2026.
surveys-error-room_needed = In un messaggio diretto, indica dove annunciare il sondaggio con in: #stanza.
surveys-error-bad_room = Non posso pubblicare in `{ $room }`; scrivi in: #stanza oppure in: piattaforma:stanza.
surveys-error-not_your_room = Non puoi annunciare un sondaggio in { $room }: un ruolo di coordinamento di un server o di una stanza vale solo nei server e nelle stanze per cui questo bot è configurato.
surveys-error-id_missing = Quale sondaggio? Indica il suo numero, per esempio { $example }.
surveys-error-bad_id = `{ $id }` non è un numero di sondaggio.
surveys-error-stray_text = Non so cosa fare di `{ $text }`: ogni parte del sondaggio è un'opzione come titolo: o domande:.
surveys-error-title_missing = Il sondaggio ha bisogno di un titolo: titolo: …
surveys-error-title_too_long = Il titolo è troppo lungo: al massimo { $limit } caratteri.
surveys-error-end_missing = Indica l'ultimo giorno del sondaggio con fino: AAAA-MM-GG.
surveys-error-ends_before_start = L'ultimo giorno viene prima del primo: fino: deve essere uguale o successivo a dal:.
surveys-error-bad_number = `{ $value }` non è un numero di domanda.
surveys-error-share_usage = Di' se la tua risposta scritta può essere mostrata: per esempio { $example } (oppure no).
surveys-error-questions_hint = Scrivi ogni domanda come `Domanda? | a / b / c` (una scelta), `Domanda? | 1-5` (una scala) o `Domanda? | testo` (risposta libera), separate da ; o da un a capo. Per esempio: domande: Ti è stato utile? | sì / no / in parte; Quanto è stato utile? | 1-5; Cosa cambieresti? | testo
surveys-error-no_questions = Il sondaggio non ha domande: aggiungile con domande:.
surveys-error-too_many_questions = Un sondaggio può avere al massimo { $limit } domande.
surveys-error-no_bar = La domanda { $number } (`{ $question }`) non ha risposte: metti un | tra la domanda e le sue risposte.
surveys-error-no_text = La domanda { $number } (`{ $question }`) ha risposte ma nessuna domanda prima del |.
surveys-error-question_too_long = La domanda { $number } è troppo lunga: al massimo { $limit } caratteri.
surveys-error-no_answers = La domanda { $number } (`{ $question }`) non ha niente dopo il |.
surveys-error-bad_scale = Domanda { $number }: `{ $scale }` non è una scala utilizzabile; scrivi 1-5 o 0-10 (da 0 o 1, fino a 10).
surveys-error-few_options = La domanda { $number } (`{ $question }`) ha bisogno di almeno due risposte, separate da /.
surveys-error-many_options = La domanda { $number } ha troppe risposte: al massimo { $limit }.
surveys-error-option_too_long = Una risposta della domanda { $number } è troppo lunga: al massimo { $limit } caratteri.
surveys-error-same_options = La domanda { $number } (`{ $question }`) ripete la stessa risposta.

surveys-cli_bad_id = `{ $id }` non è un numero di sondaggio.
surveys-cli_written = Risultati del sondaggio { $id } scritti in { $path }.
