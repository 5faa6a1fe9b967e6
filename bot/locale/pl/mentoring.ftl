# mentoring: polski (forma zwracania się: ty)

mentoring-privacy_what = Mentoring: jeśli zgłosisz się jako mentor lub ekspert – twój profil (tematy, języki, kraj, branża, liczba miejsc, opis), żeby można było dobierać do ciebie trenerów; jeśli szukasz mentora – twoje zgłoszenie i propozycje z nim związane; oceny, które wystawiasz. Zgłoszenia są anonimizowane jakiś czas po zamknięciu.
mentoring-consent =
    Zanim dołączysz jako { $kind ->
        [expert] ekspert
       *[mentor] mentor
    }, przeczytaj, co to oznacza:
    • Co zapisujemy: twoją nazwę na czacie i identyfikator konta oraz profil, który tu podasz (tematy, języki, kraj, branża, liczba miejsc, opis).
    • Kto to widzi: { $name } używa tych danych, żeby wybrać, kogo zapytać. Trenerzy nigdy nie widzą twojego profilu; gdy dostaniesz propozycję, zobaczysz tylko opis potrzeby. Twoje imię i konto trafią do trenera dopiero wtedy, gdy przyjmiesz jego zgłoszenie.
    • Rezygnacja: w każdej chwili możesz zrobić przerwę albo odejść i usunąć profil ({ $prefix }{ $kind } leave); { $prefix }mydata pokazuje wszystko, co zapisano, a { $prefix }forgetme to usuwa.
