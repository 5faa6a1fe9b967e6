# help: European Portuguese (formal third person)

help-header = { $name } — comandos que pode usar:
help-footer = Escreva { $prefix }help COMANDO para ver os pormenores. As opções escrevem-se “chave: valor” e separam-se com “;”.
help-unknown = Não existe o comando “{ $command }”.
help-for_role = { $command } é para { $role ->
    [admin] administradores
    [trainer] formadores
   *[coordinator] coordenadores
}.
help-options = Opções:
help-subcommands = Subcomandos:
help-role = (para { $role ->
    [admin] administradores
    [trainer] formadores
   *[coordinator] coordenadores
})
help-staff = Como { $role ->
    [admin] administrador
    [trainer] formador
   *[coordinator] coordenador
}, também pode usar: { $commands }.
