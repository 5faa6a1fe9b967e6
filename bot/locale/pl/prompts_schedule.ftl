# prompts_schedule: polski (forma zwracania się: ty)
# Dni tygodnia w bierniku: „co poniedziałek i środę”.

prompts_schedule-weekday-mon = poniedziałek
prompts_schedule-weekday-tue = wtorek
prompts_schedule-weekday-wed = środę
prompts_schedule-weekday-thu = czwartek
prompts_schedule-weekday-fri = piątek
prompts_schedule-weekday-sat = sobotę
prompts_schedule-weekday-sun = niedzielę
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, licząc od { $date }
prompts_schedule-describe-start = { $text }, od { $date }
prompts_schedule-describe-end = { $text } do { $date }
prompts_schedule-describe-list_and = { $head } i { $last }
prompts_schedule-describe-at = jednorazowo { $date } o { $time }
prompts_schedule-describe-cron = według harmonogramu cron `{ $spec }`
prompts_schedule-describe-day = codziennie o { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] codziennie o { $time }
    [few] co { $count } dni o { $time }
    [many] co { $count } dni o { $time }
   *[other] co { $count } dnia o { $time }
}
prompts_schedule-describe-week = co tydzień o { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] co tydzień o { $time }
    [few] co { $count } tygodnie o { $time }
    [many] co { $count } tygodni o { $time }
   *[other] co { $count } tygodnia o { $time }
}
prompts_schedule-describe-workdays = w każdy dzień roboczy (od poniedziałku do piątku) o { $time }
prompts_schedule-describe-weekly = co { $days } o { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] co { $days } o { $time }
    [few] co { $count }. { $days } o { $time }
    [many] co { $count }. { $days } o { $time }
   *[other] co { $count }. { $days } o { $time }
}
prompts_schedule-describe-monthly = co miesiąc, { $day }. dnia miesiąca, o { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] co miesiąc, { $day }. dnia miesiąca, o { $time }
    [few] co { $count } miesiące, { $day }. dnia miesiąca, o { $time }
    [many] co { $count } miesięcy, { $day }. dnia miesiąca, o { $time }
   *[other] co { $count } miesiąca, { $day }. dnia miesiąca, o { $time }
}
prompts_schedule-describe-monthly_last = co miesiąc, ostatniego dnia miesiąca, o { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] co miesiąc, ostatniego dnia miesiąca, o { $time }
    [few] co { $count } miesiące, ostatniego dnia miesiąca, o { $time }
    [many] co { $count } miesięcy, ostatniego dnia miesiąca, o { $time }
   *[other] co { $count } miesiąca, ostatniego dnia miesiąca, o { $time }
}
prompts_schedule-note-short_months_29 = Luty jest pomijany w latach bez 29 lutego. Na ostatni dzień każdego miesiąca użyj `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Luty jest pomijany: nie ma 30. dnia. Na ostatni dzień każdego miesiąca użyj `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Miesiące bez 31. dnia są pomijane. Na ostatni dzień każdego miesiąca użyj `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Podaj dokładnie jedną z opcji at:, cron: albo every:.
prompts_schedule-error-one_kind-hint = Na przykład `at: 2026-12-01 09:00`, `every: monday 09:00` albo `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = Opcja { $option }: jest za długa (najwyżej { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}).
prompts_schedule-error-too_long-hint = Harmonogram jest krótki, na przykład `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = Opcja { $option }: zawiera znaki, których nie może być w harmonogramie.
prompts_schedule-error-bad_characters-hint = Używaj zwykłych liter, cyfr i `: - , * /`, na przykład `every: monday 09:00`.
prompts_schedule-error-empty-message = Opcja { $option }: jest pusta.
prompts_schedule-error-empty-hint = Na przykład `at: 2026-12-01 09:00`, `every: monday 09:00` albo `tz: Europe/Warsaw`.
prompts_schedule-error-unknown_tz-message = Nieznana strefa czasowa `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Użyj nazwy strefy IANA, np. `tz: Europe/Warsaw` albo `tz: UTC`.
prompts_schedule-error-bad_date-message = Data w opcji { $option }: nie ma formatu RRRR-MM-DD.
prompts_schedule-error-bad_date-hint = Na przykład `{ $option }: 2026-12-01`.
prompts_schedule-error-impossible_date-message = `{ $text }` nie istnieje w kalendarzu.
prompts_schedule-error-impossible_date-hint = Sprawdź dzień i miesiąc, na przykład `2026-02-28`.
prompts_schedule-error-too_far-message = Ta data jest ponad { $years ->
    [one] { $years } rok
    [few] { $years } lata
    [many] { $years } lat
   *[other] { $years } roku
} naprzód.
prompts_schedule-error-too_far-hint = Sprawdź rok, na przykład `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = Data w opcji { $option }: jest sprzed ponad { $years ->
    [one] { $years } roku
    [few] { $years } lat
    [many] { $years } lat
   *[other] { $years } roku
}.
prompts_schedule-error-too_long_ago-hint = Sprawdź rok: daty zapisuje się jako RRRR-MM-DD, na przykład `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = Data początkowa { $start } jest późniejsza niż data końcowa { $end }.
prompts_schedule-error-start_after_end-hint = W start: podaj datę nie późniejszą niż w end:.
prompts_schedule-error-at_with_bounds-message = start: i end: dotyczą tylko powtarzających się pytań.
prompts_schedule-error-at_with_bounds-hint = Jednorazowe pytanie potrzebuje tylko `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = Czas w at: nie ma formatu RRRR-MM-DD GG:MM.
prompts_schedule-error-bad_at-hint = Na przykład `at: 2026-12-01 09:00` (zegar 24-godzinny; `T` między datą a godziną też działa).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) już minęło.
prompts_schedule-error-at_in_past-hint = Podaj czas w przyszłości w formacie RRRR-MM-DD GG:MM, na przykład `at: { $example }`.
prompts_schedule-error-at_in_gap-message = W strefie { $tz } nie ma godziny { $when }: tej nocy zegary przestawia się na { $jump }.
prompts_schedule-error-at_in_gap-hint = Wybierz godzinę poza przestawieniem zegara, na przykład { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` nie jest godziną.
prompts_schedule-error-bad_time-hint = Użyj zegara 24-godzinnego, np. `09:00` albo `17:30` (działa też `9am`, `5:30pm`).
prompts_schedule-error-bad_month_day-message = `{ $text }` nie jest dniem miesiąca.
prompts_schedule-error-bad_month_day-hint = Użyj liczby od 1 do 31 albo `last`, na przykład `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = Opcja every: nie rozumie `{ $text }`.
prompts_schedule-error-bad_every_word-hint = Na przykład `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-bad_every-message = Opcja every: nie zawiera powtarzania, które umiem odczytać.
prompts_schedule-error-bad_every-hint = Na przykład `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = Opcja every: wymaga godziny.
prompts_schedule-error-every_needs_time-hint = Na przykład `every: monday 09:00` albo `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Comiesięczne pytanie wymaga dnia miesiąca.
prompts_schedule-error-month_needs_day-hint = Na przykład `every: month on 1 09:00` albo `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Odstęp 0 nigdy się nie powtarza.
prompts_schedule-error-zero_interval-hint = Użyj 1 lub więcej, na przykład `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = Odstęp jest za długi (najwyżej { $unit ->
    [day] { $limit ->
        [one] { $limit } dzień
        [few] { $limit } dni
        [many] { $limit } dni
       *[other] { $limit } dnia
    }
    [week] { $limit ->
        [one] { $limit } tydzień
        [few] { $limit } tygodnie
        [many] { $limit } tygodni
       *[other] { $limit } tygodnia
    }
    [month] { $limit ->
        [one] { $limit } miesiąc
        [few] { $limit } miesiące
        [many] { $limit } miesięcy
       *[other] { $limit } miesiąca
    }
   *[other] { $limit } × { $unit }
}).
prompts_schedule-error-interval_too_long-hint = Na przykład `every: 2 weeks on tuesday 10:00` albo `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Wyrażenie cron ma 5 pól, a nie { $count }.
prompts_schedule-error-cron_field_count-hint = minuta godzina dzień-miesiąca miesiąc dzień-tygodnia, na przykład `cron: 0 9 * * 1` (w poniedziałki o 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` nie jest poprawną wartością cron.
prompts_schedule-error-bad_cron_value-hint = Używaj liczb, `*`, zakresów `1-5`, kroków `*/15`, list `1,3` i nazw takich jak `mon` czy `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` wykracza poza zakres w wyrażeniu cron (dozwolone: od { $low } do { $high }).
prompts_schedule-error-cron_out_of_range-hint = minuta 0-59, godzina 0-23, dzień 1-31, miesiąc 1-12, dzień tygodnia 0-7 (0 i 7 to niedziela).
prompts_schedule-error-cron_reversed_range-message = Zakres cron `{ $text }` biegnie wstecz.
prompts_schedule-error-cron_reversed_range-hint = Najpierw napisz mniejszą wartość, na przykład `mon-fri` albo `1-5`.
prompts_schedule-error-never_fires-message = Ten harmonogram nigdy się nie uruchomi.
prompts_schedule-error-never_fires-hint = Sprawdź dzień i miesiąc (nie ma 30 lutego), na przykład `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Ten harmonogram nie ma żadnego terminu przed datą końcową.
prompts_schedule-error-ends_before_first-hint = Przesuń datę w end: na później albo datę w start: na wcześniej.
prompts_schedule-error-bad_kind-message = Nieznany rodzaj harmonogramu.
prompts_schedule-error-bad_kind-hint = Użyj at:, cron: albo every:.
prompts_schedule-error-bad_every_word_suggest-message = Opcja every: nie rozumie `{ $text }`. Czy chodziło ci o `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Dni zapisuj jako poniedziałek, wtorek, środa, czwartek, piątek, sobota, niedziela (albo dzień roboczy, weekend, dzień), po polsku lub po angielsku, a potem godzinę: na przykład `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
