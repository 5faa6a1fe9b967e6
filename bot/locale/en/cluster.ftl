# Replicas on one PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Replicas are off here ([cluster] enabled = false); replicas started with them on are listed below.
cluster-cli-none = No replica is running.
cluster-cli-line = { $replica } on { $host } (process { $pid }), running since { $started }, last heartbeat { $age } s ago, roles: { $roles }
cluster-cli-silent = (silent: stopped, or cut off from the database)
cluster-cli-leader = Leader: { $replica }
cluster-cli-no_leader = No replica leads right now; a running replica takes over within a few seconds.
cluster-cli-role-leader = leader
