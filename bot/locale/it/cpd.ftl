# Sviluppo professionale (!cpd): autovalutazione, piano, diario di apprendimento e portfolio.
cpd-privacy_what = Sviluppo professionale: come ti valuti in ogni competenza (o il fatto che l'hai saltata) e il tuo diario di apprendimento (cosa, quando, quale competenza, un link a una prova), visibili solo a te; e la rete nei cui dati conta la tua autovalutazione (lì solo in gruppi di almeno 5 persone, mai con il tuo nome).
cpd-sent_dm = Ti ho mandato un messaggio privato.
cpd-no_framework = Non è ancora stato impostato un quadro di competenze. Chiedi a un coordinatore di importarne uno.
cpd-framework_unknown = Non esiste un quadro di competenze “{ $id }”.
cpd-status_head = Il tuo sviluppo professionale – { $framework }
cpd-status_counts = { $total ->
    [one] Valutate: { $rated } competenza su { $total } (saltate: { $skipped }).
   *[other] Valutate: { $rated } competenze su { $total } (saltate: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Il tuo diario di apprendimento è vuoto.
    [one] Il tuo diario di apprendimento ha una voce.
   *[other] Il tuo diario di apprendimento ha { $count } voci.
}
cpd-next_start = Prossimo passo: valutati con { $command }, ci vogliono circa cinque minuti.
cpd-next_continue = Prossimo passo: riprendi da dove avevi interrotto con { $command }.
cpd-next_plan = Prossimo passo: guarda il tuo piano di sviluppo con { $command }.
cpd-status_commands = Inoltre: { $prefix }cpd log COSA (diario di apprendimento), { $prefix }cpd export (portfolio in un file).
cpd-assess_unknown = “{ $value }” non è né un'area né una competenza. Aree: { $areas }.
cpd-rate_form = Indica una competenza e un livello (oppure saltala).
cpd-competence_unknown = Non esiste una competenza “{ $id }”. Inizia con { $command }.
cpd-level_bad = “{ $value }” non è un livello: rispondi con un numero da 1 a { $top }, oppure salta la domanda.
cpd-level_unknown = Non esiste il livello { $level }: la scala va da 1 a { $top }.
cpd-saved = Salvato: { $competence } – { $answer }.
cpd-area_done = Hai visto tutte le competenze dell'area “{ $area }”.
cpd-all_done = { $count ->
    [one] Hai risposto a tutte le domande (una competenza valutata). Per cambiare una risposta, rifai le domande di un'area, per esempio { $again }.
   *[other] Hai risposto a tutte le domande ({ $count } competenze valutate). Per cambiare una risposta, rifai le domande di un'area, per esempio { $again }.
}
cpd-question =
    Domanda { $number } di { $total } – { $area }
    { $competence }: { $description }
    Quanto ti riesce bene?
cpd-current = La tua risposta finora: { $answer }.
cpd-skip_button = Salta
cpd-answer_how = Tocca un livello oppure scrivilo: { $example }
cpd-skipped = saltata
cpd-not_rated = non valutata
cpd-plan_nothing = Non c'è ancora niente da pianificare: prima valutati con { $command }.
cpd-match_need = Supporto nell'area “{ $area }” ({ $topics })
cpd-plan_head = Il tuo piano di sviluppo – { $framework }. Le due aree in cui puoi crescere di più:
cpd-plan_area = { $number }. { $area } – media { $average } ({ $rated ->
    [one] una competenza valutata
   *[other] { $rated } competenze valutate
})
cpd-plan_tools = Strumenti per iniziare:
cpd-plan_tool_more = Per saperne di più su uno strumento: { $command }
cpd-plan_no_tools = Nella raccolta non c'è ancora uno strumento adatto a quest'area.
cpd-plan_mentors = { $count ->
    [0] Al momento nessun mentore copre quest'area; una richiesta resta in attesa finché non se ne trova uno.
    [one] Un mentore con un posto libero copre quest'area.
   *[other] { $count } mentori con un posto libero coprono quest'area.
}
cpd-plan_match = Richiesta di mentoring pronta: { $request }
cpd-plan_accept = Inviala con { $command }
cpd-plan_accept_button = Chiedi un mentore ({ $number })
cpd-no_mentoring = Su questo bot il mentoring non è disponibile.
cpd-accept_bad = “{ $value }” non è un'area del tuo piano: indica 1 o 2.
cpd-asked_proposed = Richiesta n. { $id } per “{ $area }” salvata. Ho contattato un mentore e ti avviso appena risponde. Vedi { $status }.
cpd-asked_waiting = Richiesta n. { $id } per “{ $area }” salvata. Per ora nessun mentore è libero; continuo a cercare. Vedi { $status }.
cpd-log_what_missing = Scrivi cosa hai fatto, per esempio un corso, una visita tra pari o un libro.
cpd-log_what_long = Resta entro { $limit } caratteri.
cpd-log_competence_unknown = Non esiste una competenza “{ $value }”. Le domande di { $command } mostrano l'identificativo di ogni competenza.
cpd-log_evidence_bad = “{ $value }” non è un indirizzo web: una prova deve iniziare con https:// o http://.
cpd-log_date_bad = “{ $value }” non è una data: scrivi 2026-12-31 o 31.12.2026.
cpd-log_date_future = { $value } è nel futuro: registra ciò che hai già fatto.
cpd-log_saved = La voce n. { $number } è nel tuo diario di apprendimento. Vedi tutto con { $list }.
cpd-log_empty = Il tuo diario di apprendimento è vuoto. Aggiungi una voce con { $command } COSA.
cpd-log_empty_plain = Ancora nessuna voce.
cpd-log_head = { $count ->
    [one] Il tuo diario di apprendimento (una voce):
   *[other] Il tuo diario di apprendimento ({ $count } voci):
}
cpd-log_number_missing = Indica il numero della voce, come appare nell'elenco.
cpd-log_unknown = Il tuo diario di apprendimento non ha la voce n. { $number }. Vedi { $command }.
cpd-log_full = Il tuo diario di apprendimento è pieno ({ $limit } voci). Eliminane prima qualcuna.
cpd-log_delete_ask = La voce verrà eliminata per sempre. Invia { $command } per procedere.
cpd-log_deleted = La voce n. { $number } è stata eliminata.
cpd-export_sent_md = Il tuo portfolio in Markdown, da modificare o riusare altrove.
cpd-export_sent_html = Il tuo portfolio come pagina web, da stampare o presentare per la validazione degli apprendimenti pregressi.
cpd-export_title = Portfolio di sviluppo professionale di { $name }
cpd-export_intro = Autovalutazione secondo il quadro “{ $framework }” e diario di apprendimento, aggiornati al { $day }.
cpd-export_ratings = Autovalutazione per area (livello medio)
cpd-export_log = Diario di apprendimento
cpd-export_col_number = N.
cpd-export_col_date = Data
cpd-export_col_what = Cosa ho fatto
cpd-export_col_competence = Competenza
cpd-export_col_evidence = Prova
cpd-cli_none = nessun quadro di competenze salvato
cpd-cli_counts = { $areas } aree, { $competences } competenze
cpd-cli_refused = { $count ->
    [one] non importato, niente salvato: un problema
   *[other] non importato, niente salvato: { $count } problemi
}
cpd-cli_dry_run = “{ $id }” controllato: { $competences } competenze, sostituirebbe uno salvato: { $replaced }, valutazioni che verrebbero rimosse: { $dropped } (prova, niente salvato)
cpd-cli_imported = “{ $id }” importato: { $competences } competenze, sostituito uno salvato: { $replaced }, valutazioni di competenze rimosse eliminate: { $dropped }
cpd-problem-required = obbligatorio
cpd-problem-not_texts = deve contenere testi per lingua, per esempio {"{"}en: "…", it: "…"{"}"}
cpd-problem-bad_language = “{ $value }” non è un codice lingua di due lettere
cpd-problem-empty = vuoto
cpd-problem-too_long = più di { $limit } caratteri
cpd-problem-missing_english = manca il testo in inglese (en)
cpd-problem-bad_id = “{ $value }” non è un identificativo: lettere minuscole, cifre e trattini
cpd-problem-not_list = deve essere un elenco
cpd-problem-not_mapping = deve associare chiavi e valori
cpd-problem-unknown_field = campo sconosciuto
cpd-problem-bad_version = deve essere un numero intero da 1 in su
cpd-problem-scale_size = una scala deve avere da 2 a { $most } livelli
cpd-problem-bad_level = i livelli salgono di uno a partire da 1: previsto { $expected }
cpd-problem-no_descriptor = il livello non ha un descrittore
cpd-problem-duplicate_id = l'identificativo “{ $value }” è usato due volte
cpd-problem-unknown_area = rimanda a un'area sconosciuta “{ $value }”
cpd-problem-area_nested = una competenza dentro un'area non indica l'area
cpd-problem-too_many = più di { $most } competenze
cpd-problem-bad_topic = i temi devono essere testi brevi
cpd-file-bad_format = { $name }: usa un file .yaml, .yml o .json
cpd-file-too_large = { $name } supera { $limit } byte; non letto
cpd-file-unreadable = { $name } non si può leggere
cpd-file-bad_syntax = { $name } non è YAML o JSON valido

# Rapporti delle reti: autovalutazioni per rete, paese e area.
cpd-fewer_than = meno di { $min }
cpd-agg_withheld = non mostrato
cpd-agg_title = Autovalutazioni — { $framework }
cpd-agg_intro = Come si valutano le persone di ogni rete, per area: quante l'hanno valutata, quante si collocano a ogni livello e il livello medio. I gruppi di meno di { $min } persone non sono indicati in numeri; «non mostrato» segnala un numero trattenuto perché un gruppo più piccolo non si possa ricavare dal totale.
cpd-agg_none = Nessuno si è ancora autovalutato.
cpd-agg_people = persone: { $people }
cpd-agg_col_area = Area
cpd-agg_col_rated = Valutata da
cpd-agg_col_average = Media
cpd-overview_head = Come si valutano le persone delle tue reti — { $framework }. I gruppi di meno di { $min } persone non sono indicati in numeri.
cpd-overview_network = Rete { $network } — persone che si sono autovalutate: { $people }
cpd-overview_area = • { $area } — valutata da: { $rated }; livello medio: { $average }
cpd-overview_area_hidden = • { $area } — meno di { $min } persone l'hanno valutata, non mostrato.
cpd-overview_countries = Per paese (persone): { $countries }
cpd-overview_more = Livelli per area e per paese: { $command } (sul server).
cpd-cli_written = Salvato in { $path }.
