# core: polski (forma zwracania się: ty)

core-rate_limited = Wysyłasz polecenia szybciej, niż nadążam je obsłużyć. Poczekaj { $seconds ->
    [one] około sekundy
    [few] około { $seconds } sekund
    [many] około { $seconds } sekund
   *[other] około { $seconds } sekundy
}; do tego czasu będę ignorować twoje polecenia.
core-too_long = Ta wiadomość jest za długa jak na polecenie (ponad { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}). Skróć ją, proszę.
core-outbox_gave_up = Nie udało się dostarczyć mojej wiadomości (platforma: { $platform }) po { $attempts ->
    [one] jednej próbie
    [few] { $attempts } próbach
    [many] { $attempts } próbach
   *[other] { $attempts } próbach
} ({ $what }). Czy ta platforma jest połączona i czy ta osoba nadal jest ze mną na jakimś serwerze lub w pokoju?
core-internal_error = Przepraszam, coś poszło nie tak po mojej stronie. Jeśli to się powtarza, daj znać koordynatorowi i podaj identyfikator błędu { $error_id }.
core-store_error = Nie udało się teraz połączyć z bazą danych (może jest przeciążona), więc nie da się tego zrobić. Spróbuj ponownie za chwilę; jeśli to się powtarza, daj znać koordynatorowi i podaj identyfikator błędu { $error_id }.
core-unknown_command = Nie znam polecenia „{ $command }”. Wpisz { $prefix }help, żeby zobaczyć, co potrafię.
core-unknown_command_suggest = Nie znam polecenia „{ $command }”. Czy chodziło ci o { $suggestions }? Wszystkie polecenia pokaże { $prefix }help.
core-permission_denied = Polecenia { $command } może używać tylko { $role ->
    [admin] administrator
    [coordinator] koordynator
    [trainer] trener
   *[other] osoba z rolą { $role }
}.
core-group_intro = { $command } ma takie podpolecenia:
core-no_subcommand = { $command } nie ma podpolecenia „{ $name }”.
core-usage = Użycie: { $usage }
core-missing_argument = Podaj { $name }.
core-option_unknown = Nie ma tu opcji „{ $option }:”.
core-option_malformed = Nie rozumiem „{ $segment }” jako opcji (opcje wyglądają tak: „nazwa: wartość”).
core-options_available = Opcje: { $options } (oddzielaj je znakiem „;”).
core-option_repeated = Opcja „{ $option }:” występuje dwa razy; podaj ją tylko raz.
core-option_empty = Opcja „{ $option }:” wymaga wartości.
core-no_subcommand_suggest = { $command } nie ma podpolecenia „{ $name }”. Czy chodziło ci o { $suggestions }?
core-confirm_word = confirm
core-confirm_button = Tak, kontynuuj
core-confirm_ask = Tego nie da się cofnąć. Jeśli chcesz kontynuować, wyślij { $command }.
core-question_hint = Wyszukałem to jako { $command }. Polecenia zaczynają się od { $prefix }; { $help } pokazuje je wszystkie.
