# Il cruscotto dei coordinatori nel browser (!dashboard e le sue pagine).

dashboard-off = Il cruscotto non è attivo per questo bot. Un amministratore lo attiva con [web] listen in bot.toml.
dashboard-link = Il tuo link di accesso al cruscotto, valido { $minutes } minuti e una sola volta: { $url }
dashboard-link_sent = Ti ho mandato un link di accesso in un messaggio privato.
dashboard-title = Cruscotto di vetbot
dashboard-nav_label = Pagine del cruscotto
dashboard-nav_overview = Panoramica
dashboard-nav_review = Coda di revisione
dashboard-nav_prompts = Calendario delle domande
dashboard-sign_out = Esci
dashboard-refused_title = Non possibile
dashboard-forbidden = Questa richiesta è stata rifiutata. Torna indietro, ricarica la pagina e riprova.
dashboard-not_found = Questa pagina non esiste.
dashboard-no_access = Non hai effettuato l’accesso, oppure non coordini più nessuna rete. Chiedi un nuovo link con { $prefix }dashboard in chat.
dashboard-signed_out = Sei uscito.
dashboard-signin_title = Accedi
dashboard-signin_text = Accedi al cruscotto delle tue reti con il link che hai chiesto in chat.
dashboard-signin_button = Accedi
dashboard-refused_invalid = Questo link di accesso non è valido. Chiedine uno nuovo con { $prefix }dashboard in chat.
dashboard-refused_expired = Questo link di accesso è scaduto. Chiedine uno nuovo con { $prefix }dashboard in chat.
dashboard-refused_used = Questo link di accesso è già stato usato. Chiedine uno nuovo con { $prefix }dashboard in chat.
dashboard-refused_unknown = Questo link di accesso non funziona più perché il bot è stato riavviato. Chiedine uno nuovo con { $prefix }dashboard in chat.
dashboard-refused_too_many = Troppi tentativi di accesso. Aspetta dieci minuti, poi chiedi un nuovo link con { $prefix }dashboard.
dashboard-overview_title = Panoramica
dashboard-overview_intro = Le cifre delle tue reti dal { $start } al { $end }, come le danno i rapporti.
dashboard-fewer_note = Una cifra su meno di 5 persone appare come “meno di 5” e non ha barra.
dashboard-network = Rete { $name }
dashboard-lookups = Ricerche di strumenti: { $asked }, di cui senza risultati: { $empty }.
dashboard-matches_chart = Abbinamenti di mentoring accettati al mese
dashboard-prompts_chart = Persone che hanno risposto per domanda
dashboard-gaps_chart = Ricerche senza risultati più frequenti
dashboard-month = Mese
dashboard-matches = Abbinamenti
dashboard-prompt = Domanda
dashboard-people = Persone che hanno risposto
dashboard-lookup = Ricerca
dashboard-times = Volte
dashboard-prompt_label = Domanda n. { $id }
dashboard-table = Le cifre in una tabella
dashboard-nothing_yet = Ancora niente in questo periodo.
dashboard-fewer = meno di 5
dashboard-not_known = non noto
dashboard-review_title = Coda di revisione
dashboard-review_empty = Nessun suggerimento è in attesa di revisione.
dashboard-review_count = { $total ->
    [one] Un suggerimento è in attesa.
   *[other] { $total } suggerimenti sono in attesa; qui ci sono i { $shown } più vecchi.
}
dashboard-similar = Somiglia a: { $ids }
dashboard-suggested_by = Suggerito da { $name }
dashboard-approve = Approva e pubblica
dashboard-reject = Rifiuta
dashboard-reason = Motivo (viene comunicato a chi l’ha suggerito)
dashboard-reason_needed = Indica il motivo del rifiuto: chi l’ha suggerito lo riceverà.
dashboard-approved = Approvato e pubblicato: { $title } ({ $id }).
dashboard-rejected = Rifiutato: { $title } ({ $id }). Chi l’ha suggerito viene avvisato.
dashboard-prompts_title = Calendario delle domande
dashboard-calendar_caption = { $days ->
    [one] Domande del prossimo giorno
   *[other] Domande dei prossimi { $days } giorni
}
dashboard-calendar_empty = { $days ->
    [one] Nessuna domanda è prevista per il prossimo giorno.
   *[other] Nessuna domanda è prevista per i prossimi { $days } giorni.
}
dashboard-when = Quando
dashboard-text = Testo
