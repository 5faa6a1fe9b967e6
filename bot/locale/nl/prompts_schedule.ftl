# prompts_schedule: Nederlands (aanspreekvorm: je/jij)

prompts_schedule-weekday-mon = maandag
prompts_schedule-weekday-tue = dinsdag
prompts_schedule-weekday-wed = woensdag
prompts_schedule-weekday-thu = donderdag
prompts_schedule-weekday-fri = vrijdag
prompts_schedule-weekday-sat = zaterdag
prompts_schedule-weekday-sun = zondag
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, geteld vanaf { $date }
prompts_schedule-describe-start = { $text }, vanaf { $date }
prompts_schedule-describe-end = { $text } tot en met { $date }
prompts_schedule-describe-list_and = { $head } en { $last }
prompts_schedule-describe-at = eenmalig op { $date } om { $time }
prompts_schedule-describe-cron = volgens de cronplanning `{ $spec }`
prompts_schedule-describe-day = elke dag om { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] elke dag om { $time }
   *[other] om de { $count } dagen om { $time }
}
prompts_schedule-describe-week = elke week om { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] elke week om { $time }
   *[other] om de { $count } weken om { $time }
}
prompts_schedule-describe-workdays = elke werkdag (maandag tot en met vrijdag) om { $time }
prompts_schedule-describe-weekly = elke { $days } om { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] elke { $days } om { $time }
   *[other] om de { $count } weken op { $days } om { $time }
}
prompts_schedule-describe-monthly = elke maand op de { $day }e om { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] elke maand op de { $day }e om { $time }
   *[other] om de { $count } maanden op de { $day }e om { $time }
}
prompts_schedule-describe-monthly_last = elke maand op de laatste dag om { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] elke maand op de laatste dag om { $time }
   *[other] om de { $count } maanden op de laatste dag om { $time }
}
prompts_schedule-note-short_months_29 = Februari wordt overgeslagen in jaren zonder 29 februari. Voor de laatste dag van elke maand gebruik je `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Februari wordt overgeslagen: die heeft geen 30e. Voor de laatste dag van elke maand gebruik je `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Maanden zonder 31e worden overgeslagen. Voor de laatste dag van elke maand gebruik je `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Geef precies één van at:, cron: of every: op.
prompts_schedule-error-one_kind-hint = Bijvoorbeeld `at: 2026-12-01 09:00`, `every: monday 09:00` of `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = De optie { $option }: is te lang (hoogstens { $limit } tekens).
prompts_schedule-error-too_long-hint = Een planning is kort, bijvoorbeeld `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = De optie { $option }: bevat tekens die niet in een planning kunnen staan.
prompts_schedule-error-bad_characters-hint = Gebruik gewone letters, cijfers en `: - , * /`, bijvoorbeeld `every: monday 09:00`.
prompts_schedule-error-empty-message = De optie { $option }: is leeg.
prompts_schedule-error-empty-hint = Bijvoorbeeld `at: 2026-12-01 09:00`, `every: monday 09:00` of `tz: Europe/Amsterdam`.
prompts_schedule-error-unknown_tz-message = Onbekende tijdzone `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Gebruik een IANA-zonenaam zoals `tz: Europe/Amsterdam` of `tz: UTC`.
prompts_schedule-error-bad_date-message = De datum bij { $option }: heeft niet de vorm JJJJ-MM-DD.
prompts_schedule-error-bad_date-hint = Bijvoorbeeld `{ $option }: 2026-12-01`.
prompts_schedule-error-impossible_date-message = `{ $text }` bestaat niet op de kalender.
prompts_schedule-error-impossible_date-hint = Controleer de dag en de maand, bijvoorbeeld `2026-02-28`.
prompts_schedule-error-too_far-message = { $years ->
    [one] Die datum ligt meer dan een jaar vooruit.
   *[other] Die datum ligt meer dan { $years } jaar vooruit.
}
prompts_schedule-error-too_far-hint = Controleer het jaar, bijvoorbeeld `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = De datum bij { $option }: ligt meer dan { $years ->
    [one] een jaar
   *[other] { $years } jaar
} terug.
prompts_schedule-error-too_long_ago-hint = Controleer het jaar: datums schrijf je als JJJJ-MM-DD, bijvoorbeeld `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = De startdatum { $start } ligt na de einddatum { $end }.
prompts_schedule-error-start_after_end-hint = Geef bij start: een datum op die op of vóór de datum bij end: ligt.
prompts_schedule-error-at_with_bounds-message = start: en end: gelden alleen voor terugkerende discussievragen.
prompts_schedule-error-at_with_bounds-hint = Voor een eenmalige is alleen `at: 2026-12-01 09:00` nodig.
prompts_schedule-error-bad_at-message = De tijd bij at: heeft niet de vorm JJJJ-MM-DD UU:MM.
prompts_schedule-error-bad_at-hint = Bijvoorbeeld `at: 2026-12-01 09:00` (24-uursklok; een `T` tussen datum en tijd mag ook).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) is al voorbij.
prompts_schedule-error-at_in_past-hint = Geef een tijd in de toekomst, geschreven als JJJJ-MM-DD UU:MM, bijvoorbeeld `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } bestaat niet in { $tz }: die nacht springt de klok vooruit naar { $jump }.
prompts_schedule-error-at_in_gap-hint = Kies een tijd buiten de sprong, bijvoorbeeld { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` is geen tijdstip.
prompts_schedule-error-bad_time-hint = Gebruik een tijd op de 24-uursklok zoals `09:00` of `17:30` (ook `9am`, `5:30pm`).
prompts_schedule-error-bad_month_day-message = `{ $text }` is geen dag van de maand.
prompts_schedule-error-bad_month_day-hint = Gebruik 1 tot en met 31, of `last`, bijvoorbeeld `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = De optie every: begrijpt `{ $text }` niet.
prompts_schedule-error-bad_every_word-hint = Bijvoorbeeld `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-bad_every-message = De optie every: is geen herhaling die ik kan lezen.
prompts_schedule-error-bad_every-hint = Bijvoorbeeld `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = De optie every: heeft een tijdstip nodig.
prompts_schedule-error-every_needs_time-hint = Bijvoorbeeld `every: monday 09:00` of `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Een maandelijkse discussievraag heeft een dag van de maand nodig.
prompts_schedule-error-month_needs_day-hint = Bijvoorbeeld `every: month on 1 09:00` of `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Een interval van 0 herhaalt zich nooit.
prompts_schedule-error-zero_interval-hint = Gebruik 1 of meer, bijvoorbeeld `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = Het interval is te lang (hoogstens { $limit } { $unit ->
    [day] dagen
    [week] weken
    [month] maanden
   *[other] × { $unit }
}).
prompts_schedule-error-interval_too_long-hint = Bijvoorbeeld `every: 2 weeks on tuesday 10:00` of `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Een cron-expressie heeft 5 velden, niet { $count }.
prompts_schedule-error-cron_field_count-hint = minuut uur dag-van-de-maand maand dag-van-de-week, bijvoorbeeld `cron: 0 9 * * 1` (maandag om 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` is geen geldige cronwaarde.
prompts_schedule-error-bad_cron_value-hint = Gebruik getallen, `*`, bereiken `1-5`, stappen `*/15`, lijsten `1,3` en namen zoals `mon` of `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` valt buiten het bereik in de cron-expressie (toegestaan: { $low } tot en met { $high }).
prompts_schedule-error-cron_out_of_range-hint = minuut 0-59, uur 0-23, dag 1-31, maand 1-12, dag van de week 0-7 (0 en 7 zijn zondag).
prompts_schedule-error-cron_reversed_range-message = Het cronbereik `{ $text }` loopt achteruit.
prompts_schedule-error-cron_reversed_range-hint = Schrijf de kleinste waarde eerst, bijvoorbeeld `mon-fri` of `1-5`.
prompts_schedule-error-never_fires-message = Deze planning gaat nooit af.
prompts_schedule-error-never_fires-hint = Controleer de dag en de maand (30 februari bestaat niet), bijvoorbeeld `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Deze planning heeft geen moment vóór de einddatum.
prompts_schedule-error-ends_before_first-hint = Zet de einddatum (end:) later, of de startdatum (start:) eerder.
prompts_schedule-error-bad_kind-message = Onbekende soort planning.
prompts_schedule-error-bad_kind-hint = Gebruik at:, cron: of every:.
prompts_schedule-error-bad_every_word_suggest-message = De optie every: begrijpt `{ $text }` niet. Bedoelde je `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Schrijf de dagen als maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag, zondag (of werkdag, weekend, dag), in het Nederlands of Engels, en daarna de tijd: bijvoorbeeld `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
