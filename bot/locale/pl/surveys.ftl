# surveys: polski

surveys-privacy_what = Ankiety: twoje odpowiedzi w ankiecie są powiązane z tobą tylko po to, żebyś odpowiedział(a) raz i mógł(mogła) je zmienić lub usunąć; wyniki pokazują wyłącznie liczby, nigdy grupy mniejszej niż 5 osób, a odpowiedź tekstową tylko wtedy, gdy zgodzisz się ją udostępnić – nigdy z twoim imieniem. Odpowiedzi są usuwane jakiś czas po zamknięciu ankiety.
surveys-announce = 📋 Nowa ankieta: „{ $title }” ({ $count ->
    [one] jedno pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}), anonimowa, otwarta do { $closes }. Aby wziąć udział, wyślij { $command } – zadam ci pytania w wiadomości prywatnej.
surveys-announce_button = Wypełnij ankietę
surveys-closed_post = Ankieta „{ $title }” (numer { $id }) jest zamknięta. Dziękujemy wszystkim, którzy odpowiedzieli!
surveys-status-planned = zaplanowana
surveys-status-open = otwarta
surveys-status-closed = zamknięta
surveys-status-cancelled = anulowana
surveys-fewer_than = mniej niż { $min }
surveys-withheld = nie pokazano

surveys-created = Ankieta { $id } „{ $title }” jest zapisana: { $count ->
    [one] jedno pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}, otwarta od { $opens } do { $closes }, ogłoszona w { $room }.
surveys-created_open = Jest już otwarta: ogłosiłem ją w pokoju.
surveys-created_planned = Ogłoszę ją w pokoju pierwszego dnia.
surveys-not_connected = Uwaga: ten bot nie jest połączony z { $platform } (działa na: { $connected }), więc ogłoszenie w { $room } poczeka, aż ta platforma zostanie skonfigurowana w bot.toml ([bot] adapters i dane logowania).
surveys-list-empty = W twoich sieciach nie ma jeszcze żadnych ankiet.
surveys-list-header = Ankiety:
surveys-list-line = { $id }. „{ $title }” – { $status }, od { $opens } do { $closes }; odpowiedzi: { $people }
surveys-show = Ankieta { $id } „{ $title }” – { $status }
    Otwarta od { $opens } do { $closes }, w { $room } (sieć { $network })
    Odpowiedzi: { $people }
    Pytania:
surveys-close_ask = To od razu zamyka ankietę: nikt nie będzie już mógł na nią odpowiedzieć. Jeśli chcesz kontynuować, wyślij { $command }.
surveys-cancel_ask = To anuluje ankietę i usuwa wszystkie jej odpowiedzi; tego nie da się cofnąć. Jeśli chcesz kontynuować, wyślij { $command }.
surveys-done_close = Ankieta { $id } „{ $title }” jest zamknięta.
surveys-done_cancel = Ankieta { $id } „{ $title }” jest anulowana, a jej odpowiedzi usunięte.

surveys-question = Ankieta { $id } „{ $title }” – pytanie { $number } z { $total }:
    { $question }
surveys-ask_choice = Wybierz jedną odpowiedź:
surveys-ask_scale = Wybierz liczbę od { $low } (najmniej) do { $high } (najbardziej):
surveys-ask_text = Napisz swoją odpowiedź w następnej wiadomości tutaj (albo wyślij { $command }).
surveys-current = Twoja dotychczasowa odpowiedź: { $answer }
surveys-share_ask = Zapisano. Czy mogę pokazać tę odpowiedź w wynikach, bez twojego imienia? Pokazywane są tylko odpowiedzi, na których udostępnienie się zgodzisz. Wyślij { $command } albo nie.
surveys-share_yes = Tak, udostępnij
surveys-share_no = Nie, zachowaj dla siebie
surveys-shared_yes = Dziękuję: twoja odpowiedź może pojawić się w wynikach, bez twojego imienia.
surveys-shared_no = Jasne: twoja odpowiedź jest liczona, ale nigdy nie będzie pokazana.
surveys-all_answered = Dziękuję! Odpowiedziałeś(-aś) na wszystkie pytania ({ $total }) ankiety { $id } „{ $title }”. Do { $closes } możesz jeszcze zmienić odpowiedź, na przykład przez { $command }.
surveys-sent_by_dm = Wysłałem ci pytania w wiadomości prywatnej.

surveys-results-too_few = Ankieta { $id } „{ $title }” ({ $status }): odpowiedziało mniej niż { $min } osób, więc wyniki nie są jeszcze pokazywane. Wyniki nigdy nie pokazują grupy mniejszej niż { $min } osób.
surveys-results-header = Wyniki ankiety { $id } „{ $title }” ({ $status }): liczba osób, które odpowiedziały: { $count }. Grupy mniejsze niż 5 osób nie są pokazywane jako liczby.
surveys-results-question = { $question } – odpowiedzi: { $count }
surveys-results-question_few = { $question } – mniej niż { $min } odpowiedzi, nie pokazano
surveys-results-average = średnia: { $value }
surveys-results-shared = { $count ->
    [one] jedna udostępniona odpowiedź:
    [few] { $count } udostępnione odpowiedzi:
    [many] { $count } udostępnionych odpowiedzi:
   *[other] { $count } udostępnionej odpowiedzi:
}
surveys-results-withheld_note = Liczby oznaczone „nie pokazano” są wstrzymane, aby z sumy nie dało się wyliczyć grupy mniejszej niż { $min } osób.
surveys-results-shared_none = brak udostępnionych odpowiedzi

