# help: Italian (tu)

help-header = { $name } — i comandi che puoi usare:
help-footer = Scrivi { $prefix }help COMANDO per i dettagli. Le opzioni si scrivono «chiave: valore» e si separano con «;».
help-unknown = Il comando «{ $command }» non esiste.
help-for_role = { $command } è riservato { $role ->
    [admin] agli amministratori
    [trainer] ai formatori
   *[coordinator] ai coordinatori
}.
help-options = Opzioni:
help-subcommands = Sottocomandi:
help-role = (riservato { $role ->
    [admin] agli amministratori
    [trainer] ai formatori
   *[coordinator] ai coordinatori
})
help-staff = Come { $role ->
    [admin] amministratore
    [trainer] formatore
   *[coordinator] coordinatore
} puoi usare anche: { $commands }.
