# surveys: español

surveys-privacy_what = Encuestas: tus respuestas a una encuesta quedan vinculadas a ti solo para que respondas una vez y puedas cambiarlas o borrarlas; los resultados muestran solo cifras, nunca un grupo de menos de 5 personas, y una respuesta libre solo si aceptaste compartirla, nunca con tu nombre. Las respuestas se borran un tiempo después de que se cierre la encuesta.
surveys-announce = 📋 Nueva encuesta: «{ $title }» ({ $count ->
    [one] una pregunta
   *[other] { $count } preguntas
}), anónima, abierta hasta el { $closes }. Para participar, envía { $command }: te haré las preguntas por mensaje directo.
surveys-announce_button = Participar
surveys-closed_post = La encuesta «{ $title }» (número { $id }) está cerrada. ¡Gracias a todas las personas que respondieron!
surveys-status-planned = programada
surveys-status-open = abierta
surveys-status-closed = cerrada
surveys-status-cancelled = cancelada
surveys-fewer_than = menos de { $min }
surveys-withheld = no se muestra

surveys-created = La encuesta { $id } «{ $title }» está guardada: { $count ->
    [one] una pregunta
   *[other] { $count } preguntas
}, abierta del { $opens } al { $closes }, anunciada en { $room }.
surveys-created_open = Ya está abierta: la he anunciado en la sala.
surveys-created_planned = La anunciaré en la sala el primer día.
surveys-not_connected = Nota: este bot no está conectado a { $platform } (funciona en { $connected }), así que el anuncio en { $room } esperará hasta que esa plataforma se configure en bot.toml ([bot] adapters y sus credenciales).
surveys-list-empty = Todavía no hay encuestas en tus redes.
surveys-list-header = Encuestas:
surveys-list-line = { $id }. «{ $title }» — { $status }, del { $opens } al { $closes }; respuestas de: { $people }
surveys-show = Encuesta { $id } «{ $title }» — { $status }
    Abierta del { $opens } al { $closes }, en { $room } (red { $network })
    Respuestas de: { $people }
    Preguntas:
surveys-close_ask = Esto cierra la encuesta ahora mismo: nadie podrá responderla ya. Para seguir, envía { $command }.
surveys-cancel_ask = Esto cancela la encuesta y borra todas sus respuestas; no se puede deshacer. Para seguir, envía { $command }.
surveys-done_close = La encuesta { $id } «{ $title }» está cerrada.
surveys-done_cancel = La encuesta { $id } «{ $title }» está cancelada y sus respuestas, borradas.

surveys-question = Encuesta { $id } «{ $title }» — pregunta { $number } de { $total }:
    { $question }
surveys-ask_choice = Elige una respuesta:
surveys-ask_scale = Elige un número del { $low } (lo mínimo) al { $high } (lo máximo):
surveys-ask_text = Escribe tu respuesta en tu próximo mensaje aquí (o envía { $command }).
surveys-current = Tu respuesta hasta ahora: { $answer }
surveys-share_ask = Guardada. ¿Puedo mostrar esta respuesta en los resultados, sin tu nombre? Solo se muestran las respuestas que aceptas compartir. Envía { $command }, o no.
surveys-share_yes = Sí, compartirla
surveys-share_no = No, mantenerla privada
surveys-shared_yes = Gracias: tu respuesta podrá aparecer en los resultados, sin tu nombre.
surveys-shared_no = Entendido: tu respuesta se cuenta, pero nunca se muestra.
surveys-all_answered = ¡Gracias! Has respondido las { $total } preguntas de la encuesta { $id } «{ $title }». Puedes cambiar una respuesta hasta el { $closes }, por ejemplo con { $command }.
surveys-sent_by_dm = Te he enviado las preguntas por mensaje directo.

surveys-results-too_few = Encuesta { $id } «{ $title }» ({ $status }): han respondido menos de { $min } personas, así que aún no se muestran resultados. Los resultados nunca muestran un grupo de menos de { $min } personas.
surveys-results-header = Resultados de la encuesta { $id } «{ $title }» ({ $status }): han respondido { $count } personas. Los grupos de menos de 5 personas no se muestran como cifras.
surveys-results-question = { $question } — { $count } respuestas
surveys-results-question_few = { $question } — menos de { $min } respuestas, no se muestran
surveys-results-average = media: { $value }
surveys-results-shared = { $count ->
    [one] una respuesta compartida:
   *[other] { $count } respuestas compartidas:
}
surveys-results-withheld_note = Las cifras marcadas «no se muestra» se retienen para que no se pueda deducir del total un grupo de menos de { $min } personas.
surveys-results-shared_none = ninguna respuesta compartida

