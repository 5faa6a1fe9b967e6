# matrix: Deutsch (Anrede: du)

matrix-choice_line = { $emoji } { $label }: reagiere mit { $emoji } oder schreib { $command }
