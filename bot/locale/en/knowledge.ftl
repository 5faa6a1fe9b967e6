# knowledge: English (the reference catalog)

knowledge-empty_query = Tell me what you are looking for, e.g. { $prefix }tool mentoring guide.
knowledge-results_head = Tools for “{ $query }” ({ $first }–{ $last } of { $total }):
knowledge-browse_head = Tools with { $options } ({ $first }–{ $last } of { $total }):
knowledge-browse_nothing = No tool matches { $options }. Try fewer options, or search with words: { $prefix }tool QUERY
knowledge-not_an_option = Note: “{ $option }:” is not an option, so it was searched as words. Options: { $options } — e.g. { $prefix }tool mentoring lang: de
knowledge-option_equals = Note: options take a colon, not “=”: write { $option }: { $value } (it was searched as words this time).
knowledge-one_value = One { $what } at a time, please, e.g. { $option }: { $value }. Leave the option out to search them all.
knowledge-what_lang = language
knowledge-what_country = country
knowledge-what_type = type
knowledge-what_target = target group
knowledge-query_first = Put what you are looking for first, then the options: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Details: { $prefix }tool show ID
knowledge-results_foot_more = Details: { $prefix }tool show ID · Next page: { $prefix }more
knowledge-more_label = More
knowledge-back_label = Back
knowledge-back_first = This is already the first page for “{ $query }”.
knowledge-did_you_mean = Did you mean: { $options }?
knowledge-nothing = Nothing found for “{ $query }”. Try other or fewer words. Know a good tool? { $prefix }tool suggest URL TITLE | SUMMARY
knowledge-nothing_filtered = Nothing found for “{ $query }” with { $options }. Try without some of the options.
knowledge-nothing_did_you_mean = Nothing found for “{ $query }”. Did you mean { $options }?
knowledge-more_nothing = There is no search to continue here. Start one with { $prefix }tool QUERY.
knowledge-more_done = { $total ->
    [one] That was all: one result for “{ $query }”.
   *[other] That was all: { $total } results for “{ $query }”.
}
knowledge-unknown_id = There is no tool with the id '{ $id }'. Search with { $prefix }tool QUERY to find ids.
knowledge-unknown_id_suggest = There is no tool with the id '{ $id }'. Did you mean: { $options }? (Search with { $prefix }tool QUERY to find ids.)
knowledge-missing_id = Please give the tool's ID, e.g. { $prefix }tool { $command } epale. Search with { $prefix }tool QUERY to find ids.
knowledge-bad_lang = '{ $value }' is not a language code. Use a two-letter ISO 639-1 code such as en, de, fr or pl.
knowledge-bad_country = '{ $value }' is not a country code. Use a two-letter code such as DE, FR, AT, or EU for Europe-wide tools.
knowledge-country_hint = Please write { $code } instead of { $value } (ISO 3166-1 country codes).
knowledge-bad_type = '{ $value }' is not a type of tool. Types: { $types }.
knowledge-bad_target = '{ $value }' is not a target group I know. Target groups: { $targets }.
knowledge-f_title = Title
knowledge-f_summary = Summary
knowledge-f_type = Type
knowledge-f_languages = Languages
knowledge-f_countries = Countries
knowledge-f_sectors = Sectors
knowledge-f_targets = For
knowledge-f_topics = Topics
knowledge-f_aliases = Also known as
knowledge-f_publisher = Publisher
knowledge-f_licence = Licence
knowledge-f_year = Year
knowledge-f_link = Link
knowledge-f_status = Status: { $status } · added via { $via } on { $date } · shown { $shown ->
        [one] once
       *[other] { $shown } times
    }
knowledge-f_note = Review note: { $note }
knowledge-suggest_form = Give the link, the title and, after |, a short summary, e.g. { $prefix }tool suggest https://example.org/guide Mentoring guide | How to mentor apprentices.
knowledge-suggest_no_url = Please start with the link to the tool, e.g. { $prefix }tool suggest https://example.org/guide Mentoring guide | How to mentor apprentices.
knowledge-suggest_no_title = Please give the tool's title after the link, e.g. { $prefix }tool suggest https://example.org/guide Mentoring guide | How to mentor apprentices.
knowledge-suggested = Thank you! “{ $title }” is in the review queue as [{ $id }]; a coordinator will look at it and you will hear back by direct message.
knowledge-suggested_similar = Note: the collection already has a tool with a very similar title: { $entries }. The coordinator will check whether it is the same.
knowledge-suggest_too_many = You already have { $limit ->
        [one] a suggestion
       *[other] { $limit } suggestions
    } waiting for review. Please wait until a coordinator has looked at them.
