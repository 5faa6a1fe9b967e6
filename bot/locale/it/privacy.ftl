# privacy: Italian (tu)

privacy-intro = Cosa conserva { $name } su di te, e perché:
privacy-core_what = Il tuo nome in chat e l'ID del tuo account su ogni piattaforma, solo da quando usi una funzione che ne ha bisogno (mentoring, segnalazioni), così il bot può contattarti e mostrarti i tuoi dati; la lingua, il fuso orario e il paese che scegli con { $prefix }language, { $prefix }timezone e { $prefix }country. I comandi in sé non vengono conservati; le azioni dei coordinatori (programmazioni, revisioni, abbinamenti in blocco) restano in un registro di audit legato al loro account.
privacy-rights = Vedi tutto ciò che è conservato su di te con { $prefix }mydata (te lo mando in privato); cancellalo con { $prefix }forgetme. I coordinatori vedono le statistiche del mentoring, ma non i tuoi messaggi.
privacy-nothing_stored = Non conservo nulla su di te.
privacy-export_intro = Ecco tutto ciò che conservo su di te, in un file (JSON).
privacy-export_sent = Ti ho inviato i tuoi dati in un messaggio privato.
privacy-forget_ask = Così cancelli tutto ciò che conservo su di te: i tuoi profili da mentor o da esperto, le tue richieste, le tue valutazioni, le tue risposte ai sondaggi, le risposte contate nei thread delle domande, il tuo account nel registro di audit e i tuoi account. Restano solo conteggi anonimi. Le proposte in attesa di una tua risposta passano a qualcun altro; i tuoi abbinamenti in corso terminano e l'altra persona viene avvisata. Per procedere, invia { $command }.
privacy-forget_button = Cancella i miei dati
privacy-forget_confirm_word = Invia { $prefix }forgetme per vedere cosa viene cancellato, poi { $prefix }forgetme confirm.
privacy-forgotten = Fatto: ho cancellato tutto ciò che conservavo su di te. Restano solo conteggi anonimi.
