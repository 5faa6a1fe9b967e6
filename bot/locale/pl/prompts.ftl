# prompts: polski (forma zwracania się: ty)

prompts-thread_title = Pytanie do dyskusji { $id }
prompts-scheduled =
    Zaplanowano pytanie { $id }: { $when }.
    Następna publikacja: { $next }, w: { $targets }.
    Podgląd: { $prefix }prompt show { $id }; kolejne terminy: { $prefix }prompt preview { $id }.
prompts-edited = Zmieniono pytanie { $id }:
prompts-edited_schedule = Harmonogram: { $when }. Następna publikacja: { $next }.
prompts-edited_rooms = Pokoje: { $targets }.
prompts-edited_text = Treść: { $text }
prompts-skipped = Następna publikacja pytania { $id } ({ $when }) zostanie pominięta.
prompts-skip_kept = Pominięta publikacja ({ $when }) nadal jest w harmonogramie i pozostaje pominięta.
prompts-skip_kept_many = Pominięte publikacje ({ $when }) nadal są w harmonogramie i pozostają pominięte.
prompts-skip_cleared = Pominiętej publikacji ({ $when }) nie ma już w harmonogramie, więc pominięcie zostało skasowane.
prompts-skip_cleared_many = Pominiętych publikacji ({ $when }) nie ma już w harmonogramie, więc pominięcia zostały skasowane.
prompts-show =
    Pytanie { $id } – { $status }
    Kiedy: { $when }
    Następna publikacja: { $next }
    Pokoje: { $targets }
    Autor: { $author }
    Opublikowane: { $sent }, przegapione: { $missed }, pominięte: { $skipped }.
    Treść:
    { $text }
