# core: English (the reference catalog)

core-rate_limited = You're sending commands faster than I can keep up with. Please wait about { $seconds } s; I'll ignore commands until then.
core-too_long = That message is too long for a command (more than { $limit } characters). Please shorten it.
core-outbox_gave_up = A message from me could not be delivered on { $platform } after { $attempts } attempts ({ $what }). Is that platform connected, and does the person still share a server or room with me?
core-internal_error = Sorry, something went wrong on my side. If it keeps happening, tell a coordinator and mention error id { $error_id }.
core-store_error = I couldn't reach my database just now (it may be busy), so I couldn't do that. Please try again in a moment; if it keeps happening, tell a coordinator and mention error id { $error_id }.
core-unknown_command = I don't know the command '{ $command }'. Type { $prefix }help to see what I can do.
core-unknown_command_suggest = I don't know the command '{ $command }'. Did you mean { $suggestions }? Type { $prefix }help for all commands.
core-question_hint = I looked that up as { $command }. Commands start with { $prefix }; { $help } lists them all.
core-permission_denied = Only a { $role } can use { $command }.
core-group_intro = { $command } has these subcommands:
core-no_subcommand = There is no subcommand '{ $name }' of { $command }.
core-no_subcommand_suggest = There is no subcommand '{ $name }' of { $command }. Did you mean { $suggestions }?
core-usage = Usage: { $usage }
core-missing_argument = Please give { $name }.
core-option_unknown = There is no option '{ $option }:' here.
core-option_malformed = I couldn't read '{ $segment }' as an option (options look like 'key: value').
core-options_available = Options: { $options } (separate them with ';').
core-option_repeated = The option '{ $option }:' is given twice; give it once.
core-option_empty = The option '{ $option }:' needs a value.
core-confirm_word = confirm
core-confirm_button = Yes, go ahead
core-confirm_ask = This cannot be undone. To go ahead, send { $command }.
