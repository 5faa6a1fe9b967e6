# prompts_schedule: French (vous)

prompts_schedule-weekday-mon = lundi
prompts_schedule-weekday-tue = mardi
prompts_schedule-weekday-wed = mercredi
prompts_schedule-weekday-thu = jeudi
prompts_schedule-weekday-fri = vendredi
prompts_schedule-weekday-sat = samedi
prompts_schedule-weekday-sun = dimanche
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, à compter du { $date }
prompts_schedule-describe-start = { $text }, à partir du { $date }
prompts_schedule-describe-end = { $text } jusqu'au { $date }
prompts_schedule-describe-list_and = { $head } et { $last }
prompts_schedule-describe-at = une fois, le { $date } à { $time }
prompts_schedule-describe-cron = selon la programmation cron `{ $spec }`
prompts_schedule-describe-day = chaque jour à { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] chaque jour à { $time }
   *[other] tous les { $count } jours à { $time }
}
prompts_schedule-describe-week = chaque semaine à { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] chaque semaine à { $time }
   *[other] toutes les { $count } semaines à { $time }
}
prompts_schedule-describe-workdays = chaque jour ouvré (du lundi au vendredi) à { $time }
prompts_schedule-describe-weekly = chaque { $days } à { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] chaque semaine, le { $days }, à { $time }
   *[other] toutes les { $count } semaines, le { $days }, à { $time }
}
prompts_schedule-describe-monthly = chaque mois, le { $day ->
    [1] 1er
   *[other] { $day }
}, à { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] chaque mois
   *[other] tous les { $count } mois
}, le { $day ->
    [1] 1er
   *[other] { $day }
}, à { $time }
prompts_schedule-describe-monthly_last = chaque mois, le dernier jour, à { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] chaque mois
   *[other] tous les { $count } mois
}, le dernier jour, à { $time }
prompts_schedule-note-short_months_29 = Février est sauté les années sans 29 février. Pour le dernier jour de chaque mois, utilisez `on last` : `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Février est sauté : il n'a pas de 30. Pour le dernier jour de chaque mois, utilisez `on last` : `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Les mois sans 31 sont sautés. Pour le dernier jour de chaque mois, utilisez `on last` : `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Indiquez une seule option parmi at:, cron: et every:.
prompts_schedule-error-one_kind-hint = Par exemple `at: 2026-12-01 09:00`, `every: monday 09:00` ou `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = L'option { $option }: est trop longue ({ $limit ->
    [one] { $limit } caractère
   *[other] { $limit } caractères
} au plus).
prompts_schedule-error-too_long-hint = Une programmation est courte, par exemple `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = L'option { $option }: contient des caractères impossibles dans une programmation.
prompts_schedule-error-bad_characters-hint = Utilisez des lettres simples, des chiffres et `: - , * /`, par exemple `every: monday 09:00`.
prompts_schedule-error-empty-message = L'option { $option }: est vide.
prompts_schedule-error-empty-hint = Par exemple `at: 2026-12-01 09:00`, `every: monday 09:00` ou `tz: Europe/Paris`.
prompts_schedule-error-unknown_tz-message = Fuseau horaire inconnu : `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Utilisez un nom de fuseau IANA, comme `tz: Europe/Paris` ou `tz: UTC`.
prompts_schedule-error-bad_date-message = La date de { $option }: n'est pas au format AAAA-MM-JJ (ou JJ.MM.AAAA).
prompts_schedule-error-bad_date-hint = Par exemple `{ $option }: 2026-12-01` ou `{ $option }: 01.12.2026`.
prompts_schedule-error-impossible_date-message = `{ $text }` n'est pas une date du calendrier.
prompts_schedule-error-impossible_date-hint = Vérifiez le jour et le mois, par exemple `2026-02-28`.
prompts_schedule-error-too_far-message = Cette date est à plus de { $years ->
    [one] { $years } an
   *[other] { $years } ans
} d'ici.
prompts_schedule-error-too_far-hint = Vérifiez l'année, par exemple `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = La date de { $option }: remonte à plus de { $years ->
    [one] { $years } an
   *[other] { $years } ans
}.
prompts_schedule-error-too_long_ago-hint = Vérifiez l'année : les dates s'écrivent AAAA-MM-JJ, par exemple `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = La date de début { $start } est postérieure à la date de fin { $end }.
prompts_schedule-error-start_after_end-hint = Indiquez une date start: antérieure ou égale à la date end:.
prompts_schedule-error-at_with_bounds-message = start: et end: ne s'appliquent qu'aux questions récurrentes.
prompts_schedule-error-at_with_bounds-hint = Une publication unique n'a besoin que de `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = L'heure de at: n'est pas au format AAAA-MM-JJ HH:MM (ou JJ.MM.AAAA HH:MM).
prompts_schedule-error-bad_at-hint = Par exemple `at: 2026-12-01 09:00` ou `at: 01.12.2026 9:00` (format 24 heures ; le jour d'abord, puis le mois).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) est déjà passé.
prompts_schedule-error-at_in_past-hint = Indiquez un moment dans le futur, au format AAAA-MM-JJ HH:MM, par exemple `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } n'existe pas dans le fuseau { $tz } : cette nuit-là, les horloges avancent directement à { $jump }.
prompts_schedule-error-at_in_gap-hint = Choisissez une heure en dehors de ce saut, par exemple { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` n'est pas une heure de la journée.
prompts_schedule-error-bad_time-hint = Utilisez le format 24 heures, comme `09:00` ou `17:30` (`9am` et `5:30pm` fonctionnent aussi).
prompts_schedule-error-bad_month_day-message = `{ $text }` n'est pas un jour du mois.
prompts_schedule-error-bad_month_day-hint = Utilisez 1 à 31, ou `last`, par exemple `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = L'option every: ne comprend pas `{ $text }`.
prompts_schedule-error-bad_every_word-hint = Écrivez les jours en anglais ou en français (lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, ou jours ouvrables, week-end, jour), puis l'heure : par exemple `every: lundi 09:00`, `every: toutes les 2 semaines le mardi 10:00`, `every: jour 08:30`, `every: mois le 1 09:00`.
prompts_schedule-error-bad_every_word_suggest-message = L'option every: ne comprend pas `{ $text }`. Vouliez-vous dire `{ $suggestion }` ?
prompts_schedule-error-bad_every_word_suggest-hint = Écrivez les jours en anglais ou en français (lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, ou jours ouvrables, week-end, jour), puis l'heure : par exemple `every: lundi 09:00`, `every: toutes les 2 semaines le mardi 10:00`, `every: jour 08:30`, `every: mois le 1 09:00`.
prompts_schedule-error-bad_every-message = L'option every: n'est pas une récurrence que je sais lire.
prompts_schedule-error-bad_every-hint = Par exemple `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = L'option every: a besoin d'une heure.
prompts_schedule-error-every_needs_time-hint = Par exemple `every: monday 09:00` ou `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Une question mensuelle a besoin du jour du mois.
prompts_schedule-error-month_needs_day-hint = Par exemple `every: month on 1 09:00` ou `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Un intervalle de 0 ne se répète jamais.
prompts_schedule-error-zero_interval-hint = Utilisez 1 ou plus, par exemple `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = L'intervalle est trop long ({ $limit ->
    [one] { $limit } { $unit ->
        [day] jour
        [week] semaine
       *[month] mois
    }
   *[other] { $limit } { $unit ->
        [day] jours
        [week] semaines
       *[month] mois
    }
} au plus).
prompts_schedule-error-interval_too_long-hint = Par exemple `every: 2 weeks on tuesday 10:00` ou `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Une expression cron comporte 5 champs, pas { $count }.
prompts_schedule-error-cron_field_count-hint = minute heure jour-du-mois mois jour-de-la-semaine, par exemple `cron: 0 9 * * 1` (le lundi à 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` n'est pas une valeur cron valide.
prompts_schedule-error-bad_cron_value-hint = Utilisez des nombres, `*`, des plages `1-5`, des pas `*/15`, des listes `1,3` et des noms comme `mon` ou `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` est hors limites dans l'expression cron (valeurs admises : { $low } à { $high }).
prompts_schedule-error-cron_out_of_range-hint = minute 0-59, heure 0-23, jour 1-31, mois 1-12, jour de la semaine 0-7 (0 et 7 sont le dimanche).
prompts_schedule-error-cron_reversed_range-message = La plage cron `{ $text }` est inversée.
prompts_schedule-error-cron_reversed_range-hint = Écrivez la plus petite valeur en premier, par exemple `mon-fri` ou `1-5`.
prompts_schedule-error-never_fires-message = Cette programmation ne se déclenche jamais.
prompts_schedule-error-never_fires-hint = Vérifiez le jour et le mois (il n'y a pas de 30 février), par exemple `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Cette programmation n'a aucune occurrence avant sa date de fin.
prompts_schedule-error-ends_before_first-hint = Repoussez la date end:, ou avancez la date start:.
prompts_schedule-error-bad_kind-message = Type de programmation inconnu.
prompts_schedule-error-bad_kind-hint = Utilisez at:, cron: ou every:.
