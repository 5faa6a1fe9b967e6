# core: Italian (tu)

core-rate_limited = Stai inviando comandi più in fretta di quanto io riesca a gestirli. Aspetta { $seconds ->
    [one] circa { $seconds } secondo
   *[other] circa { $seconds } secondi
}; fino ad allora ignorerò i tuoi comandi.
core-too_long = Questo messaggio è troppo lungo per un comando (più di { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}). Accorcialo, per favore.
core-outbox_gave_up = Un mio messaggio non è stato consegnato su { $platform } dopo { $attempts ->
    [one] { $attempts } tentativo
   *[other] { $attempts } tentativi
} ({ $what }). La piattaforma è collegata, e la persona condivide ancora un server o un canale con me?
core-internal_error = Scusa, qualcosa è andato storto da parte mia. Se succede ancora, avvisa un coordinatore e indica il codice errore { $error_id }.
core-store_error = Non sono riuscito a raggiungere il mio database (forse è occupato), quindi non ho potuto farlo. Riprova tra un momento; se succede ancora, avvisa un coordinatore e indica il codice errore { $error_id }.
core-unknown_command = Non conosco il comando «{ $command }». Scrivi { $prefix }help per vedere cosa so fare.
core-unknown_command_suggest = Non conosco il comando «{ $command }». Forse intendevi { $suggestions }? Scrivi { $prefix }help per vedere tutti i comandi.
core-permission_denied = Solo un { $role ->
    [admin] amministratore
    [trainer] formatore
   *[coordinator] coordinatore
} può usare { $command }.
core-group_intro = { $command } ha questi sottocomandi:
core-no_subcommand = { $command } non ha un sottocomando «{ $name }».
core-no_subcommand_suggest = { $command } non ha un sottocomando «{ $name }». Forse intendevi { $suggestions }?
core-usage = Uso: { $usage }
core-missing_argument = Indica { $name }.
core-option_unknown = Qui non esiste l'opzione «{ $option }:».
core-option_malformed = Non riesco a leggere «{ $segment }» come opzione (le opzioni si scrivono «chiave: valore»).
core-options_available = Opzioni: { $options } (separale con «;»).
core-option_repeated = L'opzione «{ $option }:» compare due volte; indicala una volta sola.
core-option_empty = L'opzione «{ $option }:» richiede un valore.
core-confirm_word = conferma
core-confirm_button = Sì, procedi
core-confirm_ask = Non si può annullare. Per procedere, invia { $command }.
core-question_hint = L'ho cercato come { $command }. I comandi iniziano con { $prefix }; { $help } li elenca tutti.
