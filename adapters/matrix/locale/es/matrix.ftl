# matrix: Spanish (tú, peninsular)

matrix-choice_line = { $emoji } { $label }: reacciona con { $emoji } o escribe { $command }
