# networks: Deutsch (du)
#
# Netzwerke: ein Bot für mehrere nationale und europäische Netzwerke; Koordinator:innen handeln
# nur in ihrem eigenen.

networks-refused = Das gehört zum Netzwerk { $network }; du handelst nur für { $mine }. Es wurde nichts geändert.
networks-no_network = Du bist in keinem Netzwerk als Koordinator:in eingetragen, deshalb stehen dir die Befehle für Koordinator:innen hier nicht offen. Ein Admin kann dich bei den Koordinator:innen eines Netzwerks eintragen (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Es gibt kein Netzwerk „{ $id }“. Netzwerke: { $known }. Anzeigen mit `vetbot network list`.
networks-exists = Es gibt schon ein Netzwerk „{ $id }“; ändere es mit `vetbot network edit { $id } …`.
networks-in_file = Das Netzwerk „{ $id }“ ist in bot.toml eingerichtet; ändere es dort.
networks-claimed_twice = { $place } wird von zwei Netzwerken beansprucht, { $first } und { $second }; ein Raum oder Server gehört zu höchstens einem. Es wurde nichts gespeichert.
networks-invalid = Dieses Netzwerk lässt sich nicht speichern: { $problem }. Es wurde nichts gespeichert.
networks-cli-added = Netzwerk { $id } gespeichert; ein laufender Bot bedient es innerhalb von 30 Sekunden.
networks-cli-changed = Netzwerk { $id } geändert; ein laufender Bot übernimmt die Änderung innerhalb von 30 Sekunden.
networks-cli-none = Keine Netzwerke: Jeder Raum gehört zum Standardnetzwerk.
networks-cli-from_file = bot.toml
networks-cli-from_db = gespeichert
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } Raum oder Server
       *[other] { $rooms } Räume oder Server
    } [{ $source }]
networks-cli-show =
    Netzwerk { $id }: { $name }
    Land: { $country }; Sprache: { $language }; Zeitzone: { $timezone }
    Server: { $servers }
    Räume: { $rooms }
    Koordinator:innen: { $coordinators }
    Admins: { $admins }
    Kanal für Impulse: { $prompt_channel }
    Eigene Rollen: Koordination { $coordinator_roles }; Admin { $admin_roles }
    Eigene Power-Level: Koordination { $coordinator_power_level }; Admin { $admin_power_level }
