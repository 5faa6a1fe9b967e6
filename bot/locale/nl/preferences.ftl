# preferences: Nederlands (aanspreekvorm: je/jij)

preferences-language_list = Ik schrijf in { $languages }. Aan jou schrijf ik in het { $name } ({ $code }), de taal van je platform of ruimte; kies een andere met { $prefix }language CODE, bijvoorbeeld { $prefix }language nl.
preferences-language_list_own = Ik schrijf in { $languages }. Je koos { $name } ({ $code }); kies een andere met { $prefix }language CODE, of { $prefix }language auto voor de taal van je platform of ruimte.
preferences-language_set = Vanaf nu schrijf ik je in { $name } ({ $code }). { $prefix }language auto gaat terug naar de taal van je platform of ruimte.
preferences-language_auto = Ik schrijf je weer in de taal van je platform of ruimte: { $name } ({ $code }).
preferences-language_unknown = Ik heb geen teksten in ‘{ $code }’. Kies een van { $languages }, bijvoorbeeld { $prefix }language nl.
preferences-timezone_bot = Ik toon je datums en tijden in { $zone }, de tijdzone van de bot (nu: { $now }). Kies je eigen tijdzone met { $prefix }timezone ZONE, bijvoorbeeld { $prefix }timezone { $example }.
preferences-timezone_own = Ik toon je datums en tijden in { $zone }, de tijdzone die je koos (nu: { $now }). { $prefix }timezone auto gaat terug naar de tijdzone van de bot.
preferences-timezone_set = Vanaf nu toon ik je datums en tijden in { $zone } (nu: { $now }).
preferences-timezone_auto = Ik toon je datums en tijden weer in de tijdzone van de bot: { $zone } (nu: { $now }).
preferences-timezone_unknown = ‘{ $zone }’ is geen tijdzone die ik ken. Geef een IANA-tijdzonenaam, bijvoorbeeld { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = ‘{ $zone }’ is geen tijdzone die ik ken. Bedoelde je { $options }? Geef een IANA-tijdzonenaam, bijvoorbeeld { $prefix }timezone { $example }.
