# matrix: Italian (tu)

matrix-choice_line = { $emoji } { $label }: reagisci con { $emoji } oppure scrivi { $command }
