# privacy: French (vous)

privacy-intro = Ce que { $name } enregistre à votre sujet, et pourquoi :
privacy-core_what = Votre nom dans le chat et l'identifiant de votre compte sur chaque plateforme, seulement à partir du moment où vous utilisez une fonction qui en a besoin (mentorat, suggestions), pour que le bot puisse vous joindre et vous montrer vos propres données ; la langue, le fuseau horaire et le pays que vous choisissez avec { $prefix }language, { $prefix }timezone et { $prefix }country. Les commandes elles-mêmes ne sont pas enregistrées ; ce que font les coordinateurs (programmation, validations, traitements groupés) est conservé dans un journal d'audit à leur nom.
privacy-rights = Consultez tout ce qui est enregistré à votre sujet avec { $prefix }mydata (envoyé par message privé) ; effacez-le avec { $prefix }forgetme. Les coordinateurs voient les statistiques du mentorat, mais pas vos messages.
privacy-nothing_stored = Je n'enregistre rien à votre sujet.
privacy-export_intro = Voici tout ce que j'enregistre à votre sujet, dans un fichier (JSON).
privacy-export_sent = Je vous ai envoyé vos données par message privé.
privacy-forget_ask = Cette action efface tout ce que j'enregistre à votre sujet : vos profils de mentor ou d'expert, vos demandes, vos notes, vos réponses aux sondages, les réponses comptées dans les fils de discussion, votre compte dans le journal d'audit et vos comptes. Seuls des décomptes anonymes restent. Les propositions qui attendent votre réponse passent à quelqu'un d'autre ; vos binômes en cours prennent fin, et l'autre personne est prévenue. Pour continuer, envoyez { $command }.
privacy-forget_button = Effacer mes données
privacy-forget_confirm_word = Envoyez { $prefix }forgetme pour voir ce qui sera effacé, puis { $prefix }forgetme confirm.
privacy-forgotten = C'est fait : j'ai effacé tout ce que j'enregistrais à votre sujet. Seuls des décomptes anonymes restent.
