# Réplicas sobre un mismo PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Aquí las réplicas están desactivadas ([cluster] enabled = false); abajo aparecen las réplicas iniciadas con la opción activa.
cluster-cli-none = No hay ninguna réplica en marcha.
cluster-cli-line = { $replica } en { $host } (proceso { $pid }), en marcha desde { $started }, último latido hace { $age } s, funciones: { $roles }
cluster-cli-silent = (en silencio: detenida o sin conexión con la base de datos)
cluster-cli-leader = Líder: { $replica }
cluster-cli-no_leader = Ahora mismo ninguna réplica es líder; una réplica en marcha toma el relevo en pocos segundos.
cluster-cli-role-leader = líder
