# mentoring: Italian (tu)

mentoring-privacy_what = Mentoring: se ti iscrivi come mentor o esperto, il tuo profilo (temi, lingue, paese, settore, disponibilità, bio), così da poterti abbinare ai formatori; se chiedi un mentor, la tua richiesta e le relative proposte; le valutazioni che dai. Le richieste vengono anonimizzate qualche tempo dopo la chiusura.
mentoring-consent =
    Prima di iscriverti come { $kind ->
        [expert] esperto
       *[mentor] mentor
    }, leggi cosa comporta:
    • Cosa viene salvato: il tuo nome in chat e l'ID del tuo account, e il profilo che indichi qui (temi, lingue, paese, settore, disponibilità, bio).
    • Chi lo vede: { $name } lo usa per scegliere a chi chiedere. I formatori non vedono mai il tuo profilo; quando ricevi una proposta, vedi solo il bisogno espresso. Il tuo nome e il tuo account vengono condivisi con un formatore solo dopo che hai accettato la sua richiesta.
    • Uscire: puoi metterti in pausa quando vuoi, oppure uscire e cancellare il profilo ({ $prefix }{ $kind } leave); { $prefix }mydata mostra tutto ciò che è salvato, { $prefix }forgetme lo cancella.
mentoring-consent_how = Per accettare, invia lo stesso comando con «consent: yes» (oppure usa il pulsante): { $command }
mentoring-consent_button = Accetto, mi iscrivo
mentoring-consent_declined = D'accordo, nessuna iscrizione come { $kind ->
    [expert] esperto
   *[mentor] mentor
}; non è stato salvato nulla.
mentoring-already_joined = Hai già un profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
}. Modificalo con { $command }.
mentoring-not_joined = Non hai un profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
}. Iscriviti con { $command }.
mentoring-not_paused = Il tuo profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
} non è in pausa, quindi non c'è niente da riprendere; mettilo in pausa con { $command }.
mentoring-positional_unexpected = Non mi aspettavo «{ $text }» qui; i campi del profilo si scrivono «topics: …».
mentoring-update_nothing = Niente da aggiornare: indica almeno un campo, per esempio «capacity: 3» o «languages: it, en».
mentoring-languages_assumed = Non hai indicato lingue, quindi ho impostato { $language } (la lingua in cui scrivi). Per cambiarla: { $command }
mentoring-joined = Ti do il benvenuto! Ora sei nell'elenco come { $kind ->
    [expert] esperto
   *[mentor] mentor
}. Ti manderò le proposte in privato; metti in pausa con { $prefix }{ $kind } pause, esci con { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Puoi anche valutare le tue aree con { $command }: quando qualcuno cerca un mentore a partire dal proprio piano di sviluppo, vengono interpellati per primi i mentori che si valutano forti in quell'area.
mentoring-updated = Il tuo profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
} è aggiornato.
mentoring-me = Il tuo profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
}:
mentoring-me_none = Non hai ancora un profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
}. Iscriviti con { $command }.
mentoring-paused = In pausa: non ricevi nuove proposte come { $kind ->
    [expert] esperto
   *[mentor] mentor
} finché non invii { $command }. Le proposte che hai già ricevuto restano aperte.
mentoring-paused_until = In pausa fino al { $until }: fino ad allora non ricevi nuove proposte come { $kind ->
    [expert] esperto
   *[mentor] mentor
} ({ $command } per tornare prima).
mentoring-resumed = Eccoti di nuovo: puoi di nuovo ricevere proposte come { $kind ->
    [expert] esperto
   *[mentor] mentor
}.
mentoring-left = Il tuo profilo da { $kind ->
    [expert] esperto
   *[mentor] mentor
} è stato cancellato. { $withdrawn ->
    [one] Proposte ritirate: { $withdrawn }.
   *[other] Proposte ritirate: { $withdrawn }.
} Grazie per il tuo aiuto!
mentoring-state_active = attivo
mentoring-state_paused = in pausa
mentoring-state_paused_until = in pausa fino al { $until }
mentoring-profile_summary =
    {"  "}Temi: { $topics }
    {"  "}Lingue: { $languages } · Paese: { $country } · Settore: { $sector }
    {"  "}Disponibilità: { $capacity } (occupata: { $used }) · Stato: { $state }
    {"  "}Bio: { $bio }
