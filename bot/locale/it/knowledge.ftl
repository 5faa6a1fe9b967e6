# knowledge: Italian (tu)

knowledge-empty_query = Dimmi cosa stai cercando, per esempio { $prefix }tool guida tutor aziendale.
knowledge-results_head = Strumenti per «{ $query }» ({ $first }–{ $last } di { $total }):
knowledge-browse_head = Strumenti con { $options } ({ $first }–{ $last } di { $total }):
knowledge-browse_nothing = Nessuno strumento corrisponde a { $options }. Prova con meno opzioni, oppure cerca per parole: { $prefix }tool RICERCA
knowledge-not_an_option = Nota: «{ $option }:» non è un'opzione, quindi l'ho cercato come parole. Opzioni: { $options } — per esempio { $prefix }tool mentoring lang: it
knowledge-option_equals = Nota: le opzioni vogliono i due punti, non «=»: scrivi { $option }: { $value } (questa volta l'ho cercato come parole).
knowledge-one_value = Un solo valore alla volta per «{ $what }», per favore, per esempio { $option }: { $value }. Senza l'opzione cerco ovunque.
knowledge-what_lang = lingua
knowledge-what_country = paese
knowledge-what_type = tipo
knowledge-what_target = destinatari
knowledge-query_first = Scrivi prima cosa cerchi, poi le opzioni: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Dettagli: { $prefix }tool show ID
knowledge-results_foot_more = Dettagli: { $prefix }tool show ID · Pagina successiva: { $prefix }more
knowledge-more_label = Altri
knowledge-back_label = Indietro
knowledge-back_first = Questa è già la prima pagina per “{ $query }”.
knowledge-did_you_mean = Forse intendevi: { $options }?
knowledge-nothing = Nessun risultato per «{ $query }». Prova con altre parole o con meno parole. Conosci uno strumento valido? { $prefix }tool suggest URL TITOLO | SINTESI
knowledge-nothing_filtered = Nessun risultato per «{ $query }» con { $options }. Prova a togliere qualche opzione.
knowledge-nothing_did_you_mean = Nessun risultato per «{ $query }». Forse intendevi { $options }?
knowledge-more_nothing = Qui non c'è una ricerca da continuare. Iniziane una con { $prefix }tool RICERCA.
knowledge-more_done = È tutto: { $total ->
    [one] { $total } risultato
   *[other] { $total } risultati
} per «{ $query }».
knowledge-unknown_id = Nessuno strumento ha l'ID «{ $id }». Cerca con { $prefix }tool RICERCA per trovare gli ID.
knowledge-unknown_id_suggest = Nessuno strumento ha l'ID «{ $id }». Forse intendevi: { $options }? (Cerca con { $prefix }tool RICERCA per trovare gli ID.)
knowledge-missing_id = Indica l'ID dello strumento, per esempio { $prefix }tool { $command } epale. Cerca con { $prefix }tool RICERCA per trovare gli ID.
knowledge-bad_lang = «{ $value }» non è un codice lingua. Usa un codice ISO 639-1 di due lettere, come it, en, de o fr.
knowledge-bad_country = «{ $value }» non è un codice paese. Usa un codice di due lettere, come IT, DE, AT, oppure EU per gli strumenti a livello europeo.
knowledge-country_hint = Scrivi { $code } invece di { $value } (codici paese ISO 3166-1).
knowledge-bad_type = «{ $value }» non è un tipo di strumento. Tipi: { $types }.
knowledge-bad_target = «{ $value }» non è un gruppo di destinatari che conosco. Destinatari: { $targets }.
knowledge-f_title = Titolo
knowledge-f_summary = Sintesi
knowledge-f_type = Tipo
knowledge-f_languages = Lingue
knowledge-f_countries = Paesi
knowledge-f_sectors = Settori
knowledge-f_targets = Per
knowledge-f_topics = Temi
knowledge-f_aliases = Noto anche come
knowledge-f_publisher = Editore
knowledge-f_licence = Licenza
knowledge-f_year = Anno
knowledge-f_link = Link
knowledge-f_status = Stato: { $status ->
    [published] pubblicato
    [pending] in attesa di revisione
    [rejected] rifiutato
    [archived] archiviato
   *[other] { $status }
} · aggiunto tramite { $via } il { $date } · mostrato { $shown ->
    [one] una volta
   *[other] { $shown } volte
}
knowledge-f_note = Nota di revisione: { $note }
knowledge-suggest_form = Indica il link, il titolo e, dopo |, una breve sintesi, per esempio { $prefix }tool suggest https://example.org/guida Guida al tutoraggio | Come affiancare gli apprendisti.
knowledge-suggest_no_url = Inizia con il link allo strumento, per esempio { $prefix }tool suggest https://example.org/guida Guida al tutoraggio | Come affiancare gli apprendisti.
knowledge-suggest_no_title = Indica il titolo dello strumento dopo il link, per esempio { $prefix }tool suggest https://example.org/guida Guida al tutoraggio | Come affiancare gli apprendisti.
knowledge-suggested = Grazie! «{ $title }» è nella coda di revisione come [{ $id }]; un coordinatore lo esaminerà e riceverai una risposta in privato.
knowledge-suggested_similar = Nota: la raccolta contiene già uno strumento con un titolo molto simile: { $entries }. Il coordinatore verificherà se è lo stesso.
knowledge-suggest_too_many = Hai già { $limit ->
    [one] { $limit } segnalazione
   *[other] { $limit } segnalazioni
} in attesa di revisione. Aspetta che un coordinatore le abbia esaminate.
knowledge-duplicate_url_published = Questo link è già nella raccolta: { $title } [{ $id }] — vedi { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Questo link è già stato segnalato e attende la revisione come [{ $id }].
knowledge-duplicate_url_archived = Questo link era nella raccolta come [{ $id }] ed è stato archiviato; chiedi a un coordinatore se va ripristinato.
knowledge-invalid = Questo valore non va bene: { $problems }. Correggilo e riprova.
knowledge-someone = qualcuno
knowledge-review_empty = La coda di revisione è vuota.
knowledge-review_head = Coda di revisione: { $total } in attesa, dalla più vecchia ({ $shown ->
    [one] { $shown } mostrata
   *[other] { $shown } mostrate
}):
knowledge-review_by = segnalato da { $who } il { $date }
knowledge-review_similar = Somiglia a: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID MOTIVO · { $prefix }tool edit ID CAMPO: VALORE · { $prefix }tool show ID
knowledge-approve_label = Approva { $id }
knowledge-show_label = Mostra { $id }
knowledge-approved = Pubblicato: { $title } [{ $id }].
knowledge-approved_dm = Buone notizie: la tua segnalazione «{ $title }» è stata approvata ed è ora nella raccolta. Grazie! Vedi { $prefix }tool show { $id }
knowledge-reject_form = Scrivi { $prefix }tool reject ID MOTIVO, per esempio { $prefix }tool reject peer-coaching già nella raccolta. Vedi la coda con { $prefix }tool review.
knowledge-reject_needs_reason = Indica un motivo dopo l'ID; verrà comunicato a chi l'ha segnalato, per esempio { $prefix }tool reject { $id } già nella raccolta.
knowledge-reject_not_pending = [{ $id }] è { $status ->
    [published] pubblicato
    [rejected] rifiutato
    [archived] archiviato
   *[other] { $status }
}, non in attesa di revisione; si possono rifiutare solo le segnalazioni (per gli strumenti pubblicati usa archive).
knowledge-rejected = Rifiutato: { $title } [{ $id }].
knowledge-rejected_told = Rifiutato: { $title } [{ $id }]. Chi l'ha segnalato ha ricevuto il motivo in privato.
knowledge-rejected_dm = Grazie per aver segnalato «{ $title }» ({ $url }). Un coordinatore ha deciso di non aggiungerlo: { $reason }
knowledge-already_published = [{ $id }] è già pubblicato.
knowledge-already_rejected = [{ $id }] è già stato rifiutato.
knowledge-already_archived = [{ $id }] è già archiviato.
knowledge-edit_form = Scrivi la modifica come ID CAMPO: VALORE (più campi separati da ;), per esempio { $prefix }tool edit epale languages: en, de, it; type: toolkit
knowledge-edit_unchanged = Nessuna modifica: [{ $id }] ha già quel valore in { $field }.
knowledge-edited = Aggiornato { $title } [{ $id }]:
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-archived = Archiviato: { $title } [{ $id }] non compare più nelle ricerche ({ $prefix }tool approve { $id } lo ripristina).
knowledge-gaps_empty = Finora nessuna ricerca è rimasta senza risultati.
knowledge-gaps_head = Le ricerche senza risultati più frequenti (anonime: solo parole e conteggi):
knowledge-gaps_line = { $count ->
    [one] una volta
   *[other] { $count } volte
}, l'ultima il { $date }
knowledge-privacy_what = Conoscenze: gli strumenti che segnali o revisioni restano collegati a te finché non chiedi di cancellare i tuoi dati (gli strumenti restano, senza il tuo nome); le ricerche senza risultati vengono contate solo per le parole, mai per chi ha cercato. Quante ricerche ci sono ogni giorno viene contato solo come numero.
knowledge-cli_bad_lang = codice lingua sconosciuto «{ $value }» (usa ISO 639-1, per es. it)
knowledge-cli_bad_country = codice paese sconosciuto «{ $value }» (usa ISO 3166-1, per es. IT, oppure EU)
knowledge-cli_nothing = nessun risultato
knowledge-cli_nothing_did_you_mean = nessun risultato; forse intendevi: { $options }
knowledge-cli_importing = importazione
knowledge-cli_import_done = { $rows ->
    [one] { $rows } riga letta
   *[other] { $rows } righe lette
}: { $created ->
    [one] { $created } creata
   *[other] { $created } create
}, { $updated ->
    [one] { $updated } aggiornata
   *[other] { $updated } aggiornate
}, { $unchanged ->
    [one] { $unchanged } invariata
   *[other] { $unchanged } invariate
}, { $skipped ->
    [one] { $skipped } saltata
   *[other] { $skipped } saltate
}
knowledge-cli_import_dry_run = prova senza modifiche: { $rows ->
    [one] { $rows } riga letta
   *[other] { $rows } righe lette
}: { $created } da creare, { $updated } da aggiornare, { $unchanged ->
    [one] { $unchanged } invariata
   *[other] { $unchanged } invariate
}, { $skipped ->
    [one] { $skipped } saltata
   *[other] { $skipped } saltate
}
knowledge-cli_problems_head = {"  "}riga  campo           problema
knowledge-cli_exported = { $count ->
    [one] { $count } voce esportata
   *[other] { $count } voci esportate
} in { $path }
knowledge-problem-required = obbligatorio
knowledge-problem-too_long = più di { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}
knowledge-problem-not_single_text = deve essere un solo testo, non un elenco
knowledge-problem-not_text = deve essere un testo, non { $kind } (mettilo tra virgolette in YAML o JSON)
knowledge-problem-not_text_bool = deve essere un testo, non true/false (mettilo tra virgolette in YAML o JSON)
knowledge-problem-not_text_number = deve essere un testo, non un numero (mettilo tra virgolette in YAML o JSON)
knowledge-problem-id_not_text = deve essere un testo come «mentoring-guide» (mettilo tra virgolette in YAML)
knowledge-problem-id_form = deve avere da 2 a 63 lettere minuscole, cifre o trattini, e iniziare con una lettera o una cifra
knowledge-problem-url_form = deve essere un link http(s) completo, come https://example.org/pagina
knowledge-problem-url_spaces = non deve contenere spazi
knowledge-problem-unknown_type = tipo sconosciuto «{ $value }» (valori possibili: { $types })
knowledge-problem-unknown_target_group = destinatari sconosciuti «{ $value }» (valori possibili: { $groups })
knowledge-problem-item_not_text = l'elemento { $item } non è un testo (mettilo tra virgolette in YAML o JSON)
knowledge-problem-item_semicolon = l'elemento «{ $item }» non deve contenere «;»
knowledge-problem-not_list = deve essere un elenco o un testo separato da «;»
knowledge-problem-too_many_items = più di { $limit ->
    [one] { $limit } elemento
   *[other] { $limit } elementi
}
knowledge-problem-item_too_long = un elemento supera { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}
knowledge-problem-code_hint = «{ $value }» si scrive { $code } in { $standard }
knowledge-problem-unknown_code = codice { $standard } sconosciuto «{ $value }»
knowledge-problem-year_form = deve essere un anno, come 2021
knowledge-problem-year_range = deve essere compreso tra { $low } e { $high }
knowledge-problem-extra_cells = più celle che colonne
knowledge-problem-not_mapping = la voce non è un insieme di campi
knowledge-problem-unknown_field = campo sconosciuto
knowledge-problem-repeats_row = ripete la riga { $row }
knowledge-problem-same_entry = stessa voce della riga { $row }
knowledge-problem-url_taken = già usato dalla voce «{ $id }»
knowledge-problem-not_a_field = non è un campo di una voce (campi: { $fields })
knowledge-file-unknown_type = { $name }: tipo di file sconosciuto «{ $suffix }»; usa .csv, .json o .yaml
knowledge-file-too_large = { $name }: più di { $mib } MiB
knowledge-file-unreadable = { $name }: impossibile leggere: { $reason }
knowledge-file-unwritable = { $name }: impossibile scrivere: { $reason }
knowledge-file-bad_syntax = { $name }: { $kind } non valido: { $reason }
knowledge-file-not_a_list = { $name }: era atteso un elenco di voci
knowledge-file-unknown_columns = { $name }: non riconosciute nell'intestazione: { $columns }; le colonne sono { $known }
knowledge-file-no_title_column = { $name }: l'intestazione deve contenere una colonna «title»
knowledge-file-repeated_column = { $name }: una colonna compare due volte nell'intestazione
knowledge-privacy_searches = Ricerche per !more: dove più repliche rispondono a turno, la tua ultima ricerca in ogni stanza viene conservata per un’ora, così la pagina successiva arriva qualunque replica risponda.
