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
