# Repliki na jednej bazie PostgreSQL: `vetbot cluster status`.

cluster-cli-off = Repliki są tu wyłączone ([cluster] enabled = false); repliki uruchomione z włączoną opcją są wymienione poniżej.
cluster-cli-none = Żadna replika nie działa.
cluster-cli-line = { $replica } na { $host } (proces { $pid }), działa od { $started }, ostatni sygnał życia { $age } s temu, role: { $roles }
cluster-cli-silent = (milczy: zatrzymana albo odcięta od bazy danych)
cluster-cli-leader = Lider: { $replica }
cluster-cli-no_leader = W tej chwili żadna replika nie jest liderem; działająca replika przejmie tę rolę w ciągu kilku sekund.
cluster-cli-role-leader = lider
