# mentoring: Spanish (tú, peninsular)

mentoring-privacy_what = Mentoría: si te apuntas como mentor o experto, tu perfil (temas, idiomas, país, sector, disponibilidad, bio), para poder emparejarte con formadores; si pides un mentor, tu solicitud y sus propuestas; las valoraciones que das. Las solicitudes se anonimizan un tiempo después de cerrarse.
mentoring-consent =
    Antes de apuntarte como { $kind ->
        [expert] experto
       *[mentor] mentor
    }, lee lo que implica:
    • Qué se guarda: tu nombre en el chat y el ID de tu cuenta, y el perfil que indiques aquí (temas, idiomas, país, sector, disponibilidad, bio).
    • Quién lo ve: { $name } lo usa para elegir a quién preguntar. Los formadores nunca ven tu perfil; cuando recibes una propuesta, solo ves la necesidad planteada. Tu nombre y tu cuenta solo se comparten con un formador después de que aceptes su solicitud.
    • Salir: puedes hacer una pausa cuando quieras, o darte de baja para borrar tu perfil ({ $prefix }{ $kind } leave); { $prefix }mydata muestra todo lo que se guarda, { $prefix }forgetme lo borra.
mentoring-consent_how = Para aceptar, envía el mismo comando con «consent: yes» (o usa el botón): { $command }
mentoring-consent_button = Acepto, apuntarme
mentoring-consent_declined = De acuerdo, no te has apuntado como { $kind ->
    [expert] experto
   *[mentor] mentor
}; no se ha guardado nada.
mentoring-already_joined = Ya tienes un perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
}. Cámbialo con { $command }.
mentoring-not_joined = No tienes perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
}. Apúntate con { $command }.
mentoring-not_paused = Tu perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
} no está en pausa, así que no hay nada que reanudar; ponlo en pausa con { $command }.
mentoring-positional_unexpected = No esperaba «{ $text }» aquí; los campos del perfil se escriben «topics: …».
mentoring-update_nothing = No hay nada que actualizar: indica al menos un campo, por ejemplo «capacity: 3» o «languages: es, en».
mentoring-languages_assumed = No has indicado idiomas, así que he puesto { $language } (el idioma en el que escribes). Para cambiarlo: { $command }
mentoring-joined = ¡Te damos la bienvenida! Ya estás en la lista de { $kind ->
    [expert] expertos
   *[mentor] mentores
}. Te enviaré las propuestas por mensaje privado; haz una pausa con { $prefix }{ $kind } pause, date de baja con { $prefix }{ $kind } leave.
mentoring-joined_rate_areas = También puedes valorar tus propias áreas con { $command }: cuando alguien pide un mentor desde su plan de desarrollo, primero se pregunta a los mentores que se valoran fuertes en esa área.
mentoring-updated = Tu perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
} está actualizado.
mentoring-me = Tu perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
}:
mentoring-me_none = Aún no tienes perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
}. Apúntate con { $command }.
mentoring-paused = En pausa: no recibirás nuevas propuestas como { $kind ->
    [expert] experto
   *[mentor] mentor
} hasta que envíes { $command }. Las propuestas que ya te he enviado siguen abiertas.
mentoring-paused_until = En pausa hasta el { $until }: hasta entonces no recibirás nuevas propuestas como { $kind ->
    [expert] experto
   *[mentor] mentor
} ({ $command } para volver antes).
mentoring-resumed = Ya estás de vuelta: puedes volver a recibir propuestas como { $kind ->
    [expert] experto
   *[mentor] mentor
}.
mentoring-left = Tu perfil de { $kind ->
    [expert] experto
   *[mentor] mentor
} se ha borrado. { $withdrawn ->
    [one] Propuesta retirada: { $withdrawn }.
   *[other] Propuestas retiradas: { $withdrawn }.
} ¡Gracias por tu ayuda!
mentoring-state_active = activo
mentoring-state_paused = en pausa
mentoring-state_paused_until = en pausa hasta el { $until }
mentoring-profile_summary =
    {"  "}Temas: { $topics }
    {"  "}Idiomas: { $languages } · País: { $country } · Sector: { $sector }
    {"  "}Disponibilidad: { $capacity } (ocupada: { $used }) · Estado: { $state }
    {"  "}Bio: { $bio }
