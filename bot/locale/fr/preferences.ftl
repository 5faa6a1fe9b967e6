# preferences: French (vous)

preferences-language_list = J'écris en { $languages }. Je vous écris en { $name } ({ $code }), la langue de votre plateforme ou de votre salon ; choisissez-en une autre avec { $prefix }language CODE, par exemple { $prefix }language fr.
preferences-language_list_own = J'écris en { $languages }. Vous avez choisi { $name } ({ $code }) ; choisissez-en une autre avec { $prefix }language CODE, ou { $prefix }language auto pour la langue de votre plateforme ou de votre salon.
preferences-language_set = Désormais, je vous écris en { $name } ({ $code }). { $prefix }language auto revient à la langue de votre plateforme ou de votre salon.
preferences-language_auto = Je vous écris de nouveau dans la langue de votre plateforme ou de votre salon : { $name } ({ $code }).
preferences-language_unknown = Je n'ai pas de textes en « { $code } ». Choisissez parmi { $languages }, par exemple { $prefix }language fr.
preferences-timezone_bot = Je vous montre les dates et les heures dans le fuseau { $zone }, celui du bot (il est { $now }). Choisissez le vôtre avec { $prefix }timezone FUSEAU, par exemple { $prefix }timezone { $example }.
preferences-timezone_own = Je vous montre les dates et les heures dans le fuseau { $zone }, celui que vous avez choisi (il est { $now }). { $prefix }timezone auto revient au fuseau du bot.
preferences-timezone_set = Désormais, je vous montre les dates et les heures dans le fuseau { $zone } (il est { $now }).
preferences-timezone_auto = Je vous montre de nouveau les dates et les heures dans le fuseau du bot : { $zone } (il est { $now }).
preferences-timezone_unknown = Je ne connais pas le fuseau horaire « { $zone } ». Indiquez un nom de fuseau IANA, par exemple { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = Je ne connais pas le fuseau horaire « { $zone } ». Vouliez-vous dire { $options } ? Indiquez un nom de fuseau IANA, par exemple { $prefix }timezone { $example }.
preferences-country_own = Pays choisi : { $name } ({ $code }). La recherche d'outils vous montre d'abord ceux de ce pays, et votre autoévaluation y est comptée dans la synthèse de votre réseau. Choisissez-en un autre avec { $prefix }country CODE, ou oubliez ce choix avec { $prefix }country auto.
preferences-country_default = Vous n'avez pas choisi de pays ; ici, j'utilise celui de ce salon ou de son réseau, sinon celui du bot : { $name } ({ $code }). Choisissez le vôtre avec { $prefix }country CODE ou le nom du pays, par exemple { $prefix }country { $example }.
preferences-country_none = Vous n'avez pas choisi de pays, et aucun n'est défini ici. Choisissez le vôtre avec { $prefix }country CODE ou le nom du pays, par exemple { $prefix }country { $example } : la recherche d'outils vous montrera alors d'abord ceux de ce pays, et votre autoévaluation y sera comptée dans la synthèse de votre réseau.
preferences-country_set = Pays enregistré : { $name } ({ $code }). La recherche d'outils vous montre d'abord ceux de ce pays, et votre autoévaluation y est comptée dans la synthèse de votre réseau. { $prefix }country auto oublie ce choix.
preferences-country_auto = J'ai oublié votre pays ; ici, j'utilise celui de ce salon ou de son réseau, sinon celui du bot : { $name } ({ $code }).
preferences-country_auto_none = J'ai oublié votre pays ; aucun n'est défini ici.
preferences-country_unknown = Je ne connais pas le pays « { $country } ». Indiquez son code ISO à deux lettres ou son nom, par exemple { $prefix }country { $example }.
preferences-country_unknown_suggest = Je ne connais pas le pays « { $country } ». Vouliez-vous dire { $options } ? Indiquez son code ISO à deux lettres ou son nom, par exemple { $prefix }country { $example }.
preferences-country_eu = « EU » désigne l'Europe entière, pas un pays. Choisissez le pays où vous travaillez, par exemple { $prefix }country { $example }.
