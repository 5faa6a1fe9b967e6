# networks: español (tú)

networks-refused = Eso pertenece a la red { $network }; tú actúas solo en { $mine }. No se ha cambiado nada.
networks-no_network = No eres coordinador de ninguna red, así que aquí no tienes acceso a los comandos de coordinación. Un administrador puede añadirte a los coordinadores de una red (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = No existe la red «{ $id }». Redes: { $known }. Consúltalas con `vetbot network list`.
networks-exists = Ya existe una red «{ $id }»; cámbiala con `vetbot network edit { $id } …`.
networks-in_file = La red «{ $id }» está configurada en bot.toml; cámbiala allí.
networks-claimed_twice = { $place } lo reclaman dos redes, { $first } y { $second }; una sala o servidor pertenece como mucho a una. No se ha guardado nada.
networks-invalid = No se puede guardar esa red: { $problem }. No se ha guardado nada.
networks-cli-added = Red { $id } guardada; un bot en marcha la atiende en 30 segundos.
networks-cli-changed = Red { $id } cambiada; un bot en marcha aplica el cambio en 30 segundos.
networks-cli-none = No hay redes: cada sala pertenece a la red predeterminada.
networks-cli-from_file = bot.toml
networks-cli-from_db = guardada
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } sala o servidor
       *[other] { $rooms } salas o servidores
    } [{ $source }]
networks-cli-show =
    Red { $id }: { $name }
    País: { $country }; idioma: { $language }; zona horaria: { $timezone }
    Servidores: { $servers }
    Salas: { $rooms }
    Coordinadores: { $coordinators }
    Administradores: { $admins }
    Canal de preguntas: { $prompt_channel }
    Roles propios: coordinación { $coordinator_roles }; administración { $admin_roles }
    Niveles de poder propios: coordinación { $coordinator_power_level }; administración { $admin_power_level }
