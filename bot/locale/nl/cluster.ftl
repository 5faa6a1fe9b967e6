# Replica's op één PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Replica's staan hier uit ([cluster] enabled = false); replica's die met de optie aan zijn gestart, staan hieronder.
cluster-cli-none = Er draait geen enkele replica.
cluster-cli-line = { $replica } op { $host } (proces { $pid }), draait sinds { $started }, laatste hartslag { $age } s geleden, rollen: { $roles }
cluster-cli-silent = (stil: gestopt, of zonder verbinding met de database)
cluster-cli-leader = Leider: { $replica }
cluster-cli-no_leader = Op dit moment leidt geen enkele replica; een draaiende replica neemt het binnen enkele seconden over.
cluster-cli-role-leader = leider
