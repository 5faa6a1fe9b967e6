# help: English (the reference catalog)

help-header = { $name } — commands you can use:
help-footer = Type { $prefix }help COMMAND for details. Options look like 'key: value' and are separated by ';'.
help-unknown = There is no command '{ $command }'.
help-for_role = { $command } is for { $role }s.
help-options = Options:
help-subcommands = Subcommands:
help-role = (for { $role }s)
help-staff = As { $role } you can also use: { $commands }.