knowledge-duplicate_url_published = That link is already in the collection: { $title } [{ $id }] — see { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = That link was already suggested and waits for review as [{ $id }].
knowledge-duplicate_url_archived = That link was in the collection as [{ $id }] and has been archived; ask a coordinator if it should come back.
knowledge-invalid = That value is not right: { $problems }. Please correct it and try again.
knowledge-someone = someone
knowledge-review_empty = The review queue is empty.
knowledge-review_head = Review queue: { $total } waiting, oldest first (showing { $shown }):
knowledge-review_by = suggested by { $who } on { $date }
knowledge-review_similar = Looks like: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID REASON · { $prefix }tool edit ID FIELD: VALUE · { $prefix }tool show ID
knowledge-approve_label = Approve { $id }
knowledge-show_label = Show { $id }
knowledge-approved = Published: { $title } [{ $id }].
knowledge-approved_dm = Good news: your suggestion “{ $title }” was approved and is now in the collection. Thank you! See { $prefix }tool show { $id }
knowledge-reject_form = Write { $prefix }tool reject ID REASON, e.g. { $prefix }tool reject peer-coaching already in the collection. See the queue with { $prefix }tool review.
knowledge-reject_needs_reason = Please give a reason after the ID; the person who suggested it will be told, e.g. { $prefix }tool reject { $id } already in the collection.
knowledge-reject_not_pending = [{ $id }] is { $status }, not waiting for review; only suggestions can be rejected (use archive for published tools).
knowledge-rejected = Rejected: { $title } [{ $id }].
knowledge-rejected_told = Rejected: { $title } [{ $id }]. The person who suggested it was told why by direct message.
knowledge-rejected_dm = Thank you for suggesting “{ $title }” ({ $url }). A coordinator decided not to add it: { $reason }
knowledge-already_published = [{ $id }] is already published.
knowledge-already_rejected = [{ $id }] is already rejected.
knowledge-already_archived = [{ $id }] is already archived.
knowledge-edit_form = Write the change as ID FIELD: VALUE (several separated by ;), e.g. { $prefix }tool edit epale languages: en, de, fr; type: toolkit
knowledge-edit_unchanged = Nothing changed: [{ $id }] already has that { $field }.
knowledge-edited = Updated { $title } [{ $id }]:
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-archived = Archived: { $title } [{ $id }] no longer shows in lookups ({ $prefix }tool approve { $id } brings it back).
knowledge-gaps_empty = No lookup has come back empty so far.
knowledge-gaps_head = Most asked lookups that found nothing (anonymous: words and counts only):
knowledge-gaps_line = { $count ->
        [one] once
       *[other] { $count } times
    }, last on { $date }
knowledge-privacy_what = Knowledge: tools you suggest or review are linked to you until you ask to be forgotten (the tools stay, without your name); lookups that find nothing are counted by their words only, never by who asked. How many lookups are asked each day is counted as a number only.
knowledge-cli_bad_lang = unknown language code '{ $value }' (use ISO 639-1, e.g. de)
knowledge-cli_bad_country = unknown country code '{ $value }' (use ISO 3166-1, e.g. AT, or EU)
knowledge-cli_nothing = nothing found
knowledge-cli_nothing_did_you_mean = nothing found; did you mean: { $options }
knowledge-cli_importing = importing
knowledge-cli_import_done = { $rows ->
        [one] { $rows } row read
       *[other] { $rows } rows read
    }: created { $created }, updated { $updated }, unchanged { $unchanged }, skipped { $skipped }
knowledge-cli_import_dry_run = dry run: { $rows ->
        [one] { $rows } row read
       *[other] { $rows } rows read
    }: would create { $created }, would update { $updated }, unchanged { $unchanged }, skipped { $skipped }
knowledge-cli_problems_head = {"   "}row  field           problem
knowledge-cli_exported = exported { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } to { $path }
knowledge-problem-required = required
knowledge-problem-too_long = longer than { $limit } characters
knowledge-problem-not_single_text = must be a single text, not a list
knowledge-problem-not_text = must be a text, not { $kind } (quote it in YAML or JSON)
knowledge-problem-not_text_bool = must be a text, not true/false (quote it in YAML or JSON)
knowledge-problem-not_text_number = must be a text, not a number (quote it in YAML or JSON)
knowledge-problem-id_not_text = must be a text such as 'mentoring-guide' (quote it in YAML)
knowledge-problem-id_form = must be 2-63 lower-case letters, digits or hyphens, starting with one
knowledge-problem-url_form = must be a full http(s) link, like https://example.org/page
knowledge-problem-url_spaces = must not contain spaces
knowledge-problem-unknown_type = unknown type '{ $value }' (one of: { $types })
knowledge-problem-unknown_target_group = unknown target group '{ $value }' (one of: { $groups })
knowledge-problem-item_not_text = item { $item } is not a text (quote it in YAML or JSON)
knowledge-problem-item_semicolon = item '{ $item }' must not contain ';'
knowledge-problem-not_list = must be a list or a ';'-separated text
knowledge-problem-too_many_items = more than { $limit } items
knowledge-problem-item_too_long = an item is longer than { $limit } characters
knowledge-problem-code_hint = '{ $value }' is written { $code } in { $standard }
knowledge-problem-unknown_code = unknown { $standard } code '{ $value }'
knowledge-problem-year_form = must be a year such as 2021
knowledge-problem-year_range = must be between { $low } and { $high }
knowledge-problem-extra_cells = more cells than columns
knowledge-problem-not_mapping = entry is not a mapping of fields
knowledge-problem-unknown_field = unknown field
knowledge-problem-repeats_row = repeats row { $row }
knowledge-problem-same_entry = same entry as row { $row }
knowledge-problem-url_taken = already used by entry '{ $id }'
knowledge-problem-not_a_field = not a field of an entry (fields: { $fields })
knowledge-file-unknown_type = { $name }: unknown file type '{ $suffix }'; use .csv, .json or .yaml
knowledge-file-too_large = { $name }: larger than { $mib } MiB
knowledge-file-unreadable = { $name }: cannot read: { $reason }
knowledge-file-unwritable = { $name }: cannot write: { $reason }
knowledge-file-bad_syntax = { $name }: not valid { $kind }: { $reason }
knowledge-file-not_a_list = { $name }: expected a list of entries
knowledge-file-unknown_columns = { $name }: not known in the header: { $columns }; the columns are { $known }
knowledge-file-no_title_column = { $name }: the header must name a 'title' column
knowledge-file-repeated_column = { $name }: a column is named twice in the header
knowledge-privacy_searches = Searches for !more: where replicas answer in turn, your last search in each room is kept for an hour, so the next page comes whichever replica answers.
