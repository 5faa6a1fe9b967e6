# discord: French (vous)

discord-dm_failed = Je n'ai pas pu vous envoyer de message privé : Discord l'a refusé (vos messages privés sont peut-être fermés pour ce serveur). Autorisez les messages privés des membres du serveur et réessayez.
discord-command_gone = Cette commande n'est plus disponible. Tapez { $prefix }help pour voir ce que je sais faire.
discord-done = C'est fait.
discord-choice_expired = Ce bouton a expiré (j'ai redémarré depuis son envoi). Renvoyez la commande, s'il vous plaît.
