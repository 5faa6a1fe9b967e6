# Répliques sur une même base PostgreSQL : `vetbot cluster status`.

cluster-cli-off = Les répliques sont désactivées ici ([cluster] enabled = false) ; les répliques lancées avec l’option active sont listées ci-dessous.
cluster-cli-none = Aucune réplique ne tourne.
cluster-cli-line = { $replica } sur { $host } (processus { $pid }), en marche depuis { $started }, dernier signe de vie il y a { $age } s, rôles : { $roles }
cluster-cli-silent = (muette : arrêtée, ou coupée de la base de données)
cluster-cli-leader = Meneuse : { $replica }
cluster-cli-no_leader = Aucune réplique ne mène en ce moment ; une réplique en marche prend le relais en quelques secondes.
cluster-cli-role-leader = meneuse
