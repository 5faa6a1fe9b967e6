# privacy: polski (forma zwracania się: ty)

privacy-intro = Co { $name } przechowuje o tobie i dlaczego:
privacy-core_what = Twoją nazwę na czacie i identyfikator konta na każdej platformie – dopiero wtedy, gdy korzystasz z funkcji, która ich potrzebuje (mentoring, propozycje narzędzi), żeby bot mógł się z tobą skontaktować i pokazać ci twoje dane; język, strefę czasową i kraj, które wybierasz poleceniami { $prefix }language, { $prefix }timezone i { $prefix }country. Samych poleceń się nie zapisuje; to, co robią koordynatorzy (planowanie, przeglądy, uruchomienia zbiorcze), trafia do dziennika zmian pod ich kontem.
privacy-rights = Wszystko, co jest o tobie zapisane, zobaczysz poleceniem { $prefix }mydata (przyjdzie w wiadomości prywatnej); usuniesz to poleceniem { $prefix }forgetme. Koordynatorzy widzą statystyki mentoringu, ale nie twoje wiadomości.
privacy-nothing_stored = Nie przechowuję o tobie żadnych danych.
privacy-export_intro = Oto wszystko, co o tobie przechowuję, w pliku (JSON).
privacy-export_sent = Twoje dane są już w wiadomości prywatnej do ciebie.
privacy-forget_ask = To usunie wszystko, co o tobie przechowuję: twoje profile mentora lub eksperta, twoje zgłoszenia, twoje oceny, twoje odpowiedzi w ankietach, twoje odpowiedzi policzone w wątkach dyskusyjnych, twoje konto w dzienniku zmian i twoje konta. Zostaną tylko anonimowe liczby. Propozycje czekające na twoją odpowiedź trafią do kogoś innego; twoja para mentorska się zakończy, a druga osoba dostanie o tym informację. Jeśli chcesz kontynuować, wyślij { $command }.
privacy-forget_button = Usuń moje dane
privacy-forget_confirm_word = Wyślij { $prefix }forgetme, żeby zobaczyć, co zostanie usunięte, a potem { $prefix }forgetme confirm.
privacy-forgotten = Gotowe: wszystko, co o tobie przechowywano, zostało usunięte. Zostały tylko anonimowe liczby.
