# Rozwój zawodowy (!cpd): samoocena, plan, dziennik nauki i portfolio.
cpd-privacy_what = Rozwój zawodowy: jak oceniasz się w każdej kompetencji (albo to, że ją pominięto) oraz twój dziennik nauki (co, kiedy, jaka kompetencja, link do dowodu) – widoczne tylko dla ciebie; a także sieć, w której zestawieniach liczy się twoja samoocena (tam tylko w grupach co najmniej 5 osób, nigdy z twoim imieniem).
cpd-sent_dm = Masz ode mnie prywatną wiadomość.
cpd-no_framework = Nie ma jeszcze żadnej ramy kompetencji. Poproś koordynatora, żeby ją zaimportował.
cpd-framework_unknown = Nie ma ramy kompetencji „{ $id }”.
cpd-status_head = Twój rozwój zawodowy – { $framework }
cpd-status_counts = { $total ->
    [one] Ocenione: { $rated } z { $total } kompetencji (pominięte: { $skipped }).
    [few] Ocenione: { $rated } z { $total } kompetencji (pominięte: { $skipped }).
    [many] Ocenione: { $rated } z { $total } kompetencji (pominięte: { $skipped }).
   *[other] Ocenione: { $rated } z { $total } kompetencji (pominięte: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Twój dziennik nauki jest pusty.
    [one] Twój dziennik nauki ma jeden wpis.
    [few] Twój dziennik nauki ma { $count } wpisy.
    [many] Twój dziennik nauki ma { $count } wpisów.
   *[other] Twój dziennik nauki ma { $count } wpisu.
}
cpd-next_start = Co dalej: oceń się poleceniem { $command } – to zajmie około pięciu minut.
cpd-next_continue = Co dalej: wróć do przerwanej samooceny poleceniem { $command }.
cpd-next_plan = Co dalej: zobacz swój plan rozwoju poleceniem { $command }.
cpd-status_commands = Poza tym: { $prefix }cpd log AKTYWNOŚĆ (dziennik nauki), { $prefix }cpd export (portfolio w pliku).
cpd-assess_unknown = „{ $value }” to ani obszar, ani kompetencja. Obszary: { $areas }.
cpd-rate_form = Podaj kompetencję i poziom (albo ją pomiń).
cpd-competence_unknown = Nie ma kompetencji „{ $id }”. Zacznij od { $command }.
cpd-level_bad = „{ $value }” to nie poziom: odpowiedz liczbą od 1 do { $top } albo pomiń pytanie.
cpd-level_unknown = Nie ma poziomu { $level }: skala ma poziomy od 1 do { $top }.
cpd-saved = Zapisano: { $competence } – { $answer }.
cpd-area_done = To już wszystkie kompetencje z obszaru „{ $area }”.
cpd-all_done = { $count ->
    [one] Wszystkie pytania mają już odpowiedź (oceniona jedna kompetencja). Aby zmienić odpowiedź, wróć do obszaru, np. { $again }.
    [few] Wszystkie pytania mają już odpowiedź (ocenione { $count } kompetencje). Aby zmienić odpowiedź, wróć do obszaru, np. { $again }.
    [many] Wszystkie pytania mają już odpowiedź (ocenionych { $count } kompetencji). Aby zmienić odpowiedź, wróć do obszaru, np. { $again }.
   *[other] Wszystkie pytania mają już odpowiedź (ocenione { $count } kompetencji). Aby zmienić odpowiedź, wróć do obszaru, np. { $again }.
}
cpd-question =
    Pytanie { $number } z { $total } – { $area }
    { $competence }: { $description }
    Jak dobrze ci to wychodzi?
cpd-current = Twoja dotychczasowa odpowiedź: { $answer }.
cpd-skip_button = Pomiń
cpd-answer_how = Wybierz poziom albo go wpisz: { $example }
cpd-skipped = pominięta
cpd-not_rated = bez oceny
cpd-plan_nothing = Na razie nie ma czego planować: najpierw oceń się poleceniem { $command }.
cpd-match_need = Wsparcie w obszarze „{ $area }” ({ $topics })
cpd-plan_head = Twój plan rozwoju – { $framework }. Dwa obszary, w których możesz najwięcej zyskać:
cpd-plan_area = { $number }. { $area } – średnio { $average } ({ $rated ->
    [one] oceniona jedna kompetencja
    [few] ocenione { $rated } kompetencje
    [many] ocenionych { $rated } kompetencji
   *[other] ocenione { $rated } kompetencji
})
cpd-plan_tools = Narzędzia na początek:
cpd-plan_tool_more = Więcej o narzędziu: { $command }
cpd-plan_no_tools = W zbiorze nie ma jeszcze narzędzia dla tego obszaru.
cpd-plan_mentors = { $count ->
    [0] Teraz żaden mentor nie zajmuje się tym obszarem; prośba poczeka, aż ktoś się znajdzie.
    [one] Jeden mentor z wolnym miejscem zajmuje się tym obszarem.
    [few] { $count } mentorów z wolnym miejscem zajmuje się tym obszarem.
    [many] { $count } mentorów z wolnym miejscem zajmuje się tym obszarem.
   *[other] { $count } mentora z wolnym miejscem zajmuje się tym obszarem.
}
cpd-plan_match = Gotowa prośba o mentora: { $request }
cpd-plan_accept = Wyślij ją poleceniem { $command }
cpd-plan_accept_button = Poproś o mentora ({ $number })
cpd-no_mentoring = Ten bot nie oferuje mentoringu.
cpd-accept_bad = „{ $value }” to nie obszar twojego planu: podaj 1 albo 2.
cpd-asked_proposed = Zapisano prośbę nr { $id } dotyczącą obszaru „{ $area }”. Mentor dostał już propozycję; dam ci znać, gdy odpowie. Zobacz { $status }.
cpd-asked_waiting = Zapisano prośbę nr { $id } dotyczącą obszaru „{ $area }”. Na razie żaden mentor nie ma wolnego miejsca; szukam dalej. Zobacz { $status }.
cpd-log_what_missing = Opisz swoją aktywność, np. kurs, wizytę u innego instruktora albo książkę.
cpd-log_what_long = Zmieść się w { $limit } znakach.
cpd-log_competence_unknown = Nie ma kompetencji „{ $value }”. Pytania z { $command } pokazują identyfikator każdej kompetencji.
cpd-log_evidence_bad = „{ $value }” to nie adres internetowy: dowód musi zaczynać się od https:// albo http://.
cpd-log_date_bad = „{ $value }” to nie data: napisz 2026-12-31 albo 31.12.2026.
cpd-log_date_future = { $value } to data z przyszłości: wpisuj to, co już za tobą.
cpd-log_saved = Wpis nr { $number } jest w twoim dzienniku nauki. Całość zobaczysz poleceniem { $list }.
cpd-log_empty = Twój dziennik nauki jest pusty. Dodaj wpis poleceniem { $command } AKTYWNOŚĆ.
cpd-log_empty_plain = Na razie brak wpisów.
cpd-log_head = { $count ->
    [one] Twój dziennik nauki (jeden wpis):
    [few] Twój dziennik nauki ({ $count } wpisy):
    [many] Twój dziennik nauki ({ $count } wpisów):
   *[other] Twój dziennik nauki ({ $count } wpisu):
}
cpd-log_number_missing = Podaj numer wpisu taki, jak na liście.
cpd-log_unknown = W twoim dzienniku nauki nie ma wpisu nr { $number }. Zobacz { $command }.
cpd-log_full = Twój dziennik nauki jest pełny ({ $limit } wpisów). Najpierw usuń kilka.
cpd-log_delete_ask = Wpis zostanie usunięty na zawsze. Wyślij { $command }, żeby kontynuować.
cpd-log_deleted = Wpis nr { $number } został usunięty.
cpd-export_sent_md = Twoje portfolio w formacie Markdown – do edycji albo użycia gdzie indziej.
cpd-export_sent_html = Twoje portfolio jako strona internetowa – do wydruku albo złożenia w procedurze walidacji wcześniej zdobytych kompetencji.
cpd-export_title = Portfolio rozwoju zawodowego: { $name }
cpd-export_intro = Samoocena według ramy „{ $framework }” i dziennik nauki, stan na { $day }.
cpd-export_ratings = Samoocena według obszarów (średni poziom)
cpd-export_log = Dziennik nauki
cpd-export_col_number = Nr
cpd-export_col_date = Data
cpd-export_col_what = Aktywność
cpd-export_col_competence = Kompetencja
cpd-export_col_evidence = Dowód
cpd-cli_none = nie zapisano żadnej ramy
cpd-cli_counts = obszary: { $areas }, kompetencje: { $competences }
cpd-cli_refused = { $count ->
    [one] nie zaimportowano, nic nie zapisano: jeden problem
    [few] nie zaimportowano, nic nie zapisano: { $count } problemy
    [many] nie zaimportowano, nic nie zapisano: { $count } problemów
   *[other] nie zaimportowano, nic nie zapisano: { $count } problemu
}
cpd-cli_dry_run = sprawdzono „{ $id }”: kompetencje: { $competences }, zastąpiłaby zapisaną: { $replaced }, oceny do usunięcia: { $dropped } (próba, nic nie zapisano)
cpd-cli_imported = zaimportowano „{ $id }”: kompetencje: { $competences }, zastąpiono zapisaną: { $replaced }, usunięte oceny wycofanych kompetencji: { $dropped }
cpd-problem-required = wymagane
cpd-problem-not_texts = musi zawierać teksty według języka, np. {"{"}en: "…", pl: "…"{"}"}
cpd-problem-bad_language = „{ $value }” to nie dwuliterowy kod języka
cpd-problem-empty = puste
cpd-problem-too_long = dłuższe niż { $limit } znaków
cpd-problem-missing_english = brak tekstu po angielsku (en)
cpd-problem-bad_id = „{ $value }” to nie identyfikator: małe litery, cyfry i łączniki
cpd-problem-not_list = musi być listą
cpd-problem-not_mapping = musi przypisywać wartości do kluczy
cpd-problem-unknown_field = nieznane pole
cpd-problem-bad_version = musi być liczbą całkowitą od 1
cpd-problem-scale_size = skala musi mieć od 2 do { $most } poziomów
cpd-problem-bad_level = poziomy rosną o jeden od 1: oczekiwano { $expected }
cpd-problem-no_descriptor = poziom nie ma opisu
cpd-problem-duplicate_id = identyfikator „{ $value }” występuje dwa razy
cpd-problem-unknown_area = odnosi się do nieznanego obszaru „{ $value }”
cpd-problem-area_nested = kompetencja wewnątrz obszaru nie podaje obszaru
cpd-problem-too_many = więcej niż { $most } kompetencji
cpd-problem-bad_topic = tematy muszą być krótkimi tekstami
cpd-file-bad_format = { $name }: użyj pliku .yaml, .yml albo .json
cpd-file-too_large = { $name } ma więcej niż { $limit } bajtów; nie wczytano
cpd-file-unreadable = nie można odczytać pliku { $name }
cpd-file-bad_syntax = { $name } to nie poprawny YAML ani JSON

# Raporty sieci: samooceny według sieci, kraju i obszaru.
cpd-fewer_than = mniej niż { $min }
cpd-agg_withheld = nie pokazano
cpd-agg_title = Samooceny — { $framework }
cpd-agg_intro = Jak oceniają się osoby z każdej sieci, według obszarów: ile osób oceniło dany obszar, ile jest na każdym poziomie i jaki jest średni poziom. Grupy liczące mniej niż { $min } osób nie są podawane liczbowo; „nie pokazano” oznacza liczbę wstrzymaną po to, by mniejszej grupy nie dało się wyliczyć z sumy.
cpd-agg_none = Nikt jeszcze nie wypełnił samooceny.
cpd-agg_people = osoby: { $people }
cpd-agg_col_area = Obszar
cpd-agg_col_rated = Oceniło
cpd-agg_col_average = Średnia
cpd-overview_head = Jak oceniają się osoby w twoich sieciach — { $framework }. Grupy liczące mniej niż { $min } osób nie są podawane liczbowo.
cpd-overview_network = Sieć { $network } — osoby z samooceną: { $people }
cpd-overview_area = • { $area } — oceniło: { $rated }; średni poziom: { $average }
cpd-overview_area_hidden = • { $area } — oceniło mniej niż { $min } osób, nie pokazano.
cpd-overview_countries = Według kraju (osoby): { $countries }
cpd-overview_more = Poziomy według obszaru i kraju: { $command } (na serwerze).
cpd-cli_written = Zapisano w { $path }.
