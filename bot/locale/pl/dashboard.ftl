# Panel koordynatorów w przeglądarce (!dashboard i jego strony).

dashboard-off = Panel nie jest włączony w tym bocie. Administrator włącza go ustawieniem [web] listen w bot.toml.
dashboard-link = Twój link do logowania w panelu, ważny { $minutes } minut i tylko raz: { $url }
dashboard-link_sent = Wysłałem ci link do logowania w wiadomości prywatnej.
dashboard-title = Panel vetbota
dashboard-nav_label = Strony panelu
dashboard-nav_overview = Przegląd
dashboard-nav_review = Kolejka do sprawdzenia
dashboard-nav_prompts = Kalendarz pytań
dashboard-sign_out = Wyloguj się
dashboard-refused_title = Nie da się
dashboard-forbidden = To żądanie zostało odrzucone. Wróć, odśwież stronę i spróbuj jeszcze raz.
dashboard-not_found = Nie ma takiej strony.
dashboard-no_access = Nie jesteś zalogowany albo nie koordynujesz już żadnej sieci. Poproś o nowy link poleceniem { $prefix }dashboard na czacie.
dashboard-signed_out = Wylogowano cię.
dashboard-signin_title = Logowanie
dashboard-signin_text = Zaloguj się do panelu swoich sieci linkiem, o który prosiłeś na czacie.
dashboard-signin_button = Zaloguj się
dashboard-refused_invalid = Ten link do logowania jest nieprawidłowy. Poproś o nowy poleceniem { $prefix }dashboard na czacie.
dashboard-refused_expired = Ten link do logowania wygasł. Poproś o nowy poleceniem { $prefix }dashboard na czacie.
dashboard-refused_used = Ten link do logowania został już użyty. Poproś o nowy poleceniem { $prefix }dashboard na czacie.
dashboard-refused_unknown = Ten link do logowania już nie działa, bo bot został uruchomiony ponownie. Poproś o nowy poleceniem { $prefix }dashboard na czacie.
dashboard-refused_too_many = Za dużo prób logowania. Odczekaj dziesięć minut, a potem poproś o nowy link poleceniem { $prefix }dashboard.
dashboard-overview_title = Przegląd
dashboard-overview_intro = Liczby twoich sieci od { $start } do { $end }, tak jak podają je raporty.
dashboard-fewer_note = Liczba dotycząca mniej niż 5 osób jest pokazana jako „mniej niż 5” i nie ma słupka.
dashboard-network = Sieć { $name }
dashboard-lookups = Wyszukiwania narzędzi: { $asked }, w tym bez wyników: { $empty }.
dashboard-matches_chart = Przyjęte dopasowania mentorskie w miesiącu
dashboard-prompts_chart = Osoby, które odpowiedziały, na pytanie
dashboard-gaps_chart = Najczęstsze wyszukiwania bez wyników
dashboard-month = Miesiąc
dashboard-matches = Dopasowania
dashboard-prompt = Pytanie
dashboard-people = Osoby, które odpowiedziały
dashboard-lookup = Wyszukiwanie
dashboard-times = Ile razy
dashboard-prompt_label = Pytanie nr { $id }
dashboard-table = Liczby w tabeli
dashboard-nothing_yet = W tym okresie jeszcze nic.
dashboard-fewer = mniej niż 5
dashboard-not_known = nieznane
dashboard-review_title = Kolejka do sprawdzenia
dashboard-review_empty = Żadne propozycje nie czekają na sprawdzenie.
dashboard-review_count = { $total ->
    [one] Czeka jedna propozycja.
    [few] Czekają { $total } propozycje; tu są najstarsze ({ $shown }).
    [many] Czeka { $total } propozycji; tu są najstarsze ({ $shown }).
   *[other] Czeka { $total } propozycji; tu są najstarsze ({ $shown }).
}
dashboard-similar = Podobne do: { $ids }
dashboard-suggested_by = Zaproponował(a): { $name }
dashboard-approve = Zatwierdź i opublikuj
dashboard-reject = Odrzuć
dashboard-reason = Powód (przekażemy go osobie, która to zaproponowała)
dashboard-reason_needed = Podaj powód odrzucenia: osoba, która to zaproponowała, go otrzyma.
dashboard-approved = Zatwierdzono i opublikowano: { $title } ({ $id }).
dashboard-rejected = Odrzucono: { $title } ({ $id }). Osoba, która to zaproponowała, dostanie wiadomość.
dashboard-prompts_title = Kalendarz pytań
dashboard-calendar_caption = { $days ->
    [one] Pytania na najbliższy dzień
    [few] Pytania na najbliższe { $days } dni
    [many] Pytania na najbliższe { $days } dni
   *[other] Pytania na najbliższe { $days } dnia
}
dashboard-calendar_empty = { $days ->
    [one] Na najbliższy dzień nie zaplanowano żadnego pytania.
    [few] Na najbliższe { $days } dni nie zaplanowano żadnego pytania.
    [many] Na najbliższe { $days } dni nie zaplanowano żadnego pytania.
   *[other] Na najbliższe { $days } dnia nie zaplanowano żadnego pytania.
}
dashboard-when = Kiedy
dashboard-text = Treść
