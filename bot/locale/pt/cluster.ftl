# Réplicas numa mesma base PostgreSQL: `vetbot cluster status`.

cluster-cli-off = As réplicas estão desligadas aqui ([cluster] enabled = false); as réplicas iniciadas com a opção ligada aparecem abaixo.
cluster-cli-none = Nenhuma réplica está em execução.
cluster-cli-line = { $replica } em { $host } (processo { $pid }), em execução desde { $started }, último sinal de vida há { $age } s, funções: { $roles }
cluster-cli-silent = (em silêncio: parada ou sem ligação à base de dados)
cluster-cli-leader = Líder: { $replica }
cluster-cli-no_leader = Neste momento nenhuma réplica é líder; uma réplica em execução assume a liderança dentro de poucos segundos.
cluster-cli-role-leader = líder
