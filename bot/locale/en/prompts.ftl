# prompts: English (the reference catalog)

prompts-thread_title = Prompt { $id }
prompts-scheduled =
    Scheduled prompt { $id }: { $when }.
    Next post: { $next }, in { $targets }.
    See it with { $prefix }prompt show { $id }; the next times with { $prefix }prompt preview { $id }.
prompts-edited = Prompt { $id } changed:
prompts-edited_schedule = Schedule: { $when }. Next post: { $next }.
prompts-edited_rooms = Rooms: { $targets }.
prompts-edited_text = Text: { $text }
prompts-skipped = The next post of prompt { $id } ({ $when }) will be skipped.
prompts-skip_kept = The skipped post at { $when } is still in the schedule and stays skipped.
prompts-skip_kept_many = The skipped posts at { $when } are still in the schedule and stay skipped.
prompts-skip_cleared = The skipped post at { $when } is no longer in the schedule, so that skip is cleared.
prompts-skip_cleared_many = The skipped posts at { $when } are no longer in the schedule, so those skips are cleared.
prompts-show =
    Prompt { $id } — { $status }
    When: { $when }
    Next post: { $next }
    Rooms: { $targets }
    Author: { $author }
    Posted { $sent }, missed { $missed }, skipped { $skipped }.
    Text:
    { $text }
prompts-privacy_what = Prompts: coordinators' prompts and series name their author; in a prompt's thread the bot counts who replied until it posts the participation summary, then keeps only the numbers — never what was said.
prompts-done-pause = Prompt { $id } is paused.
prompts-done-resume = Prompt { $id } is active again; what fell due during the pause is not posted.
prompts-done-cancel = Prompt { $id } is cancelled.
prompts-skip_ends-skipped = That was its only post, so prompt { $id } is now skipped: it will not post.
prompts-skip_ends-finished = That was its last post, so prompt { $id } is now finished.
prompts-status-active = active
prompts-status-paused = paused
prompts-status-cancelled = cancelled
prompts-status-finished = finished
prompts-status-skipped = skipped
prompts-list-header = Prompts (ID, status, next post, text):
prompts-list-line = {"  "}{ $id } · { $status } · { $next } · { $text }{ $series }
prompts-list-in_series = {" "}[series { $id }]
prompts-list-empty = No active or paused prompts. Schedule one with { $prefix }prompt schedule.
prompts-preview-header = { $count ->
        [one] The next post of prompt { $id } ({ $tz }):
       *[other] The next { $count } posts of prompt { $id } ({ $tz }):
    }
prompts-preview-none = Prompt { $id } has no coming posts (it is { $status }).
prompts-targets-empty = The in: option names no room.
prompts-targets-too_many = A prompt can go to at most { $limit } rooms.
prompts-targets-bad_room = `{ $room }` is not a room I can post to.
prompts-targets-hint = For example `in: #peer-learning`, `in: #general, #mentors` or `in: matrix:!abc:example.org`.
prompts-targets-needed = In a direct message, say where the prompt goes with in: #room.
prompts-targets-unknown_platform = `{ $platform }:` is not a platform I know; I can post on { $platforms }.
prompts-targets-not_yours = You cannot post to { $rooms }: a coordinator role from a server or room counts only in the servers and rooms this bot is set up for.
prompts-targets-not_yours_hint = Choose a room there (a Matrix room by its id, !…:server), or ask the bot's operator to add it in bot.toml ([permissions] discord_guilds, matrix_rooms) or to schedule the prompt.
prompts-targets-not_connected = Note: this bot is not connected to { $platforms } (it runs { $connected }), so posts to { $rooms } will fail until that platform is set up in bot.toml ([bot] adapters and its credentials).
prompts-targets-network_channel = Without in:, network { $network }'s prompt channel is used; name other rooms with in: #room.
prompts-error-bad_id = `{ $id }` is not an ID; IDs are numbers.
prompts-error-id_missing_prompt = Please give the prompt's ID, e.g. { $example }.
prompts-error-id_missing_series = Please give the series' ID, e.g. { $example }.
prompts-error-not_found = There is no prompt { $id }.
prompts-error-text_missing = The { $option }: option is missing or empty.
prompts-error-text_too_long = The { $option }: option is too long (at most { $limit } characters).
prompts-error-already = Prompt { $id } is already { $status }.
prompts-error-cannot_pause = Prompt { $id } is { $status }, so it cannot be paused.
prompts-error-cannot_resume = Prompt { $id } is { $status }; only a paused prompt can be resumed.
prompts-error-cannot_cancel = Prompt { $id } is { $status }; nothing of it is left to cancel.
prompts-error-cannot_edit = Prompt { $id } is { $status } and can no longer be changed.
prompts-error-cannot_skip = Prompt { $id } is { $status }, so it has no coming post to skip.
prompts-error-series_part = ID { $id } is the { $part } of series { $series }, not a prompt of its own. See it with { $show }; change or drop it with { $edit }: … (none drops it).
prompts-error-text_not_last = The { $option }: option came after text:, so it became part of the text. text: takes the rest of the line: put it last.
prompts-error-missing_colon = Options need a colon: write `{ $option }: …`, not `{ $option } …`.
prompts-error-stray_text = I don't know what to do with `{ $text }`: options look like `key: value`, separated by `;`.
prompts-error-nothing_to_skip = Prompt { $id } has no coming post to skip.
prompts-error-edit_nothing = Say what to change: in:, at:, cron:, every:, tz:, start:, end: or text:.
prompts-notice-missed = Prompt { $id } ("{ $text }") was due { $count } times while I was offline, from { $first } to { $last }, and was not posted.
prompts-notice-missed_one = Prompt { $id } ("{ $text }") was due at { $first } while I was offline, too long ago to post now; it was not posted.
prompts-notice-stale_one = Prompt { $id } ("{ $text }") was being posted at { $first } when I stopped; it may not have gone out, and it is too late to retry.
prompts-notice-failed_one = Prompt { $id } ("{ $text }") could not be posted at { $first }: the platform did not accept it after several tries.
prompts-notice-stale = Prompt { $id } ("{ $text }") was being posted { $count } times, from { $first } to { $last }, when I stopped; those may not have gone out, and it is too late to retry.
prompts-notice-failed = Prompt { $id } ("{ $text }") could not be posted { $count } times, from { $first } to { $last }: the platform did not accept it after several tries.
prompts-summary-text = Participation: { $people ->
        [one] { $people } person
       *[other] { $people } people
    }, { $replies ->
        [one] { $replies } reply
       *[other] { $replies } replies
    }. Thank you for taking part!
