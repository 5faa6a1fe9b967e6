# core: Nederlands (aanspreekvorm: je/jij)

core-rate_limited = Je stuurt sneller opdrachten dan ik kan bijhouden. Wacht { $seconds ->
    [one] ongeveer een seconde
   *[other] ongeveer { $seconds } seconden
}; tot dan negeer ik je opdrachten.
core-too_long = Dat bericht is te lang voor een opdracht (meer dan { $limit ->
    [one] één teken
   *[other] { $limit } tekens
}). Maak het korter.
core-outbox_gave_up = Een bericht van mij kon op { $platform } na { $attempts ->
    [one] één poging
   *[other] { $attempts } pogingen
} niet worden bezorgd ({ $what }). Is dat platform verbonden, en zit de persoon nog in een server of ruimte waar ik ook in zit?
core-internal_error = Sorry, er ging bij mij iets mis. Gebeurt dit vaker, laat het dan een coördinator weten en noem foutcode { $error_id }.
core-store_error = Ik kon mijn database net niet bereiken (misschien is die druk bezig), dus dit is niet gelukt. Probeer het zo nog eens; gebeurt dit vaker, laat het dan een coördinator weten en noem foutcode { $error_id }.
core-unknown_command = De opdracht ‘{ $command }’ ken ik niet. Typ { $prefix }help om te zien wat ik kan.
core-unknown_command_suggest = De opdracht ‘{ $command }’ ken ik niet. Bedoelde je { $suggestions }? Typ { $prefix }help voor alle opdrachten.
core-permission_denied = Alleen { $role ->
    [admin] een beheerder
    [coordinator] een coördinator
    [trainer] een trainer
   *[other] iemand met de rol { $role }
} kan { $command } gebruiken.
core-group_intro = { $command } heeft deze subopdrachten:
core-no_subcommand = { $command } heeft geen subopdracht ‘{ $name }’.
core-usage = Gebruik: { $usage }
core-missing_argument = Geef { $name } op.
core-option_unknown = De optie ‘{ $option }:’ bestaat hier niet.
core-option_malformed = Ik kon ‘{ $segment }’ niet als optie lezen (opties zien eruit als ‘naam: waarde’).
core-options_available = Opties: { $options } (scheid ze met ‘;’).
core-option_repeated = De optie ‘{ $option }:’ staat er twee keer; geef haar één keer op.
core-option_empty = De optie ‘{ $option }:’ heeft een waarde nodig.
core-no_subcommand_suggest = { $command } heeft geen subopdracht ‘{ $name }’. Bedoelde je { $suggestions }?
core-confirm_word = confirm
core-confirm_button = Ja, doorgaan
core-confirm_ask = Dit kan niet ongedaan worden gemaakt. Wil je doorgaan, stuur dan { $command }.
core-question_hint = Ik heb dat opgezocht als { $command }. Commando's beginnen met { $prefix }; { $help } toont ze allemaal.
