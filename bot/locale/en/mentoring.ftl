# mentoring: English (the reference catalog)

mentoring-privacy_what = Mentoring: if you opt in as mentor or expert, your profile (topics, languages, country, sector, capacity, bio) so trainers can be matched with you; if you ask for a mentor, your request and its proposals; ratings you give. Requests are anonymised a while after they close.
mentoring-consent =
    Before you join as { $kind ->
        [expert] an expert
       *[mentor] a mentor
    }, please read what that means:
    • Stored: your chat name and account id, and the profile you give here (topics, languages, country, sector, capacity, bio).
    • Who sees it: { $name } uses it to pick who to ask. Trainers never see your profile; when you get a proposal, you see only the need. Your name and account are shared with a trainer only after you accept their request.
    • Leaving: pause any time, or leave to delete your profile ({ $prefix }{ $kind } leave); { $prefix }mydata shows everything stored, { $prefix }forgetme erases it.
mentoring-consent_how = To agree, send the same command with 'consent: yes' (or use the button): { $command }
mentoring-consent_button = I agree, join
mentoring-consent_declined = OK, you did not join as { $kind ->
        [expert] an expert
       *[mentor] a mentor
    }; nothing was stored.
mentoring-already_joined = You already have a { $kind } profile. Change it with { $command }.
mentoring-not_joined = You have no { $kind } profile. Opt in with { $command }.
mentoring-not_paused = Your { $kind } profile is not paused, so there is nothing to resume; pause it with { $command }.
mentoring-positional_unexpected = I didn't expect '{ $text }' here; profile fields look like 'topics: …'.
mentoring-update_nothing = Nothing to update: give at least one field, e.g. 'capacity: 3' or 'languages: en, de'.
mentoring-languages_assumed = You gave no languages, so I've set { $language } (the language you're writing in). To change it: { $command }
mentoring-joined = Welcome! You are now opted in as { $kind ->
        [expert] an expert
       *[mentor] a mentor
    }. I'll send you proposals by direct message; pause with { $prefix }{ $kind } pause, leave with { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = You can also rate your own areas with { $command }: when trainers ask for a mentor from their development plan, mentors who rate themselves strong in that area are asked first.
mentoring-updated = Your { $kind } profile is updated.
mentoring-me = Your { $kind } profile:
mentoring-me_none = You have no { $kind } profile yet. Opt in with { $command }.
mentoring-paused = Paused: you get no new { $kind } proposals until you send { $command }. Proposals already sent to you stay open.
mentoring-paused_until = Paused until { $until }: you get no new { $kind } proposals before then ({ $command } to come back earlier).
mentoring-resumed = Welcome back: you can get { $kind } proposals again.
mentoring-left = Your { $kind } profile is deleted. Proposals withdrawn: { $withdrawn }. Thank you for your help!
mentoring-state_active = active
mentoring-state_paused = paused
mentoring-state_paused_until = paused until { $until }
mentoring-profile_summary =
    {"  "}Topics: { $topics }
    {"  "}Languages: { $languages } · Country: { $country } · Sector: { $sector }
    {"  "}Capacity: { $capacity } (in use: { $used }) · Status: { $state }
    {"  "}Bio: { $bio }
mentoring-request_proposed = Request #{ $id } saved. I've asked { $kind ->
        [expert] an expert
       *[mentor] a mentor
    } who fits; they have { $hours } h to answer, and I'll tell you by direct message when someone accepts. { $status } shows where it stands.
mentoring-request_waiting = Request #{ $id } saved, but no { $kind } fits it right now. It stays open: I'll ask new { $kind ->
        [expert] experts
       *[mentor] mentors
    } as they join. { $cancel } withdraws it.
mentoring-too_many_open = You already have { $limit } open requests; see { $command } and cancel one first.
mentoring-request_duplicate = You already have an open request #{ $id } for this (“{ $need }”). { $status } shows where it stands; { $cancel } withdraws it if you want to ask differently.
mentoring-proposal =
    A trainer is looking for { $kind ->
        [expert] an expert
       *[mentor] a mentor
    } (proposal #{ $id }):
    “{ $need }”
    Asked for: { $asked }
    Can you help? Answer by { $deadline }: { $accept } or { $decline }. The trainer's name is shared with you only if you accept.
mentoring-proposal_why = Why you: { $reasons }
mentoring-button_accept = Accept
mentoring-button_decline = Decline
mentoring-accepted = Thank you! You accepted proposal #{ $id }; I've introduced you to each other by direct message.
mentoring-declined = Thanks for letting me know; proposal #{ $id } is declined and I've asked someone else.
mentoring-declined_nobody_left = Thanks for letting me know; proposal #{ $id } is declined. There is nobody else to ask right now, so the request waits for new { $kind ->
        [expert] experts
       *[mentor] mentors
    }; the trainer knows.
