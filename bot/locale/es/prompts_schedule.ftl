# prompts_schedule: Spanish (tú, peninsular)

prompts_schedule-weekday-mon = lunes
prompts_schedule-weekday-tue = martes
prompts_schedule-weekday-wed = miércoles
prompts_schedule-weekday-thu = jueves
prompts_schedule-weekday-fri = viernes
prompts_schedule-weekday-sat = sábado
prompts_schedule-weekday-sun = domingo
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, contando desde el { $date }
prompts_schedule-describe-start = { $text }, a partir del { $date }
prompts_schedule-describe-end = { $text } hasta el { $date }
prompts_schedule-describe-list_and = { $head } y { $last }
prompts_schedule-describe-at = una vez, el { $date } a las { $time }
prompts_schedule-describe-cron = según la programación cron `{ $spec }`
prompts_schedule-describe-day = cada día a las { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] cada día a las { $time }
   *[other] cada { $count } días a las { $time }
}
prompts_schedule-describe-week = cada semana a las { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] cada semana a las { $time }
   *[other] cada { $count } semanas a las { $time }
}
prompts_schedule-describe-workdays = cada día laborable (de lunes a viernes) a las { $time }
prompts_schedule-describe-weekly = cada { $days } a las { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] cada semana, el { $days }, a las { $time }
   *[other] cada { $count } semanas, el { $days }, a las { $time }
}
prompts_schedule-describe-monthly = cada mes el día { $day } a las { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] cada mes
   *[other] cada { $count } meses
} el día { $day } a las { $time }
prompts_schedule-describe-monthly_last = cada mes, el último día, a las { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] cada mes
   *[other] cada { $count } meses
}, el último día, a las { $time }
prompts_schedule-note-short_months_29 = Febrero se salta en los años sin 29 de febrero. Para el último día de cada mes, usa `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Febrero se salta: no tiene día 30. Para el último día de cada mes, usa `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Los meses sin día 31 se saltan. Para el último día de cada mes, usa `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Indica exactamente una de estas opciones: at:, cron: o every:.
prompts_schedule-error-one_kind-hint = Por ejemplo `at: 2026-12-01 09:00`, `every: monday 09:00` o `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = La opción { $option }: es demasiado larga (como máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}).
prompts_schedule-error-too_long-hint = Una programación es corta, por ejemplo `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = La opción { $option }: contiene caracteres que una programación no puede tener.
prompts_schedule-error-bad_characters-hint = Usa letras normales, cifras y `: - , * /`, por ejemplo `every: monday 09:00`.
prompts_schedule-error-empty-message = La opción { $option }: está vacía.
prompts_schedule-error-empty-hint = Por ejemplo `at: 2026-12-01 09:00`, `every: monday 09:00` o `tz: Europe/Madrid`.
prompts_schedule-error-unknown_tz-message = Zona horaria desconocida: `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Usa un nombre de zona IANA, como `tz: Europe/Madrid` o `tz: UTC`.
prompts_schedule-error-bad_date-message = La fecha de { $option }: no tiene el formato AAAA-MM-DD (o DD.MM.AAAA).
prompts_schedule-error-bad_date-hint = Por ejemplo `{ $option }: 2026-12-01` o `{ $option }: 01.12.2026`.
prompts_schedule-error-impossible_date-message = `{ $text }` no es una fecha del calendario.
prompts_schedule-error-impossible_date-hint = Revisa el día y el mes, por ejemplo `2026-02-28`.
prompts_schedule-error-too_far-message = Esa fecha está a más de { $years ->
    [one] { $years } año
   *[other] { $years } años
} vista.
prompts_schedule-error-too_far-hint = Revisa el año, por ejemplo `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = La fecha de { $option }: es de hace más de { $years ->
    [one] { $years } año
   *[other] { $years } años
}.
prompts_schedule-error-too_long_ago-hint = Revisa el año: las fechas se escriben AAAA-MM-DD, por ejemplo `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = La fecha de inicio { $start } es posterior a la fecha de fin { $end }.
prompts_schedule-error-start_after_end-hint = Indica una fecha start: igual o anterior a la fecha end:.
prompts_schedule-error-at_with_bounds-message = start: y end: solo se aplican a preguntas periódicas.
prompts_schedule-error-at_with_bounds-hint = Una publicación única solo necesita `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = La hora de at: no tiene el formato AAAA-MM-DD HH:MM (o DD.MM.AAAA HH:MM).
prompts_schedule-error-bad_at-hint = Por ejemplo `at: 2026-12-01 09:00` o `at: 01.12.2026 9:00` (formato de 24 horas; primero el día y luego el mes).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) ya ha pasado.
prompts_schedule-error-at_in_past-hint = Indica un momento futuro, con el formato AAAA-MM-DD HH:MM, por ejemplo `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } no existe en { $tz }: esa noche los relojes se adelantan directamente a las { $jump }.
prompts_schedule-error-at_in_gap-hint = Elige una hora fuera del salto, por ejemplo { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` no es una hora del día.
prompts_schedule-error-bad_time-hint = Usa el formato de 24 horas, como `09:00` o `17:30` (también `9am`, `5:30pm`).
prompts_schedule-error-bad_month_day-message = `{ $text }` no es un día del mes.
prompts_schedule-error-bad_month_day-hint = Usa del 1 al 31, o `last`, por ejemplo `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = La opción every: no entiende `{ $text }`.
prompts_schedule-error-bad_every_word-hint = Escribe los días en español o en inglés (lunes, martes, miércoles, jueves, viernes, sábado, domingo, o laborables, fin de semana, día) y después la hora: por ejemplo `every: lunes 09:00`, `every: cada 2 semanas el martes 10:00`, `every: día 08:30`, `every: mes el 1 09:00`.
prompts_schedule-error-bad_every_word_suggest-message = La opción every: no entiende `{ $text }`. ¿Querías decir `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Escribe los días en español o en inglés (lunes, martes, miércoles, jueves, viernes, sábado, domingo, o laborables, fin de semana, día) y después la hora: por ejemplo `every: lunes 09:00`, `every: cada 2 semanas el martes 10:00`, `every: día 08:30`, `every: mes el 1 09:00`.
prompts_schedule-error-bad_every-message = La opción every: no es una periodicidad que sepa leer.
prompts_schedule-error-bad_every-hint = Por ejemplo `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = La opción every: necesita una hora del día.
prompts_schedule-error-every_needs_time-hint = Por ejemplo `every: monday 09:00` o `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Una pregunta mensual necesita el día del mes.
prompts_schedule-error-month_needs_day-hint = Por ejemplo `every: month on 1 09:00` o `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Un intervalo de 0 nunca se repite.
prompts_schedule-error-zero_interval-hint = Usa 1 o más, por ejemplo `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = El intervalo es demasiado largo (como máximo { $limit ->
    [one] { $limit } { $unit ->
        [day] día
        [week] semana
       *[month] mes
    }
   *[other] { $limit } { $unit ->
        [day] días
        [week] semanas
       *[month] meses
    }
}).
prompts_schedule-error-interval_too_long-hint = Por ejemplo `every: 2 weeks on tuesday 10:00` o `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Una expresión cron tiene 5 campos, no { $count }.
prompts_schedule-error-cron_field_count-hint = minuto hora día-del-mes mes día-de-la-semana, por ejemplo `cron: 0 9 * * 1` (los lunes a las 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` no es un valor cron válido.
prompts_schedule-error-bad_cron_value-hint = Usa números, `*`, rangos `1-5`, pasos `*/15`, listas `1,3` y nombres como `mon` o `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` está fuera de rango en la expresión cron (se admite de { $low } a { $high }).
prompts_schedule-error-cron_out_of_range-hint = minuto 0-59, hora 0-23, día 1-31, mes 1-12, día de la semana 0-7 (0 y 7 son domingo).
prompts_schedule-error-cron_reversed_range-message = El rango cron `{ $text }` va al revés.
prompts_schedule-error-cron_reversed_range-hint = Escribe primero el valor menor, por ejemplo `mon-fri` o `1-5`.
prompts_schedule-error-never_fires-message = Esta programación nunca se activa.
prompts_schedule-error-never_fires-hint = Revisa el día y el mes (no existe el 30 de febrero), por ejemplo `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Esta programación no tiene ninguna fecha antes de su fecha de fin.
prompts_schedule-error-ends_before_first-hint = Retrasa la fecha end: o adelanta la fecha start:.
prompts_schedule-error-bad_kind-message = Tipo de programación desconocido.
prompts_schedule-error-bad_kind-hint = Usa at:, cron: o every:.
