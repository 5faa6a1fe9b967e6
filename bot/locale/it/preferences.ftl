# preferences: Italian (tu)

preferences-language_list = Scrivo in { $languages }. Ti scrivo in { $name } ({ $code }), la lingua della tua piattaforma o canale; scegline un'altra con { $prefix }language CODICE, per esempio { $prefix }language it.
preferences-language_list_own = Scrivo in { $languages }. Hai scelto { $name } ({ $code }); scegline un'altra con { $prefix }language CODICE, oppure { $prefix }language auto per la lingua della tua piattaforma o canale.
preferences-language_set = D'ora in poi ti scrivo in { $name } ({ $code }). { $prefix }language auto torna alla lingua della tua piattaforma o canale.
preferences-language_auto = Ti scrivo di nuovo nella lingua della tua piattaforma o canale: { $name } ({ $code }).
preferences-language_unknown = Non ho testi in «{ $code }». Scegli una tra { $languages }, per esempio { $prefix }language it.
preferences-timezone_bot = Ti mostro date e orari nel fuso { $zone }, il fuso orario del bot (ora: { $now }). Scegli il tuo con { $prefix }timezone FUSO, per esempio { $prefix }timezone { $example }.
preferences-timezone_own = Ti mostro date e orari nel fuso { $zone }, il fuso orario che hai scelto (ora: { $now }). { $prefix }timezone auto torna al fuso orario del bot.
preferences-timezone_set = D'ora in poi ti mostro date e orari nel fuso { $zone } (ora: { $now }).
preferences-timezone_auto = Ti mostro di nuovo date e orari nel fuso orario del bot: { $zone } (ora: { $now }).
preferences-timezone_unknown = Non conosco il fuso orario «{ $zone }». Indica il nome di un fuso orario IANA, per esempio { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = Non conosco il fuso orario «{ $zone }». Forse intendevi { $options }? Indica il nome di un fuso orario IANA, per esempio { $prefix }timezone { $example }.
preferences-country_own = Paese scelto: { $name } ({ $code }). Nella ricerca di strumenti vedi prima quelli di questo paese, e nella panoramica della tua rete la tua autovalutazione conta per questo paese. Scegline un altro con { $prefix }country CODICE, oppure { $prefix }country auto per dimenticare la scelta.
preferences-country_default = Non hai scelto un paese; qui uso quello impostato per questo canale o per la sua rete, altrimenti quello del bot: { $name } ({ $code }). Scegli il tuo con { $prefix }country CODICE o con il nome del paese, per esempio { $prefix }country { $example }.
preferences-country_none = Non hai scelto un paese e qui non ne è impostato nessuno. Scegli il tuo con { $prefix }country CODICE o con il nome del paese, per esempio { $prefix }country { $example }: nella ricerca di strumenti vedrai prima quelli di questo paese, e nella panoramica della tua rete la tua autovalutazione conterà per questo paese.
preferences-country_set = Paese salvato: { $name } ({ $code }). Nella ricerca di strumenti vedi prima quelli di questo paese, e nella panoramica della tua rete la tua autovalutazione conta per questo paese. { $prefix }country auto dimentica la scelta.
preferences-country_auto = Ho dimenticato il tuo paese; qui uso quello impostato per questo canale o per la sua rete, altrimenti quello del bot: { $name } ({ $code }).
preferences-country_auto_none = Ho dimenticato il tuo paese; qui non ne è impostato nessuno.
preferences-country_unknown = Non conosco il paese «{ $country }». Indica il suo codice ISO di due lettere o il suo nome, per esempio { $prefix }country { $example }.
preferences-country_unknown_suggest = Non conosco il paese «{ $country }». Forse intendevi { $options }? Indica il suo codice ISO di due lettere o il suo nome, per esempio { $prefix }country { $example }.
preferences-country_eu = «EU» indica tutta l'Europa, non un singolo paese. Scegli il paese in cui lavori, per esempio { $prefix }country { $example }.