surveys-error-unknown = Nie ma ankiety { $id }.
surveys-error-not_open = Ankieta { $id } jest { $status }: teraz nie można na nią odpowiedzieć.
surveys-error-already = Ankieta { $id } jest już { $status }.
surveys-error-no_question = Ankieta { $id } ma pytania od 1 do { $total }, nie { $number }.
surveys-error-empty_text = Twoja odpowiedź jest pusta.
surveys-error-text_too_long = Twoja odpowiedź jest za długa: najwyżej { $limit } znaków.
surveys-error-bad_answer = To nie jest odpowiedź na pytanie { $number }. Wybierz spośród: { $choices }.
surveys-error-nothing_to_share = Nie masz pisemnej odpowiedzi na pytanie { $number } ankiety { $id }.
surveys-error-ends_in_past = Ta ankieta byłaby już zakończona: wybierz ostatni dzień od dziś.
surveys-error-option_twice = Opcja { $option }: występuje dwa razy.
surveys-error-bad_date = { $option }: `{ $value }` to nie jest dzień; zapisz go jako 2026-12-31 lub 31.12.2026.
surveys-error-room_needed = W wiadomości prywatnej podaj, gdzie ogłosić ankietę: w: #pokój.
surveys-error-bad_room = Nie mogę publikować w `{ $room }`; napisz w: #pokój albo w: platforma:pokój.
surveys-error-not_your_room = Nie możesz ogłosić ankiety w { $room }: rola koordynatora z serwera lub pokoju liczy się tylko w serwerach i pokojach, dla których skonfigurowano tego bota.
surveys-error-id_missing = Która ankieta? Podaj jej numer, na przykład { $example }.
surveys-error-bad_id = `{ $id }` to nie jest numer ankiety.
surveys-error-stray_text = Nie wiem, co zrobić z `{ $text }`: każda część ankiety to opcja, taka jak tytuł: czy pytania:.
surveys-error-title_missing = Ankieta potrzebuje tytułu: tytuł: …
surveys-error-title_too_long = Tytuł jest za długi: najwyżej { $limit } znaków.
surveys-error-end_missing = Podaj ostatni dzień ankiety: do: RRRR-MM-DD.
surveys-error-ends_before_start = Ostatni dzień wypada przed pierwszym: do: musi być tego samego dnia co od: albo później.
surveys-error-bad_number = `{ $value }` to nie jest numer pytania.
surveys-error-share_usage = Napisz, czy twoja odpowiedź może być pokazana: na przykład { $example } (albo nie).
surveys-error-questions_hint = Zapisz każde pytanie jako `Pytanie? | a / b / c` (jeden wybór), `Pytanie? | 1-5` (skala) albo `Pytanie? | tekst` (odpowiedź tekstowa), oddzielając je ; lub nową linią. Na przykład: pytania: Czy to pomogło? | tak / nie / częściowo; Jak bardzo było przydatne? | 1-5; Co byś zmienił(a)? | tekst
surveys-error-no_questions = Ankieta nie ma pytań: dodaj je przez pytania:.
surveys-error-too_many_questions = Ankieta może mieć najwyżej { $limit } pytań.
surveys-error-no_bar = Pytanie { $number } (`{ $question }`) nie ma odpowiedzi: wstaw | między pytanie a odpowiedzi.
surveys-error-no_text = Pytanie { $number } (`{ $question }`) ma odpowiedzi, ale przed | nie ma pytania.
surveys-error-question_too_long = Pytanie { $number } jest za długie: najwyżej { $limit } znaków.
surveys-error-no_answers = W pytaniu { $number } (`{ $question }`) po | nic nie ma.
surveys-error-bad_scale = Pytanie { $number }: `{ $scale }` to nie jest skala, której mogę użyć; napisz 1-5 albo 0-10 (od 0 lub 1, najwyżej do 10).
surveys-error-few_options = Pytanie { $number } (`{ $question }`) potrzebuje co najmniej dwóch odpowiedzi oddzielonych /.
surveys-error-many_options = Pytanie { $number } ma za dużo odpowiedzi: najwyżej { $limit }.
surveys-error-option_too_long = Jedna z odpowiedzi na pytanie { $number } jest za długa: najwyżej { $limit } znaków.
surveys-error-same_options = Pytanie { $number } (`{ $question }`) podaje tę samą odpowiedź dwa razy.

surveys-cli_bad_id = `{ $id }` to nie jest numer ankiety.
surveys-cli_written = Wyniki ankiety { $id } zapisano w { $path }.