mentoring-consent_how = Aby wyrazić zgodę, wyślij to samo polecenie z „consent: yes” (albo użyj przycisku): { $command }
mentoring-consent_button = Zgadzam się, dołączam
mentoring-consent_declined = W porządku, nie dołączasz jako { $kind ->
    [expert] ekspert
   *[mentor] mentor
}; nic nie zostało zapisane.
mentoring-already_joined = Masz już profil { $kind ->
    [expert] eksperta
   *[mentor] mentora
}. Zmienisz go poleceniem { $command }.
mentoring-not_joined = Nie masz profilu { $kind ->
    [expert] eksperta
   *[mentor] mentora
}. Dołącz poleceniem { $command }.
mentoring-not_paused = Twój profil { $kind ->
    [expert] eksperta
   *[mentor] mentora
} nie jest wstrzymany, więc nie ma czego wznawiać; wstrzymasz go poleceniem { $command }.
mentoring-positional_unexpected = „{ $text }” nie pasuje w tym miejscu; pola profilu wyglądają tak: „topics: …”.
mentoring-update_nothing = Nie ma czego zmienić: podaj co najmniej jedno pole, np. „capacity: 3” albo „languages: pl, en”.
mentoring-languages_assumed = Nie podano języków, więc ustawiono { $language } (język, w którym piszesz). Zmienisz to poleceniem { $command }
mentoring-joined = Witaj! Jesteś teraz w gronie { $kind ->
    [expert] ekspertów
   *[mentor] mentorów
}. Propozycje będę wysyłać w wiadomościach prywatnych; przerwa: { $prefix }{ $kind } pause, rezygnacja: { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = Możesz też ocenić własne obszary poleceniem { $command }: gdy ktoś szuka mentora na podstawie swojego planu rozwoju, najpierw pytamy mentorów, którzy ocenili się w tym obszarze wysoko.
mentoring-updated = Twój profil { $kind ->
    [expert] eksperta
   *[mentor] mentora
} został zaktualizowany.
mentoring-me = Twój profil { $kind ->
    [expert] eksperta
   *[mentor] mentora
}:
mentoring-me_none = Nie masz jeszcze profilu { $kind ->
    [expert] eksperta
   *[mentor] mentora
}. Dołącz poleceniem { $command }.
mentoring-paused = Wstrzymano: nie dostaniesz nowych propozycji jako { $kind ->
    [expert] ekspert
   *[mentor] mentor
}, dopóki nie wyślesz { $command }. Propozycje, które już masz, pozostają otwarte.
mentoring-paused_until = Wstrzymano do { $until }: do tego czasu nie dostaniesz nowych propozycji jako { $kind ->
    [expert] ekspert
   *[mentor] mentor
} ({ $command }, jeśli chcesz wrócić wcześniej).
mentoring-resumed = Witaj z powrotem: znowu możesz dostawać propozycje jako { $kind ->
    [expert] ekspert
   *[mentor] mentor
}.
mentoring-left = Twój profil { $kind ->
    [expert] eksperta
   *[mentor] mentora
} został usunięty. Wycofane propozycje: { $withdrawn }. Dziękuję za pomoc!
mentoring-state_active = aktywny
mentoring-state_paused = wstrzymany
mentoring-state_paused_until = wstrzymany do { $until }
mentoring-profile_summary =
    {"  "}Tematy: { $topics }
    {"  "}Języki: { $languages } · Kraj: { $country } · Branża: { $sector }
    {"  "}Liczba miejsc: { $capacity } (zajęte: { $used }) · Status: { $state }
    {"  "}Opis: { $bio }
mentoring-request_proposed = Zgłoszenie #{ $id } zapisane. Zapytano pasującego { $kind ->
    [expert] eksperta
   *[mentor] mentora
}; na odpowiedź ma { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
}, a gdy ktoś przyjmie zgłoszenie, dostaniesz wiadomość prywatną. { $status } pokazuje, na jakim etapie jest sprawa.
mentoring-request_waiting = Zgłoszenie #{ $id } zapisane, ale teraz nie pasuje do niego żaden { $kind ->
    [expert] ekspert
   *[mentor] mentor
}. Pozostaje otwarte: zapytam nowych { $kind ->
    [expert] ekspertów
   *[mentor] mentorów
}, gdy tylko dołączą. { $cancel } je wycofuje.
mentoring-too_many_open = { $limit ->
    [one] Masz już { $limit } otwarte zgłoszenie; zobacz { $command } i najpierw je wycofaj.
    [few] Masz już { $limit } otwarte zgłoszenia; zobacz { $command } i najpierw wycofaj jedno z nich.
    [many] Masz już { $limit } otwartych zgłoszeń; zobacz { $command } i najpierw wycofaj jedno z nich.
   *[other] Masz już { $limit } otwartego zgłoszenia; zobacz { $command } i najpierw wycofaj jedno z nich.
}
mentoring-request_duplicate = Masz już otwarte zgłoszenie #{ $id } w tej sprawie („{ $need }”). { $status } pokazuje, na jakim jest etapie; { $cancel } je wycofuje, jeśli chcesz zapytać inaczej.
mentoring-proposal =
    Trener szuka { $kind ->
        [expert] eksperta
       *[mentor] mentora
    } (propozycja #{ $id }):
    „{ $need }”
    Oczekiwania: { $asked }
    Możesz pomóc? Odpowiedz do { $deadline }: { $accept } albo { $decline }. Imię trenera poznasz tylko wtedy, gdy się zgodzisz.
mentoring-proposal_why = Dlaczego ty: { $reasons }
mentoring-button_accept = Przyjmuję
mentoring-button_decline = Odrzucam
mentoring-accepted = Dziękuję! Propozycja #{ $id } przyjęta; w wiadomościach prywatnych przedstawiono was sobie nawzajem.
mentoring-declined = Dzięki za informację; propozycja #{ $id } odrzucona, zapytano już kogoś innego.
mentoring-declined_nobody_left = Dzięki za informację; propozycja #{ $id } odrzucona. Nie ma teraz nikogo innego, kogo można zapytać, więc zgłoszenie czeka na nowych { $kind ->
    [expert] ekspertów
   *[mentor] mentorów
}; trener o tym wie.
mentoring-expired_to_mentor = Propozycja #{ $id } wygasła bez odpowiedzi, więc zapytano kogoś innego. Nic się nie stało.
mentoring-expired_to_mentor_last = Propozycja #{ $id } wygasła bez odpowiedzi. Nic się nie stało: zgłoszenie czeka na nowych mentorów lub ekspertów.
mentoring-withdrawn_to_mentor = Zgłoszenie, którego dotyczyła propozycja #{ $id }, zostało wycofane; nie musisz nic robić.
mentoring-intro_requester = Dobra wiadomość: twoje zgłoszenie #{ $id } („{ $need }”) przyjął { $kind ->
    [expert] ekspert
   *[mentor] mentor
}. Poznaj { $other } i przywitaj się w wiadomości prywatnej. Potem daj znać, jak poszło: { $feedback }
mentoring-intro_mentor = Dziękuję za przyjęcie propozycji #{ $id } („{ $need }”). Osoba, którą wspierasz, to { $other }; wie już o tobie. Później możesz to ocenić: { $feedback }; { $end } zwolni twoje miejsce, gdy skończycie.
mentoring-exhausted = Przykro mi: w sprawie twojego zgłoszenia #{ $id } zapytano { $tries ->
    [one] { $tries } { $kind ->
        [expert] eksperta
       *[mentor] mentora
    }
    [few] { $tries } { $kind ->
        [expert] ekspertów
       *[mentor] mentorów
    }
    [many] { $tries } { $kind ->
        [expert] ekspertów
       *[mentor] mentorów
    }
   *[other] { $tries } { $kind ->
        [expert] eksperta
       *[mentor] mentora
    }
} i nikt nie może się teraz tym zająć. Zgłoszenie pozostaje otwarte: zapytam nowych { $kind ->
    [expert] ekspertów
   *[mentor] mentorów
}, gdy tylko dołączą.
mentoring-exhausted_told = Koordynatorzy też o tym wiedzą.
mentoring-exhausted_coordinators = Zgłoszenie #{ $id } ({ $kind ->
    [expert] ekspert
   *[mentor] mentor
}, „{ $need }”) po { $tries ->
    [one] { $tries } propozycji
    [few] { $tries } propozycjach
    [many] { $tries } propozycjach
   *[other] { $tries } propozycji
} nie znalazło nikogo; pozostaje otwarte. Zobacz { $stats }.
mentoring-proposal_unknown = Nie masz otwartej propozycji #{ $id }. { $command } pokazuje te, które czekają na twoją odpowiedź.
mentoring-proposal_was_accepted = Propozycja #{ $id } jest już przez ciebie przyjęta; nie ma na co odpowiadać. Gdy skończycie, { $end } zwolni twoje miejsce.
mentoring-proposal_was_accepted_decline = Propozycja #{ $id } jest już przez ciebie przyjęta, więc nie można jej odrzucić. Jeśli nie możesz kontynuować, zakończ parę poleceniem { $end }.
mentoring-proposal_was_declined = Propozycja #{ $id } jest już odrzucona. { $pending } pokazuje propozycje, które wciąż czekają na twoją odpowiedź.
mentoring-proposal_was_expired = Propozycja #{ $id } wygasła i trafiła do kogoś innego. { $pending } pokazuje propozycje, które wciąż czekają na twoją odpowiedź.
mentoring-accept_full = Wszystkie twoje miejsca są zajęte (liczba miejsc: { $capacity }), więc nie można dodać tej pary. Najpierw zakończ jakąś parę ({ $command } pokaże twoje), zwiększ liczbę miejsc albo odmów poleceniem { $decline }.
mentoring-proposal_was_withdrawn = Propozycja #{ $id } została wycofana; nie ma już na co odpowiadać. { $pending } pokazuje propozycje, które wciąż czekają na twoją odpowiedź.
mentoring-request_unknown = Nie masz zgłoszenia #{ $id }. { $command } pokazuje twoje zgłoszenia.
mentoring-request_was_matched = Zgłoszenie #{ $id } ma już parę (para #{ $match }), więc nie ma czego wycofywać. Parę zakończysz poleceniem { $end }.
mentoring-request_was_cancelled = Zgłoszenie #{ $id } jest już wycofane. { $status } pokazuje twoje zgłoszenia; zapytaj jeszcze raz poleceniem { $command }.
mentoring-nothing_to_cancel = Nie masz otwartego zgłoszenia do wycofania; { $command } pokazuje twoje zgłoszenia.
mentoring-cancel_which = Masz kilka otwartych zgłoszeń ({ $ids }); napisz, które: { $command }
mentoring-cancelled = Zgłoszenie #{ $id } zostało wycofane.
mentoring-id_missing = Podaj identyfikator (liczbę).
mentoring-match_unknown = Nie masz pary #{ $id }. { $command } pokazuje twoje zgłoszenia i numery ich par.
mentoring-match_not_accepted = #{ $id } nie jest jeszcze przyjętą parą, więc nie można jej ocenić ani zakończyć; będzie to możliwe, gdy mentor przyjmie propozycję. { $command } pokazuje, na jakim etapie są twoje zgłoszenia.
mentoring-match_ended_already = Para #{ $id } jest już zakończona. Nadal możesz ją ocenić: { $command }.
mentoring-feedback_missing = Podaj numer pary i ocenę od 1 do 5.
mentoring-feedback_saved = Dziękuję! Twoja ocena { $rating }/5 dla pary #{ $id } została zapisana.
mentoring-feedback_replaced = Twoja ocena pary #{ $id } to teraz { $rating }/5.
mentoring-ended = Para #{ $id } została zakończona; dziękuję. Oceń ją poleceniem { $command }.
mentoring-pending_none = Żadne propozycje nie czekają na twoją odpowiedź.
mentoring-pending_header = Propozycje czekające na twoją odpowiedź ({ $count }):
mentoring-pending_item = {"  "}Propozycja #{ $id } ({ $kind ->
    [expert] ekspert
   *[mentor] mentor
}, odpowiedź do { $deadline }): „{ $need }” – { $accept } / { $decline }
mentoring-status_none = Nie masz żadnych zgłoszeń. Poproś o mentora poleceniem { $command }.
mentoring-status_header = Twoje zgłoszenia (wycofujesz je numerem zgłoszenia; oceniasz lub kończysz parę numerem pary):
mentoring-status_item = {"  "}Zgłoszenie #{ $id } ({ $kind ->
    [expert] ekspert
   *[mentor] mentor
}) „{ $need }”: { $state }
mentoring-status_matched = w parze z { $name }: oceń poleceniem { $feedback }, zakończ poleceniem { $end }
mentoring-status_matched_gone = dobrano parę (druga osoba usunęła już swoje dane)
mentoring-status_proposed = czeka na odpowiedź { $nth } zapytanego { $kind ->
    [expert] eksperta
   *[mentor] mentora
} (do { $until }); { $cancel } wycofuje zgłoszenie
mentoring-status_proposed_unsent = { $nth } zapytany { $kind ->
    [expert] ekspert
   *[mentor] mentor
} dostanie propozycję w ciągu kilku minut; { $cancel } wycofuje zgłoszenie
mentoring-status_open = otwarte, żaden { $kind ->
    [expert] ekspert
   *[mentor] mentor
} jeszcze nie pasuje (dotąd { $tries ->
    [one] zapytano { $tries } osobę
    [few] zapytano { $tries } osoby
    [many] zapytano { $tries } osób
   *[other] zapytano { $tries } osoby
}); { $cancel } wycofuje zgłoszenie
mentoring-status_cancelled = wycofane
mentoring-status_pending = Propozycje czekające na twoją odpowiedź: { $ids } (numery propozycji: { $accept } albo { $decline }; { $command } je pokazuje).
mentoring-stats_requests = Zgłoszenia: otwarte { $open }{ $waiting }, z propozycją { $proposed }, z parą { $matched }, wycofane { $cancelled }.
mentoring-stats_exhausted = {" "}(w tym { $count ->
    [one] { $count } zgłoszenie, dla którego zapytano już wszystkich pasujących kandydatów; czeka ono
    [few] { $count } zgłoszenia, dla których zapytano już wszystkich pasujących kandydatów; czekają one
    [many] { $count } zgłoszeń, dla których zapytano już wszystkich pasujących kandydatów; czekają one
   *[other] { $count } zgłoszenia, dla których zapytano już wszystkich pasujących kandydatów; czekają one
} na nowych mentorów lub ekspertów)
mentoring-stats_proposals = Propozycje: oczekujące { $pending }, przyjęte { $accepted }, odrzucone { $declined }, wygasłe { $expired }, wycofane { $withdrawn }.
mentoring-stats_median = Mediana czasu do utworzenia pary: { $hours } godz.
mentoring-stats_median_none = Mediana czasu do utworzenia pary: jeszcze nie ma par.
mentoring-stats_load_header = Obciążenie mentorów/ekspertów ({ $count }; zajęte/liczba miejsc):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] ekspert
   *[mentor] mentor
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Dobieranie zbiorcze: otwarte zgłoszenia: { $open }, wysłane propozycje: { $proposed }, bez pasującego kandydata: { $unmatched }.
mentoring-cli_run_result = Dobieranie zbiorcze: otwarte zgłoszenia: { $open }, utworzone propozycje: { $proposed }, bez pasującego kandydata: { $unmatched }. Działający bot dostarczy propozycje w ciągu { $minutes ->
    [one] { $minutes } minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
} (albo przy następnym uruchomieniu).
mentoring-ended_by_other = Para #{ $id } została zakończona przez { $name }; dziękuję za wspólny czas. Nadal możesz ją ocenić: { $command }.
mentoring-ended_by_erasure = Para #{ $id } została zakończona: druga osoba poprosiła bota o usunięcie swoich danych. Dziękuję za wspólny czas; nadal możesz ocenić tę parę: { $command }.
mentoring-ordinal-n1 = { $n }.
mentoring-ordinal-n2 = { $n }.
mentoring-ordinal-n3 = { $n }.
mentoring-ordinal-other = { $n }.
mentoring-reason-topic = tematy: { $detail }
mentoring-reason-bio = twój opis: { $detail }
mentoring-reason-language = język: { $detail }
mentoring-reason-country = kraj: { $detail }
mentoring-reason-sector = branża: { $detail }
mentoring-asked-languages = język { $value }
mentoring-asked-country = kraj { $value }
mentoring-asked-sector = branża { $value }
mentoring-asked-nothing = bez preferencji
mentoring-field-topic_long = Każdy temat może mieć najwyżej { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}; tematy oddzielaj przecinkami.
mentoring-field-topics_missing = Podaj swoje tematy, np. „topics: organizacja praktyk zawodowych, egzaminy”.
mentoring-field-topics_many = Podaj najwyżej { $limit ->
    [one] { $limit } temat
    [few] { $limit } tematy
    [many] { $limit } tematów
   *[other] { $limit } tematu
}, oddzielając je przecinkami.
mentoring-field-language_bad = „{ $value }” nie jest kodem języka ISO 639-1; użyj dwuliterowych kodów, np. pl, en, de, oddzielonych przecinkami (np. „pl, en”).
mentoring-field-languages_missing = Podaj co najmniej jeden kod języka, np. „languages: pl, en”.
mentoring-field-languages_many = Podaj najwyżej { $limit ->
    [one] { $limit } język
    [few] { $limit } języki
    [many] { $limit } języków
   *[other] { $limit } języka
}.
mentoring-field-country_bad = „{ $value }” nie jest kodem kraju ISO 3166-1; użyj kodu dwuliterowego, np. PL, DE, IT.
mentoring-field-country_hint = „{ $value }” nie jest kodem kraju ISO 3166-1; użyj zamiast tego { $code }.
mentoring-field-sector_missing = Podaj branżę, np. „sector: budownictwo”.
mentoring-field-sector_long = Nazwa branży może mieć najwyżej { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}.
mentoring-field-capacity_bad = Liczba miejsc musi być liczbą całkowitą od 1 do { $max } (podano: „{ $value }”).
mentoring-field-bio_long = Twój opis ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}; skróć go do { $limit }.
mentoring-field-consent_bad = Zgodę wyrażasz przez „consent: yes” (albo „no”).
mentoring-field-cross_border_bad = Udział ponad granicami ustawiasz przez „cross_border: yes” (wtedy trenerzy z innych sieci mogą cię poprosić o pomoc w twoich językach) albo „no”, a nie „{ $value }”.
mentoring-field-need_missing = Napisz, w czym potrzebujesz pomocy, np. !match przygotowanie egzaminów praktycznych w firmie.
mentoring-field-need_long = Twoje zgłoszenie ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}; skróć je do { $limit }.
mentoring-field-kind_bad = „{ $value }” nie jest poprawnym rodzajem; użyj „kind: mentor” albo „kind: expert”.
mentoring-field-until_bad = „{ $value }” nie jest datą; użyj formatu RRRR-MM-DD.
mentoring-field-until_range = Data musi być w przyszłości, najwyżej { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} naprzód; użyj formatu RRRR-MM-DD, np. until: 2027-01-15.
mentoring-field-id_bad = „{ $value }” nie jest identyfikatorem; identyfikatory to liczby, np. 12.
mentoring-field-rating_bad = Ocena musi być liczbą całkowitą od 1 do 5 (podano: „{ $value }”).
mentoring-field-comment_long = Komentarz może mieć najwyżej { $limit ->
    [one] { $limit } znak
    [few] { $limit } znaki
    [many] { $limit } znaków
   *[other] { $limit } znaku
}.
mentoring-match_number_ambiguous = #{ $id } to zarówno jedno z twoich zgłoszeń, jak i przyjęta przez ciebie propozycja, więc nie wiem, o którą parę chodzi. { $status } pokazuje twoje zgłoszenia, a { $pending } – otrzymane propozycje.
mentoring-status_ended = zakończona; oceń poleceniem { $feedback }
mentoring-status_ended_rated = zakończona, ocena { $rating }/5 (zmienisz ją poleceniem { $feedback })
mentoring-leave_ask = To na zawsze usunie twój profil; propozycje czekające na twoją odpowiedź trafią do kogoś innego (jeśli chcesz tylko przerwy, użyj pause). Jeśli chcesz kontynuować, wyślij { $command }.
mentoring-cancel_ask = To wycofa twoje zgłoszenie: osoby, które już zapytano, dostaną informację, a nikt więcej nie zostanie zapytany. Jeśli chcesz kontynuować, wyślij { $command }.