prompts-privacy_what = Pytania do dyskusji: przy pytaniach i cyklach koordynatorów widać, kto je utworzył; w wątku pytania bot liczy, kto odpowiedział, dopóki nie opublikuje podsumowania udziału, a potem zachowuje tylko liczby – nigdy treść wypowiedzi.
prompts-done-pause = Pytanie { $id } zostało wstrzymane.
prompts-done-resume = Pytanie { $id } znowu jest aktywne; to, co przypadało w czasie przerwy, nie zostanie opublikowane.
prompts-done-cancel = Pytanie { $id } zostało anulowane.
prompts-skip_ends-skipped = To była jego jedyna publikacja, więc pytanie { $id } jest teraz pominięte: nie zostanie opublikowane.
prompts-skip_ends-finished = To była jego ostatnia publikacja, więc pytanie { $id } jest teraz zakończone.
prompts-status-active = aktywne
prompts-status-paused = wstrzymane
prompts-status-cancelled = anulowane
prompts-status-finished = zakończone
prompts-status-skipped = pominięte
prompts-list-header = Pytania do dyskusji (ID, status, następna publikacja, treść):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[cykl { $id }]
prompts-list-empty = Brak aktywnych lub wstrzymanych pytań. Zaplanuj pytanie poleceniem { $prefix }prompt schedule.
prompts-preview-header = { $count ->
    [one] Najbliższa publikacja pytania { $id } ({ $tz }):
    [few] Najbliższe { $count } publikacje pytania { $id } ({ $tz }):
    [many] Najbliższych { $count } publikacji pytania { $id } ({ $tz }):
   *[other] Najbliższe publikacje pytania { $id } ({ $count }; { $tz }):
}
prompts-preview-none = Pytanie { $id } nie ma zaplanowanych publikacji (status: { $status }).
prompts-targets-empty = Opcja in: nie wskazuje żadnego pokoju.
prompts-targets-too_many = { $limit ->
    [one] Pytanie może trafić najwyżej do { $limit } pokoju.
    [few] Pytanie może trafić najwyżej do { $limit } pokoi.
    [many] Pytanie może trafić najwyżej do { $limit } pokoi.
   *[other] Pytanie może trafić najwyżej do { $limit } pokoju.
}
prompts-targets-bad_room = `{ $room }` to nie jest pokój, w którym mogę publikować.
prompts-targets-hint = Na przykład `in: #peer-learning`, `in: #general, #mentors` albo `in: matrix:!abc:example.org`.
prompts-targets-needed = W wiadomości prywatnej napisz, gdzie ma trafić pytanie: in: #pokój.
prompts-targets-unknown_platform = `{ $platform }:` to nieznana mi platforma; mogę publikować na: { $platforms }.
prompts-targets-not_yours = Nie możesz publikować w { $rooms }: rola koordynatora z serwera lub pokoju liczy się tylko na serwerach i w pokojach, dla których ten bot jest skonfigurowany.
prompts-targets-not_yours_hint = Wybierz pokój spośród nich (pokój Matrix podaj przez jego ID, !…:serwer) albo poproś administratora bota, żeby dodał go w bot.toml ([permissions] discord_guilds, matrix_rooms) lub sam zaplanował pytanie.
prompts-targets-not_connected = Uwaga: ten bot nie jest połączony z { $platforms } (działa na: { $connected }), więc publikacje w { $rooms } nie powiodą się, dopóki ta platforma nie zostanie skonfigurowana w bot.toml ([bot] adapters i dane logowania).
prompts-targets-network_channel = Bez in: używany jest kanał z pytaniami do dyskusji sieci { $network }; inne pokoje podaj przez in: #pokój.
prompts-error-bad_id = `{ $id }` nie jest identyfikatorem; identyfikatory to liczby.
prompts-error-id_missing_prompt = Podaj identyfikator pytania, np. { $example }.
prompts-error-id_missing_series = Podaj identyfikator cyklu, np. { $example }.
prompts-error-not_found = Nie ma pytania { $id }.
prompts-error-text_missing = Brakuje opcji { $option }: albo jest pusta.
prompts-error-text_too_long = Opcja { $option }: jest za długa (najwyżej { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}).
prompts-error-already = Pytanie { $id } ma już status „{ $status }”.
prompts-error-cannot_pause = Pytanie { $id } ma status „{ $status }”, więc nie można go wstrzymać.
prompts-error-cannot_resume = Pytanie { $id } ma status „{ $status }”; wznowić można tylko wstrzymane pytanie.
prompts-error-cannot_cancel = Pytanie { $id } ma status „{ $status }”; nie zostało z niego nic do anulowania.
prompts-error-cannot_edit = Pytanie { $id } ma status „{ $status }” i nie można go już zmienić.
prompts-error-cannot_skip = Pytanie { $id } ma status „{ $status }”, więc nie ma najbliższej publikacji do pominięcia.
prompts-error-series_part = ID { $id } to { $part } cyklu { $series }, a nie osobne pytanie. Podgląd: { $show }; zmiana lub usunięcie: { $edit }: … (none je usuwa).
prompts-error-text_not_last = Opcja { $option }: wystąpiła po text:, więc stała się częścią treści. text: obejmuje resztę wiersza: umieść tę opcję na końcu.
prompts-error-missing_colon = Opcje wymagają dwukropka: napisz `{ $option }: …`, a nie `{ $option } …`.
prompts-error-stray_text = Nie wiem, co zrobić z `{ $text }`: opcje wyglądają tak: `nazwa: wartość` i oddziela się je znakiem `;`.
prompts-error-nothing_to_skip = Pytanie { $id } nie ma najbliższej publikacji do pominięcia.
prompts-error-edit_nothing = Napisz, co zmienić: in:, at:, cron:, every:, tz:, start:, end: albo text:.
prompts-notice-missed = Pytanie { $id } („{ $text }”) miało zostać opublikowane { $count ->
    [one] { $count } raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } razy
}, gdy bot był offline (od { $first } do { $last }), i nie zostało opublikowane.
prompts-notice-missed_one = Pytanie { $id } („{ $text }”) miało zostać opublikowane { $first }, gdy bot był offline – to zbyt dawno, by publikować je teraz; nie zostało opublikowane.
prompts-notice-stale_one = Pytanie { $id } („{ $text }”) było właśnie publikowane { $first }, gdy bot został zatrzymany; mogło nie dotrzeć, a na ponowną próbę jest już za późno.
prompts-notice-failed_one = Nie udało się opublikować pytania { $id } („{ $text }”) { $first }: platforma nie przyjęła go mimo kilku prób.
prompts-notice-stale = Pytanie { $id } („{ $text }”) było właśnie publikowane ({ $count ->
    [one] { $count } raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } razy
}, od { $first } do { $last }), gdy bot został zatrzymany; te publikacje mogły nie dotrzeć, a na ponowną próbę jest już za późno.
prompts-notice-failed = Nie udało się opublikować pytania { $id } („{ $text }”) { $count ->
    [one] { $count } raz
    [few] { $count } razy
    [many] { $count } razy
   *[other] { $count } razy
} (od { $first } do { $last }): platforma nie przyjęła go mimo kilku prób.
prompts-summary-text = Udział: { $people ->
    [one] { $people } osoba
    [few] { $people } osoby
    [many] { $people } osób
   *[other] { $people } osoby
}, { $replies ->
    [one] { $replies } odpowiedź
    [few] { $replies } odpowiedzi
    [many] { $replies } odpowiedzi
   *[other] { $replies } odpowiedzi
}. Dzięki za udział!
prompts-summary-none = W tym wątku nie ma jeszcze odpowiedzi. Pozostaje otwarty na twoje przemyślenia.
prompts-series-created = Utworzono cykl { $id } „{ $title }” dla { $targets }. Dodawaj pytania poleceniem { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Pytanie { $prompt } dodano do cyklu { $id }; publikacja: { $when }. { $show } pokazuje cykl w kolejności.
prompts-series-not_found = Nie ma cyklu { $id }.
prompts-series-not_active = Cykl { $id } ma status „{ $status }” i nie można go już zmienić.
prompts-series-already = Cykl { $id } ma już status „{ $status }”.
prompts-series-once_only = Pytanie z cyklu { $id } publikuje się raz: podaj datę i godzinę w at:, a nie powtarzający się harmonogram.
prompts-series-edit_nothing = Napisz, co zmienić: title:, opening: albo closing: (none usuwa otwarcie lub zamknięcie).
prompts-series-opening_gone = Cykl { $id } został już otwarty; jego otwarcia nie można już zmienić.
prompts-series-changed_title = tytuł „{ $title }”
prompts-series-changed_bookend = nowe { $part }
prompts-series-dropped_bookend = usunięto { $part }
prompts-series-edited = Zmieniono cykl { $id }: { $changes }. Podgląd: { $prefix }series show { $id }.
prompts-series-show_footer = Tytuł, otwarcie lub zamknięcie zmienisz poleceniem { $prefix }series edit { $id } opening: …; closing: … (none usuwa jedno z nich).
prompts-series-emptied = Cykl { $id } nie ma już pytań do opublikowania, więc jego otwarcie i zamknięcie też zostały anulowane; wrócą, gdy dodasz pytanie.
prompts-series-title_missing = Cykl potrzebuje tytułu: title: …
prompts-series-at_missing = Napisz, kiedy pytanie ma zostać opublikowane: at: 2026-12-01 09:00.
prompts-series-before_opening = Cykl { $id } został już otwarty; nowe pytania muszą być po jego otwarciu.
prompts-series-show =
    Cykl { $id } „{ $title }” – { $status }
    Pokoje: { $targets } · strefa czasowa { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = pytanie { $id }
prompts-series-opening = otwarcie
prompts-series-closing = zamknięcie
prompts-series-empty = Brak pytań: { $prefix }series add { $id } at: …; text: …
prompts-series-cancelled = Cykl { $id } został anulowany ({ $count ->
    [one] anulowano { $count } zaplanowaną publikację
    [few] anulowano { $count } zaplanowane publikacje
    [many] anulowano { $count } zaplanowanych publikacji
   *[other] anulowano { $count } zaplanowanej publikacji
}).
prompts-series-cancelled_one = Cykl { $id } został anulowany (anulowano 1 zaplanowaną publikację).
prompts-series-list_header = Cykle (ID, status, tytuł):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = Nie ma jeszcze cykli. Utwórz cykl poleceniem { $prefix }series create title: …
prompts-cancel_ask = To na zawsze anuluje pytanie: nie zostanie już nigdy opublikowane (jeśli chcesz tylko przerwy, wstrzymaj je). Jeśli chcesz kontynuować, wyślij { $command }.
prompts-series-cancel_ask = To anuluje cykl i wszystkie jego jeszcze nieopublikowane pytania; tego nie da się cofnąć. Jeśli chcesz kontynuować, wyślij { $command }.
