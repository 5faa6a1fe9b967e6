# prompts_schedule: Deutsch (Anrede: du)

prompts_schedule-weekday-mon = Montag
prompts_schedule-weekday-tue = Dienstag
prompts_schedule-weekday-wed = Mittwoch
prompts_schedule-weekday-thu = Donnerstag
prompts_schedule-weekday-fri = Freitag
prompts_schedule-weekday-sat = Samstag
prompts_schedule-weekday-sun = Sonntag
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, gezählt ab { $date }
prompts_schedule-describe-start = { $text }, ab { $date }
prompts_schedule-describe-end = { $text } bis { $date }
prompts_schedule-describe-list_and = { $head } und { $last }
prompts_schedule-describe-at = einmalig am { $date } um { $time } Uhr
prompts_schedule-describe-cron = nach dem Cron-Zeitplan `{ $spec }`
prompts_schedule-describe-day = täglich um { $time } Uhr
prompts_schedule-describe-day_n = { $count ->
    [one] täglich um { $time } Uhr
   *[other] alle { $count } Tage um { $time } Uhr
}
prompts_schedule-describe-week = jede Woche um { $time } Uhr
prompts_schedule-describe-week_n = { $count ->
    [one] jede Woche um { $time } Uhr
   *[other] alle { $count } Wochen um { $time } Uhr
}
prompts_schedule-describe-workdays = jeden Werktag (Montag bis Freitag) um { $time } Uhr
prompts_schedule-describe-weekly = jeden { $days } um { $time } Uhr
prompts_schedule-describe-weekly_n = { $count ->
    [one] jeden { $days } um { $time } Uhr
   *[other] alle { $count } Wochen am { $days } um { $time } Uhr
}
prompts_schedule-describe-monthly = monatlich am { $day }. um { $time } Uhr
prompts_schedule-describe-monthly_n = { $count ->
    [one] monatlich am { $day }. um { $time } Uhr
   *[other] alle { $count } Monate am { $day }. um { $time } Uhr
}
prompts_schedule-describe-monthly_last = monatlich am letzten Tag um { $time } Uhr
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] monatlich am letzten Tag um { $time } Uhr
   *[other] alle { $count } Monate am letzten Tag um { $time } Uhr
}
prompts_schedule-note-short_months_29 = Der Februar entfällt in Jahren ohne 29. Februar. Für den letzten Tag jedes Monats nimm `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Der Februar entfällt: Er hat keinen 30. Für den letzten Tag jedes Monats nimm `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Monate ohne 31. entfallen. Für den letzten Tag jedes Monats nimm `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Gib genau eine der Optionen at:, cron: oder every: an.
prompts_schedule-error-one_kind-hint = Zum Beispiel `at: 2026-12-01 09:00`, `every: monday 09:00` oder `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = Die Option { $option }: ist zu lang (höchstens { $limit } Zeichen).
prompts_schedule-error-too_long-hint = Ein Zeitplan ist kurz, zum Beispiel `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = Die Option { $option }: enthält Zeichen, die in einem Zeitplan nicht vorkommen können.
prompts_schedule-error-bad_characters-hint = Verwende nur Buchstaben, Ziffern und `: - , * /`, zum Beispiel `every: monday 09:00`.
prompts_schedule-error-empty-message = Die Option { $option }: ist leer.
prompts_schedule-error-empty-hint = Zum Beispiel `at: 2026-12-01 09:00`, `every: monday 09:00` oder `tz: Europe/Berlin`.
prompts_schedule-error-unknown_tz-message = Unbekannte Zeitzone `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Verwende einen IANA-Zonennamen wie `tz: Europe/Berlin` oder `tz: UTC`.
prompts_schedule-error-bad_date-message = Das Datum bei { $option }: hat nicht die Form JJJJ-MM-TT.
prompts_schedule-error-bad_date-hint = Zum Beispiel `{ $option }: 2026-12-01`.
prompts_schedule-error-impossible_date-message = `{ $text }` gibt es im Kalender nicht.
prompts_schedule-error-impossible_date-hint = Prüf Tag und Monat, zum Beispiel `2026-02-28`.
prompts_schedule-error-too_far-message = { $years ->
    [one] Das Datum liegt mehr als ein Jahr in der Zukunft.
   *[other] Das Datum liegt mehr als { $years } Jahre in der Zukunft.
}
prompts_schedule-error-too_far-hint = Prüf das Jahr, zum Beispiel `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = Das Datum bei { $option }: liegt mehr als { $years ->
    [one] ein Jahr
   *[other] { $years } Jahre
} zurück.
prompts_schedule-error-too_long_ago-hint = Prüf das Jahr: Daten schreibt man JJJJ-MM-TT, zum Beispiel `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = Das Startdatum { $start } liegt nach dem Enddatum { $end }.
prompts_schedule-error-start_after_end-hint = Gib bei start: ein Datum an, das am oder vor dem Datum bei end: liegt.
prompts_schedule-error-at_with_bounds-message = start: und end: gelten nur für wiederkehrende Impulse.
prompts_schedule-error-at_with_bounds-hint = Ein einmaliger Impuls braucht nur `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = Die Zeit bei at: hat nicht die Form JJJJ-MM-TT HH:MM.
prompts_schedule-error-bad_at-hint = Zum Beispiel `at: 2026-12-01 09:00` (24-Stunden-Format; ein `T` zwischen Datum und Uhrzeit geht auch).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) ist schon vorbei.
prompts_schedule-error-at_in_past-hint = Gib eine Zeit in der Zukunft an, geschrieben JJJJ-MM-TT HH:MM, zum Beispiel `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } gibt es in { $tz } nicht: In dieser Nacht wird die Uhr auf { $jump } vorgestellt.
prompts_schedule-error-at_in_gap-hint = Wähle eine Zeit außerhalb der Umstellung, zum Beispiel { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` ist keine Uhrzeit.
prompts_schedule-error-bad_time-hint = Verwende das 24-Stunden-Format wie `09:00` oder `17:30` (auch `9am`, `5:30pm` gehen).
prompts_schedule-error-bad_month_day-message = `{ $text }` ist kein Tag im Monat.
prompts_schedule-error-bad_month_day-hint = Verwende 1 bis 31 oder `last`, zum Beispiel `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = Die Option every: versteht `{ $text }` nicht.
prompts_schedule-error-bad_every_word-hint = Zum Beispiel `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-bad_every-message = Die Option every: enthält keine Wiederholung, die ich lesen kann.
prompts_schedule-error-bad_every-hint = Zum Beispiel `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = Die Option every: braucht eine Uhrzeit.
prompts_schedule-error-every_needs_time-hint = Zum Beispiel `every: monday 09:00` oder `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Ein monatlicher Impuls braucht den Tag im Monat.
prompts_schedule-error-month_needs_day-hint = Zum Beispiel `every: month on 1 09:00` oder `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Ein Abstand von 0 wiederholt sich nie.
prompts_schedule-error-zero_interval-hint = Verwende 1 oder mehr, zum Beispiel `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = Der Abstand ist zu lang (höchstens { $limit } { $unit ->
    [day] Tage
    [week] Wochen
    [month] Monate
   *[other] × { $unit }
}).
prompts_schedule-error-interval_too_long-hint = Zum Beispiel `every: 2 weeks on tuesday 10:00` oder `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Ein Cron-Ausdruck hat 5 Felder, nicht { $count }.
prompts_schedule-error-cron_field_count-hint = Minute Stunde Tag-im-Monat Monat Wochentag, zum Beispiel `cron: 0 9 * * 1` (montags um 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` ist kein gültiger Cron-Wert.
prompts_schedule-error-bad_cron_value-hint = Verwende Zahlen, `*`, Bereiche `1-5`, Schritte `*/15`, Listen `1,3` und Namen wie `mon` oder `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` liegt im Cron-Ausdruck außerhalb des erlaubten Bereichs ({ $low } bis { $high }).
prompts_schedule-error-cron_out_of_range-hint = Minute 0-59, Stunde 0-23, Tag 1-31, Monat 1-12, Wochentag 0-7 (0 und 7 sind Sonntag).
prompts_schedule-error-cron_reversed_range-message = Der Cron-Bereich `{ $text }` läuft rückwärts.
prompts_schedule-error-cron_reversed_range-hint = Schreib den kleineren Wert zuerst, zum Beispiel `mon-fri` oder `1-5`.
prompts_schedule-error-never_fires-message = Dieser Zeitplan wird nie ausgelöst.
prompts_schedule-error-never_fires-hint = Prüf Tag und Monat (einen 30. Februar gibt es nicht), zum Beispiel `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Dieser Zeitplan hat vor seinem Enddatum keinen Termin.
prompts_schedule-error-ends_before_first-hint = Leg das Datum bei end: später oder das bei start: früher.
prompts_schedule-error-bad_kind-message = Unbekannte Art von Zeitplan.
prompts_schedule-error-bad_kind-hint = Verwende at:, cron: oder every:.
prompts_schedule-error-bad_every_word_suggest-message = Die Option every: versteht `{ $text }` nicht. Meintest du `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Schreib die Tage als montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonntag (oder werktag, wochenende, tag), auf Deutsch oder Englisch, dann die Uhrzeit: zum Beispiel `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
