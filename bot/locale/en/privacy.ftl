# privacy: English (the reference catalog)

privacy-intro = What { $name } stores about you, and why:
privacy-core_what = Your chat name and account id on each platform, only once you use a feature that needs them (mentoring, suggestions), so the bot can reach you and show you your own data; the language, time zone and country you choose with { $prefix }language, { $prefix }timezone and { $prefix }country. Commands themselves are not stored; what coordinators do (scheduling, reviews, batch runs) is kept in an audit log under their account.
privacy-rights = See everything stored about you with { $prefix }mydata (sent by direct message); erase it with { $prefix }forgetme. Coordinators can see mentoring statistics but not your messages.
privacy-nothing_stored = I store nothing about you.
privacy-export_intro = Here is everything I store about you, as a file (JSON).
privacy-export_sent = I've sent you your data by direct message.
privacy-forget_ask = This erases everything I store about you: your mentor or expert profiles, your requests, your ratings, your survey answers, the replies counted in prompt threads, your account in the audit log and your accounts. Only anonymous counts stay. Proposals waiting on you go to someone else; a match of yours ends, and the other person is told. To go ahead, send { $command }.
privacy-forget_button = Erase my data
privacy-forget_confirm_word = Send { $prefix }forgetme to see what is erased, then { $prefix }forgetme confirm.
privacy-forgotten = Done: I've erased everything I stored about you. Only anonymous counts remain.
