# knowledge: Spanish (tú, peninsular)

knowledge-empty_query = Dime qué buscas, por ejemplo { $prefix }tool guía para tutores de empresa.
knowledge-results_head = Herramientas para «{ $query }» ({ $first }–{ $last } de { $total }):
knowledge-browse_head = Herramientas con { $options } ({ $first }–{ $last } de { $total }):
knowledge-browse_nothing = Ninguna herramienta coincide con { $options }. Prueba con menos opciones, o busca con palabras: { $prefix }tool BÚSQUEDA
knowledge-not_an_option = Nota: «{ $option }:» no es una opción, así que lo he buscado como palabras. Opciones: { $options } — por ejemplo { $prefix }tool mentoría lang: es
knowledge-option_equals = Nota: las opciones llevan dos puntos, no «=»: escribe { $option }: { $value } (esta vez lo he buscado como palabras).
knowledge-one_value = Un solo valor de «{ $what }» cada vez, por favor, por ejemplo { $option }: { $value }. Sin esa opción, busco en todos los valores.
knowledge-what_lang = idioma
knowledge-what_country = país
knowledge-what_type = tipo
knowledge-what_target = destinatarios
knowledge-query_first = Pon primero lo que buscas y luego las opciones: { $prefix }tool { $query } { $option }: { $value }
knowledge-results_foot = Detalles: { $prefix }tool show ID
knowledge-results_foot_more = Detalles: { $prefix }tool show ID · Página siguiente: { $prefix }more
knowledge-more_label = Más
knowledge-back_label = Anterior
knowledge-back_first = Ya estás en la primera página de “{ $query }”.
knowledge-did_you_mean = ¿Querías decir: { $options }?
knowledge-nothing = No he encontrado nada para «{ $query }». Prueba con otras palabras o con menos. ¿Conoces una buena herramienta? { $prefix }tool suggest URL TÍTULO | RESUMEN
knowledge-nothing_filtered = No he encontrado nada para «{ $query }» con { $options }. Prueba a quitar alguna opción.
knowledge-nothing_did_you_mean = No he encontrado nada para «{ $query }». ¿Querías decir { $options }?
knowledge-more_nothing = Aquí no hay ninguna búsqueda que continuar. Empieza una con { $prefix }tool BÚSQUEDA.
knowledge-more_done = Eso es todo: { $total ->
    [one] { $total } resultado
   *[other] { $total } resultados
} para «{ $query }».
knowledge-unknown_id = No hay ninguna herramienta con el ID «{ $id }». Busca con { $prefix }tool BÚSQUEDA para encontrar los ID.
knowledge-unknown_id_suggest = No hay ninguna herramienta con el ID «{ $id }». ¿Querías decir: { $options }? (Busca con { $prefix }tool BÚSQUEDA para encontrar los ID).
knowledge-missing_id = Indica el ID de la herramienta, por ejemplo { $prefix }tool { $command } epale. Busca con { $prefix }tool BÚSQUEDA para encontrar los ID.
knowledge-bad_lang = «{ $value }» no es un código de idioma. Usa un código ISO 639-1 de dos letras, como es, en, de o fr.
knowledge-bad_country = «{ $value }» no es un código de país. Usa un código de dos letras, como ES, PT, DE, o EU para herramientas de ámbito europeo.
knowledge-country_hint = Escribe { $code } en lugar de { $value } (códigos de país ISO 3166-1).
knowledge-bad_type = «{ $value }» no es un tipo de herramienta. Tipos: { $types }.
knowledge-bad_target = «{ $value }» no es un grupo destinatario que conozca. Destinatarios: { $targets }.
knowledge-f_title = Título
knowledge-f_summary = Resumen
knowledge-f_type = Tipo
knowledge-f_languages = Idiomas
knowledge-f_countries = Países
knowledge-f_sectors = Sectores
knowledge-f_targets = Para
knowledge-f_topics = Temas
knowledge-f_aliases = También conocido como
knowledge-f_publisher = Editor
knowledge-f_licence = Licencia
knowledge-f_year = Año
knowledge-f_link = Enlace
knowledge-f_status = Estado: { $status ->
    [published] publicada
    [pending] pendiente de revisión
    [rejected] rechazada
    [archived] archivada
   *[other] { $status }
} · añadida vía { $via } el { $date } · mostrada { $shown ->
    [one] una vez
   *[other] { $shown } veces
}
knowledge-f_note = Nota de revisión: { $note }
knowledge-suggest_form = Indica el enlace, el título y, después de |, un breve resumen, por ejemplo { $prefix }tool suggest https://example.org/guia Guía de tutoría | Cómo acompañar a aprendices.
knowledge-suggest_no_url = Empieza por el enlace a la herramienta, por ejemplo { $prefix }tool suggest https://example.org/guia Guía de tutoría | Cómo acompañar a aprendices.
knowledge-suggest_no_title = Indica el título de la herramienta después del enlace, por ejemplo { $prefix }tool suggest https://example.org/guia Guía de tutoría | Cómo acompañar a aprendices.
knowledge-suggested = ¡Gracias! «{ $title }» está en la cola de revisión como [{ $id }]; un coordinador la revisará y te responderemos por mensaje privado.
knowledge-suggested_similar = Nota: la colección ya tiene una herramienta con un título muy parecido: { $entries }. El coordinador comprobará si es la misma.
knowledge-suggest_too_many = Ya tienes { $limit ->
    [one] { $limit } sugerencia
   *[other] { $limit } sugerencias
} pendientes de revisión. Espera a que un coordinador las haya revisado.
knowledge-duplicate_url_published = Ese enlace ya está en la colección: { $title } [{ $id }] — mira { $prefix }tool show { $id }.
knowledge-duplicate_url_pending = Ese enlace ya se sugirió y está pendiente de revisión como [{ $id }].
knowledge-duplicate_url_archived = Ese enlace estuvo en la colección como [{ $id }] y se ha archivado; pregunta a un coordinador si debería volver.
knowledge-invalid = Ese valor no es correcto: { $problems }. Corrígelo y vuelve a intentarlo.
knowledge-someone = alguien
knowledge-review_empty = La cola de revisión está vacía.
knowledge-review_head = Cola de revisión: { $total ->
    [one] { $total } pendiente
   *[other] { $total } pendientes
}, primero las más antiguas ({ $shown ->
    [one] se muestra { $shown }
   *[other] se muestran { $shown }
}):
knowledge-review_by = sugerida por { $who } el { $date }
knowledge-review_similar = Se parece a: { $ids }
knowledge-review_foot = { $prefix }tool approve ID · { $prefix }tool reject ID MOTIVO · { $prefix }tool edit ID CAMPO: VALOR · { $prefix }tool show ID
knowledge-approve_label = Aprobar { $id }
knowledge-show_label = Ver { $id }
knowledge-approved = Publicada: { $title } [{ $id }].
knowledge-approved_dm = Buenas noticias: tu sugerencia «{ $title }» se ha aprobado y ya está en la colección. ¡Gracias! Mira { $prefix }tool show { $id }
knowledge-reject_form = Escribe { $prefix }tool reject ID MOTIVO, por ejemplo { $prefix }tool reject peer-coaching ya está en la colección. Consulta la cola con { $prefix }tool review.
knowledge-reject_needs_reason = Indica un motivo después del ID; se le comunicará a quien la sugirió, por ejemplo { $prefix }tool reject { $id } ya está en la colección.
knowledge-reject_not_pending = [{ $id }] está { $status ->
    [published] publicada
    [rejected] rechazada
    [archived] archivada
   *[other] { $status }
}, no pendiente de revisión; solo se pueden rechazar sugerencias (para herramientas publicadas, usa archive).
knowledge-rejected = Rechazada: { $title } [{ $id }].
knowledge-rejected_told = Rechazada: { $title } [{ $id }]. Quien la sugirió ha recibido el motivo por mensaje privado.
knowledge-rejected_dm = Gracias por sugerir «{ $title }» ({ $url }). Un coordinador ha decidido no añadirla: { $reason }
knowledge-already_published = [{ $id }] ya está publicada.
knowledge-already_rejected = [{ $id }] ya está rechazada.
knowledge-already_archived = [{ $id }] ya está archivada.
knowledge-edit_form = Escribe el cambio como ID CAMPO: VALOR (varios separados por ;), por ejemplo { $prefix }tool edit epale languages: en, de, es; type: toolkit
knowledge-edit_unchanged = No ha cambiado nada: [{ $id }] ya tiene ese valor en { $field }.
knowledge-edited = Actualizada { $title } [{ $id }]:
knowledge-edited_field = {"  "}{ $field }: { $old } → { $new }
knowledge-archived = Archivada: { $title } [{ $id }] ya no aparece en las búsquedas ({ $prefix }tool approve { $id } la recupera).
knowledge-gaps_empty = Hasta ahora ninguna búsqueda se ha quedado sin resultados.
knowledge-gaps_head = Búsquedas sin resultados más frecuentes (anónimas: solo palabras y recuentos):
knowledge-gaps_line = { $count ->
    [one] una vez
   *[other] { $count } veces
}, la última el { $date }
knowledge-privacy_what = Conocimiento: las herramientas que sugieres o revisas quedan vinculadas a ti hasta que pidas que se borren tus datos (las herramientas se quedan, sin tu nombre); las búsquedas sin resultados se cuentan solo por sus palabras, nunca por quién buscó. Cuántas búsquedas hay cada día se cuenta solo como un número.
knowledge-cli_bad_lang = código de idioma desconocido «{ $value }» (usa ISO 639-1, p. ej. es)
knowledge-cli_bad_country = código de país desconocido «{ $value }» (usa ISO 3166-1, p. ej. ES, o EU)
knowledge-cli_nothing = no se ha encontrado nada
knowledge-cli_nothing_did_you_mean = no se ha encontrado nada; ¿querías decir: { $options }?
knowledge-cli_importing = importando
knowledge-cli_import_done = { $rows ->
    [one] { $rows } fila leída
   *[other] { $rows } filas leídas
}: { $created ->
    [one] { $created } creada
   *[other] { $created } creadas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}, { $unchanged ->
    [one] { $unchanged } sin cambios
   *[other] { $unchanged } sin cambios
}, { $skipped ->
    [one] { $skipped } omitida
   *[other] { $skipped } omitidas
}
knowledge-cli_import_dry_run = simulación: { $rows ->
    [one] { $rows } fila leída
   *[other] { $rows } filas leídas
}: se crearían { $created }, se actualizarían { $updated }, { $unchanged ->
    [one] { $unchanged } sin cambios
   *[other] { $unchanged } sin cambios
}, { $skipped ->
    [one] { $skipped } omitida
   *[other] { $skipped } omitidas
}
knowledge-cli_problems_head = {"  "}fila  campo           problema
knowledge-cli_exported = { $count ->
    [one] { $count } entrada exportada
   *[other] { $count } entradas exportadas
} a { $path }
knowledge-problem-required = obligatorio
knowledge-problem-too_long = más de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}
knowledge-problem-not_single_text = debe ser un solo texto, no una lista
knowledge-problem-not_text = debe ser un texto, no { $kind } (ponlo entre comillas en YAML o JSON)
knowledge-problem-not_text_bool = debe ser un texto, no true/false (ponlo entre comillas en YAML o JSON)
knowledge-problem-not_text_number = debe ser un texto, no un número (ponlo entre comillas en YAML o JSON)
knowledge-problem-id_not_text = debe ser un texto como «mentoring-guide» (ponlo entre comillas en YAML)
knowledge-problem-id_form = debe tener de 2 a 63 letras minúsculas, cifras o guiones, y empezar por una letra o una cifra
knowledge-problem-url_form = debe ser un enlace http(s) completo, como https://example.org/pagina
knowledge-problem-url_spaces = no debe contener espacios
knowledge-problem-unknown_type = tipo desconocido «{ $value }» (uno de: { $types })
knowledge-problem-unknown_target_group = grupo destinatario desconocido «{ $value }» (uno de: { $groups })
knowledge-problem-item_not_text = el elemento { $item } no es un texto (ponlo entre comillas en YAML o JSON)
knowledge-problem-item_semicolon = el elemento «{ $item }» no debe contener «;»
knowledge-problem-not_list = debe ser una lista o un texto separado por «;»
knowledge-problem-too_many_items = más de { $limit ->
    [one] { $limit } elemento
   *[other] { $limit } elementos
}
knowledge-problem-item_too_long = un elemento tiene más de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}
knowledge-problem-code_hint = «{ $value }» se escribe { $code } en { $standard }
knowledge-problem-unknown_code = código { $standard } desconocido «{ $value }»
knowledge-problem-year_form = debe ser un año, como 2021
knowledge-problem-year_range = debe estar entre { $low } y { $high }
knowledge-problem-extra_cells = más celdas que columnas
knowledge-problem-not_mapping = la entrada no es un conjunto de campos
knowledge-problem-unknown_field = campo desconocido
knowledge-problem-repeats_row = repite la fila { $row }
knowledge-problem-same_entry = misma entrada que la fila { $row }
knowledge-problem-url_taken = ya lo usa la entrada «{ $id }»
knowledge-problem-not_a_field = no es un campo de una entrada (campos: { $fields })
knowledge-file-unknown_type = { $name }: tipo de archivo desconocido «{ $suffix }»; usa .csv, .json o .yaml
knowledge-file-too_large = { $name }: más de { $mib } MiB
knowledge-file-unreadable = { $name }: no se puede leer: { $reason }
knowledge-file-unwritable = { $name }: no se puede escribir: { $reason }
knowledge-file-bad_syntax = { $name }: { $kind } no válido: { $reason }
knowledge-file-not_a_list = { $name }: se esperaba una lista de entradas
knowledge-file-unknown_columns = { $name }: desconocido en la cabecera: { $columns }; las columnas son { $known }
knowledge-file-no_title_column = { $name }: la cabecera debe incluir una columna «title»
knowledge-file-repeated_column = { $name }: una columna aparece dos veces en la cabecera
knowledge-privacy_searches = Búsquedas para !more: donde varias réplicas responden por turnos, tu última búsqueda en cada sala se guarda una hora, para que la página siguiente llegue responda la réplica que responda.