mentoring-expired_to_mentor = Proposal #{ $id } expired without an answer, so I've asked someone else. No worries.
mentoring-expired_to_mentor_last = Proposal #{ $id } expired without an answer. No worries: the request waits for new mentors or experts.
mentoring-withdrawn_to_mentor = The trainer withdrew the request behind proposal #{ $id }; nothing more to do.
mentoring-intro_requester = Good news: { $kind ->
        [expert] an expert
       *[mentor] a mentor
    } accepted your request #{ $id } (“{ $need }”). Meet { $other }, and say hello by direct message. Afterwards, tell us how it went: { $feedback }
mentoring-intro_mentor = Thank you for accepting proposal #{ $id } (“{ $need }”). Your mentee is { $other }; they've been told about you. Rate it later with { $feedback }; { $end } frees your place when you're done.
mentoring-exhausted = I'm sorry: I asked { $tries ->
        [one] one { $kind }
       *[other] { $tries } { $kind ->
            [expert] experts
           *[mentor] mentors
        }
    } about your request #{ $id } and none could take it on right now. It stays open: I'll ask new { $kind ->
        [expert] experts
       *[mentor] mentors
    } as they join.
mentoring-exhausted_told = The coordinators know too.
mentoring-exhausted_coordinators = Request #{ $id } ({ $kind }, “{ $need }”) found nobody after { $tries ->
        [one] one proposal
       *[other] { $tries } proposals
    }; it stays open. See { $stats }.
mentoring-proposal_unknown = There is no open proposal #{ $id } for you. { $command } lists the ones waiting for your answer.
mentoring-proposal_was_accepted = You already accepted proposal #{ $id }; nothing more to answer. When you're done, { $end } frees your place.
mentoring-proposal_was_accepted_decline = You already accepted proposal #{ $id }, so it can't be declined any more. If you can't go on, end the match with { $end }.
mentoring-proposal_was_declined = Proposal #{ $id } was already declined. { $pending } lists the proposals still waiting for your answer.
mentoring-proposal_was_expired = Proposal #{ $id } has expired; it went to someone else. { $pending } lists the proposals still waiting for your answer.
mentoring-accept_full = All your places are taken (capacity { $capacity }), so I can't add this match. End a match first ({ $command } shows yours), raise your capacity, or say no with { $decline }.
mentoring-proposal_was_withdrawn = Proposal #{ $id } was withdrawn; there's nothing to answer any more. { $pending } lists the proposals still waiting for your answer.
mentoring-request_unknown = You have no request #{ $id }. { $command } lists yours.
mentoring-request_was_matched = Request #{ $id } is already matched (match #{ $match }), so there is nothing to cancel. To end the match, use { $end }.
mentoring-request_was_cancelled = Request #{ $id } is already cancelled. { $status } lists your requests; ask again with { $command }.
mentoring-nothing_to_cancel = You have no open request to cancel; { $command } lists your requests.
mentoring-cancel_which = You have several open requests ({ $ids }); say which one: { $command }
mentoring-cancelled = Request #{ $id } is cancelled.
mentoring-id_missing = Please give the ID (a number).
mentoring-match_unknown = There is no match #{ $id } of yours. { $command } lists your requests with their numbers.
mentoring-match_number_ambiguous = #{ $id } is both one of your requests and a proposal you accepted, so I can't tell which match you mean. { $status } lists your requests; { $pending } the proposals you were sent.
mentoring-match_not_accepted = #{ $id } is not an accepted match yet, so it can't be rated or ended; that works once the mentor accepts. { $command } shows where your requests stand.
mentoring-match_ended_already = Match #{ $id } has already ended. You can still rate it: { $command }.
mentoring-feedback_missing = Please give the match ID and a rating from 1 to 5.
mentoring-feedback_saved = Thank you! Your rating { $rating }/5 for match #{ $id } is saved.
mentoring-feedback_replaced = Your rating for match #{ $id } is now { $rating }/5.
mentoring-ended = Match #{ $id } has ended; thank you. Rate it with { $command }.
mentoring-pending_none = No proposals are waiting for your answer.
mentoring-pending_header = Proposals waiting for your answer ({ $count }):
mentoring-pending_item = {"  "}Proposal #{ $id } ({ $kind }, answer by { $deadline }): “{ $need }” — { $accept } / { $decline }
mentoring-status_none = You have no requests. Ask for a mentor with { $command }.
mentoring-status_header = Your requests (cancel, rate or end one by its number):
mentoring-status_item = {"  "}Request #{ $id } ({ $kind }) “{ $need }”: { $state }
mentoring-status_matched = matched with { $name }: rate it with { $feedback }, end it with { $end }
mentoring-status_ended = ended; rate it with { $feedback }
mentoring-status_ended_rated = ended, rated { $rating }/5 (change it with { $feedback })
mentoring-status_matched_gone = matched (the other person has since erased their data)
mentoring-status_proposed = waiting for the { $nth } { $kind } asked to answer (by { $until }); { $cancel } withdraws it
mentoring-status_proposed_unsent = the { $nth } { $kind } asked gets the proposal within minutes; { $cancel } withdraws it
mentoring-status_open = open, no { $kind } fits yet ({ $tries } asked so far); { $cancel } withdraws it
mentoring-status_cancelled = cancelled
mentoring-status_pending = Proposals waiting for your answer: { $ids } (proposal numbers: { $accept } or { $decline }; { $command } shows them).
mentoring-stats_requests = Requests: { $open } open{ $waiting }, { $proposed } proposed, { $matched } matched, { $cancelled } cancelled.
mentoring-stats_exhausted = {" "}({ $count } of them asked every fitting candidate and wait for new mentors or experts)
mentoring-stats_proposals = Proposals: { $pending } pending, { $accepted } accepted, { $declined } declined, { $expired } expired, { $withdrawn } withdrawn.
mentoring-stats_median = Median time to a match: { $hours } h.
mentoring-stats_median_none = Median time to a match: no matches yet.
mentoring-stats_load_header = Load per mentor/expert ({ $count }; in use/capacity):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind }): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Batch matching: { $open ->
        [one] { $open } open request
       *[other] { $open } open requests
    }, { $proposed ->
        [one] { $proposed } proposal
       *[other] { $proposed } proposals
    } sent, { $unmatched } without a fitting candidate.
