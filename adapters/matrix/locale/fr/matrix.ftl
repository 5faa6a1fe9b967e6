# matrix: French (vous)

matrix-choice_line = { $emoji } { $label } : réagissez avec { $emoji } ou tapez { $command }
