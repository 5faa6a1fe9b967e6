# prompts: Spanish (tú, peninsular)

prompts-thread_title = Pregunta { $id }
prompts-scheduled =
    Pregunta { $id } programada: { $when }.
    Próxima publicación: { $next }, en { $targets }.
    Consúltala con { $prefix }prompt show { $id }; las próximas fechas, con { $prefix }prompt preview { $id }.
prompts-edited = Pregunta { $id } modificada:
prompts-edited_schedule = Programación: { $when }. Próxima publicación: { $next }.
prompts-edited_rooms = Canales: { $targets }.
prompts-edited_text = Texto: { $text }
prompts-skipped = Se omitirá la próxima publicación de la pregunta { $id } ({ $when }).
prompts-skip_kept = La publicación omitida del { $when } sigue en la programación y sigue omitida.
prompts-skip_kept_many = Las publicaciones omitidas ({ $when }) siguen en la programación y siguen omitidas.
prompts-skip_cleared = La publicación omitida del { $when } ya no está en la programación, así que esa omisión se anula.
prompts-skip_cleared_many = Las publicaciones omitidas ({ $when }) ya no están en la programación, así que esas omisiones se anulan.
prompts-show =
    Pregunta { $id } — { $status }
    Cuándo: { $when }
    Próxima publicación: { $next }
    Canales: { $targets }
    Autor: { $author }
    Publicaciones: { $sent ->
        [one] { $sent } hecha
       *[other] { $sent } hechas
    }, { $missed ->
        [one] { $missed } perdida
       *[other] { $missed } perdidas
    }, { $skipped ->
        [one] { $skipped } omitida
       *[other] { $skipped } omitidas
    }.
    Texto:
    { $text }