mentoring-cli_run_result = Batch matching: { $open ->
        [one] { $open } open request
       *[other] { $open } open requests
    }, { $proposed ->
        [one] { $proposed } proposal
       *[other] { $proposed } proposals
    } made, { $unmatched } without a fitting candidate. The running bot delivers the proposals within { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    } (or when it next starts).
mentoring-ended_by_other = { $name } has ended match #{ $id }; thank you for your time together. You can still rate it: { $command }.
mentoring-ended_by_erasure = Match #{ $id } has ended: the other person asked the bot to erase their data. Thank you for your time together; you can still rate the match: { $command }.
mentoring-ordinal-n1 = { $n }st
mentoring-ordinal-n2 = { $n }nd
mentoring-ordinal-n3 = { $n }rd
mentoring-ordinal-other = { $n }th
mentoring-reason-topic = topics: { $detail }
mentoring-reason-bio = your bio: { $detail }
mentoring-reason-language = language: { $detail }
mentoring-reason-country = country: { $detail }
mentoring-reason-sector = sector: { $detail }
mentoring-asked-languages = language { $value }
mentoring-asked-country = country { $value }
mentoring-asked-sector = sector { $value }
mentoring-asked-nothing = no preferences
mentoring-field-topic_long = Each topic can be at most { $limit } characters; separate topics with commas.
mentoring-field-topics_missing = Please give your topics, e.g. 'topics: apprenticeship design, assessment'.
mentoring-field-topics_many = Please give at most { $limit } topics, separated by commas.
mentoring-field-language_bad = '{ $value }' is not an ISO 639-1 language code; use two-letter codes such as en, de, fr, separated by commas (e.g. 'en, de').
mentoring-field-languages_missing = Please give at least one language code, e.g. 'languages: en, de'.
mentoring-field-languages_many = Please give at most { $limit } languages.
mentoring-field-country_bad = '{ $value }' is not an ISO 3166-1 country code; use the two-letter code, e.g. DE, IT, PL.
mentoring-field-country_hint = '{ $value }' is not an ISO 3166-1 country code; use { $code } instead.
mentoring-field-sector_missing = Please name the sector, e.g. 'sector: construction'.
mentoring-field-sector_long = The sector can be at most { $limit } characters.
mentoring-field-capacity_bad = Capacity must be a whole number from 1 to { $max } (got '{ $value }').
mentoring-field-bio_long = Your bio is { $length } characters; please keep it to { $limit }.
mentoring-field-consent_bad = Consent is 'consent: yes' (or 'no').
mentoring-field-cross_border_bad = Cross-border is 'cross_border: yes' (trainers of other networks may ask you, in your languages) or 'no', not '{ $value }'.
mentoring-field-need_missing = Please say what you need help with, e.g. !match designing work-based assessments.
mentoring-field-need_long = Your request is { $length } characters; please keep it to { $limit }.
mentoring-field-kind_bad = '{ $value }' is not a kind; use 'kind: mentor' or 'kind: expert'.
mentoring-field-until_bad = '{ $value }' is not a date; use YYYY-MM-DD.
mentoring-field-until_range = The date must be in the future and within { $days } days; use YYYY-MM-DD, e.g. until: 2027-01-15.
mentoring-field-id_bad = '{ $value }' is not an ID; IDs are numbers such as 12.
mentoring-field-rating_bad = The rating must be a whole number from 1 to 5 (got '{ $value }').
mentoring-field-comment_long = The comment can be at most { $limit } characters.
mentoring-leave_ask = This deletes your profile for good; proposals waiting for your answer go to someone else (to stop for a while, pause instead). To go ahead, send { $command }.
mentoring-cancel_ask = This withdraws your request: whoever was asked is told, and nobody else will be. To go ahead, send { $command }.
