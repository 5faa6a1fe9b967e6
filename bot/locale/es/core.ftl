# core: Spanish (tú, peninsular)

core-rate_limited = Estás enviando comandos más rápido de lo que puedo atenderlos. Espera unos { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}; hasta entonces no haré caso a tus comandos.
core-too_long = Este mensaje es demasiado largo para un comando (más de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}). Acórtalo, por favor.
core-outbox_gave_up = No he podido entregar un mensaje mío en { $platform } después de { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
} ({ $what }). ¿Está conectada esa plataforma, y esa persona sigue compartiendo conmigo un servidor o un canal?
core-internal_error = Lo siento, algo ha fallado por mi parte. Si vuelve a pasar, avisa a un coordinador e indica el código de error { $error_id }.
core-store_error = No he podido acceder a mi base de datos (puede que esté ocupada), así que no he podido hacerlo. Vuelve a intentarlo en un momento; si sigue pasando, avisa a un coordinador e indica el código de error { $error_id }.
core-unknown_command = No conozco el comando «{ $command }». Escribe { $prefix }help para ver lo que sé hacer.
core-unknown_command_suggest = No conozco el comando «{ $command }». ¿Querías decir { $suggestions }? Escribe { $prefix }help para ver todos los comandos.
core-permission_denied = Solo un { $role ->
    [admin] administrador
    [trainer] formador
   *[coordinator] coordinador
} puede usar { $command }.
core-group_intro = { $command } tiene estos subcomandos:
core-no_subcommand = { $command } no tiene ningún subcomando «{ $name }».
core-no_subcommand_suggest = { $command } no tiene ningún subcomando «{ $name }». ¿Querías decir { $suggestions }?
core-usage = Uso: { $usage }
core-missing_argument = Indica { $name }.
core-option_unknown = Aquí no existe la opción «{ $option }:».
core-option_malformed = No he podido leer «{ $segment }» como opción (las opciones se escriben «clave: valor»).
core-options_available = Opciones: { $options } (sepáralas con «;»).
core-option_repeated = La opción «{ $option }:» aparece dos veces; ponla solo una vez.
core-option_empty = La opción «{ $option }:» necesita un valor.
core-confirm_word = confirmar
core-confirm_button = Sí, adelante
core-confirm_ask = Esto no se puede deshacer. Para seguir, envía { $command }.
core-question_hint = Lo he buscado como { $command }. Los comandos empiezan por { $prefix }; { $help } los muestra todos.
