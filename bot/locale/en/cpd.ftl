# Professional development (!cpd): self-assessment against a competence framework, a plan,
# a learning log and a portfolio export.
cpd-privacy_what = Professional development: how you rate yourself in each competence (or that you skipped it) and your learning log (what, when, which competence, a link to evidence), seen only by you; and the network whose figures your self-assessment counts in (there only in groups of 5 people or more, never with your name).
cpd-sent_dm = I've sent you a direct message.
cpd-no_framework = No competence framework is set up yet. Ask a coordinator to import one.
cpd-framework_unknown = There's no framework '{ $id }'.
cpd-status_head = Your professional development — { $framework }
cpd-status_counts = { $total ->
    [one] Rated: { $rated } of { $total } competence (skipped: { $skipped }).
   *[other] Rated: { $rated } of { $total } competences (skipped: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Your learning log is empty.
    [one] Your learning log has one entry.
   *[other] Your learning log has { $count } entries.
}
cpd-next_start = Next: rate yourself with { $command } — it takes about five minutes.
cpd-next_continue = Next: carry on where you stopped with { $command }.
cpd-next_plan = Next: see your development plan with { $command }.
cpd-status_commands = Also: { $prefix }cpd log WHAT (learning log), { $prefix }cpd export (portfolio file).
cpd-assess_unknown = '{ $value }' is neither an area nor a competence. Areas: { $areas }.
cpd-rate_form = Give a competence and a level (or skip).
cpd-competence_unknown = There's no competence '{ $id }'. Start with { $command }.
cpd-level_bad = '{ $value }' is not a level: answer with a number from 1 to { $top }, or skip.
cpd-level_unknown = There's no level { $level }: the scale goes from 1 to { $top }.
cpd-saved = Saved: { $competence } — { $answer }.
cpd-area_done = That's every competence in “{ $area }”.
cpd-all_done = { $count ->
    [one] You've answered every question (one competence rated). To change an answer, ask about an area again, e.g. { $again }.
   *[other] You've answered every question ({ $count } competences rated). To change an answer, ask about an area again, e.g. { $again }.
}
cpd-question =
    Question { $number } of { $total } — { $area }
    { $competence }: { $description }
    How well do you do this?
cpd-current = Your answer so far: { $answer }.
cpd-skip_button = Skip
cpd-answer_how = Tap a level, or type it: { $example }
cpd-skipped = skipped
cpd-not_rated = not rated
cpd-plan_nothing = There's nothing to plan yet: rate yourself first with { $command }.
cpd-match_need = Support in { $area } ({ $topics })
cpd-plan_head = Your development plan — { $framework }. Your two areas with the most room to grow:
cpd-plan_area = { $number }. { $area } — average { $average } ({ $rated ->
    [one] one competence rated
   *[other] { $rated } competences rated
})
cpd-plan_tools = Tools to start with:
cpd-plan_tool_more = More about a tool: { $command }
cpd-plan_no_tools = No tool in the collection fits this area yet.
cpd-plan_mentors = { $count ->
    [0] No mentor covers this area right now; a request waits until one does.
    [one] One mentor with a free place covers this area.
   *[other] { $count } mentors with a free place cover this area.
}
cpd-plan_match = Ready-made mentor request: { $request }
cpd-plan_accept = Send it with { $command }
cpd-plan_accept_button = Ask for a mentor ({ $number })
cpd-no_mentoring = Mentoring isn't available on this bot.
cpd-accept_bad = '{ $value }' is not an area of your plan: give 1 or 2.
cpd-asked_proposed = Request #{ $id } for “{ $area }” saved. I've asked a mentor and will tell you when they answer. See { $status }.
cpd-asked_waiting = Request #{ $id } for “{ $area }” saved. No mentor is free for it yet; I'll keep looking. See { $status }.
cpd-log_what_missing = Say what you did, e.g. a course, a peer visit or a book.
cpd-log_what_long = Keep it to { $limit } characters.
cpd-log_competence_unknown = There's no competence '{ $value }'. The questions of { $command } show each competence's id.
cpd-log_evidence_bad = '{ $value }' is not a web address: evidence must start with https:// or http://.
cpd-log_date_bad = '{ $value }' is not a date: write 2026-12-31 or 31.12.2026.
cpd-log_date_future = { $value } is in the future: log what you have done.
cpd-log_saved = Entry #{ $number } is in your learning log. See it all with { $list }.
cpd-log_empty = Your learning log is empty. Add an entry with { $command } WHAT.
cpd-log_empty_plain = No entries yet.
cpd-log_head = { $count ->
    [one] Your learning log (one entry):
   *[other] Your learning log ({ $count } entries):
}
cpd-log_number_missing = Give the number of the entry, as the list shows it.
cpd-log_unknown = Your learning log has no entry #{ $number }. See { $command }.
cpd-log_full = Your learning log is full ({ $limit } entries). Delete some first.
cpd-log_delete_ask = This deletes the entry for good. Send { $command } to go ahead.
cpd-log_deleted = Entry #{ $number } is deleted.
cpd-export_sent_md = Your portfolio as Markdown, to edit or paste elsewhere.
cpd-export_sent_html = Your portfolio as a web page, to print or hand in for the validation of prior learning.
cpd-export_title = Professional development portfolio of { $name }
cpd-export_intro = Self-assessment against the framework “{ $framework }” and learning log, as of { $day }.
cpd-export_ratings = Self-assessment by area (average level)
cpd-export_log = Learning log
cpd-export_col_number = No.
cpd-export_col_date = Date
cpd-export_col_what = What I did
cpd-export_col_competence = Competence
cpd-export_col_evidence = Evidence
cpd-cli_none = no framework stored
cpd-cli_counts = { $areas } areas, { $competences } competences
cpd-cli_refused = { $count ->
    [one] not imported, nothing stored: one problem
   *[other] not imported, nothing stored: { $count } problems
}
cpd-cli_dry_run = checked '{ $id }': { $competences } competences, would replace a stored one: { $replaced }, ratings that would go: { $dropped } (dry run, nothing stored)
cpd-cli_imported = imported '{ $id }': { $competences } competences, replaced a stored one: { $replaced }, ratings of removed competences deleted: { $dropped }
cpd-problem-required = required
cpd-problem-not_texts = must be texts by language, e.g. {"{"}en: "…", de: "…"{"}"}
cpd-problem-bad_language = '{ $value }' is not a two-letter language code
cpd-problem-empty = empty
cpd-problem-too_long = longer than { $limit } characters
cpd-problem-missing_english = has no English text (en)
cpd-problem-bad_id = '{ $value }' is not an id: lower-case letters, digits and hyphens
cpd-problem-not_list = must be a list
cpd-problem-not_mapping = must be a mapping of keys and values
cpd-problem-unknown_field = unknown field
cpd-problem-bad_version = must be a whole number from 1
cpd-problem-scale_size = a scale needs 2 to { $most } levels
cpd-problem-bad_level = levels go up one by one from 1: expected { $expected }
cpd-problem-no_descriptor = the level has no descriptor
cpd-problem-duplicate_id = the id '{ $value }' is used twice
cpd-problem-unknown_area = refers to an unknown area '{ $value }'
cpd-problem-area_nested = a competence inside an area names no area
cpd-problem-too_many = more than { $most } competences
cpd-problem-bad_topic = topics must be short texts
cpd-file-bad_format = { $name }: use a .yaml, .yml or .json file
cpd-file-too_large = { $name } is larger than { $limit } bytes; not read
cpd-file-unreadable = { $name } cannot be read
cpd-file-bad_syntax = { $name } is not valid YAML or JSON

# Network reports: self-assessments counted per network, country and area.
cpd-fewer_than = fewer than { $min }
cpd-agg_withheld = not shown
cpd-agg_title = Self-assessments — { $framework }
cpd-agg_intro = How the people of each network rate themselves, per area: how many rated it, how many stand at each level, and the average level. Groups of fewer than { $min } people are not shown as numbers; “not shown” marks a count held back so that a smaller group cannot be worked out from the total.
cpd-agg_none = No one has rated themselves yet.
cpd-agg_people = people: { $people }
cpd-agg_col_area = Area
cpd-agg_col_rated = Rated by
cpd-agg_col_average = Average
cpd-overview_head = How people in your networks rate themselves — { $framework }. Groups of fewer than { $min } people are not shown as numbers.
cpd-overview_network = Network { $network } — people who rated themselves: { $people }
cpd-overview_area = • { $area } — rated by: { $rated }; average level: { $average }
cpd-overview_area_hidden = • { $area } — fewer than { $min } people rated it, not shown.
cpd-overview_countries = By country (people): { $countries }
cpd-overview_more = Levels per area and per country: { $command } (on the server).
cpd-cli_written = Written to { $path }.
