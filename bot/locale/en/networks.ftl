# Networks: one bot serving several national and European networks, each coordinator acting
# only within their own.

networks-refused = That belongs to network { $network }; you act for { $mine } only. Nothing was changed.
networks-no_network = You are a coordinator of no network, so coordinators' commands are not open to you here. An admin can add you to a network's coordinators (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = There is no network '{ $id }'. Networks: { $known }. See them with `vetbot network list`.
networks-exists = There is a network '{ $id }' already; change it with `vetbot network edit { $id } …`.
networks-in_file = Network '{ $id }' is configured in bot.toml; change it there.
networks-claimed_twice = { $place } is claimed by two networks, { $first } and { $second }; a room or server belongs to at most one. Nothing was stored.
networks-invalid = That network cannot be stored: { $problem }. Nothing was stored.
networks-cli-added = Network { $id } stored; a running bot serves it within 30 seconds.
networks-cli-changed = Network { $id } changed; a running bot uses the change within 30 seconds.
networks-cli-none = No networks: every room belongs to the default network.
networks-cli-from_file = bot.toml
networks-cli-from_db = stored
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } room or server
       *[other] { $rooms } rooms or servers
    } [{ $source }]
networks-cli-show =
    Network { $id }: { $name }
    Country: { $country }; language: { $language }; time zone: { $timezone }
    Servers: { $servers }
    Rooms: { $rooms }
    Coordinators: { $coordinators }
    Admins: { $admins }
    Prompt channel: { $prompt_channel }
    Own roles: coordinator { $coordinator_roles }; admin { $admin_roles }
    Own power levels: coordinator { $coordinator_power_level }; admin { $admin_power_level }
