# El panel de los coordinadores en el navegador (!dashboard y sus páginas).

dashboard-off = El panel no está activado en este bot. Un administrador lo activa con [web] listen en bot.toml.
dashboard-link = Tu enlace para entrar al panel, válido { $minutes } minutos y una sola vez: { $url }
dashboard-link_sent = Te he enviado un enlace para entrar por mensaje directo.
dashboard-title = Panel de vetbot
dashboard-nav_label = Páginas del panel
dashboard-nav_overview = Resumen
dashboard-nav_review = Cola de revisión
dashboard-nav_prompts = Calendario de preguntas
dashboard-sign_out = Cerrar sesión
dashboard-refused_title = No es posible
dashboard-forbidden = Se ha rechazado esta petición. Vuelve atrás, recarga la página e inténtalo de nuevo.
dashboard-not_found = Esta página no existe.
dashboard-no_access = No has iniciado sesión o ya no coordinas ninguna red. Pide un enlace nuevo con { $prefix }dashboard en el chat.
dashboard-signed_out = Has cerrado la sesión.
dashboard-signin_title = Entrar
dashboard-signin_text = Entra en el panel de tus redes con el enlace que pediste en el chat.
dashboard-signin_button = Entrar
dashboard-refused_invalid = Este enlace para entrar no es válido. Pide uno nuevo con { $prefix }dashboard en el chat.
dashboard-refused_expired = Este enlace para entrar ha caducado. Pide uno nuevo con { $prefix }dashboard en el chat.
dashboard-refused_used = Este enlace para entrar ya se ha usado. Pide uno nuevo con { $prefix }dashboard en el chat.
dashboard-refused_unknown = Este enlace para entrar ya no funciona porque el bot se ha reiniciado. Pide uno nuevo con { $prefix }dashboard en el chat.
dashboard-refused_too_many = Demasiados intentos de entrar. Espera diez minutos y pide un enlace nuevo con { $prefix }dashboard.
dashboard-overview_title = Resumen
dashboard-overview_intro = Las cifras de tus redes del { $start } al { $end }, tal como las dan los informes.
dashboard-fewer_note = Una cifra sobre menos de 5 personas aparece como «menos de 5» y no tiene barra.
dashboard-network = Red { $name }
dashboard-lookups = Búsquedas de herramientas: { $asked }; sin resultados: { $empty }.
dashboard-matches_chart = Emparejamientos de mentoría aceptados por mes
dashboard-prompts_chart = Personas que respondieron por pregunta
dashboard-gaps_chart = Búsquedas sin resultados más frecuentes
dashboard-month = Mes
dashboard-matches = Emparejamientos
dashboard-prompt = Pregunta
dashboard-people = Personas que respondieron
dashboard-lookup = Búsqueda
dashboard-times = Veces
dashboard-prompt_label = Pregunta n.º { $id }
dashboard-table = Las cifras en una tabla
dashboard-nothing_yet = Todavía nada en este periodo.
dashboard-fewer = menos de 5
dashboard-not_known = no se sabe
dashboard-review_title = Cola de revisión
dashboard-review_empty = No hay sugerencias pendientes de revisión.
dashboard-review_count = { $total ->
    [one] Hay una sugerencia pendiente.
   *[other] Hay { $total } sugerencias pendientes; aquí están las { $shown } más antiguas.
}
dashboard-similar = Se parece a: { $ids }
dashboard-suggested_by = Sugerida por { $name }
dashboard-approve = Aprobar y publicar
dashboard-reject = Rechazar
dashboard-reason = Motivo (se le comunica a quien la sugirió)
dashboard-reason_needed = Indica el motivo del rechazo: se le comunica a quien la sugirió.
dashboard-approved = Aprobada y publicada: { $title } ({ $id }).
dashboard-rejected = Rechazada: { $title } ({ $id }). Se le avisa a quien la sugirió.
dashboard-prompts_title = Calendario de preguntas
dashboard-calendar_caption = { $days ->
    [one] Preguntas del próximo día
   *[other] Preguntas de los próximos { $days } días
}
dashboard-calendar_empty = { $days ->
    [one] No hay ninguna pregunta prevista para el próximo día.
   *[other] No hay ninguna pregunta prevista para los próximos { $days } días.
}
dashboard-when = Cuándo
dashboard-text = Texto
