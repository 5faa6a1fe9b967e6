# discord: Nederlands (aanspreekvorm: je/jij)

discord-dm_failed = Ik kon je geen privébericht sturen: Discord weigerde het (misschien staan je DM’s voor deze server dicht). Sta privéberichten van serverleden toe en probeer het opnieuw.
discord-command_gone = Die opdracht is niet meer beschikbaar. Typ { $prefix }help om te zien wat ik kan.
discord-done = Klaar.
discord-choice_expired = Die knop is verlopen (ik ben opnieuw gestart sinds hij werd verstuurd). Stuur de opdracht nog een keer.
