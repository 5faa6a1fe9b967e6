# discord: English (the reference catalog)

discord-dm_failed = I couldn't send you a direct message: Discord refused it (your DMs may be closed to this server). Allow direct messages from server members and try again.
discord-command_gone = That command is not available any more. Type { $prefix }help to see what I can do.
discord-done = Done.
discord-choice_expired = That button has expired (I was restarted since it was sent). Please send the command again.