mentoring-request_proposed = Richiesta n. { $id } salvata. Ho interpellato un { $kind ->
    [expert] esperto
   *[mentor] mentor
} adatto; ha { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
} per rispondere, e ti avviserò in privato quando qualcuno accetta. { $status } mostra a che punto è.
mentoring-request_waiting = Richiesta n. { $id } salvata, ma al momento nessun { $kind ->
    [expert] esperto
   *[mentor] mentor
} è adatto. Resta aperta: interpellerò i nuovi { $kind ->
    [expert] esperti
   *[mentor] mentor
} man mano che si iscrivono. { $cancel } la ritira.
mentoring-too_many_open = Hai già { $limit ->
    [one] { $limit } richiesta aperta
   *[other] { $limit } richieste aperte
}; guarda { $command } e annullane prima una.
mentoring-request_duplicate = Hai già una richiesta aperta per questo, la n. { $id } («{ $need }»). { $status } mostra a che punto è; { $cancel } la ritira se vuoi chiedere in un altro modo.
mentoring-proposal =
    Un formatore cerca un { $kind ->
        [expert] esperto
       *[mentor] mentor
    } (proposta n. { $id }):
    «{ $need }»
    Preferenze: { $asked }
    Puoi aiutare? Rispondi entro { $deadline }: { $accept } oppure { $decline }. Il nome del formatore ti viene comunicato solo se accetti.
