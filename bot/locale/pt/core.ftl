# core: European Portuguese (formal third person)

core-rate_limited = Está a enviar comandos mais depressa do que consigo acompanhar. Aguarde cerca de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}; até lá, vou ignorar os seus comandos.
core-too_long = Esta mensagem é demasiado longa para um comando (mais de { $limit ->
    [one] { $limit } carácter
   *[other] { $limit } caracteres
}). Encurte-a, por favor.
core-outbox_gave_up = Não foi possível entregar uma mensagem minha em { $platform } ao fim de { $attempts ->
    [one] { $attempts } tentativa
   *[other] { $attempts } tentativas
} ({ $what }). Essa plataforma está ligada, e a pessoa ainda partilha um servidor ou canal comigo?
core-internal_error = Lamento, algo correu mal do meu lado. Se voltar a acontecer, avise um coordenador e indique o código de erro { $error_id }.
core-store_error = Não consegui aceder à minha base de dados (pode estar ocupada), por isso não foi possível fazer isso. Tente novamente daqui a pouco; se continuar a acontecer, avise um coordenador e indique o código de erro { $error_id }.
core-unknown_command = Não conheço o comando “{ $command }”. Escreva { $prefix }help para ver o que sei fazer.
core-unknown_command_suggest = Não conheço o comando “{ $command }”. Queria dizer { $suggestions }? Escreva { $prefix }help para ver todos os comandos.
core-permission_denied = Só um { $role ->
    [admin] administrador
    [trainer] formador
   *[coordinator] coordenador
} pode usar { $command }.
core-group_intro = { $command } tem estes subcomandos:
core-no_subcommand = { $command } não tem nenhum subcomando “{ $name }”.
core-no_subcommand_suggest = { $command } não tem nenhum subcomando “{ $name }”. Queria dizer { $suggestions }?
core-usage = Utilização: { $usage }
core-missing_argument = Indique { $name }, por favor.
core-option_unknown = Aqui não existe a opção “{ $option }:”.
core-option_malformed = Não consegui ler “{ $segment }” como opção (as opções escrevem-se “chave: valor”).
core-options_available = Opções: { $options } (separe-as com “;”).
core-option_repeated = A opção “{ $option }:” aparece duas vezes; indique-a só uma vez.
core-option_empty = A opção “{ $option }:” precisa de um valor.
core-confirm_word = confirmar
core-confirm_button = Sim, continuar
core-confirm_ask = Isto não pode ser desfeito. Para continuar, envie { $command }.
core-question_hint = Procurei isso como { $command }. Os comandos começam por { $prefix }; { $help } mostra-os todos.
