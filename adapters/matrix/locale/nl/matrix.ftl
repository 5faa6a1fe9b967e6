# matrix: Nederlands (aanspreekvorm: je/jij)

matrix-choice_line = { $emoji } { $label }: reageer met { $emoji } of typ { $command }
