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
preferences-country_own = Je gekozen land: { $name } ({ $code }). Bij het zoeken naar tools zie je eerst die voor dit land, en in het overzicht van je netwerk telt je zelfbeoordeling mee voor dit land. Kies een ander met { $prefix }country CODE, of vergeet je keuze met { $prefix }country auto.
preferences-country_default = Je hebt geen land gekozen; hier gebruik ik het land van deze ruimte of haar netwerk, anders dat van de bot: { $name } ({ $code }). Kies je eigen land met { $prefix }country CODE of de naam van het land, bijvoorbeeld { $prefix }country { $example }.
preferences-country_none = Je hebt geen land gekozen en hier is er geen ingesteld. Kies je land met { $prefix }country CODE of de naam van het land, bijvoorbeeld { $prefix }country { $example }: dan zie je bij het zoeken naar tools eerst die voor dit land, en telt je zelfbeoordeling in het overzicht van je netwerk mee voor dit land.
preferences-country_set = Opgeslagen als je land: { $name } ({ $code }). Bij het zoeken naar tools zie je eerst die voor dit land, en in het overzicht van je netwerk telt je zelfbeoordeling mee voor dit land. { $prefix }country auto vergeet je keuze.
preferences-country_auto = Ik ben je land vergeten; hier gebruik ik het land van deze ruimte of haar netwerk, anders dat van de bot: { $name } ({ $code }).
preferences-country_auto_none = Ik ben je land vergeten; hier is er geen ingesteld.
preferences-country_unknown = ‘{ $country }’ is geen land dat ik ken. Geef de ISO-code van twee letters of de naam van het land, bijvoorbeeld { $prefix }country { $example }.
preferences-country_unknown_suggest = ‘{ $country }’ is geen land dat ik ken. Bedoelde je { $options }? Geef de ISO-code van twee letters of de naam van het land, bijvoorbeeld { $prefix }country { $example }.
preferences-country_eu = ‘EU’ staat voor heel Europa, niet voor één land. Kies het land waar je werkt, bijvoorbeeld { $prefix }country { $example }.
