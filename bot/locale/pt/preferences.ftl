# preferences: European Portuguese (formal third person)

preferences-language_list = Escrevo em { $languages }. Escrevo-lhe em { $name } ({ $code }), a língua da sua plataforma ou canal; escolha outra com { $prefix }language CÓDIGO, p. ex. { $prefix }language pt.
preferences-language_list_own = Escrevo em { $languages }. Escolheu { $name } ({ $code }); escolha outra com { $prefix }language CÓDIGO, ou { $prefix }language auto para a língua da sua plataforma ou canal.
preferences-language_set = A partir de agora, escrevo-lhe em { $name } ({ $code }). { $prefix }language auto volta à língua da sua plataforma ou canal.
preferences-language_auto = Volto a escrever-lhe na língua da sua plataforma ou canal: { $name } ({ $code }).
preferences-language_unknown = Não tenho textos em “{ $code }”. Escolha uma de { $languages }, p. ex. { $prefix }language pt.
preferences-timezone_bot = Mostro-lhe as datas e horas em { $zone }, o fuso horário do bot (agora: { $now }). Escolha o seu com { $prefix }timezone FUSO, p. ex. { $prefix }timezone { $example }.
preferences-timezone_own = Mostro-lhe as datas e horas em { $zone }, o fuso horário que escolheu (agora: { $now }). { $prefix }timezone auto volta ao fuso horário do bot.
preferences-timezone_set = A partir de agora, mostro-lhe as datas e horas em { $zone } (agora: { $now }).
preferences-timezone_auto = Volto a mostrar-lhe as datas e horas no fuso horário do bot: { $zone } (agora: { $now }).
preferences-timezone_unknown = “{ $zone }” não é um fuso horário que eu conheça. Indique o nome de um fuso horário IANA, p. ex. { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = “{ $zone }” não é um fuso horário que eu conheça. Queria dizer { $options }? Indique o nome de um fuso horário IANA, p. ex. { $prefix }timezone { $example }.
preferences-country_own = País escolhido: { $name } ({ $code }). Na pesquisa de ferramentas, vê primeiro as deste país, e no panorama da sua rede a sua autoavaliação conta para este país. Escolha outro com { $prefix }country CÓDIGO, ou { $prefix }country auto para esquecer a escolha.
preferences-country_default = Não escolheu nenhum país; aqui uso o definido para este canal ou para a sua rede, ou então o do bot: { $name } ({ $code }). Escolha o seu com { $prefix }country CÓDIGO ou o nome do país, p. ex. { $prefix }country { $example }.
preferences-country_none = Não escolheu nenhum país e aqui não há nenhum definido. Escolha o seu com { $prefix }country CÓDIGO ou o nome do país, p. ex. { $prefix }country { $example }: na pesquisa de ferramentas, verá então primeiro as desse país, e no panorama da sua rede a sua autoavaliação contará para esse país.
preferences-country_set = País guardado: { $name } ({ $code }). Na pesquisa de ferramentas, vê primeiro as deste país, e no panorama da sua rede a sua autoavaliação conta para este país. { $prefix }country auto esquece a escolha.
preferences-country_auto = Esqueci o seu país; aqui uso o definido para este canal ou para a sua rede, ou então o do bot: { $name } ({ $code }).
preferences-country_auto_none = Esqueci o seu país; aqui não há nenhum definido.
preferences-country_unknown = “{ $country }” não é um país que eu conheça. Indique o código ISO de duas letras ou o nome do país, p. ex. { $prefix }country { $example }.
preferences-country_unknown_suggest = “{ $country }” não é um país que eu conheça. Queria dizer { $options }? Indique o código ISO de duas letras ou o nome do país, p. ex. { $prefix }country { $example }.
preferences-country_eu = “EU” designa toda a Europa, não um país. Escolha o país onde trabalha, p. ex. { $prefix }country { $example }.