surveys-error-unknown = No existe la encuesta { $id }.
surveys-error-not_open = La encuesta { $id } está { $status }: ahora no se puede responder.
surveys-error-already = La encuesta { $id } ya está { $status }.
surveys-error-no_question = La encuesta { $id } tiene las preguntas 1 a { $total }, no la { $number }.
surveys-error-empty_text = Tu respuesta está vacía.
surveys-error-text_too_long = Tu respuesta es demasiado larga: como máximo { $limit } caracteres.
surveys-error-bad_answer = Eso no es una respuesta a la pregunta { $number }. Elige entre: { $choices }.
surveys-error-nothing_to_share = No tienes ninguna respuesta escrita a la pregunta { $number } de la encuesta { $id }.
surveys-error-ends_in_past = Esa encuesta ya habría terminado: elige un último día a partir de hoy.
surveys-error-option_twice = La opción { $option }: aparece dos veces.
surveys-error-bad_date = { $option }: `{ $value }` no es un día; escríbelo 2026-12-31 o 31.12.2026.
surveys-error-room_needed = En un mensaje directo, indica dónde anunciar la encuesta con en: #sala.
surveys-error-bad_room = No puedo publicar en `{ $room }`; escribe en: #sala o en: plataforma:sala.
surveys-error-not_your_room = No puedes anunciar una encuesta en { $room }: un rol de coordinación de un servidor o sala solo cuenta en los servidores y salas para los que está configurado este bot.
surveys-error-id_missing = ¿Qué encuesta? Indica su número, por ejemplo { $example }.
surveys-error-bad_id = `{ $id }` no es un número de encuesta.
surveys-error-stray_text = No sé qué hacer con `{ $text }`: cada parte de la encuesta es una opción como título: o preguntas:.
surveys-error-title_missing = La encuesta necesita un título: título: …
surveys-error-title_too_long = El título es demasiado largo: como máximo { $limit } caracteres.
surveys-error-end_missing = Indica el último día de la encuesta con hasta: AAAA-MM-DD.
surveys-error-ends_before_start = El último día es anterior al primero: hasta: debe ser igual o posterior a desde:.
surveys-error-bad_number = `{ $value }` no es un número de pregunta.
surveys-error-share_usage = Di si tu respuesta escrita se puede mostrar: por ejemplo { $example } (o no).
surveys-error-questions_hint = Escribe cada pregunta como `¿Pregunta? | a / b / c` (una opción), `¿Pregunta? | 1-5` (una escala) o `¿Pregunta? | texto` (respuesta libre), separadas por ; o saltos de línea. Por ejemplo: preguntas: ¿Te ayudó? | sí / no / en parte; ¿Qué utilidad tuvo? | 1-5; ¿Qué cambiarías? | texto
surveys-error-no_questions = La encuesta no tiene preguntas: añádelas con preguntas:.
surveys-error-too_many_questions = Una encuesta puede tener como máximo { $limit } preguntas.
surveys-error-no_bar = La pregunta { $number } (`{ $question }`) no tiene respuestas: pon un | entre la pregunta y sus respuestas.
surveys-error-no_text = La pregunta { $number } (`{ $question }`) tiene respuestas pero ninguna pregunta antes del |.
surveys-error-question_too_long = La pregunta { $number } es demasiado larga: como máximo { $limit } caracteres.
surveys-error-no_answers = La pregunta { $number } (`{ $question }`) no tiene nada después del |.
surveys-error-bad_scale = Pregunta { $number }: `{ $scale }` no es una escala que pueda usar; escribe 1-5 o 0-10 (desde 0 o 1, hasta 10).
surveys-error-few_options = La pregunta { $number } (`{ $question }`) necesita al menos dos respuestas, separadas por /.
surveys-error-many_options = La pregunta { $number } tiene demasiadas respuestas: como máximo { $limit }.
surveys-error-option_too_long = Una respuesta de la pregunta { $number } es demasiado larga: como máximo { $limit } caracteres.
surveys-error-same_options = La pregunta { $number } (`{ $question }`) repite la misma respuesta.

surveys-cli_bad_id = `{ $id }` no es un número de encuesta.
surveys-cli_written = Resultados de la encuesta { $id } escritos en { $path }.