mentoring-request_proposed = Solicitud n.º { $id } guardada. Se la he planteado a un { $kind ->
    [expert] experto
   *[mentor] mentor
} que encaja; tiene { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} para responder, y te avisaré por mensaje privado cuando alguien acepte. { $status } muestra cómo va.
mentoring-request_waiting = Solicitud n.º { $id } guardada, pero ahora mismo no hay ningún { $kind ->
    [expert] experto
   *[mentor] mentor
} que encaje. Sigue abierta: se la plantearé a los nuevos { $kind ->
    [expert] expertos
   *[mentor] mentores
} a medida que se apunten. { $cancel } la retira.
mentoring-too_many_open = Ya tienes { $limit ->
    [one] { $limit } solicitud abierta
   *[other] { $limit } solicitudes abiertas
}; mira { $command } y cancela una antes.
mentoring-request_duplicate = Ya tienes una solicitud abierta para esto, la n.º { $id } («{ $need }»). { $status } muestra cómo va; { $cancel } la retira si quieres pedirlo de otra forma.
mentoring-proposal =
    Un formador busca un { $kind ->
        [expert] experto
       *[mentor] mentor
    } (propuesta n.º { $id }):
    «{ $need }»
    Preferencias: { $asked }
    ¿Puedes ayudar? Responde antes del { $deadline }: { $accept } o { $decline }. Solo conocerás el nombre del formador si aceptas.
