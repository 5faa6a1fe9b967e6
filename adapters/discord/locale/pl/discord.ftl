# discord: polski (forma zwracania się: ty)

discord-dm_failed = Nie udało się wysłać ci wiadomości prywatnej: Discord ją odrzucił (może masz wyłączone wiadomości prywatne z tego serwera). Zezwól na wiadomości prywatne od członków serwera i spróbuj ponownie.
discord-command_gone = To polecenie nie jest już dostępne. Wpisz { $prefix }help, żeby zobaczyć, co potrafię.
discord-done = Gotowe.
discord-choice_expired = Ten przycisk wygasł (bot został w międzyczasie uruchomiony ponownie). Wyślij polecenie jeszcze raz.
