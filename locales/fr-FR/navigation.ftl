## Pages qu’un partenaire ne peut pas ouvrir, et ce qu’il peut faire à la place. Les libellés du
## menu du tableau de bord sont dans main.ftl (shell-menu-*).
nav-unavailable-role-title = Cette page n’est pas disponible pour votre rôle
nav-unavailable-role-text = Votre rôle dans votre organisation ne vous donne pas accès à cette page. Si vous en avez besoin, demandez à un administrateur général de votre organisation de modifier votre rôle.
nav-unavailable-cloud-title = Cette page n’est pas disponible dans ce cloud
nav-unavailable-cloud-text-china = Cette page fait partie de l’Espace partenaires du cloud mondial. Elle n’est pas disponible dans l’Espace partenaires géré par 21Vianet.
nav-unavailable-cloud-text-global = Cette page fait partie de l’Espace partenaires géré par 21Vianet, dans le cloud pour la Chine. Elle n’est pas disponible dans l’Espace partenaires.
nav-instead-heading = Ce que vous pouvez faire
nav-instead-overview = Accéder à la vue d’ensemble
nav-instead-home = Accéder à la page d’accueil
nav-instead-enrollment-text = L’inscription de votre organisation n’est pas encore terminée.
nav-instead-enrollment = Poursuivre l’inscription
nav-instead-ask-admin = L’inscription de votre organisation n’est pas encore terminée, et seul son administrateur général peut l’inscrire. Demandez-lui de terminer l’inscription, puis reconnectez-vous.

## Un partenaire dont l’organisation est encore en cours d’inscription, sans pouvoir l’inscrire ici
nav-not-enrolled-title = Votre organisation n’est pas encore inscrite
nav-not-here-text = Votre compte professionnel est prêt, mais votre organisation doit s’inscrire à un programme partenaire avant de pouvoir utiliser l’{ $app }, et l’inscription n’est pas encore disponible dans ce portail.
nav-not-here-sign-out = Vous pouvez vous déconnecter dès maintenant. Votre compte professionnel est conservé : reconnectez-vous quand l’inscription sera disponible ici.
