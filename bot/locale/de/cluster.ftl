# Replikate auf einer PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Replikate sind hier aus ([cluster] enabled = false); Replikate, die mit eingeschalteter Option laufen, stehen unten.
cluster-cli-none = Es läuft kein Replikat.
cluster-cli-line = { $replica } auf { $host } (Prozess { $pid }), läuft seit { $started }, letzter Herzschlag vor { $age } s, Rollen: { $roles }
cluster-cli-silent = (stumm: beendet oder ohne Verbindung zur Datenbank)
cluster-cli-leader = Leiter: { $replica }
cluster-cli-no_leader = Gerade leitet kein Replikat; ein laufendes übernimmt in wenigen Sekunden.
cluster-cli-role-leader = Leiter
