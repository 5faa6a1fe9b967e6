# networks: polski (forma zwracania się: ty)
#
# Sieci: jeden bot dla kilku sieci krajowych i europejskich; koordynator działa tylko
# w swojej sieci.

networks-refused = To należy do sieci { $network }; działasz tylko w sieciach: { $mine }. Nic nie zostało zmienione.
networks-no_network = Nie jesteś koordynatorem żadnej sieci, więc polecenia dla koordynatorów nie są tu dla ciebie dostępne. Administrator może dodać cię do koordynatorów sieci (`vetbot network edit ID --coordinator PLATFORM:ID`).
networks-unknown = Nie ma sieci „{ $id }”. Sieci: { $known }. Zobaczysz je poleceniem `vetbot network list`.
networks-exists = Sieć „{ $id }” już istnieje; zmienisz ją poleceniem `vetbot network edit { $id } …`.
networks-in_file = Sieć „{ $id }” jest skonfigurowana w bot.toml; zmień ją tam.
networks-claimed_twice = { $place } jest przypisany do dwóch sieci: { $first } i { $second }; pokój lub serwer może należeć najwyżej do jednej. Nic nie zostało zapisane.
networks-invalid = Nie można zapisać tej sieci: { $problem }. Nic nie zostało zapisane.
networks-cli-added = Zapisano sieć { $id }; działający bot zacznie ją obsługiwać w ciągu 30 sekund.
networks-cli-changed = Zmieniono sieć { $id }; działający bot uwzględni zmianę w ciągu 30 sekund.
networks-cli-none = Brak sieci: każdy pokój należy do sieci domyślnej.
networks-cli-from_file = bot.toml
networks-cli-from_db = baza danych
networks-cli-line = { $id }: { $name } ({ $country }), { $rooms ->
        [one] { $rooms } pokój lub serwer
        [few] { $rooms } pokoje lub serwery
        [many] { $rooms } pokoi lub serwerów
       *[other] { $rooms } pokoju lub serwera
    } [{ $source }]
networks-cli-show =
    Sieć { $id }: { $name }
    Kraj: { $country }; język: { $language }; strefa czasowa: { $timezone }
    Serwery: { $servers }
    Pokoje: { $rooms }
    Koordynatorzy: { $coordinators }
    Administratorzy: { $admins }
    Kanał z pytaniami do dyskusji: { $prompt_channel }
    Własne role: koordynacja { $coordinator_roles }; administracja { $admin_roles }
    Własne poziomy uprawnień: koordynacja { $coordinator_power_level }; administracja { $admin_power_level }
