# matrix: European Portuguese (formal third person)

matrix-choice_line = { $emoji } { $label }: reaja com { $emoji } ou escreva { $command }
