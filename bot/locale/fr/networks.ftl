# networks: français (vous)

networks-refused = Cela relève du réseau { $network } ; vous agissez uniquement pour { $mine }. Rien n'a été modifié.
networks-no_network = Vous n'êtes coordinateur d'aucun réseau : les commandes des coordinateurs ne vous sont donc pas ouvertes ici. Un administrateur peut vous ajouter aux coordinateurs d'un réseau (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Il n'existe pas de réseau « { $id } ». Réseaux : { $known }. Affichez-les avec `vetbot network list`.
networks-exists = Un réseau « { $id } » existe déjà ; modifiez-le avec `vetbot network edit { $id } …`.
networks-in_file = Le réseau « { $id } » est configuré dans bot.toml ; modifiez-le là.
networks-claimed_twice = { $place } est revendiqué par deux réseaux, { $first } et { $second } ; une salle ou un serveur appartient à un seul réseau au plus. Rien n'a été enregistré.
networks-invalid = Ce réseau ne peut pas être enregistré : { $problem }. Rien n'a été enregistré.
networks-cli-added = Réseau { $id } enregistré ; un bot en marche le prend en charge dans les 30 secondes.
networks-cli-changed = Réseau { $id } modifié ; un bot en marche applique la modification dans les 30 secondes.
networks-cli-none = Aucun réseau : chaque salle appartient au réseau par défaut.
networks-cli-from_file = bot.toml
networks-cli-from_db = enregistré
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } salle ou serveur
       *[other] { $rooms } salles ou serveurs
    } [{ $source }]
networks-cli-show =
    Réseau { $id } : { $name }
    Pays : { $country } ; langue : { $language } ; fuseau horaire : { $timezone }
    Serveurs : { $servers }
    Salles : { $rooms }
    Coordinateurs : { $coordinators }
    Administrateurs : { $admins }
    Canal des questions : { $prompt_channel }
    Rôles propres : coordination { $coordinator_roles } ; administration { $admin_roles }
    Niveaux de pouvoir propres : coordination { $coordinator_power_level } ; administration { $admin_power_level }
