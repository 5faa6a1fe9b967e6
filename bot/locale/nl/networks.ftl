# networks: Nederlands (aanspreekvorm: je/jij)
#
# Netwerken: één bot voor meerdere nationale en Europese netwerken; een coördinator handelt
# alleen binnen het eigen netwerk.

networks-refused = Dat hoort bij netwerk { $network }; je handelt alleen voor { $mine }. Er is niets gewijzigd.
networks-no_network = Je bent van geen enkel netwerk coördinator, dus de opdrachten voor coördinatoren staan hier niet voor je open. Een beheerder kan je toevoegen aan de coördinatoren van een netwerk (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Er is geen netwerk ‘{ $id }’. Netwerken: { $known }. Bekijk ze met `vetbot network list`.
networks-exists = Er is al een netwerk ‘{ $id }’; wijzig het met `vetbot network edit { $id } …`.
networks-in_file = Netwerk ‘{ $id }’ is ingesteld in bot.toml; wijzig het daar.
networks-claimed_twice = { $place } wordt door twee netwerken opgeëist, { $first } en { $second }; een ruimte of server hoort bij hoogstens één. Er is niets opgeslagen.
networks-invalid = Dat netwerk kan niet worden opgeslagen: { $problem }. Er is niets opgeslagen.
networks-cli-added = Netwerk { $id } opgeslagen; een draaiende bot bedient het binnen 30 seconden.
networks-cli-changed = Netwerk { $id } gewijzigd; een draaiende bot gebruikt de wijziging binnen 30 seconden.
networks-cli-none = Geen netwerken: elke ruimte hoort bij het standaardnetwerk.
networks-cli-from_file = bot.toml
networks-cli-from_db = opgeslagen
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } ruimte of server
       *[other] { $rooms } ruimtes of servers
    } [{ $source }]
networks-cli-show =
    Netwerk { $id }: { $name }
    Land: { $country }; taal: { $language }; tijdzone: { $timezone }
    Servers: { $servers }
    Ruimtes: { $rooms }
    Coördinatoren: { $coordinators }
    Beheerders: { $admins }
    Kanaal voor discussievragen: { $prompt_channel }
    Eigen rollen: coördinatie { $coordinator_roles }; beheer { $admin_roles }
    Eigen machtsniveaus: coördinatie { $coordinator_power_level }; beheer { $admin_power_level }
