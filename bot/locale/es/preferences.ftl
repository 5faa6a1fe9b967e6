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
preferences-country_own = País elegido: { $name } ({ $code }). En la búsqueda de herramientas ves primero las de ese país, y en el resumen de tu red tu autoevaluación cuenta para ese país. Elige otro con { $prefix }country CÓDIGO, o { $prefix }country auto para olvidar la elección.
preferences-country_default = No has elegido ningún país; aquí uso el de este canal o de su red, o si no, el del bot: { $name } ({ $code }). Elige el tuyo con { $prefix }country CÓDIGO o el nombre del país, p. ej. { $prefix }country { $example }.
preferences-country_none = No has elegido ningún país y aquí no hay ninguno configurado. Elige el tuyo con { $prefix }country CÓDIGO o el nombre del país, p. ej. { $prefix }country { $example }: así, en la búsqueda de herramientas verás primero las de ese país, y en el resumen de tu red tu autoevaluación contará para ese país.
preferences-country_set = País guardado: { $name } ({ $code }). En la búsqueda de herramientas verás primero las de ese país, y en el resumen de tu red tu autoevaluación cuenta para ese país. { $prefix }country auto olvida la elección.
preferences-country_auto = He olvidado tu país; aquí uso el de este canal o de su red, o si no, el del bot: { $name } ({ $code }).
preferences-country_auto_none = He olvidado tu país; aquí no hay ninguno configurado.
preferences-country_unknown = «{ $country }» no es un país que conozca. Indica su código ISO de dos letras o su nombre, p. ej. { $prefix }country { $example }.
preferences-country_unknown_suggest = «{ $country }» no es un país que conozca. ¿Querías decir { $options }? Indica su código ISO de dos letras o su nombre, p. ej. { $prefix }country { $example }.
preferences-country_eu = «EU» se refiere a toda Europa, no a un país. Elige el país en el que trabajas, p. ej. { $prefix }country { $example }.
