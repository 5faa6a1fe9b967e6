# help: Spanish (tú, peninsular)

help-header = { $name } — comandos que puedes usar:
help-footer = Escribe { $prefix }help COMANDO para ver los detalles. Las opciones se escriben «clave: valor» y se separan con «;».
help-unknown = No existe el comando «{ $command }».
help-for_role = { $command } es para { $role ->
    [admin] administradores
    [trainer] formadores
   *[coordinator] coordinadores
}.
help-options = Opciones:
help-subcommands = Subcomandos:
help-role = (para { $role ->
    [admin] administradores
    [trainer] formadores
   *[coordinator] coordinadores
})
help-staff = Como { $role ->
    [admin] administrador
    [trainer] formador
   *[coordinator] coordinador
} también puedes usar: { $commands }.
