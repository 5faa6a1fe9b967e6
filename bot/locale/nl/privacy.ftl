# privacy: Nederlands (aanspreekvorm: je/jij)

privacy-intro = Wat { $name } over je bewaart, en waarom:
privacy-core_what = Je chatnaam en account-id op elk platform, pas zodra je een functie gebruikt die ze nodig heeft (mentoring, suggesties), zodat de bot je kan bereiken en je je eigen gegevens kan laten zien; de taal, de tijdzone en het land die je kiest met { $prefix }language, { $prefix }timezone en { $prefix }country. Opdrachten zelf worden niet bewaard; wat coördinatoren doen (inplannen, beoordelen, batchrondes) staat in een auditlog onder hun account.
privacy-rights = Alles wat over je is opgeslagen zie je met { $prefix }mydata (via een privébericht); wissen doe je met { $prefix }forgetme. Coördinatoren zien statistieken over mentoring, maar niet je berichten.
privacy-nothing_stored = Ik bewaar niets over je.
privacy-export_intro = Hier is alles wat ik over je bewaar, als bestand (JSON).
privacy-export_sent = Ik heb je gegevens via een privébericht naar je gestuurd.
privacy-forget_ask = Hiermee wis je alles wat ik over je bewaar: je profielen als mentor of expert, je hulpvragen, je beoordelingen, je antwoorden op enquêtes, je getelde reacties in discussiedraden, je account in het auditlog en je accounts. Alleen anonieme aantallen blijven. Voorstellen die op jouw antwoord wachten, gaan naar iemand anders; een match van jou stopt, en de ander krijgt bericht. Wil je doorgaan, stuur dan { $command }.
privacy-forget_button = Wis mijn gegevens
privacy-forget_confirm_word = Stuur { $prefix }forgetme om te zien wat er gewist wordt, en daarna { $prefix }forgetme confirm.
privacy-forgotten = Klaar: ik heb alles gewist wat ik over je bewaarde. Alleen anonieme aantallen blijven over.
