# privacy: European Portuguese (formal third person)

privacy-intro = O que { $name } guarda sobre si, e porquê:
privacy-core_what = O seu nome no chat e o ID da sua conta em cada plataforma, só a partir do momento em que usa uma funcionalidade que precisa deles (mentoria, sugestões), para que o bot o possa contactar e mostrar-lhe os seus próprios dados; a língua, o fuso horário e o país que escolher com { $prefix }language, { $prefix }timezone e { $prefix }country. Os comandos em si não são guardados; o que os coordenadores fazem (agendamentos, revisões, emparelhamentos em lote) fica num registo de auditoria associado à conta deles.
privacy-rights = Pode ver tudo o que está guardado sobre si com { $prefix }mydata (enviado por mensagem privada) e apagá-lo com { $prefix }forgetme. Os coordenadores veem as estatísticas da mentoria, mas não as suas mensagens.
privacy-nothing_stored = Não guardo nada sobre si.
privacy-export_intro = Aqui está tudo o que guardo sobre si, num ficheiro (JSON).
privacy-export_sent = Enviei-lhe os seus dados por mensagem privada.
privacy-forget_ask = Isto apaga tudo o que guardo sobre si: os seus perfis de mentor ou de especialista, os seus pedidos, as suas avaliações, as suas respostas a inquéritos, as respostas contadas nos tópicos das perguntas, a sua conta no registo de auditoria e as suas contas. Ficam apenas contagens anónimas. As propostas que aguardam a sua resposta passam para outra pessoa; os seus emparelhamentos em curso terminam, e a outra pessoa é avisada. Para continuar, envie { $command }.
privacy-forget_button = Apagar os meus dados
privacy-forget_confirm_word = Envie { $prefix }forgetme para ver o que é apagado e depois { $prefix }forgetme confirm.
privacy-forgotten = Feito: apaguei tudo o que guardava sobre si. Ficam apenas contagens anónimas.
