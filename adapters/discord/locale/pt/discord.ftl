# discord: European Portuguese (formal third person)

discord-dm_failed = Não consegui enviar-lhe uma mensagem direta: o Discord recusou-a (as suas mensagens diretas podem estar fechadas para este servidor). Permita mensagens diretas dos membros do servidor e tente novamente.
discord-command_gone = Esse comando já não está disponível. Escreva { $prefix }help para ver o que sei fazer.
discord-done = Feito.
discord-choice_expired = Esse botão expirou (fui reiniciado depois de o enviar). Envie o comando novamente, por favor.
