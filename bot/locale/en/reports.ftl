# Reports for coordinators: figures per network and period, numbers only.

reports-bad_month = '{ $value }' is not a month. Write it as YYYY-MM, for example 2026-11.
reports-bad_date = '{ $value }' is not a date. Write it as YYYY-MM-DD, for example 2026-11-30.
reports-bad_range = The period ends before it starts ({ $start } to { $end }). Give the first day, then the last.
reports-unknown_network = There is no network '{ $id }' you can report on. Networks: { $known }.
reports-usage = Give at most one month, for example: { $prefix }report 2026-11
reports-cli_month_or_range = Give either --month or --from and --to, not both.
reports-cli_from_and_to = Give both --from and --to (the first and the last day), or --month.
reports-cli_cannot_write = Cannot write { $path }: { $problem }. Nothing was written.
reports-file_intro = The full report for { $period } (numbers only; “fewer than 5” where a figure rests on fewer than 5 people).
reports-summary_head = Report for { $period }:
reports-no_networks = No network to report on.
reports-fewer = fewer than 5
reports-not_known = not known
reports-prompts_posted = prompts posted { $value }
reports-replies = replies { $value }
reports-requested = matches requested { $value }
reports-accepted = accepted { $value }
reports-feedback_average = average rating { $value }
reports-lookups_asked = lookups { $value }
reports-lookups_found_nothing = found nothing { $value }
reports-suggestions_made = tool suggestions { $value }