mentoring-proposal_why = Por qué tú: { $reasons }
mentoring-button_accept = Aceptar
mentoring-button_decline = Rechazar
mentoring-accepted = ¡Gracias! Has aceptado la propuesta n.º { $id }; os he presentado por mensaje privado.
mentoring-declined = Gracias por avisar; la propuesta n.º { $id } queda rechazada y se lo he planteado a otra persona.
mentoring-declined_nobody_left = Gracias por avisar; la propuesta n.º { $id } queda rechazada. Ahora mismo no hay nadie más a quien preguntar, así que la solicitud espera a nuevos { $kind ->
    [expert] expertos
   *[mentor] mentores
}; el formador lo sabe.
mentoring-expired_to_mentor = La propuesta n.º { $id } ha caducado sin respuesta, así que se la he planteado a otra persona. No pasa nada.
mentoring-expired_to_mentor_last = La propuesta n.º { $id } ha caducado sin respuesta. No pasa nada: la solicitud espera a nuevos mentores o expertos.
mentoring-withdrawn_to_mentor = El formador ha retirado la solicitud de la propuesta n.º { $id }; no tienes que hacer nada más.
mentoring-intro_requester = Buenas noticias: un { $kind ->
    [expert] experto
   *[mentor] mentor
} ha aceptado tu solicitud n.º { $id } («{ $need }»). Te presento a { $other }: saludaos por mensaje privado. Después, cuéntanos qué tal ha ido: { $feedback }
mentoring-intro_mentor = Gracias por aceptar la propuesta n.º { $id } («{ $need }»). La persona a la que acompañarás es { $other }, que ya sabe de ti. Más adelante, valóralo con { $feedback }; { $end } libera tu plaza cuando terminéis.
mentoring-exhausted = Lo siento: he planteado tu solicitud n.º { $id } a { $tries ->
    [one] { $tries } { $kind ->
        [expert] experto
       *[mentor] mentor
    }
   *[other] { $tries } { $kind ->
        [expert] expertos
       *[mentor] mentores
    }
} y ahora mismo nadie ha podido asumirla. Sigue abierta: se la plantearé a los nuevos { $kind ->
    [expert] expertos
   *[mentor] mentores
} a medida que se apunten.
mentoring-exhausted_told = Los coordinadores también lo saben.
mentoring-exhausted_coordinators = La solicitud n.º { $id } ({ $kind ->
    [expert] experto
   *[mentor] mentor
}, «{ $need }») no ha encontrado a nadie después de { $tries ->
    [one] { $tries } propuesta
   *[other] { $tries } propuestas
}; sigue abierta. Mira { $stats }.
mentoring-proposal_unknown = No tienes ninguna propuesta abierta n.º { $id }. { $command } muestra las que esperan tu respuesta.
mentoring-proposal_was_accepted = Ya aceptaste la propuesta n.º { $id }; no hay nada más que responder. Cuando terminéis, { $end } libera tu plaza.
mentoring-proposal_was_accepted_decline = Ya aceptaste la propuesta n.º { $id }, así que ya no se puede rechazar. Si no puedes seguir, termina el emparejamiento con { $end }.
mentoring-proposal_was_declined = La propuesta n.º { $id } ya estaba rechazada. { $pending } muestra las propuestas que aún esperan tu respuesta.
mentoring-proposal_was_expired = La propuesta n.º { $id } ha caducado; ha pasado a otra persona. { $pending } muestra las propuestas que aún esperan tu respuesta.
mentoring-accept_full = Tienes todas tus plazas ocupadas (disponibilidad { $capacity }), así que no puedo añadir este emparejamiento. Termina antes uno ({ $command } muestra los tuyos), amplía tu disponibilidad o di que no con { $decline }.
mentoring-proposal_was_withdrawn = La propuesta n.º { $id } se ha retirado; ya no hay nada que responder. { $pending } muestra las propuestas que aún esperan tu respuesta.
mentoring-request_unknown = No tienes ninguna solicitud n.º { $id }. { $command } muestra las tuyas.
mentoring-request_was_matched = La solicitud n.º { $id } ya tiene emparejamiento (n.º { $match }), así que no hay nada que cancelar. Para terminar el emparejamiento, usa { $end }.
mentoring-request_was_cancelled = La solicitud n.º { $id } ya está cancelada. { $status } muestra tus solicitudes; vuelve a pedir con { $command }.
mentoring-nothing_to_cancel = No tienes ninguna solicitud abierta que cancelar; { $command } muestra tus solicitudes.
mentoring-cancel_which = Tienes varias solicitudes abiertas ({ $ids }); di cuál: { $command }
mentoring-cancelled = La solicitud n.º { $id } está cancelada.
mentoring-id_missing = Indica el ID (un número).
mentoring-match_unknown = No tienes ningún emparejamiento n.º { $id }. { $command } muestra tus solicitudes con sus números.
mentoring-match_number_ambiguous = El n.º { $id } es a la vez una de tus solicitudes y una propuesta que aceptaste, así que no sé a qué emparejamiento te refieres. { $status } muestra tus solicitudes; { $pending }, las propuestas que te enviaron.
mentoring-match_not_accepted = El n.º { $id } aún no es un emparejamiento aceptado, así que no se puede valorar ni terminar; podrás hacerlo cuando el mentor acepte. { $command } muestra cómo van tus solicitudes.
mentoring-match_ended_already = El emparejamiento n.º { $id } ya ha terminado. Todavía puedes valorarlo: { $command }.
mentoring-feedback_missing = Indica el ID del emparejamiento y una valoración del 1 al 5.
mentoring-feedback_saved = ¡Gracias! Tu valoración de { $rating }/5 para el emparejamiento n.º { $id } está guardada.
mentoring-feedback_replaced = Tu valoración del emparejamiento n.º { $id } ahora es { $rating }/5.
mentoring-ended = El emparejamiento n.º { $id } ha terminado; gracias. Valóralo con { $command }.
mentoring-pending_none = No hay propuestas esperando tu respuesta.
mentoring-pending_header = { $count ->
    [one] Propuesta que espera tu respuesta ({ $count }):
   *[other] Propuestas que esperan tu respuesta ({ $count }):
}
mentoring-pending_item = {"  "}Propuesta n.º { $id } ({ $kind ->
    [expert] experto
   *[mentor] mentor
}, responde antes del { $deadline }): «{ $need }» — { $accept } / { $decline }
mentoring-status_none = No tienes solicitudes. Pide un mentor con { $command }.
mentoring-status_header = Tus solicitudes (cancela, valora o termina una por su número):
mentoring-status_item = {"  "}Solicitud n.º { $id } ({ $kind ->
    [expert] experto
   *[mentor] mentor
}) «{ $need }»: { $state }
mentoring-status_matched = emparejada con { $name }: valora el emparejamiento con { $feedback }, termínalo con { $end }
mentoring-status_ended = emparejamiento terminado; valóralo con { $feedback }
mentoring-status_ended_rated = emparejamiento terminado, valorado con { $rating }/5 (cambia la valoración con { $feedback })
mentoring-status_matched_gone = emparejada (la otra persona ha borrado después sus datos)
mentoring-status_proposed = esperando la respuesta del { $nth } { $kind ->
    [expert] experto
   *[mentor] mentor
} consultado (antes del { $until }); { $cancel } la retira
mentoring-status_proposed_unsent = el { $nth } { $kind ->
    [expert] experto
   *[mentor] mentor
} consultado recibirá la propuesta en unos minutos; { $cancel } la retira
mentoring-status_open = abierta, todavía no encaja ningún { $kind ->
    [expert] experto
   *[mentor] mentor
} ({ $tries ->
    [one] { $tries } consultado hasta ahora
   *[other] { $tries } consultados hasta ahora
}); { $cancel } la retira
mentoring-status_cancelled = cancelada
mentoring-status_pending = Propuestas que esperan tu respuesta: { $ids } (números de propuesta: { $accept } o { $decline }; { $command } las muestra).
mentoring-stats_requests = Solicitudes: { $open ->
    [one] { $open } abierta
   *[other] { $open } abiertas
}{ $waiting }, { $proposed ->
    [one] { $proposed } con propuesta en curso
   *[other] { $proposed } con propuesta en curso
}, { $matched ->
    [one] { $matched } emparejada
   *[other] { $matched } emparejadas
}, { $cancelled ->
    [one] { $cancelled } cancelada
   *[other] { $cancelled } canceladas
}.
mentoring-stats_exhausted = {" "}({ $count ->
    [one] { $count } ya se ha planteado a todos los candidatos adecuados y espera
   *[other] { $count } ya se han planteado a todos los candidatos adecuados y esperan
} a nuevos mentores o expertos)
mentoring-stats_proposals = Propuestas: { $pending ->
    [one] { $pending } pendiente
   *[other] { $pending } pendientes
}, { $accepted ->
    [one] { $accepted } aceptada
   *[other] { $accepted } aceptadas
}, { $declined ->
    [one] { $declined } rechazada
   *[other] { $declined } rechazadas
}, { $expired ->
    [one] { $expired } caducada
   *[other] { $expired } caducadas
}, { $withdrawn ->
    [one] { $withdrawn } retirada
   *[other] { $withdrawn } retiradas
}.
mentoring-stats_median = Tiempo mediano hasta el emparejamiento: { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}.
mentoring-stats_median_none = Tiempo mediano hasta el emparejamiento: aún no hay emparejamientos.
mentoring-stats_load_header = Carga por mentor/experto ({ $count }; ocupadas/disponibles):
mentoring-stats_load_line = {"  "}{ $name } ({ $kind ->
    [expert] experto
   *[mentor] mentor
}): { $load }/{ $capacity }{ $paused }
mentoring-run_result = Emparejamiento por lotes: { $open ->
    [one] { $open } solicitud abierta
   *[other] { $open } solicitudes abiertas
}, { $proposed ->
    [one] { $proposed } propuesta enviada
   *[other] { $proposed } propuestas enviadas
}, { $unmatched } sin candidato adecuado.
mentoring-cli_run_result = Emparejamiento por lotes: { $open ->
    [one] { $open } solicitud abierta
   *[other] { $open } solicitudes abiertas
}, { $proposed ->
    [one] { $proposed } propuesta creada
   *[other] { $proposed } propuestas creadas
}, { $unmatched } sin candidato adecuado. El bot en marcha entrega las propuestas en menos de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} (o cuando vuelva a arrancar).
mentoring-ended_by_other = { $name } ha terminado el emparejamiento n.º { $id }; gracias por el tiempo compartido. Todavía puedes valorarlo: { $command }.
mentoring-ended_by_erasure = El emparejamiento n.º { $id } ha terminado: la otra persona ha pedido al bot que borre sus datos. Gracias por el tiempo compartido; todavía puedes valorar el emparejamiento: { $command }.
mentoring-ordinal-n1 = { $n }.er
mentoring-ordinal-n2 = { $n }.º
mentoring-ordinal-n3 = { $n }.er
mentoring-ordinal-other = { $n }.º
mentoring-reason-topic = temas: { $detail }
mentoring-reason-bio = tu bio: { $detail }
mentoring-reason-language = idioma: { $detail }
mentoring-reason-country = país: { $detail }
mentoring-reason-sector = sector: { $detail }
mentoring-asked-languages = idioma { $value }
mentoring-asked-country = país { $value }
mentoring-asked-sector = sector { $value }
mentoring-asked-nothing = sin preferencias
mentoring-field-topic_long = Cada tema puede tener como máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}; separa los temas con comas.
mentoring-field-topics_missing = Indica tus temas, por ejemplo «topics: diseño de la FP dual, evaluación».
mentoring-field-topics_many = Indica como máximo { $limit ->
    [one] { $limit } tema
   *[other] { $limit } temas
}, separados por comas.
mentoring-field-language_bad = «{ $value }» no es un código de idioma ISO 639-1; usa códigos de dos letras como es, en, de, separados por comas (p. ej. «es, en»).
mentoring-field-languages_missing = Indica al menos un código de idioma, por ejemplo «languages: es, en».
mentoring-field-languages_many = Indica como máximo { $limit ->
    [one] { $limit } idioma
   *[other] { $limit } idiomas
}.
mentoring-field-country_bad = «{ $value }» no es un código de país ISO 3166-1; usa el código de dos letras, por ejemplo ES, DE, PL.
mentoring-field-country_hint = «{ $value }» no es un código de país ISO 3166-1; usa { $code } en su lugar.
mentoring-field-sector_missing = Indica el sector, por ejemplo «sector: construcción».
mentoring-field-sector_long = El sector puede tener como máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}.
mentoring-field-capacity_bad = La disponibilidad debe ser un número entero del 1 al { $max } (has puesto «{ $value }»).
mentoring-field-bio_long = Tu bio tiene { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; déjala en { $limit } como máximo.
mentoring-field-consent_bad = El consentimiento se da con «consent: yes» (o «no»).
mentoring-field-need_missing = Di en qué necesitas ayuda, por ejemplo !match diseñar evaluaciones en el puesto de trabajo.
mentoring-field-need_long = Tu solicitud tiene { $length ->
    [one] { $length } carácter
   *[other] { $length } caracteres
}; déjala en { $limit } como máximo.
mentoring-field-kind_bad = «{ $value }» no es un tipo válido; usa «kind: mentor» o «kind: expert».
mentoring-field-until_bad = «{ $value }» no es una fecha; usa AAAA-MM-DD.
mentoring-field-until_range = La fecha debe ser futura y estar dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
}; usa AAAA-MM-DD, por ejemplo until: 2027-01-15.
mentoring-field-id_bad = «{ $value }» no es un ID; los ID son números, como 12.
mentoring-field-rating_bad = La valoración debe ser un número entero del 1 al 5 (has puesto «{ $value }»).
mentoring-field-comment_long = El comentario puede tener como máximo { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}.
mentoring-leave_ask = Esto borra tu perfil para siempre; las propuestas que esperan tu respuesta pasan a otra persona (para parar un tiempo, mejor haz una pausa). Para seguir, envía { $command }.
mentoring-cancel_ask = Esto retira tu solicitud: a quien se le planteó se le avisa, y no se le planteará a nadie más. Para seguir, envía { $command }.
mentoring-field-cross_border_bad = Para lo transfronterizo escribe «cross_border: sí» (así formadores de otras redes podrán pedirte ayuda, en tus idiomas) o «no», no «{ $value }».