mentoring-proposal_why = Perché tu: { $reasons }
mentoring-button_accept = Accetta
mentoring-button_decline = Rifiuta
mentoring-accepted = Grazie! Hai accettato la proposta n. { $id }; vi ho presentati a vicenda in privato.
mentoring-declined = Grazie per avermelo detto; la proposta n. { $id } è rifiutata e ho interpellato qualcun altro.
mentoring-declined_nobody_left = Grazie per avermelo detto; la proposta n. { $id } è rifiutata. Al momento non c'è nessun altro da interpellare, quindi la richiesta aspetta nuovi { $kind ->
    [expert] esperti
   *[mentor] mentor
}; il formatore lo sa.
mentoring-expired_to_mentor = La proposta n. { $id } è scaduta senza risposta, quindi ho interpellato qualcun altro. Nessun problema.
mentoring-expired_to_mentor_last = La proposta n. { $id } è scaduta senza risposta. Nessun problema: la richiesta aspetta nuovi mentor o esperti.
mentoring-withdrawn_to_mentor = Il formatore ha ritirato la richiesta della proposta n. { $id }; non devi fare altro.
mentoring-intro_requester = Buone notizie: un { $kind ->
    [expert] esperto
   *[mentor] mentor
} ha accettato la tua richiesta n. { $id } («{ $need }»). Ti presento { $other }: salutatevi con un messaggio privato. Dopo, raccontaci com'è andata: { $feedback }
mentoring-intro_mentor = Grazie per aver accettato la proposta n. { $id } («{ $need }»). La persona che affiancherai è { $other }, che è già stata informata. Più avanti lascia una valutazione con { $feedback }; { $end } libera il tuo posto quando avete finito.
mentoring-exhausted = Mi dispiace: ho interpellato { $tries ->
    [one] { $tries } { $kind ->
        [expert] esperto
       *[mentor] mentor
    }
   *[other] { $tries } { $kind ->
        [expert] esperti
       *[mentor] mentor
    }
} per la tua richiesta n. { $id } e al momento nessuno ha potuto accettarla. Resta aperta: interpellerò i nuovi { $kind ->
    [expert] esperti
   *[mentor] mentor
} man mano che si iscrivono.
mentoring-exhausted_told = Anche i coordinatori sono stati avvisati.
mentoring-exhausted_coordinators = La richiesta n. { $id } ({ $kind ->
    [expert] esperto
   *[mentor] mentor
}, «{ $need }») non ha trovato nessuno dopo { $tries ->
    [one] { $tries } proposta
   *[other] { $tries } proposte
}; resta aperta. Vedi { $stats }.
mentoring-proposal_unknown = Non hai una proposta aperta n. { $id }. { $command } elenca quelle in attesa di una tua risposta.
mentoring-proposal_was_accepted = Hai già accettato la proposta n. { $id }; non c'è altro da rispondere. Quando avete finito, { $end } libera il tuo posto.
mentoring-proposal_was_accepted_decline = Hai già accettato la proposta n. { $id }, quindi non puoi più rifiutarla. Se non puoi continuare, chiudi l'abbinamento con { $end }.
mentoring-proposal_was_declined = La proposta n. { $id } è già stata rifiutata. { $pending } elenca le proposte ancora in attesa di una tua risposta.
mentoring-proposal_was_expired = La proposta n. { $id } è scaduta ed è passata a qualcun altro. { $pending } elenca le proposte ancora in attesa di una tua risposta.
mentoring-accept_full = Tutti i tuoi posti sono occupati (disponibilità { $capacity }), quindi non posso aggiungere questo abbinamento. Chiudi prima un abbinamento ({ $command } mostra i tuoi), aumenta la disponibilità, oppure rifiuta con { $decline }.
mentoring-proposal_was_withdrawn = La proposta n. { $id } è stata ritirata; non c'è più niente da rispondere. { $pending } elenca le proposte ancora in attesa di una tua risposta.
mentoring-request_unknown = Non hai una richiesta n. { $id }. { $command } elenca le tue.
mentoring-request_was_matched = La richiesta n. { $id } ha già un abbinamento (n. { $match }), quindi non c'è niente da annullare. Per chiudere l'abbinamento usa { $end }.
mentoring-request_was_cancelled = La richiesta n. { $id } è già annullata. { $status } elenca le tue richieste; chiedi di nuovo con { $command }.
mentoring-nothing_to_cancel = Non hai richieste aperte da annullare; { $command } elenca le tue richieste.
mentoring-cancel_which = Hai più richieste aperte ({ $ids }); indica quale: { $command }
mentoring-cancelled = La richiesta n. { $id } è annullata.
mentoring-id_missing = Indica l'ID (un numero).
mentoring-match_unknown = Non hai un abbinamento n. { $id }. { $command } elenca le tue richieste con i loro numeri.
mentoring-match_number_ambiguous = Il n. { $id } è sia una delle tue richieste sia una proposta che hai accettato, quindi non so di quale abbinamento parli. { $status } elenca le tue richieste; { $pending } le proposte che ti sono state inviate.
mentoring-match_not_accepted = Il n. { $id } non è ancora un abbinamento accettato, quindi non puoi valutarlo né chiuderlo; potrai farlo quando il mentor avrà accettato. { $command } mostra a che punto sono le tue richieste.
mentoring-match_ended_already = L'abbinamento n. { $id } è già chiuso. Puoi ancora valutarlo: { $command }.
mentoring-feedback_missing = Indica il numero dell'abbinamento e un voto da 1 a 5.
mentoring-feedback_saved = Grazie! Il tuo voto di { $rating }/5 per l'abbinamento n. { $id } è salvato.
mentoring-feedback_replaced = Il tuo voto per l'abbinamento n. { $id } ora è { $rating }/5.
mentoring-ended = L'abbinamento n. { $id } è chiuso; grazie. Valutalo con { $command }.
mentoring-pending_none = Nessuna proposta attende la tua risposta.
mentoring-pending_header = { $count ->
    [one] Proposta in attesa della tua risposta ({ $count }):
   *[other] Proposte in attesa della tua risposta ({ $count }):
}
mentoring-pending_item = {"  "}Proposta n. { $id } ({ $kind ->
    [expert] esperto
   *[mentor] mentor
}, rispondi entro { $deadline }): «{ $need }» — { $accept } / { $decline }
mentoring-status_none = Non hai richieste. Chiedi un mentor con { $command }.
mentoring-status_header = Le tue richieste (annullane, valutane o chiudine una con il suo numero):
mentoring-status_item = {"  "}Richiesta n. { $id } ({ $kind ->
    [expert] esperto
   *[mentor] mentor
}) «{ $need }»: { $state }
mentoring-status_matched = abbinata con { $name }: valuta l'abbinamento con { $feedback }, chiudilo con { $end }
mentoring-status_ended = abbinamento chiuso; valutalo con { $feedback }
mentoring-status_ended_rated = abbinamento chiuso, valutato { $rating }/5 (cambia il voto con { $feedback })
mentoring-status_matched_gone = abbinata (l'altra persona ha poi cancellato i propri dati)
mentoring-status_proposed = in attesa della risposta del { $nth } { $kind ->
    [expert] esperto
   *[mentor] mentor
} interpellato (entro { $until }); { $cancel } la ritira
mentoring-status_proposed_unsent = il { $nth } { $kind ->
    [expert] esperto
   *[mentor] mentor
} interpellato riceve la proposta entro pochi minuti; { $cancel } la ritira
mentoring-status_open = aperta, ancora nessun { $kind ->
    [expert] esperto
   *[mentor] mentor
} adatto ({ $tries ->
    [one] { $tries } interpellato finora
   *[other] { $tries } interpellati finora
}); { $cancel } la ritira
mentoring-status_cancelled = annullata
mentoring-status_pending = Proposte in attesa della tua risposta: { $ids } (numeri di proposta: { $accept } oppure { $decline }; { $command } le mostra).
mentoring-stats_requests = Richieste: { $open ->
    [one] { $open } aperta
   *[other] { $open } aperte
}{ $waiting }, { $proposed ->
    [one] { $proposed } con proposta in corso
   *[other] { $proposed } con proposta in corso
}, { $matched ->
    [one] { $matched } abbinata
   *[other] { $matched } abbinate
}, { $cancelled ->
    [one] { $cancelled } annullata
   *[other] { $cancelled } annullate
}.
mentoring-stats_exhausted = {" "}(di cui { $count ->
    [one] { $count } per cui sono già stati interpellati tutti i profili adatti e che aspetta
   *[other] { $count } per cui sono già stati interpellati tutti i profili adatti e che aspettano
} nuovi mentor o esperti)
mentoring-stats_proposals = Proposte: { $pending } in attesa, { $accepted ->
    [one] { $accepted } accettata
   *[other] { $accepted } accettate
}, { $declined ->
    [one] { $declined } rifiutata
   *[other] { $declined } rifiutate
}, { $expired ->
    [one] { $expired } scaduta
   *[other] { $expired } scadute
}, { $withdrawn ->
    [one] { $withdrawn } ritirata
   *[other] { $withdrawn } ritirate
}.
mentoring-stats_median = Tempo mediano fino all'abbinamento: { $hours ->
    [one] { $hours } ora
   *[other] { $hours } ore
}.
mentoring-stats_median_none = Tempo mediano fino all'abbinamento: ancora nessun abbinamento.
mentoring-stats_load_header = Carico per mentor/esperto ({ $count }; occupati/disponibili):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] esperto
   *[mentor] mentor
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Abbinamento in blocco: { $open ->
    [one] { $open } richiesta aperta
   *[other] { $open } richieste aperte
}, { $proposed ->
    [one] { $proposed } proposta inviata
   *[other] { $proposed } proposte inviate
}, { $unmatched } senza un profilo adatto.
mentoring-cli_run_result = Abbinamento in blocco: { $open ->
    [one] { $open } richiesta aperta
   *[other] { $open } richieste aperte
}, { $proposed ->
    [one] { $proposed } proposta creata
   *[other] { $proposed } proposte create
}, { $unmatched } senza un profilo adatto. Il bot in esecuzione consegna le proposte entro { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minuti
} (o al prossimo avvio).
mentoring-ended_by_other = { $name } ha chiuso l'abbinamento n. { $id }; grazie per il tempo passato insieme. Puoi ancora valutarlo: { $command }.
mentoring-ended_by_erasure = L'abbinamento n. { $id } è chiuso: l'altra persona ha chiesto al bot di cancellare i propri dati. Grazie per il tempo passato insieme; puoi ancora valutare l'abbinamento: { $command }.
mentoring-ordinal-n1 = { $n }º
mentoring-ordinal-n2 = { $n }º
mentoring-ordinal-n3 = { $n }º
mentoring-ordinal-other = { $n }º
mentoring-reason-topic = temi: { $detail }
mentoring-reason-bio = la tua bio: { $detail }
mentoring-reason-language = lingua: { $detail }
mentoring-reason-country = paese: { $detail }
mentoring-reason-sector = settore: { $detail }
mentoring-asked-languages = lingua { $value }
mentoring-asked-country = paese { $value }
mentoring-asked-sector = settore { $value }
mentoring-asked-nothing = nessuna preferenza
mentoring-field-topic_long = Ogni tema può avere al massimo { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}; separa i temi con virgole.
mentoring-field-topics_missing = Indica i tuoi temi, per esempio «topics: progettazione dell'apprendistato, valutazione».
mentoring-field-topics_many = Indica al massimo { $limit ->
    [one] { $limit } tema
   *[other] { $limit } temi
}, separati da virgole.
mentoring-field-language_bad = «{ $value }» non è un codice lingua ISO 639-1; usa codici di due lettere come it, en, de, separati da virgole (per esempio «it, en»).
mentoring-field-languages_missing = Indica almeno un codice lingua, per esempio «languages: it, en».
mentoring-field-languages_many = Indica al massimo { $limit ->
    [one] { $limit } lingua
   *[other] { $limit } lingue
}.
mentoring-field-country_bad = «{ $value }» non è un codice paese ISO 3166-1; usa il codice di due lettere, per esempio IT, DE, PL.
mentoring-field-country_hint = «{ $value }» non è un codice paese ISO 3166-1; usa invece { $code }.
mentoring-field-sector_missing = Indica il settore, per esempio «sector: edilizia».
mentoring-field-sector_long = Il settore può avere al massimo { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}.
mentoring-field-capacity_bad = La disponibilità deve essere un numero intero da 1 a { $max } (ricevuto «{ $value }»).
mentoring-field-bio_long = La tua bio ha { $length ->
    [one] { $length } carattere
   *[other] { $length } caratteri
}; tienila entro { $limit }.
mentoring-field-consent_bad = Il consenso si scrive «consent: yes» (oppure «no»).
mentoring-field-need_missing = Scrivi su cosa ti serve aiuto, per esempio !match progettare valutazioni in contesto lavorativo.
mentoring-field-need_long = La tua richiesta ha { $length ->
    [one] { $length } carattere
   *[other] { $length } caratteri
}; tienila entro { $limit }.
mentoring-field-kind_bad = «{ $value }» non è un tipo valido; usa «kind: mentor» o «kind: expert».
mentoring-field-until_bad = «{ $value }» non è una data; usa AAAA-MM-GG.
mentoring-field-until_range = La data deve essere nel futuro ed entro { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}; usa AAAA-MM-GG, per esempio until: 2027-01-15.
mentoring-field-id_bad = «{ $value }» non è un ID; gli ID sono numeri come 12.
mentoring-field-rating_bad = Il voto deve essere un numero intero da 1 a 5 (ricevuto «{ $value }»).
mentoring-field-comment_long = Il commento può avere al massimo { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}.
mentoring-leave_ask = Così il tuo profilo viene cancellato per sempre; le proposte in attesa di una tua risposta passano a qualcun altro (per fermarti per un po', metti invece in pausa). Per procedere, invia { $command }.
mentoring-cancel_ask = Così ritiri la tua richiesta: chi è stato interpellato viene avvisato, e nessun altro verrà interpellato. Per procedere, invia { $command }.
mentoring-field-cross_border_bad = Per l'opzione transfrontaliera scrivi «cross_border: sì» (così formatori di altre reti potranno chiederti aiuto, nelle tue lingue) oppure «no», non «{ $value }».
