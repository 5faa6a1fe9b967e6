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
