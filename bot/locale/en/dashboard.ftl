# The coordinators' dashboard in a browser (!dashboard and its pages).

dashboard-off = The dashboard is not turned on for this bot. An administrator turns it on with [web] listen in bot.toml.
dashboard-link = Your sign-in link to the dashboard, valid for { $minutes } minutes and only once: { $url }
dashboard-link_sent = I've sent you a sign-in link by direct message.
dashboard-title = vetbot dashboard
dashboard-nav_label = Dashboard pages
dashboard-nav_overview = Overview
dashboard-nav_review = Review queue
dashboard-nav_prompts = Prompt calendar
dashboard-sign_out = Sign out
dashboard-refused_title = Not possible
dashboard-forbidden = This request was refused. Go back, reload the page and try again.
dashboard-not_found = There is no such page.
dashboard-no_access = You are not signed in, or you no longer coordinate a network. Ask for a new link with { $prefix }dashboard in chat.
dashboard-signed_out = You are signed out.
dashboard-signin_title = Sign in
dashboard-signin_text = Sign in to your networks' dashboard with the link you asked for in chat.
dashboard-signin_button = Sign in
dashboard-refused_invalid = This sign-in link is not valid. Ask for a new one with { $prefix }dashboard in chat.
dashboard-refused_expired = This sign-in link has expired. Ask for a new one with { $prefix }dashboard in chat.
dashboard-refused_used = This sign-in link has been used already. Ask for a new one with { $prefix }dashboard in chat.
dashboard-refused_unknown = This sign-in link no longer works, as the bot was restarted. Ask for a new one with { $prefix }dashboard in chat.
dashboard-refused_too_many = Too many sign-in attempts. Wait ten minutes, then ask for a new link with { $prefix }dashboard.
dashboard-overview_title = Overview
dashboard-overview_intro = Figures of your networks from { $start } to { $end }, as the reports give them.
dashboard-fewer_note = A figure about fewer than 5 people shows as “fewer than 5” and has no bar.
dashboard-network = Network { $name }
dashboard-lookups = Tool lookups: { $asked }, of which found nothing: { $empty }.
dashboard-matches_chart = Mentoring matches accepted per month
dashboard-prompts_chart = People answering per prompt
dashboard-gaps_chart = Most asked lookups that found nothing
dashboard-month = Month
dashboard-matches = Matches
dashboard-prompt = Prompt
dashboard-people = People answering
dashboard-lookup = Lookup
dashboard-times = Times asked
dashboard-prompt_label = Prompt #{ $id }
dashboard-table = The figures as a table
dashboard-nothing_yet = Nothing in this period yet.
dashboard-fewer = fewer than 5
dashboard-not_known = not known
dashboard-review_title = Review queue
dashboard-review_empty = No suggestions are waiting for review.
dashboard-review_count = { $total ->
    [one] One suggestion is waiting.
   *[other] { $total } suggestions are waiting; the oldest { $shown } are shown.
}
dashboard-similar = Looks like: { $ids }
dashboard-suggested_by = Suggested by { $name }
dashboard-approve = Approve and publish
dashboard-reject = Reject
dashboard-reason = Reason (the person who suggested it is told)
dashboard-reason_needed = Give a reason for rejecting it: the person who suggested it is told.
dashboard-approved = Approved and published: { $title } ({ $id }).
dashboard-rejected = Rejected: { $title } ({ $id }). The person who suggested it is told.
dashboard-prompts_title = Prompt calendar
dashboard-calendar_caption = { $days ->
    [one] Prompts of the next day
   *[other] Prompts of the next { $days } days
}
dashboard-calendar_empty = { $days ->
    [one] No prompt is planned for the next day.
   *[other] No prompt is planned for the next { $days } days.
}
dashboard-when = When
dashboard-text = Text
