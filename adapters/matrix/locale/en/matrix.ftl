# matrix: English (the reference catalog)

matrix-choice_line = { $emoji } { $label }: react { $emoji } or type { $command }
