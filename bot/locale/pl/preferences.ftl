# preferences: polski (forma zwracania się: ty)

preferences-language_list = Piszę w językach: { $languages }. Do ciebie piszę w języku { $name } ({ $code }) – języku twojej platformy lub pokoju; inny wybierzesz poleceniem { $prefix }language KOD, np. { $prefix }language pl.
preferences-language_list_own = Piszę w językach: { $languages }. Wybrano { $name } ({ $code }); inny wybierzesz poleceniem { $prefix }language KOD, a { $prefix }language auto przywróci język twojej platformy lub pokoju.
preferences-language_set = Od teraz piszę do ciebie w języku { $name } ({ $code }). { $prefix }language auto przywróci język twojej platformy lub pokoju.
preferences-language_auto = Znowu piszę do ciebie w języku twojej platformy lub pokoju: { $name } ({ $code }).
preferences-language_unknown = Nie mam tekstów w języku „{ $code }”. Wybierz jeden z: { $languages }, np. { $prefix }language pl.
preferences-timezone_bot = Daty i godziny pokazuję w strefie { $zone }, strefie czasowej bota (teraz: { $now }). Własną wybierzesz poleceniem { $prefix }timezone STREFA, np. { $prefix }timezone { $example }.
preferences-timezone_own = Daty i godziny pokazuję w strefie { $zone }, wybranej przez ciebie (teraz: { $now }). { $prefix }timezone auto przywróci strefę czasową bota.
preferences-timezone_set = Od teraz pokazuję daty i godziny w strefie { $zone } (teraz: { $now }).
preferences-timezone_auto = Znowu pokazuję daty i godziny w strefie czasowej bota: { $zone } (teraz: { $now }).
preferences-timezone_unknown = „{ $zone }” to nieznana mi strefa czasowa. Podaj nazwę strefy IANA, np. { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = „{ $zone }” to nieznana mi strefa czasowa. Czy chodziło ci o { $options }? Podaj nazwę strefy IANA, np. { $prefix }timezone { $example }.
