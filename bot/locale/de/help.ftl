# help: Deutsch (Anrede: du)

help-header = { $name } – Befehle, die du verwenden kannst:
help-footer = Details zu einem Befehl: { $prefix }help BEFEHL. Optionen sehen so aus: „name: wert“ und werden mit „;“ getrennt.
help-unknown = Einen Befehl „{ $command }“ gibt es nicht.
help-for_role = { $command } ist für { $role ->
    [admin] Admins
    [coordinator] Koordinator:innen
    [trainer] Ausbilder:innen
   *[other] die Rolle { $role }
}.
help-options = Optionen:
help-subcommands = Unterbefehle:
help-role = (für { $role ->
    [admin] Admins
    [coordinator] Koordinator:innen
    [trainer] Ausbilder:innen
   *[other] die Rolle { $role }
})
help-staff = Als { $role ->
    [admin] Admin
    [coordinator] Koordinator:in
    [trainer] Ausbilder:in
   *[other] { $role }
} kannst du außerdem verwenden: { $commands }.
