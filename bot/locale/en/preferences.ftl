# preferences: English (the reference catalog)

preferences-language_list = I write in { $languages }. I write to you in { $name } ({ $code }), the language of your platform or room; choose another with { $prefix }language CODE, e.g. { $prefix }language de.
preferences-language_list_own = I write in { $languages }. You chose { $name } ({ $code }); choose another with { $prefix }language CODE, or { $prefix }language auto for the language of your platform or room.
preferences-language_set = From now on I write to you in { $name } ({ $code }). { $prefix }language auto goes back to the language of your platform or room.
preferences-language_auto = I write to you in the language of your platform or room again: { $name } ({ $code }).
preferences-language_unknown = I have no texts in '{ $code }'. Choose one of { $languages }, e.g. { $prefix }language de.
preferences-timezone_bot = I show you dates and times in { $zone }, the bot's time zone (now: { $now }). Choose your own with { $prefix }timezone ZONE, e.g. { $prefix }timezone { $example }.
preferences-timezone_own = I show you dates and times in { $zone }, the time zone you chose (now: { $now }). { $prefix }timezone auto goes back to the bot's time zone.
preferences-timezone_set = From now on I show you dates and times in { $zone } (now: { $now }).
preferences-timezone_auto = I show you dates and times in the bot's time zone again: { $zone } (now: { $now }).
preferences-timezone_unknown = '{ $zone }' is not a time zone I know. Give an IANA time zone name, e.g. { $prefix }timezone { $example }.
preferences-timezone_unknown_suggest = '{ $zone }' is not a time zone I know. Did you mean { $options }? Give an IANA time zone name, e.g. { $prefix }timezone { $example }.
preferences-country_own = Your country, as you chose: { $name } ({ $code }). Tool lookups show its tools first, and your self-assessment counts under it in your network's overview. Choose another with { $prefix }country CODE, or { $prefix }country auto to forget it.
preferences-country_default = You have not chosen a country; here I use the one set for this room or its network, else the bot's: { $name } ({ $code }). Choose your own with { $prefix }country CODE or the country's name, e.g. { $prefix }country { $example }.
preferences-country_none = You have not chosen a country, and none is set here. Choose yours with { $prefix }country CODE or the country's name, e.g. { $prefix }country { $example }: tool lookups then show its tools first, and your self-assessment counts under it in your network's overview.
preferences-country_set = Saved as your country: { $name } ({ $code }). Tool lookups show its tools first, and your self-assessment counts under it in your network's overview. { $prefix }country auto forgets it.
preferences-country_auto = I have forgotten your country; here I use the one set for this room or its network, else the bot's: { $name } ({ $code }).
preferences-country_auto_none = I have forgotten your country; none is set here.
preferences-country_unknown = '{ $country }' is not a country I know. Give its two-letter ISO code or its name, e.g. { $prefix }country { $example }.
preferences-country_unknown_suggest = '{ $country }' is not a country I know. Did you mean { $options }? Give its two-letter ISO code or its name, e.g. { $prefix }country { $example }.
preferences-country_eu = 'EU' stands for the whole of Europe, not for one country. Choose the country you work in, e.g. { $prefix }country { $example }.
