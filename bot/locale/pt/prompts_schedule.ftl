# prompts_schedule: European Portuguese (formal third person)

prompts_schedule-weekday-mon = segunda-feira
prompts_schedule-weekday-tue = terça-feira
prompts_schedule-weekday-wed = quarta-feira
prompts_schedule-weekday-thu = quinta-feira
prompts_schedule-weekday-fri = sexta-feira
prompts_schedule-weekday-sat = sábado
prompts_schedule-weekday-sun = domingo
prompts_schedule-describe-zone = { $text } ({ $tz })
prompts_schedule-describe-counting_from = { $text }, a contar de { $date }
prompts_schedule-describe-start = { $text }, a partir de { $date }
prompts_schedule-describe-end = { $text } até { $date }
prompts_schedule-describe-list_and = { $head } e { $last }
prompts_schedule-describe-at = uma vez, em { $date } às { $time }
prompts_schedule-describe-cron = segundo o agendamento cron `{ $spec }`
prompts_schedule-describe-day = todos os dias às { $time }
prompts_schedule-describe-day_n = { $count ->
    [one] todos os dias às { $time }
   *[other] de { $count } em { $count } dias às { $time }
}
prompts_schedule-describe-week = todas as semanas às { $time }
prompts_schedule-describe-week_n = { $count ->
    [one] todas as semanas às { $time }
   *[other] de { $count } em { $count } semanas às { $time }
}
prompts_schedule-describe-workdays = todos os dias úteis (de segunda a sexta-feira) às { $time }
prompts_schedule-describe-weekly = todas as semanas: { $days }, às { $time }
prompts_schedule-describe-weekly_n = { $count ->
    [one] todas as semanas
   *[other] de { $count } em { $count } semanas
}: { $days }, às { $time }
prompts_schedule-describe-monthly = todos os meses no dia { $day } às { $time }
prompts_schedule-describe-monthly_n = { $count ->
    [one] todos os meses
   *[other] de { $count } em { $count } meses
} no dia { $day } às { $time }
prompts_schedule-describe-monthly_last = todos os meses, no último dia, às { $time }
prompts_schedule-describe-monthly_last_n = { $count ->
    [one] todos os meses
   *[other] de { $count } em { $count } meses
}, no último dia, às { $time }
prompts_schedule-note-short_months_29 = Fevereiro é saltado nos anos sem 29 de fevereiro. Para o último dia de cada mês, use `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_30 = Fevereiro é saltado: não tem dia 30. Para o último dia de cada mês, use `on last`: `every: month on last 09:00`.
prompts_schedule-note-short_months_31 = Os meses sem dia 31 são saltados. Para o último dia de cada mês, use `on last`: `every: month on last 09:00`.
prompts_schedule-error-one_kind-message = Indique exatamente uma destas opções: at:, cron: ou every:.
prompts_schedule-error-one_kind-hint = Por exemplo `at: 2026-12-01 09:00`, `every: monday 09:00` ou `cron: 0 9 * * 1`.
prompts_schedule-error-too_long-message = A opção { $option }: é demasiado longa (no máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}).
prompts_schedule-error-too_long-hint = Um agendamento é curto, por exemplo `every: monday 09:00`.
prompts_schedule-error-bad_characters-message = A opção { $option }: contém caracteres que um agendamento não pode ter.
prompts_schedule-error-bad_characters-hint = Use letras simples, algarismos e `: - , * /`, por exemplo `every: monday 09:00`.
prompts_schedule-error-empty-message = A opção { $option }: está vazia.
prompts_schedule-error-empty-hint = Por exemplo `at: 2026-12-01 09:00`, `every: monday 09:00` ou `tz: Europe/Lisbon`.
prompts_schedule-error-unknown_tz-message = Fuso horário desconhecido: `{ $tz }`.
prompts_schedule-error-unknown_tz-hint = Use um nome de fuso IANA, como `tz: Europe/Lisbon` ou `tz: UTC`.
prompts_schedule-error-bad_date-message = A data de { $option }: não está no formato AAAA-MM-DD (ou DD.MM.AAAA).
prompts_schedule-error-bad_date-hint = Por exemplo `{ $option }: 2026-12-01` ou `{ $option }: 01.12.2026`.
prompts_schedule-error-impossible_date-message = `{ $text }` não é uma data do calendário.
prompts_schedule-error-impossible_date-hint = Verifique o dia e o mês, por exemplo `2026-02-28`.
prompts_schedule-error-too_far-message = Essa data fica a mais de { $years ->
    [one] { $years } ano
   *[other] { $years } anos
} de distância.
prompts_schedule-error-too_far-hint = Verifique o ano, por exemplo `at: 2026-12-01 09:00`.
prompts_schedule-error-too_long_ago-message = A data de { $option }: é de há mais de { $years ->
    [one] { $years } ano
   *[other] { $years } anos
}.
prompts_schedule-error-too_long_ago-hint = Verifique o ano: as datas escrevem-se AAAA-MM-DD, por exemplo `{ $option }: { $example }`.
prompts_schedule-error-start_after_end-message = A data de início { $start } é posterior à data de fim { $end }.
prompts_schedule-error-start_after_end-hint = Indique uma data start: igual ou anterior à data end:.
prompts_schedule-error-at_with_bounds-message = start: e end: só se aplicam a perguntas recorrentes.
prompts_schedule-error-at_with_bounds-hint = Uma publicação única só precisa de `at: 2026-12-01 09:00`.
prompts_schedule-error-bad_at-message = A hora de at: não está no formato AAAA-MM-DD HH:MM (ou DD.MM.AAAA HH:MM).
prompts_schedule-error-bad_at-hint = Por exemplo `at: 2026-12-01 09:00` ou `at: 01.12.2026 9:00` (formato de 24 horas; primeiro o dia, depois o mês).
prompts_schedule-error-at_in_past-message = { $when } ({ $tz }) já passou.
prompts_schedule-error-at_in_past-hint = Indique um momento no futuro, no formato AAAA-MM-DD HH:MM, por exemplo `at: { $example }`.
prompts_schedule-error-at_in_gap-message = { $when } não existe em { $tz }: nessa noite, os relógios avançam diretamente para as { $jump }.
prompts_schedule-error-at_in_gap-hint = Escolha uma hora fora desse salto, por exemplo { $jump }.
prompts_schedule-error-bad_time-message = `{ $text }` não é uma hora do dia.
prompts_schedule-error-bad_time-hint = Use o formato de 24 horas, como `09:00` ou `17:30` (também `9am`, `5:30pm`).
prompts_schedule-error-bad_month_day-message = `{ $text }` não é um dia do mês.
prompts_schedule-error-bad_month_day-hint = Use de 1 a 31, ou `last`, por exemplo `every: month on 1 09:00`.
prompts_schedule-error-bad_every_word-message = A opção every: não entende `{ $text }`.
prompts_schedule-error-bad_every_word-hint = Escreva os dias em português ou em inglês (segunda, terça, quarta, quinta, sexta, sábado, domingo, ou dias úteis, fim de semana, dia) e depois a hora: por exemplo `every: segunda 09:00`, `every: cada 2 semanas à terça 10:00`, `every: dia 08:30`, `every: mensalmente no 1 09:00`.
prompts_schedule-error-bad_every_word_suggest-message = A opção every: não entende `{ $text }`. Queria dizer `{ $suggestion }`?
prompts_schedule-error-bad_every_word_suggest-hint = Escreva os dias em português ou em inglês (segunda, terça, quarta, quinta, sexta, sábado, domingo, ou dias úteis, fim de semana, dia) e depois a hora: por exemplo `every: segunda 09:00`, `every: cada 2 semanas à terça 10:00`, `every: dia 08:30`, `every: mensalmente no 1 09:00`.
prompts_schedule-error-bad_every-message = A opção every: não é uma recorrência que eu saiba ler.
prompts_schedule-error-bad_every-hint = Por exemplo `every: monday 09:00`, `every: 2 weeks on tuesday 10:00`, `every: day 08:30`, `every: month on 1 09:00`.
prompts_schedule-error-every_needs_time-message = A opção every: precisa de uma hora do dia.
prompts_schedule-error-every_needs_time-hint = Por exemplo `every: monday 09:00` ou `every: day at 08:30`.
prompts_schedule-error-month_needs_day-message = Uma pergunta mensal precisa do dia do mês.
prompts_schedule-error-month_needs_day-hint = Por exemplo `every: month on 1 09:00` ou `every: month on last 17:00`.
prompts_schedule-error-zero_interval-message = Um intervalo de 0 nunca se repete.
prompts_schedule-error-zero_interval-hint = Use 1 ou mais, por exemplo `every: 2 weeks on tuesday 10:00`.
prompts_schedule-error-interval_too_long-message = O intervalo é demasiado longo (no máximo { $limit ->
    [one] { $limit } { $unit ->
        [day] dia
        [week] semana
       *[month] mês
    }
   *[other] { $limit } { $unit ->
        [day] dias
        [week] semanas
       *[month] meses
    }
}).
prompts_schedule-error-interval_too_long-hint = Por exemplo `every: 2 weeks on tuesday 10:00` ou `every: 3 months on 1 09:00`.
prompts_schedule-error-cron_field_count-message = Uma expressão cron tem 5 campos, não { $count }.
prompts_schedule-error-cron_field_count-hint = minuto hora dia-do-mês mês dia-da-semana, por exemplo `cron: 0 9 * * 1` (às segundas-feiras às 09:00).
prompts_schedule-error-bad_cron_value-message = `{ $text }` não é um valor cron válido.
prompts_schedule-error-bad_cron_value-hint = Use números, `*`, intervalos `1-5`, passos `*/15`, listas `1,3` e nomes como `mon` ou `jan`.
prompts_schedule-error-cron_out_of_range-message = `{ $text }` está fora do intervalo permitido na expressão cron (de { $low } a { $high }).
prompts_schedule-error-cron_out_of_range-hint = minuto 0-59, hora 0-23, dia 1-31, mês 1-12, dia da semana 0-7 (0 e 7 são domingo).
prompts_schedule-error-cron_reversed_range-message = O intervalo cron `{ $text }` está invertido.
prompts_schedule-error-cron_reversed_range-hint = Escreva primeiro o valor mais pequeno, por exemplo `mon-fri` ou `1-5`.
prompts_schedule-error-never_fires-message = Este agendamento nunca é acionado.
prompts_schedule-error-never_fires-hint = Verifique o dia e o mês (não existe 30 de fevereiro), por exemplo `cron: 0 9 1 * *`.
prompts_schedule-error-ends_before_first-message = Este agendamento não tem nenhuma ocorrência antes da data de fim.
prompts_schedule-error-ends_before_first-hint = Passe a data end: para mais tarde, ou a data start: para mais cedo.
prompts_schedule-error-bad_kind-message = Tipo de agendamento desconhecido.
prompts_schedule-error-bad_kind-hint = Use at:, cron: ou every:.
