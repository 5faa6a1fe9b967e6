# Repliche su un solo PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Qui le repliche sono disattivate ([cluster] enabled = false); le repliche avviate con l’opzione attiva sono elencate sotto.
cluster-cli-none = Nessuna replica è in esecuzione.
cluster-cli-line = { $replica } su { $host } (processo { $pid }), attiva dal { $started }, ultimo battito { $age } s fa, ruoli: { $roles }
cluster-cli-silent = (muta: fermata o scollegata dal database)
cluster-cli-leader = Guida: { $replica }
cluster-cli-no_leader = In questo momento nessuna replica fa da guida; una replica attiva subentra entro pochi secondi.
cluster-cli-role-leader = guida