prompts-privacy_what = Preguntas de debate: las preguntas y series de los coordinadores indican quién las creó; en el hilo de una pregunta, el bot cuenta quién ha respondido hasta que publica el resumen de participación, y después solo guarda las cifras — nunca lo que se dijo.
prompts-done-pause = La pregunta { $id } está en pausa.
prompts-done-resume = La pregunta { $id } vuelve a estar activa; lo que tocaba durante la pausa no se publica.
prompts-done-cancel = La pregunta { $id } está cancelada.
prompts-skip_ends-skipped = Era su única publicación, así que la pregunta { $id } queda omitida: no se publicará.
prompts-skip_ends-finished = Era su última publicación, así que la pregunta { $id } queda terminada.
prompts-status-active = activa
prompts-status-paused = en pausa
prompts-status-cancelled = cancelada
prompts-status-finished = terminada
prompts-status-skipped = omitida
prompts-list-header = Preguntas (ID, estado, próxima publicación, texto):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[serie { $id }]
prompts-list-empty = No hay preguntas activas ni en pausa. Programa una con { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] La próxima publicación de la pregunta { $id } ({ $tz }):
   *[other] Las próximas { $count } publicaciones de la pregunta { $id } ({ $tz }):
}
prompts-preview-none = La pregunta { $id } no tiene publicaciones pendientes (está { $status }).
prompts-targets-empty = La opción in: no indica ningún canal.
prompts-targets-too_many = Una pregunta puede ir como máximo a { $limit ->
    [one] { $limit } canal
   *[other] { $limit } canales
}.
prompts-targets-bad_room = `{ $room }` no es un canal en el que pueda publicar.
prompts-targets-hint = Por ejemplo `in: #intercambio-de-practicas`, `in: #general, #mentores` o `in: matrix:!abc:example.org`.
prompts-targets-needed = En un mensaje privado, indica dónde va la pregunta con in: #canal.
prompts-targets-unknown_platform = `{ $platform }:` no es una plataforma que conozca; puedo publicar en { $platforms }.
prompts-targets-not_yours = No puedes publicar en { $rooms }: un rol de coordinador en un servidor o canal solo cuenta en los servidores y canales para los que está configurado este bot.
prompts-targets-not_yours_hint = Elige un canal de esos (una sala de Matrix por su ID, !…:servidor), o pide a quien administra el bot que lo añada en bot.toml ([permissions] discord_guilds, matrix_rooms) o que programe la pregunta.
prompts-targets-not_connected = Nota: este bot no está conectado a { $platforms } (funciona en { $connected }), así que las publicaciones en { $rooms } fallarán hasta que esa plataforma se configure en bot.toml ([bot] adapters y sus credenciales).
prompts-targets-network_channel = Sin in: se usa el canal de preguntas de la red { $network }; para otros canales, indícalos con in: #canal.
prompts-error-bad_id = `{ $id }` no es un ID; los ID son números.
prompts-error-id_missing_prompt = Indica el ID de la pregunta, por ejemplo { $example }.
prompts-error-id_missing_series = Indica el ID de la serie, por ejemplo { $example }.
prompts-error-not_found = No existe la pregunta { $id }.
prompts-error-text_missing = Falta la opción { $option }: o está vacía.
prompts-error-text_too_long = La opción { $option }: es demasiado larga (como máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}).
prompts-error-already = La pregunta { $id } ya está { $status }.
prompts-error-cannot_pause = La pregunta { $id } está { $status }, así que no se puede poner en pausa.
prompts-error-cannot_resume = La pregunta { $id } está { $status }; solo se puede reanudar una pregunta en pausa.
prompts-error-cannot_cancel = La pregunta { $id } está { $status }; no queda nada que cancelar.
prompts-error-cannot_edit = La pregunta { $id } está { $status } y ya no se puede cambiar.
prompts-error-cannot_skip = La pregunta { $id } está { $status }, así que no tiene ninguna publicación pendiente que omitir.
prompts-error-series_part = El ID { $id } es la parte «{ $part }» de la serie { $series }, no una pregunta independiente. Consúltala con { $show }; cámbiala o quítala con { $edit }: … (none la quita).
prompts-error-text_not_last = La opción { $option }: iba después de text:, así que ha pasado a formar parte del texto. text: ocupa el resto de la línea: ponla al final.
prompts-error-missing_colon = Las opciones llevan dos puntos: escribe `{ $option }: …`, no `{ $option } …`.
prompts-error-stray_text = No sé qué hacer con `{ $text }`: las opciones se escriben `clave: valor`, separadas por `;`.
prompts-error-nothing_to_skip = La pregunta { $id } no tiene ninguna publicación pendiente que omitir.
prompts-error-edit_nothing = Di qué quieres cambiar: in:, at:, cron:, every:, tz:, start:, end: o text:.
prompts-notice-missed = La pregunta { $id } («{ $text }») tocaba publicarse { $count ->
    [one] { $count } vez
   *[other] { $count } veces
} mientras estaba desconectado, del { $first } al { $last }, y no se ha publicado.
prompts-notice-missed_one = La pregunta { $id } («{ $text }») tocaba publicarse el { $first } mientras estaba desconectado, hace demasiado para publicarla ahora; no se ha publicado.
prompts-notice-stale_one = La pregunta { $id } («{ $text }») se estaba publicando el { $first } cuando me detuve; puede que no saliera, y ya es tarde para reintentarlo.
prompts-notice-failed_one = La pregunta { $id } («{ $text }») no se pudo publicar el { $first }: la plataforma no la aceptó después de varios intentos.
prompts-notice-stale = La pregunta { $id } («{ $text }») se estaba publicando ({ $count ->
    [one] { $count } vez
   *[other] { $count } veces
}, del { $first } al { $last }) cuando me detuve; puede que esas publicaciones no salieran, y ya es tarde para reintentarlo.
prompts-notice-failed = La pregunta { $id } («{ $text }») no se pudo publicar { $count ->
    [one] { $count } vez
   *[other] { $count } veces
}, del { $first } al { $last }: la plataforma no la aceptó después de varios intentos.
prompts-summary-text = Participación: { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}, { $replies ->
    [one] { $replies } respuesta
   *[other] { $replies } respuestas
}. ¡Gracias por participar!
prompts-summary-none = Todavía no hay respuestas en este hilo. Sigue abierto para lo que quieras aportar.
prompts-series-created = Serie { $id } «{ $title }» creada para { $targets }. Añade preguntas con { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Pregunta { $prompt } añadida a la serie { $id }; publicación: { $when }. { $show } muestra la serie en orden.
prompts-series-not_found = No existe la serie { $id }.
prompts-series-not_active = La serie { $id } está { $status } y ya no se puede cambiar.
prompts-series-already = La serie { $id } ya está { $status }.
prompts-series-once_only = Una pregunta de la serie { $id } se publica una sola vez: indica fecha y hora con at:, no una programación periódica.
prompts-series-edit_nothing = Di qué quieres cambiar: title:, opening: o closing: (none quita la apertura o la clausura).
prompts-series-opening_gone = La serie { $id } ya se ha abierto; su apertura ya no se puede cambiar.
prompts-series-changed_title = título «{ $title }»
prompts-series-changed_bookend = nueva { $part }
prompts-series-dropped_bookend = { $part } eliminada
prompts-series-edited = Serie { $id } modificada: { $changes }. Consúltala con { $prefix }series show { $id }.
prompts-series-show_footer = Cambia el título, la apertura o la clausura con { $prefix }series edit { $id } opening: …; closing: … (none quita una de ellas).
prompts-series-emptied = A la serie { $id } no le quedan preguntas por publicar, así que su apertura y su clausura también se cancelan; volverán cuando añadas una pregunta.
prompts-series-title_missing = Una serie necesita un título: title: …
prompts-series-at_missing = Di cuándo se publica la pregunta: at: 2026-12-01 09:00.
prompts-series-before_opening = La serie { $id } ya se ha abierto; las nuevas preguntas tienen que ir después de su apertura.
prompts-series-show =
    Serie { $id } «{ $title }» — { $status }
    Canales: { $targets } · zona horaria { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = pregunta { $id }
prompts-series-opening = apertura
prompts-series-closing = clausura
prompts-series-empty = Todavía no hay preguntas: { $prefix }series add { $id } at: …; text: …
prompts-series-cancel_ask = Esto cancela la serie y todas sus publicaciones aún no hechas; no se puede deshacer. Para seguir, envía { $command }.
prompts-series-cancelled = La serie { $id } está cancelada ({ $count ->
    [one] se cancela { $count } publicación pendiente
   *[other] se cancelan { $count } publicaciones pendientes
}).
prompts-series-cancelled_one = La serie { $id } está cancelada (se cancela 1 publicación pendiente).
prompts-series-list_header = Series (ID, estado, título):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Todavía no hay series. Crea una con { $prefix }series create title: …
prompts-cancel_ask = Esto cancela la pregunta para siempre: no se volverá a publicar (para pararla un tiempo, mejor ponla en pausa). Para seguir, envía { $command }.
