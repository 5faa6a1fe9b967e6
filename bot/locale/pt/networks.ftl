# networks: português europeu (formal)

networks-refused = Isso pertence à rede { $network }; só pode agir em { $mine }. Nada foi alterado.
networks-no_network = Não é coordenador de nenhuma rede, por isso os comandos de coordenação não estão disponíveis aqui. Um administrador pode adicioná-lo aos coordenadores de uma rede (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Não existe a rede “{ $id }”. Redes: { $known }. Veja-as com `vetbot network list`.
networks-exists = Já existe uma rede “{ $id }”; altere-a com `vetbot network edit { $id } …`.
networks-in_file = A rede “{ $id }” está configurada em bot.toml; altere-a aí.
networks-claimed_twice = { $place } é reclamado por duas redes, { $first } e { $second }; uma sala ou servidor pertence, no máximo, a uma. Nada foi guardado.
networks-invalid = Não é possível guardar essa rede: { $problem }. Nada foi guardado.
networks-cli-added = Rede { $id } guardada; um bot em funcionamento passa a servi-la dentro de 30 segundos.
networks-cli-changed = Rede { $id } alterada; um bot em funcionamento aplica a alteração dentro de 30 segundos.
networks-cli-none = Sem redes: cada sala pertence à rede predefinida.
networks-cli-from_file = bot.toml
networks-cli-from_db = guardada
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } sala ou servidor
       *[other] { $rooms } salas ou servidores
    } [{ $source }]
networks-cli-show =
    Rede { $id }: { $name }
    País: { $country }; língua: { $language }; fuso horário: { $timezone }
    Servidores: { $servers }
    Salas: { $rooms }
    Coordenadores: { $coordinators }
    Administradores: { $admins }
    Canal das perguntas: { $prompt_channel }
    Funções próprias: coordenação { $coordinator_roles }; administração { $admin_roles }
    Níveis de poder próprios: coordenação { $coordinator_power_level }; administração { $admin_power_level }
