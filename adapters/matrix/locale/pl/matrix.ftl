# matrix: polski (forma zwracania się: ty)

matrix-choice_line = { $emoji } { $label }: zareaguj { $emoji } albo wpisz { $command }
