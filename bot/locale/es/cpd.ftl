# Desarrollo profesional (!cpd): autoevaluación, plan, registro de aprendizaje y portafolio.
cpd-privacy_what = Desarrollo profesional: cómo te valoras en cada competencia (o que la has saltado) y tu registro de aprendizaje (qué, cuándo, qué competencia, un enlace a una evidencia), visibles solo para ti; y la red en cuyas cifras cuenta tu autoevaluación (allí solo en grupos de 5 personas o más, nunca con tu nombre).
cpd-sent_dm = Te he enviado un mensaje privado.
cpd-no_framework = Todavía no hay ningún marco de competencias. Pide a un coordinador que importe uno.
cpd-framework_unknown = No existe el marco “{ $id }”.
cpd-status_head = Tu desarrollo profesional – { $framework }
cpd-status_counts = { $total ->
    [one] Valoradas: { $rated } de { $total } competencia (saltadas: { $skipped }).
   *[other] Valoradas: { $rated } de { $total } competencias (saltadas: { $skipped }).
}
cpd-status_log = { $count ->
    [0] Tu registro de aprendizaje está vacío.
    [one] Tu registro de aprendizaje tiene una entrada.
   *[other] Tu registro de aprendizaje tiene { $count } entradas.
}
cpd-next_start = Siguiente paso: valórate con { $command }; se tarda unos cinco minutos.
cpd-next_continue = Siguiente paso: sigue donde lo dejaste con { $command }.
cpd-next_plan = Siguiente paso: consulta tu plan de desarrollo con { $command }.
cpd-status_commands = Además: { $prefix }cpd log QUÉ (registro de aprendizaje), { $prefix }cpd export (portafolio en un archivo).
cpd-assess_unknown = “{ $value }” no es ni un área ni una competencia. Áreas: { $areas }.
cpd-rate_form = Indica una competencia y un nivel (o sáltala).
cpd-competence_unknown = No existe la competencia “{ $id }”. Empieza con { $command }.
cpd-level_bad = “{ $value }” no es un nivel: responde con un número del 1 al { $top }, o salta la pregunta.
cpd-level_unknown = No hay nivel { $level }: la escala va del 1 al { $top }.
cpd-saved = Guardado: { $competence } – { $answer }.
cpd-area_done = Ya has visto todas las competencias de “{ $area }”.
cpd-all_done = { $count ->
    [one] Has respondido a todas las preguntas (una competencia valorada). Para cambiar una respuesta, vuelve a un área, por ejemplo { $again }.
   *[other] Has respondido a todas las preguntas ({ $count } competencias valoradas). Para cambiar una respuesta, vuelve a un área, por ejemplo { $again }.
}
cpd-question =
    Pregunta { $number } de { $total } – { $area }
    { $competence }: { $description }
    ¿Qué tal se te da?
