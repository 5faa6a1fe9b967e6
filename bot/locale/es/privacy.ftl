# privacy: Spanish (tú, peninsular)

privacy-intro = Qué guarda { $name } sobre ti, y por qué:
privacy-core_what = Tu nombre en el chat y el ID de tu cuenta en cada plataforma, solo desde que usas una función que los necesita (mentoría, sugerencias), para que el bot pueda contactarte y enseñarte tus propios datos; el idioma, la zona horaria y el país que elijas con { $prefix }language, { $prefix }timezone y { $prefix }country. Los comandos en sí no se guardan; lo que hacen los coordinadores (programaciones, revisiones, emparejamientos por lotes) queda en un registro de auditoría a su nombre.
privacy-rights = Consulta todo lo que se guarda sobre ti con { $prefix }mydata (te llega por mensaje privado); bórralo con { $prefix }forgetme. Los coordinadores ven las estadísticas de mentoría, pero no tus mensajes.
privacy-nothing_stored = No guardo nada sobre ti.
privacy-export_intro = Aquí tienes todo lo que guardo sobre ti, en un archivo (JSON).
privacy-export_sent = Te he enviado tus datos por mensaje privado.
privacy-forget_ask = Esto borra todo lo que guardo sobre ti: tus perfiles de mentor o de experto, tus solicitudes, tus valoraciones, tus respuestas a encuestas, las respuestas contadas en los hilos de las preguntas, tu cuenta en el registro de auditoría y tus cuentas. Solo quedan recuentos anónimos. Las propuestas que esperan tu respuesta pasan a otra persona; tus emparejamientos en curso terminan, y se avisa a la otra persona. Para seguir, envía { $command }.
privacy-forget_button = Borrar mis datos
privacy-forget_confirm_word = Envía { $prefix }forgetme para ver qué se borra y después { $prefix }forgetme confirm.
privacy-forgotten = Hecho: he borrado todo lo que guardaba sobre ti. Solo quedan recuentos anónimos.
