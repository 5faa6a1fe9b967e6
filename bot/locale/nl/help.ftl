# help: Nederlands (aanspreekvorm: je/jij)

help-header = { $name } – opdrachten die je kunt gebruiken:
help-footer = Typ { $prefix }help OPDRACHT voor details. Opties zien eruit als ‘naam: waarde’ en worden gescheiden door ‘;’.
help-unknown = De opdracht ‘{ $command }’ bestaat niet.
help-for_role = { $command } is voor { $role ->
    [admin] beheerders
    [coordinator] coördinatoren
    [trainer] trainers
   *[other] de rol { $role }
}.
help-options = Opties:
help-subcommands = Subopdrachten:
help-role = (voor { $role ->
    [admin] beheerders
    [coordinator] coördinatoren
    [trainer] trainers
   *[other] de rol { $role }
})
help-staff = Als { $role ->
    [admin] beheerder
    [coordinator] coördinator
    [trainer] trainer
   *[other] { $role }
} kun je ook gebruiken: { $commands }.
