# help: French (vous)

help-header = { $name } — les commandes à votre disposition :
help-footer = Tapez { $prefix }help COMMANDE pour le détail. Les options s'écrivent « clé: valeur » et se séparent par « ; ».
help-unknown = La commande « { $command } » n'existe pas.
help-for_role = { $command } est réservée aux { $role ->
    [admin] administrateurs
    [trainer] formateurs
   *[coordinator] coordinateurs
}.
help-options = Options :
help-subcommands = Sous-commandes :
help-role = (réservée aux { $role ->
    [admin] administrateurs
    [trainer] formateurs
   *[coordinator] coordinateurs
})
help-staff = En tant que { $role ->
    [admin] administrateur
    [trainer] formateur
   *[coordinator] coordinateur
}, vous pouvez aussi utiliser : { $commands }.
