# preferences: Deutsch (Anrede: du)

preferences-language_list = Ich schreibe auf { $languages }. Dir schreibe ich auf { $name } ({ $code }), der Sprache deiner Plattform oder deines Raums; eine andere wählst du mit { $prefix }language CODE, z. B. { $prefix }language de.
preferences-language_list_own = Ich schreibe auf { $languages }. Du hast { $name } ({ $code }) gewählt; eine andere wählst du mit { $prefix }language CODE, oder { $prefix }language auto für die Sprache deiner Plattform oder deines Raums.
preferences-language_set = Ab jetzt schreibe ich dir auf { $name } ({ $code }). { $prefix }language auto stellt wieder die Sprache deiner Plattform oder deines Raums ein.
preferences-language_auto = Ich schreibe dir wieder in der Sprache deiner Plattform oder deines Raums: { $name } ({ $code }).
preferences-language_unknown = Für „{ $code }“ habe ich keine Texte. Wähle eine von { $languages }, z. B. { $prefix }language de.
preferences-timezone_bot = Ich zeige dir Datum und Uhrzeit in { $zone }, der Zeitzone des Bots (jetzt: { $now }). Deine eigene wählst du mit { $prefix }timezone ZONE, z. B. { $prefix }timezone { $example }.
preferences-timezone_own = Ich zeige dir Datum und Uhrzeit in { $zone }, der Zeitzone, die du gewählt hast (jetzt: { $now }). { $prefix }timezone auto stellt wieder die Zeitzone des Bots ein.
preferences-timezone_set = Ab jetzt zeige ich dir Datum und Uhrzeit in { $zone } (jetzt: { $now }).
preferences-timezone_auto = Ich zeige dir Datum und Uhrzeit wieder in der Zeitzone des Bots: { $zone } (jetzt: { $now }).
preferences-timezone_unknown = „{ $zone }“ ist keine Zeitzone, die ich kenne. Gib einen IANA-Zonennamen an, z. B. { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = „{ $zone }“ ist keine Zeitzone, die ich kenne. Meintest du { $options }? Gib einen IANA-Zonennamen an, z. B. { $prefix }timezone { $example }.
preferences-country_own = Dein gewähltes Land: { $name } ({ $code }). Bei der Werkzeugsuche kommen Werkzeuge für dieses Land zuerst, und in der Übersicht deines Netzwerks zählt deine Selbsteinschätzung dort. Ein anderes wählst du mit { $prefix }country CODE; { $prefix }country auto vergisst deine Wahl.
preferences-country_default = Du hast kein Land gewählt; hier nehme ich das Land dieses Raums oder seines Netzwerks, sonst das des Bots: { $name } ({ $code }). Dein eigenes wählst du mit { $prefix }country CODE oder dem Namen des Landes, z. B. { $prefix }country { $example }.
preferences-country_none = Du hast kein Land gewählt, und hier ist keins eingestellt. Wähle deins mit { $prefix }country CODE oder dem Namen des Landes, z. B. { $prefix }country { $example }: Dann kommen bei der Werkzeugsuche Werkzeuge für dieses Land zuerst, und in der Übersicht deines Netzwerks zählt deine Selbsteinschätzung dort.
preferences-country_set = Dein Land ab jetzt: { $name } ({ $code }). Bei der Werkzeugsuche kommen Werkzeuge für dieses Land zuerst, und in der Übersicht deines Netzwerks zählt deine Selbsteinschätzung dort. { $prefix }country auto vergisst deine Wahl.
preferences-country_auto = Ich habe dein Land vergessen; hier nehme ich das Land dieses Raums oder seines Netzwerks, sonst das des Bots: { $name } ({ $code }).
preferences-country_auto_none = Ich habe dein Land vergessen; hier ist keins eingestellt.
preferences-country_unknown = „{ $country }“ ist kein Land, das ich kenne. Gib den zweistelligen ISO-Code oder den Namen des Landes an, z. B. { $prefix }country { $example }.
preferences-country_unknown_suggest = „{ $country }“ ist kein Land, das ich kenne. Meintest du { $options }? Gib den zweistelligen ISO-Code oder den Namen des Landes an, z. B. { $prefix }country { $example }.
preferences-country_eu = „EU“ steht für ganz Europa, nicht für ein Land. Wähle das Land, in dem du arbeitest, z. B. { $prefix }country { $example }.
