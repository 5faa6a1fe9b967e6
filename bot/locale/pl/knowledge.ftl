# knowledge: polski (forma zwracania się: ty)

knowledge-empty_query = Napisz, czego szukasz, np. { $prefix }tool poradnik mentoringu.
knowledge-results_head = Narzędzia dla „{ $query }” ({ $first }–{ $last } z { $total }):
knowledge-browse_head = Narzędzia z { $options } ({ $first }–{ $last } z { $total }):
knowledge-browse_nothing = Żadne narzędzie nie pasuje do { $options }. Spróbuj z mniejszą liczbą opcji albo szukaj słowami: { $prefix }tool ZAPYTANIE
knowledge-not_an_option = Uwaga: „{ $option }:” nie jest opcją, więc potraktowano to jako słowa do wyszukania. Opcje: { $options } – np. { $prefix }tool mentoring lang: pl
knowledge-option_equals = Uwaga: opcje zapisuje się z dwukropkiem, nie z „=”: { $option }: { $value } (tym razem potraktowano to jako słowa do wyszukania).
knowledge-one_value = Podaj tylko jedną wartość naraz (tu: { $what }), np. { $option }: { $value }. Pomiń tę opcję, żeby szukać we wszystkich.
knowledge-what_lang = język
knowledge-what_country = kraj
knowledge-what_type = typ
knowledge-what_target = grupa docelowa
knowledge-query_first = Najpierw napisz, czego szukasz, a potem opcje: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Szczegóły: { $prefix }tool show ID
knowledge-results_foot_more = Szczegóły: { $prefix }tool show ID · Następna strona: { $prefix }more
knowledge-more_label = Więcej
knowledge-back_label = Wstecz
knowledge-back_first = To już pierwsza strona wyników dla „{ $query }”.
knowledge-did_you_mean = Czy chodziło ci o: { $options }?
knowledge-nothing = Nic nie znaleziono dla „{ $query }”. Spróbuj innych lub mniej słów. Znasz dobre narzędzie? { $prefix }tool suggest URL TYTUŁ | OPIS
knowledge-nothing_filtered = Nic nie znaleziono dla „{ $query }” z { $options }. Spróbuj bez niektórych opcji.
knowledge-nothing_did_you_mean = Nic nie znaleziono dla „{ $query }”. Czy chodziło ci o { $options }?
knowledge-more_nothing = Nie ma tu wyszukiwania, które można kontynuować. Zacznij nowe poleceniem { $prefix }tool ZAPYTANIE.
knowledge-more_done = { $total ->
    [one] To już wszystko: { $total } wynik dla „{ $query }”.
    [few] To już wszystko: { $total } wyniki dla „{ $query }”.
    [many] To już wszystko: { $total } wyników dla „{ $query }”.
   *[other] To już wszystko: { $total } wyniku dla „{ $query }”.
}
knowledge-unknown_id = Nie ma narzędzia o identyfikatorze „{ $id }”. Identyfikatory znajdziesz, szukając: { $prefix }tool ZAPYTANIE.
knowledge-unknown_id_suggest = Nie ma narzędzia o identyfikatorze „{ $id }”. Czy chodziło ci o: { $options }? (Identyfikatory znajdziesz, szukając: { $prefix }tool ZAPYTANIE.)
knowledge-missing_id = Podaj identyfikator narzędzia, np. { $prefix }tool { $command } epale. Identyfikatory znajdziesz, szukając: { $prefix }tool ZAPYTANIE.
knowledge-bad_lang = „{ $value }” nie jest kodem języka. Użyj dwuliterowego kodu ISO 639-1, np. pl, en, de lub fr.
knowledge-bad_country = „{ $value }” nie jest kodem kraju. Użyj dwuliterowego kodu, np. PL, DE, CZ, albo EU dla narzędzi ogólnoeuropejskich.
knowledge-country_hint = Napisz { $code } zamiast { $value } (kody krajów według ISO 3166-1).
knowledge-bad_type = „{ $value }” nie jest typem narzędzia. Typy: { $types }.
knowledge-bad_target = „{ $value }” nie jest znaną mi grupą docelową. Grupy docelowe: { $targets }.
knowledge-f_type = Typ
knowledge-f_languages = Języki
knowledge-f_countries = Kraje
knowledge-f_sectors = Branże
knowledge-f_targets = Dla
knowledge-f_topics = Tematy
knowledge-f_aliases = Znane też jako
knowledge-f_publisher = Wydawca
knowledge-f_licence = Licencja
knowledge-f_year = Rok
knowledge-f_link = Link
knowledge-f_status = Status: { $status ->
    [published] opublikowane
    [pending] czeka na przegląd
    [rejected] odrzucone
    [archived] zarchiwizowane
   *[other] { $status }
} · źródło: { $via }, dodane { $date } · { $shown ->
    [one] wyświetlone { $shown } raz
    [few] wyświetlone { $shown } razy
    [many] wyświetlone { $shown } razy
   *[other] wyświetlone { $shown } razy
}
knowledge-f_note = Uwaga z przeglądu: { $note }
knowledge-suggest_form = Podaj link, tytuł i po znaku | krótki opis, np. { $prefix }tool suggest https://example.org/poradnik Poradnik dla mentorów | Jak wspierać uczniów w praktycznej nauce zawodu.
knowledge-suggest_no_url = Zacznij od linku do narzędzia, np. { $prefix }tool suggest https://example.org/poradnik Poradnik dla mentorów | Jak wspierać uczniów w praktycznej nauce zawodu.
knowledge-suggest_no_title = Po linku podaj tytuł narzędzia, np. { $prefix }tool suggest https://example.org/poradnik Poradnik dla mentorów | Jak wspierać uczniów w praktycznej nauce zawodu.
knowledge-suggested = Dziękuję! „{ $title }” czeka w kolejce do przeglądu jako [{ $id }]; koordynator przejrzy propozycję, a ty dostaniesz odpowiedź w wiadomości prywatnej.
knowledge-suggested_similar = Uwaga: w zbiorze jest już narzędzie o bardzo podobnym tytule: { $entries }. Koordynator sprawdzi, czy to to samo.
knowledge-suggest_too_many = { $limit ->
    [one] Masz już { $limit } propozycję, która czeka na przegląd. Poczekaj, aż koordynator się nią zajmie.
    [few] Masz już { $limit } propozycje, które czekają na przegląd. Poczekaj, aż koordynator się nimi zajmie.
    [many] Masz już { $limit } propozycji, które czekają na przegląd. Poczekaj, aż koordynator się nimi zajmie.
   *[other] Masz już { $limit } propozycji, które czekają na przegląd. Poczekaj, aż koordynator się nimi zajmie.
}
knowledge-duplicate_url_published = Ten link jest już w zbiorze: { $title } [{ $id }] – zobacz { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Ten link został już zaproponowany i czeka na przegląd jako [{ $id }].
knowledge-duplicate_url_archived = Ten link był w zbiorze jako [{ $id }] i został zarchiwizowany; zapytaj koordynatora, czy powinien wrócić.
knowledge-invalid = Ta wartość jest niepoprawna: { $problems }. Popraw ją i spróbuj ponownie.
knowledge-someone = nieznana osoba
knowledge-review_empty = Kolejka do przeglądu jest pusta.
knowledge-review_head = Kolejka do przeglądu (oczekujące: { $total }, od najstarszych; widocznych: { $shown }):
knowledge-review_by = propozycja od: { $who }, { $date }
knowledge-review_similar = Podobne do: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID POWÓD · { $prefix }tool edit ID POLE: WARTOŚĆ · { $prefix }tool show ID
knowledge-approve_label = Zatwierdź { $id }
knowledge-show_label = Pokaż { $id }
knowledge-approved = Opublikowano: { $title } [{ $id }].
knowledge-approved_dm = Dobra wiadomość: twoja propozycja „{ $title }” została zatwierdzona i jest już w zbiorze. Dziękuję! Zobacz { $prefix }tool show { $id }
knowledge-reject_form = Napisz { $prefix }tool reject ID POWÓD, np. { $prefix }tool reject peer-coaching jest już w zbiorze. Kolejkę zobaczysz poleceniem { $prefix }tool review.
knowledge-reject_needs_reason = Po identyfikatorze podaj powód; osoba, która zaproponowała narzędzie, go pozna, np. { $prefix }tool reject { $id } jest już w zbiorze.
knowledge-reject_not_pending = [{ $id }] ma status „{ $status ->
    [published] opublikowane
    [pending] czeka na przegląd
    [rejected] odrzucone
    [archived] zarchiwizowane
   *[other] { $status }
}” i nie czeka na przegląd; odrzucić można tylko propozycje (opublikowane narzędzia się archiwizuje).
knowledge-rejected = Odrzucono: { $title } [{ $id }].
knowledge-rejected_told = Odrzucono: { $title } [{ $id }]. Osoba, która je zaproponowała, dostała uzasadnienie w wiadomości prywatnej.
knowledge-rejected_dm = Dziękuję za propozycję „{ $title }” ({ $url }). Koordynacja zdecydowała, że nie zostanie ona dodana: { $reason }
knowledge-already_published = [{ $id }] jest już opublikowane.
knowledge-already_rejected = [{ $id }] jest już odrzucone.
knowledge-already_archived = [{ $id }] jest już zarchiwizowane.
knowledge-edit_form = Zapisz zmianę jako ID POLE: WARTOŚĆ, np. { $prefix }tool edit epale languages: en, de, pl
knowledge-edit_unchanged = Nic się nie zmieniło: [{ $id }] ma już tę wartość w polu { $field }.
knowledge-edited = Zaktualizowano { $title } [{ $id }]:
knowledge-archived = Zarchiwizowano: { $title } [{ $id }] nie pojawia się już w wynikach wyszukiwania ({ $prefix }tool approve { $id } je przywróci).
knowledge-gaps_empty = Jak dotąd żadne wyszukiwanie nie zakończyło się bez wyników.
knowledge-gaps_head = Najczęstsze wyszukiwania bez wyników (anonimowo: tylko słowa i liczby):
knowledge-gaps_line = { $count ->
    [one] { $count } raz, ostatnio { $date }
    [few] { $count } razy, ostatnio { $date }
    [many] { $count } razy, ostatnio { $date }
   *[other] { $count } razy, ostatnio { $date }
}
knowledge-privacy_what = Baza wiedzy: narzędzia, które proponujesz lub przeglądasz, są powiązane z tobą, dopóki nie poprosisz o usunięcie danych (narzędzia zostają, ale bez twojego imienia); wyszukiwania bez wyników są liczone tylko według słów, nigdy według tego, kto pytał. Liczba wyszukiwań każdego dnia jest zapisywana tylko jako liczba.
knowledge-cli_bad_lang = nieznany kod języka „{ $value }” (użyj ISO 639-1, np. pl)
knowledge-cli_bad_country = nieznany kod kraju „{ $value }” (użyj ISO 3166-1, np. PL, albo EU)
knowledge-cli_nothing = nic nie znaleziono
knowledge-cli_nothing_did_you_mean = nic nie znaleziono; czy chodziło ci o: { $options }
knowledge-cli_importing = importowanie
knowledge-cli_import_done = przeczytano { $rows ->
    [one] { $rows } wiersz
    [few] { $rows } wiersze
    [many] { $rows } wierszy
   *[other] { $rows } wiersza
}: utworzono { $created }, zaktualizowano { $updated }, bez zmian { $unchanged }, pominięto { $skipped }
knowledge-cli_import_dry_run = próba bez zapisu: przeczytano { $rows ->
    [one] { $rows } wiersz
    [few] { $rows } wiersze
    [many] { $rows } wierszy
   *[other] { $rows } wiersza
}: do utworzenia { $created }, do aktualizacji { $updated }, bez zmian { $unchanged }, pominięto { $skipped }
knowledge-cli_problems_head = wiersz  pole            problem
knowledge-cli_exported = wyeksportowano { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
} do { $path }
knowledge-problem-required = pole wymagane
knowledge-problem-too_long = ma ponad { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}
knowledge-problem-not_single_text = musi być pojedynczym tekstem, nie listą
knowledge-problem-not_text = musi być tekstem, nie { $kind } (ujmij w cudzysłów w YAML lub JSON)
knowledge-problem-not_text_bool = musi być tekstem, nie true/false (ujmij w cudzysłów w YAML lub JSON)
knowledge-problem-not_text_number = musi być tekstem, nie liczbą (ujmij w cudzysłów w YAML lub JSON)
knowledge-problem-id_not_text = musi być tekstem, np. „mentoring-guide” (ujmij w cudzysłów w YAML)
knowledge-problem-id_form = musi mieć 2–63 znaki: małe litery, cyfry lub łączniki, i zaczynać się od litery lub cyfry
knowledge-problem-url_form = musi być pełnym linkiem http(s), np. https://example.org/strona
knowledge-problem-url_spaces = nie może zawierać spacji
knowledge-problem-unknown_type = nieznany typ „{ $value }” (dostępne: { $types })
knowledge-problem-unknown_target_group = nieznana grupa docelowa „{ $value }” (dostępne: { $groups })
knowledge-problem-item_not_text = element { $item } nie jest tekstem (ujmij w cudzysłów w YAML lub JSON)
knowledge-problem-item_semicolon = element „{ $item }” nie może zawierać „;”
knowledge-problem-not_list = musi być listą albo tekstem rozdzielonym znakiem „;”
knowledge-problem-too_many_items = ponad { $limit ->
    [one] { $limit } element
    [few] { $limit } elementy
    [many] { $limit } elementów
   *[other] { $limit } elementu
}
knowledge-problem-item_too_long = jeden z elementów ma ponad { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}
knowledge-problem-code_hint = „{ $value }” zapisuje się w { $standard } jako { $code }
knowledge-problem-unknown_code = nieznany kod { $standard } „{ $value }”
knowledge-problem-year_form = musi być rokiem, np. 2021
knowledge-problem-year_range = musi być między { $low } a { $high }
knowledge-problem-extra_cells = więcej komórek niż kolumn
knowledge-problem-not_mapping = wpis nie jest zestawem pól
knowledge-problem-unknown_field = nieznane pole
knowledge-problem-repeats_row = powtarza wiersz { $row }
knowledge-problem-same_entry = ten sam wpis co w wierszu { $row }
knowledge-problem-url_taken = już używany przez wpis „{ $id }”
knowledge-problem-not_a_field = to nie jest pole wpisu (pola: { $fields })
knowledge-file-unknown_type = { $name }: nieznany typ pliku „{ $suffix }”; użyj .csv, .json lub .yaml
knowledge-file-too_large = { $name }: większy niż { $mib } MiB
knowledge-file-unreadable = { $name }: nie można odczytać: { $reason }
knowledge-file-unwritable = { $name }: nie można zapisać: { $reason }
knowledge-file-bad_syntax = { $name }: niepoprawny { $kind }: { $reason }
knowledge-file-not_a_list = { $name }: oczekiwano listy wpisów
knowledge-file-unknown_columns = { $name }: nieznane kolumny { $columns }; dostępne kolumny to { $known }
knowledge-file-no_title_column = { $name }: nagłówek musi zawierać kolumnę „title”
knowledge-file-repeated_column = { $name }: jedna z kolumn występuje w nagłówku dwa razy
knowledge-f_title = Tytuł
knowledge-f_summary = Opis
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-privacy_searches = Wyszukiwania dla !more: tam, gdzie repliki odpowiadają na zmianę, twoje ostatnie wyszukiwanie w każdym pokoju jest przechowywane przez godzinę, żeby następna strona przyszła bez względu na to, która replika odpowiada.
