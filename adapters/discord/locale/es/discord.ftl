# discord: Spanish (tú, peninsular)

discord-dm_failed = No he podido enviarte un mensaje directo: Discord lo ha rechazado (puede que tengas cerrados los mensajes directos en este servidor). Permite los mensajes directos de los miembros del servidor y vuelve a intentarlo.
discord-command_gone = Ese comando ya no está disponible. Escribe { $prefix }help para ver lo que sé hacer.
discord-done = Hecho.
discord-choice_expired = Ese botón ha caducado (me he reiniciado desde que se envió). Vuelve a enviar el comando, por favor.
