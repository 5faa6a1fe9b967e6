# preferences: Spanish (tú)

preferences-language_list = Escribo en { $languages }. Te escribo en { $name } ({ $code }), el idioma de tu plataforma o canal; elige otro con { $prefix }language CÓDIGO, p. ej. { $prefix }language es.
preferences-language_list_own = Escribo en { $languages }. Elegiste { $name } ({ $code }); elige otro con { $prefix }language CÓDIGO, o { $prefix }language auto para el idioma de tu plataforma o canal.
preferences-language_set = A partir de ahora te escribo en { $name } ({ $code }). { $prefix }language auto vuelve al idioma de tu plataforma o canal.
preferences-language_auto = Vuelvo a escribirte en el idioma de tu plataforma o canal: { $name } ({ $code }).
preferences-language_unknown = No tengo textos en «{ $code }». Elige uno de { $languages }, p. ej. { $prefix }language es.
preferences-timezone_bot = Te muestro las fechas y horas en { $zone }, la zona horaria del bot (ahora: { $now }). Elige la tuya con { $prefix }timezone ZONA, p. ej. { $prefix }timezone { $example }.
preferences-timezone_own = Te muestro las fechas y horas en { $zone }, la zona horaria que elegiste (ahora: { $now }). { $prefix }timezone auto vuelve a la zona horaria del bot.
preferences-timezone_set = A partir de ahora te muestro las fechas y horas en { $zone } (ahora: { $now }).
preferences-timezone_auto = Vuelvo a mostrarte las fechas y horas en la zona horaria del bot: { $zone } (ahora: { $now }).
preferences-timezone_unknown = «{ $zone }» no es una zona horaria que conozca. Indica un nombre de zona horaria IANA, p. ej. { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = «{ $zone }» no es una zona horaria que conozca. ¿Querías decir { $options }? Indica un nombre de zona horaria IANA, p. ej. { $prefix }timezone { $example }.
