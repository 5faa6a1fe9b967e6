# prompts_schedule: Italian (tu)

prompts_schedule-weekday-mon = lunedì
prompts_schedule-weekday-tue = martedì
prompts_schedule-weekday-wed = mercoledì
prompts_schedule-weekday-thu = giovedì
prompts_schedule-weekday-fri = venerdì
prompts_schedule-weekday-sat = sabato
prompts_schedule-weekday-sun = domenica
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, contando dal { $date }
prompts_schedule-describe-start = { $text }, dal { $date }
prompts_schedule-describe-end = { $text } fino al { $date }
prompts_schedule-describe-list_and = { $head } e { $last }
prompts_schedule-describe-at = una volta, il { $date } alle { $time }
prompts_schedule-describe-cron = secondo la programmazione cron `{ $spec }`
prompts_schedule-describe-day = ogni giorno alle { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] ogni giorno alle { $time }
   *[other] ogni { $count } giorni alle { $time }
}
prompts_schedule-describe-week = ogni settimana alle { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] ogni settimana alle { $time }
   *[other] ogni { $count } settimane alle { $time }
}
prompts_schedule-describe-workdays = ogni giorno feriale (dal lunedì al venerdì) alle { $time }
prompts_schedule-describe-weekly = ogni { $days } alle { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] ogni settimana, di { $days }, alle { $time }
   *[other] ogni { $count } settimane, di { $days }, alle { $time }
}
prompts_schedule-describe-monthly = ogni mese il giorno { $day } alle { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] ogni mese
   *[other] ogni { $count } mesi
} il giorno { $day } alle { $time }
prompts_schedule-describe-monthly_last = ogni mese, l'ultimo giorno, alle { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] ogni mese
   *[other] ogni { $count } mesi
}, l'ultimo giorno, alle { $time }
prompts_schedule-note-short_months_29 = Febbraio viene saltato negli anni senza 29 febbraio. Per l'ultimo giorno di ogni mese usa `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Febbraio viene saltato: non ha il 30. Per l'ultimo giorno di ogni mese usa `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = I mesi senza il 31 vengono saltati. Per l'ultimo giorno di ogni mese usa `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Indica una sola opzione tra at:, cron: ed every:.
prompts_schedule-error-one_kind-hint = Per esempio `at: 2026-12-01 09:00`, `every: monday 09:00` oppure `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = L'opzione { $option }: è troppo lunga (al massimo { $limit ->
    [one] { $limit } carattere
   *[other] { $limit } caratteri
}).
prompts_schedule-error-too_long-hint = Una programmazione è breve, per esempio `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = L'opzione { $option }: contiene caratteri che una programmazione non può avere.
prompts_schedule-error-bad_characters-hint = Usa lettere semplici, cifre e `: - , * /`, per esempio `every: monday 09:00`.
prompts_schedule-error-empty-message = L'opzione { $option }: è vuota.
prompts_schedule-error-empty-hint = Per esempio `at: 2026-12-01 09:00`, `every: monday 09:00` oppure `tz: Europe/Rome`.
prompts_schedule-error-unknown_tz-message = Fuso orario sconosciuto: `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Usa un nome di fuso IANA come `tz: Europe/Rome` o `tz: UTC`.
prompts_schedule-error-bad_date-message = La data di { $option }: non è nel formato AAAA-MM-GG (o GG.MM.AAAA).
prompts_schedule-error-bad_date-hint = Per esempio `{ $option }: 2026-12-01` o `{ $option }: 01.12.2026`.
prompts_schedule-error-impossible_date-message = `{ $text }` non è una data del calendario.
prompts_schedule-error-impossible_date-hint = Controlla giorno e mese, per esempio `2026-02-28`.
prompts_schedule-error-too_far-message = Quella data è più di { $years ->
    [one] { $years } anno
   *[other] { $years } anni
} avanti.
prompts_schedule-error-too_far-hint = Controlla l'anno, per esempio `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = La data di { $option }: è di più di { $years ->
    [one] { $years } anno
   *[other] { $years } anni
} fa.
prompts_schedule-error-too_long_ago-hint = Controlla l'anno: le date si scrivono AAAA-MM-GG, per esempio `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = La data di inizio { $start } è successiva alla data di fine { $end }.
prompts_schedule-error-start_after_end-hint = Indica una data start: uguale o precedente alla data end:.
prompts_schedule-error-at_with_bounds-message = start: ed end: valgono solo per le domande ricorrenti.
prompts_schedule-error-at_with_bounds-hint = Per una pubblicazione singola basta `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = L'orario di at: non è nel formato AAAA-MM-GG HH:MM (o GG.MM.AAAA HH:MM).
prompts_schedule-error-bad_at-hint = Per esempio `at: 2026-12-01 09:00` o `at: 01.12.2026 9:00` (formato 24 ore; prima il giorno, poi il mese).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) è già passato.
prompts_schedule-error-at_in_past-hint = Indica un momento nel futuro, nel formato AAAA-MM-GG HH:MM, per esempio `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } non esiste nel fuso { $tz }: quella notte gli orologi passano direttamente alle { $jump }.
prompts_schedule-error-at_in_gap-hint = Scegli un orario fuori dal salto, per esempio { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` non è un orario.
prompts_schedule-error-bad_time-hint = Usa il formato 24 ore, come `09:00` o `17:30` (vanno bene anche `9am`, `5:30pm`).
prompts_schedule-error-bad_month_day-message = `{ $text }` non è un giorno del mese.
prompts_schedule-error-bad_month_day-hint = Usa da 1 a 31, oppure `last`, per esempio `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = L'opzione every: non capisce `{ $text }`.
prompts_schedule-error-bad_every_word-hint = Scrivi i giorni in italiano o in inglese (lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica, oppure feriali, fine settimana, giorno), poi l'orario: per esempio `every: lunedì 09:00`, `every: ogni 2 settimane il martedì 10:00`, `every: giorno 08:30`, `every: mese il 1 09:00`.
prompts_schedule-error-bad_every_word_suggest-message = L'opzione every: non capisce `{ $text }`. Forse intendevi `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Scrivi i giorni in italiano o in inglese (lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica, oppure feriali, fine settimana, giorno), poi l'orario: per esempio `every: lunedì 09:00`, `every: ogni 2 settimane il martedì 10:00`, `every: giorno 08:30`, `every: mese il 1 09:00`.
prompts_schedule-error-bad_every-message = L'opzione every: non è una ricorrenza che so leggere.
prompts_schedule-error-bad_every-hint = Per esempio `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = L'opzione every: ha bisogno di un orario.
prompts_schedule-error-every_needs_time-hint = Per esempio `every: monday 09:00` oppure `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Una domanda mensile ha bisogno del giorno del mese.
prompts_schedule-error-month_needs_day-hint = Per esempio `every: month on 1 09:00` oppure `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Un intervallo di 0 non si ripete mai.
prompts_schedule-error-zero_interval-hint = Usa 1 o più, per esempio `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = L'intervallo è troppo lungo (al massimo { $limit ->
    [one] { $limit } { $unit ->
        [day] giorno
        [week] settimana
       *[month] mese
    }
   *[other] { $limit } { $unit ->
        [day] giorni
        [week] settimane
       *[month] mesi
    }
}).
prompts_schedule-error-interval_too_long-hint = Per esempio `every: 2 weeks on tuesday 10:00` oppure `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Un'espressione cron ha 5 campi, non { $count }.
prompts_schedule-error-cron_field_count-hint = minuto ora giorno-del-mese mese giorno-della-settimana, per esempio `cron: 0 9 * * 1` (il lunedì alle 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` non è un valore cron valido.
prompts_schedule-error-bad_cron_value-hint = Usa numeri, `*`, intervalli `1-5`, passi `*/15`, elenchi `1,3` e nomi come `mon` o `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` è fuori intervallo nell'espressione cron (ammessi: da { $low } a { $high }).
prompts_schedule-error-cron_out_of_range-hint = minuto 0-59, ora 0-23, giorno 1-31, mese 1-12, giorno della settimana 0-7 (0 e 7 sono la domenica).
prompts_schedule-error-cron_reversed_range-message = L'intervallo cron `{ $text }` va al contrario.
prompts_schedule-error-cron_reversed_range-hint = Scrivi prima il valore più piccolo, per esempio `mon-fri` o `1-5`.
prompts_schedule-error-never_fires-message = Questa programmazione non scatta mai.
prompts_schedule-error-never_fires-hint = Controlla giorno e mese (il 30 febbraio non esiste), per esempio `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Questa programmazione non ha nessuna occorrenza prima della data di fine.
prompts_schedule-error-ends_before_first-hint = Sposta più avanti la data end:, o più indietro la data start:.
prompts_schedule-error-bad_kind-message = Tipo di programmazione sconosciuto.
prompts_schedule-error-bad_kind-hint = Usa at:, cron: oppure every:.
