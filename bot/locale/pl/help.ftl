# help: polski (forma zwracania się: ty)

help-header = { $name } – polecenia, których możesz używać:
help-footer = Szczegóły polecenia: { $prefix }help POLECENIE. Opcje wyglądają tak: „nazwa: wartość” i oddziela się je znakiem „;”.
help-unknown = Nie ma polecenia „{ $command }”.
help-for_role = { $command } jest dla { $role ->
    [admin] administratorów
    [coordinator] koordynatorów
    [trainer] trenerów
   *[other] roli { $role }
}.
help-options = Opcje:
help-subcommands = Podpolecenia:
help-role = (dla { $role ->
    [admin] administratorów
    [coordinator] koordynatorów
    [trainer] trenerów
   *[other] roli { $role }
})
help-staff = Jako { $role ->
    [admin] administrator
    [coordinator] koordynator
    [trainer] trener
   *[other] { $role }
} możesz też używać: { $commands }.
