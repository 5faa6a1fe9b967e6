# networks: italiano (tu)

networks-refused = Questo appartiene alla rete { $network }; tu agisci solo per { $mine }. Non è stato modificato nulla.
networks-no_network = Non sei coordinatore di nessuna rete, quindi qui i comandi dei coordinatori non sono disponibili per te. Un amministratore può aggiungerti ai coordinatori di una rete (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Non esiste una rete «{ $id }». Reti: { $known }. Vedile con `vetbot network list`.
networks-exists = Esiste già una rete «{ $id }»; modificala con `vetbot network edit { $id } …`.
networks-in_file = La rete «{ $id }» è configurata in bot.toml; modificala lì.
networks-claimed_twice = { $place } è rivendicato da due reti, { $first } e { $second }; una stanza o un server appartiene al massimo a una rete. Non è stato salvato nulla.
networks-invalid = Questa rete non può essere salvata: { $problem }. Non è stato salvato nulla.
networks-cli-added = Rete { $id } salvata; un bot in esecuzione la serve entro 30 secondi.
networks-cli-changed = Rete { $id } modificata; un bot in esecuzione applica la modifica entro 30 secondi.
networks-cli-none = Nessuna rete: ogni stanza appartiene alla rete predefinita.
networks-cli-from_file = bot.toml
networks-cli-from_db = salvata
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } stanza o server
       *[other] { $rooms } stanze o server
    } [{ $source }]
networks-cli-show =
    Rete { $id }: { $name }
    Paese: { $country }; lingua: { $language }; fuso orario: { $timezone }
    Server: { $servers }
    Stanze: { $rooms }
    Coordinatori: { $coordinators }
    Amministratori: { $admins }
    Canale delle domande: { $prompt_channel }
    Ruoli propri: coordinamento { $coordinator_roles }; amministrazione { $admin_roles }
    Livelli di potere propri: coordinamento { $coordinator_power_level }; amministrazione { $admin_power_level }