cpd-current = Tu respuesta hasta ahora: { $answer }.
cpd-skip_button = Saltar
cpd-answer_how = Toca un nivel o escríbelo: { $example }
cpd-skipped = saltada
cpd-not_rated = sin valorar
cpd-plan_nothing = Aún no hay nada que planificar: primero valórate con { $command }.
cpd-match_need = Apoyo en “{ $area }” ({ $topics })
cpd-plan_head = Tu plan de desarrollo – { $framework }. Tus dos áreas con más margen de mejora:
cpd-plan_area = { $number }. { $area } – media { $average } ({ $rated ->
    [one] una competencia valorada
   *[other] { $rated } competencias valoradas
})
cpd-plan_tools = Herramientas para empezar:
cpd-plan_tool_more = Más sobre una herramienta: { $command }
cpd-plan_no_tools = La colección aún no tiene ninguna herramienta para esta área.
cpd-plan_mentors = { $count ->
    [0] Ahora mismo ningún mentor cubre esta área; la solicitud esperará hasta que haya uno.
    [one] Un mentor con plaza libre cubre esta área.
   *[other] { $count } mentores con plaza libre cubren esta área.
}
cpd-plan_match = Solicitud de mentoría lista: { $request }
cpd-plan_accept = Envíala con { $command }
cpd-plan_accept_button = Pedir un mentor ({ $number })
cpd-no_mentoring = Este bot no ofrece mentoría.
cpd-accept_bad = “{ $value }” no es un área de tu plan: indica 1 o 2.
cpd-asked_proposed = Solicitud n.º { $id } para “{ $area }” guardada. Se lo he propuesto a un mentor y te avisaré en cuanto responda. Consulta { $status }.
cpd-asked_waiting = Solicitud n.º { $id } para “{ $area }” guardada. Todavía no hay ningún mentor libre; sigo buscando. Consulta { $status }.
cpd-log_what_missing = Di qué has hecho: un curso, una visita entre colegas, un libro…
cpd-log_what_long = Máximo { $limit } caracteres.
cpd-log_competence_unknown = No existe la competencia “{ $value }”. Las preguntas de { $command } muestran el identificador de cada competencia.
cpd-log_evidence_bad = “{ $value }” no es una dirección web: la evidencia debe empezar por https:// o http://.
cpd-log_date_bad = “{ $value }” no es una fecha: escribe 2026-12-31 o 31.12.2026.
cpd-log_date_future = { $value } está en el futuro: anota lo que ya has hecho.
cpd-log_saved = La entrada n.º { $number } está en tu registro de aprendizaje. Míralo entero con { $list }.
cpd-log_empty = Tu registro de aprendizaje está vacío. Añade una entrada con { $command } QUÉ.
cpd-log_empty_plain = Todavía no hay entradas.
cpd-log_head = { $count ->
    [one] Tu registro de aprendizaje (una entrada):
   *[other] Tu registro de aprendizaje ({ $count } entradas):
}
cpd-log_number_missing = Indica el número de la entrada, tal como aparece en la lista.
cpd-log_unknown = Tu registro de aprendizaje no tiene la entrada n.º { $number }. Consulta { $command }.
cpd-log_full = Tu registro de aprendizaje está lleno ({ $limit } entradas). Borra algunas primero.
cpd-log_delete_ask = La entrada se borrará para siempre. Envía { $command } para continuar.
cpd-log_deleted = La entrada n.º { $number } se ha borrado.
cpd-export_sent_md = Tu portafolio en Markdown, para editarlo o usarlo en otro sitio.
cpd-export_sent_html = Tu portafolio como página web, para imprimirlo o presentarlo en un procedimiento de acreditación de competencias.
cpd-export_title = Portafolio de desarrollo profesional de { $name }
cpd-export_intro = Autoevaluación según el marco “{ $framework }” y registro de aprendizaje, a { $day }.
cpd-export_ratings = Autoevaluación por área (nivel medio)
cpd-export_log = Registro de aprendizaje
cpd-export_col_number = N.º
cpd-export_col_date = Fecha
cpd-export_col_what = Qué hice
cpd-export_col_competence = Competencia
cpd-export_col_evidence = Evidencia
cpd-cli_none = no hay ningún marco guardado
cpd-cli_counts = { $areas } áreas, { $competences } competencias
cpd-cli_refused = { $count ->
    [one] no importado, no se ha guardado nada: un problema
   *[other] no importado, no se ha guardado nada: { $count } problemas
}
cpd-cli_dry_run = “{ $id }” comprobado: { $competences } competencias, sustituiría uno guardado: { $replaced }, valoraciones que se perderían: { $dropped } (prueba, no se ha guardado nada)
cpd-cli_imported = “{ $id }” importado: { $competences } competencias, sustituido uno guardado: { $replaced }, valoraciones de competencias retiradas borradas: { $dropped }
cpd-problem-required = obligatorio
cpd-problem-not_texts = debe tener textos por idioma, por ejemplo {"{"}en: "…", es: "…"{"}"}
cpd-problem-bad_language = “{ $value }” no es un código de idioma de dos letras
cpd-problem-empty = vacío
cpd-problem-too_long = más de { $limit } caracteres
cpd-problem-missing_english = no tiene texto en inglés (en)
cpd-problem-bad_id = “{ $value }” no es un identificador: letras minúsculas, cifras y guiones
cpd-problem-not_list = debe ser una lista
cpd-problem-not_mapping = debe asociar claves y valores
cpd-problem-unknown_field = campo desconocido
cpd-problem-bad_version = debe ser un número entero a partir de 1
cpd-problem-scale_size = una escala necesita de 2 a { $most } niveles
cpd-problem-bad_level = los niveles suben de uno en uno desde 1: se esperaba { $expected }
cpd-problem-no_descriptor = el nivel no tiene descriptor
cpd-problem-duplicate_id = el identificador “{ $value }” se usa dos veces
cpd-problem-unknown_area = remite a un área desconocida “{ $value }”
cpd-problem-area_nested = una competencia dentro de un área no indica ningún área
cpd-problem-too_many = más de { $most } competencias
cpd-problem-bad_topic = los temas deben ser textos cortos
cpd-file-bad_format = { $name }: usa un archivo .yaml, .yml o .json
cpd-file-too_large = { $name } ocupa más de { $limit } bytes; no se ha leído
cpd-file-unreadable = { $name } no se puede leer
cpd-file-bad_syntax = { $name } no es YAML ni JSON válido

# Informes de las redes: autoevaluaciones por red, país y área.
cpd-fewer_than = menos de { $min }
cpd-agg_withheld = no se muestra
cpd-agg_title = Autoevaluaciones — { $framework }
cpd-agg_intro = Cómo se valoran las personas de cada red, por área: cuántas la han valorado, cuántas están en cada nivel y el nivel medio. Los grupos de menos de { $min } personas no se muestran en cifras; «no se muestra» indica una cifra retenida para que un grupo más pequeño no pueda deducirse del total.
cpd-agg_none = Todavía nadie se ha autoevaluado.
cpd-agg_people = personas: { $people }
cpd-agg_col_area = Área
cpd-agg_col_rated = Valorada por
cpd-agg_col_average = Media
cpd-overview_head = Cómo se valoran las personas de tus redes — { $framework }. Los grupos de menos de { $min } personas no se muestran en cifras.
cpd-overview_network = Red { $network } — personas que se han autoevaluado: { $people }
cpd-overview_area = • { $area } — valorada por: { $rated }; nivel medio: { $average }
cpd-overview_area_hidden = • { $area } — menos de { $min } personas la han valorado, no se muestra.
cpd-overview_countries = Por país (personas): { $countries }
cpd-overview_more = Niveles por área y por país: { $command } (en el servidor).
cpd-cli_written = Guardado en { $path }.
