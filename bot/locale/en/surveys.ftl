# surveys: English (the reference catalog)

surveys-privacy_what = Surveys: your answers to a survey are kept with a link to you only so you answer once, can change your answers and can erase them; results show counts only, never a group of fewer than 5 people, and a free-text answer only if you agreed to share it, never with your name. Answers are deleted a while after the survey closes.
surveys-announce = 📋 New survey: “{ $title }” ({ $count ->
    [one] one question
   *[other] { $count } questions
}), anonymous, open until { $closes }. To take part, send { $command } — I'll ask you the questions by direct message.
surveys-announce_button = Take part
surveys-closed_post = The survey “{ $title }” (number { $id }) is closed. Thank you to everyone who answered!
surveys-status-planned = planned
surveys-status-open = open
surveys-status-closed = closed
surveys-status-cancelled = cancelled
surveys-fewer_than = fewer than { $min }
surveys-withheld = not shown

surveys-created = Survey { $id } “{ $title }” is saved: { $count ->
    [one] one question
   *[other] { $count } questions
}, open from { $opens } to { $closes }, announced in { $room }.
surveys-created_open = It is open now: I've announced it in the room.
surveys-created_planned = I'll announce it in the room on its first day.
surveys-not_connected = Note: this bot is not connected to { $platform } (it runs { $connected }), so the announcement in { $room } will wait until that platform is set up in bot.toml ([bot] adapters and its credentials).
surveys-list-empty = There are no surveys in your networks yet.
surveys-list-header = Surveys:
surveys-list-line = { $id }. “{ $title }” — { $status }, { $opens } to { $closes }; answered by: { $people }
surveys-show = Survey { $id } “{ $title }” — { $status }
    Open from { $opens } to { $closes }, in { $room } (network { $network })
    Answered by: { $people }
    Questions:
surveys-close_ask = This closes the survey now: nobody can answer it any more. To go ahead, send { $command }.
surveys-cancel_ask = This cancels the survey and deletes all its answers; it cannot be undone. To go ahead, send { $command }.
surveys-done_close = Survey { $id } “{ $title }” is closed.
surveys-done_cancel = Survey { $id } “{ $title }” is cancelled and its answers are deleted.

surveys-question = Survey { $id } “{ $title }” — question { $number } of { $total }:
    { $question }
surveys-ask_choice = Choose one answer:
surveys-ask_scale = Choose a number from { $low } (lowest) to { $high } (highest):
surveys-ask_text = Write your answer as your next message here (or send { $command }).
surveys-current = Your answer so far: { $answer }
surveys-share_ask = Saved. May I show this answer in the results, without your name? Only answers you agree to share are ever shown. Send { $command }, or no.
surveys-share_yes = Yes, share it
surveys-share_no = No, keep it private
surveys-shared_yes = Thank you: your answer may be shown in the results, without your name.
surveys-shared_no = Understood: your answer is counted but never shown.
surveys-all_answered = Thank you! You've answered all { $total } questions of survey { $id } “{ $title }”. You can change an answer until { $closes }, for example with { $command }.
surveys-sent_by_dm = I've sent you the questions by direct message.

surveys-results-too_few = Survey { $id } “{ $title }” ({ $status }): fewer than { $min } people have answered, so no results are shown yet. Results never show a group of fewer than { $min } people.
surveys-results-header = Results of survey { $id } “{ $title }” ({ $status }): { $count } people answered. Groups of fewer than 5 people are not shown as numbers.
surveys-results-question = { $question } — { $count } answers
surveys-results-question_few = { $question } — fewer than { $min } answers, not shown
surveys-results-average = average: { $value }
surveys-results-shared = { $count ->
    [one] one answer shared:
   *[other] { $count } answers shared:
}
surveys-results-withheld_note = Counts marked “not shown” are held back so that a group of fewer than { $min } cannot be worked out from the total.
surveys-results-shared_none = no answers shared

surveys-error-unknown = There is no survey { $id }.
surveys-error-not_open = Survey { $id } is { $status }: it cannot be answered now.
surveys-error-already = Survey { $id } is already { $status }.
surveys-error-no_question = Survey { $id } has questions 1 to { $total }, not { $number }.
surveys-error-empty_text = Your answer is empty.
surveys-error-text_too_long = Your answer is too long: at most { $limit } characters.
surveys-error-bad_answer = That is not an answer to question { $number }. Choose one of: { $choices }.
surveys-error-nothing_to_share = You have no written answer to question { $number } of survey { $id }.
surveys-error-ends_in_past = That survey would already be over: choose a last day from today on.
surveys-error-option_twice = The option { $option }: is given twice.
surveys-error-bad_date = { $option }: `{ $value }` is not a day; write it 2026-12-31 or 31.12.2026.
surveys-error-room_needed = In a direct message, say where the survey is announced with in: #room.
surveys-error-bad_room = `{ $room }` is not a room I can post to; write in: #room or in: platform:room.
surveys-error-not_your_room = You cannot announce a survey in { $room }: a coordinator role from a server or room counts only in the servers and rooms this bot is set up for.
surveys-error-id_missing = Which survey? Give its number, for example { $example }.
surveys-error-bad_id = `{ $id }` is not a survey number.
surveys-error-stray_text = I don't know what to do with `{ $text }`: every part of the survey is an option such as title: or questions:.
surveys-error-title_missing = The survey needs a title: title: …
surveys-error-title_too_long = The title is too long: at most { $limit } characters.
surveys-error-end_missing = Say the survey's last day with to: YYYY-MM-DD.
surveys-error-ends_before_start = The last day comes before the first: to: must be on or after from:.
surveys-error-bad_number = `{ $value }` is not a question number.
surveys-error-share_usage = Say whether your written answer may be shown: for example { $example } (or no).
surveys-error-questions_hint = Write each question as `Question? | a / b / c` (one choice), `Question? | 1-5` (a scale) or `Question? | text` (free text), separated by ; or new lines. For example: questions: Did it help? | yes / no / partly; How useful was it? | 1-5; What would you change? | text
surveys-error-no_questions = The survey has no questions: add them with questions:.
surveys-error-too_many_questions = A survey can have at most { $limit } questions.
surveys-error-no_bar = Question { $number } (`{ $question }`) has no answers: put a | between the question and its answers.
surveys-error-no_text = Question { $number } (`{ $question }`) has answers but no question before the |.
surveys-error-question_too_long = Question { $number } is too long: at most { $limit } characters.
surveys-error-no_answers = Question { $number } (`{ $question }`) has nothing after the |.
surveys-error-bad_scale = Question { $number }: `{ $scale }` is not a scale I can use; write 1-5 or 0-10 (from 0 or 1, up to 10).
surveys-error-few_options = Question { $number } (`{ $question }`) needs at least two answers, separated by /.
surveys-error-many_options = Question { $number } has too many answers: at most { $limit }.
surveys-error-option_too_long = An answer of question { $number } is too long: at most { $limit } characters.
surveys-error-same_options = Question { $number } (`{ $question }`) gives the same answer twice.

surveys-cli_bad_id = `{ $id }` is not a survey number.
surveys-cli_written = Results of survey { $id } written to { $path }.