prompts-summary-none = No replies in this thread so far. It stays open for your thoughts.
prompts-series-created = Series { $id } "{ $title }" created for { $targets }. Add prompts with { $prefix }series add { $id } at: 2026-12-01 09:00; text: …
prompts-series-added = Prompt { $prompt } added to series { $id }, posting { $when }. { $show } lists the series in order.
prompts-series-not_found = There is no series { $id }.
prompts-series-not_active = Series { $id } is { $status } and can no longer be changed.
prompts-series-already = Series { $id } is already { $status }.
prompts-series-once_only = A prompt of series { $id } posts once: give a date and time with at:, not a recurring schedule.
prompts-series-edit_nothing = Say what to change: title:, opening: or closing: (none drops the opening or closing).
prompts-series-opening_gone = Series { $id } has already opened; its opening can no longer be changed.
prompts-series-changed_title = title "{ $title }"
prompts-series-changed_bookend = new { $part }
prompts-series-dropped_bookend = { $part } dropped
prompts-series-edited = Series { $id } changed: { $changes }. See it with { $prefix }series show { $id }.
prompts-series-show_footer = Change the title, opening or closing with { $prefix }series edit { $id } opening: …; closing: … (none drops one).
prompts-series-emptied = Series { $id } has no prompt left to post, so its opening and closing are cancelled too; they come back when you add a prompt.
prompts-series-title_missing = A series needs a title: title: …
prompts-series-at_missing = Say when the prompt posts: at: 2026-12-01 09:00.
prompts-series-before_opening = Series { $id } has already opened; new prompts must come after its opening.
prompts-series-show =
    Series { $id } "{ $title }" — { $status }
    Rooms: { $targets } · time zone { $tz }
prompts-series-line = {"  "}{ $when } · { $label } · { $status } · { $text }
prompts-series-prompt_label = prompt { $id }
prompts-series-opening = opening
prompts-series-closing = closing
prompts-series-empty = No prompts yet: { $prefix }series add { $id } at: …; text: …
prompts-series-cancel_ask = This cancels the series and every post of it not yet made; it cannot be undone. To go ahead, send { $command }.
prompts-series-cancelled = Series { $id } is cancelled ({ $count } posts not yet made are cancelled).
prompts-series-cancelled_one = Series { $id } is cancelled (1 post not yet made is cancelled).
prompts-series-list_header = Series (ID, status, title):
prompts-series-list_line = {"  "}{ $id } · { $status } · { $title }
prompts-series-list_empty = No series yet. Create one with { $prefix }series create title: …
prompts-cancel_ask = This cancels the prompt for good: it is never posted again (to stop it for a while, pause it instead). To go ahead, send { $command }.
