## Product names: the docs' own ("Partner Center operated by 21Vianet" / "Partner Center").
app-name-china = Espace partenaires géré par 21Vianet
app-name-global = Espace partenaires
# The browser tab: page first, product second.
document-title = { $page } | { $app }

## Shell
shell-skip-to-main = Aller au contenu principal
shell-menu-label = Menu du tableau de bord
shell-menu-overview = Vue d’ensemble
shell-menu-settings = Paramètres du compte
shell-menu-pricing = Tarifs et offres
shell-menu-customers = Clients
shell-menu-indirect-providers = Fournisseurs indirects
shell-menu-indirect-resellers = Revendeurs indirects
shell-signed-in-as = Connecté en tant que { $name }
shell-sign-out = Se déconnecter
shell-signing-out = Déconnexion…
shell-sign-in = Se connecter
shell-language = Langue
footer-operated-china = Ce portail repose sur une technologie que Microsoft a concédée sous licence à 21Vianet. 21Vianet exploite et fournit le service, et en gère la prestation.
footer-operated-global = L’Espace partenaires est le portail professionnel des partenaires fournisseurs de solutions Cloud (CSP) de Microsoft.

## Landing page (signed out)
landing-title-china = Bienvenue dans l’Espace partenaires géré par 21Vianet
landing-title-global = Bienvenue dans l’Espace partenaires
landing-intro-china = Le portail professionnel des revendeurs des services de fournisseur de solutions Cloud (CSP) de 21Vianet en Chine.
landing-intro-global = Le portail professionnel des partenaires qui revendent les services cloud de Microsoft dans le cadre du programme fournisseur de solutions Cloud (CSP).
landing-what-china = 21Vianet exploite des centres de données locaux afin que vous puissiez revendre ses services CSP tout en conservant vos données en Chine. 21Vianet vous fournit également les services de facturation et les canaux de support client.
landing-what-global = Ajoutez et gérez des clients, vendez des abonnements, gérez la facturation et assurez le support, le tout au même endroit.
landing-tasks-heading = Après la connexion, vous pouvez
landing-task-account = Gérer votre compte Espace partenaires
landing-task-customers = Gérer les comptes et abonnements de vos clients
landing-task-pricing = Consulter les offres et les tarifs
landing-task-billing = Consulter la facturation
landing-sign-in-heading = Déjà partenaire ?
landing-sign-in-text = Connectez-vous avec votre compte professionnel.

## Sign in
signin-title = Se connecter
signin-intro = Utilisez votre compte professionnel de l’Espace partenaires.
signin-user-name = Compte professionnel
signin-user-name-hint-china = Par exemple : someone@contoso.partner.onmschina.cn
signin-user-name-hint-global = Par exemple : someone@contoso.onmicrosoft.com
signin-password = Mot de passe
signin-submit = Se connecter
signin-submitting = Connexion…
signin-error-user-name-required = Entrez votre compte professionnel
signin-error-user-name-too-long = Votre compte professionnel ne doit pas dépasser 256 caractères
signin-error-password-required = Entrez votre mot de passe
signin-error-password-too-long = Votre mot de passe ne doit pas dépasser 256 caractères
signin-session-expired = Votre session a expiré. Reconnectez-vous pour continuer.

## Error summary and field messages
error-summary-title = Il y a un problème
field-error-prefix = Erreur :

## Errors from the backend, one per kind of failure
error-offline = Vous êtes hors connexion. Vérifiez votre connexion, puis réessayez.
error-network = Impossible de joindre l’Espace partenaires pour le moment. Vérifiez votre connexion, puis réessayez.
error-timeout = L’Espace partenaires a mis trop de temps à répondre. Réessayez.
error-server = Un problème est survenu de notre côté. Vos informations sont conservées ; réessayez dans un instant.
error-unavailable = L’Espace partenaires est très sollicité en ce moment. Réessayez dans un instant.
error-malformed = La réponse de l’Espace partenaires n’a pas pu être lue. Réessayez ; si le problème persiste, contactez le support.
error-invalid-credentials = Le compte professionnel ou le mot de passe est incorrect. Vérifiez-les, puis réessayez.
error-session-expired = Votre session a expiré. Reconnectez-vous pour continuer.
error-forbidden = Votre rôle ne vous permet pas d’effectuer cette action. Demandez l’accès à un administrateur général de votre organisation.
error-not-found = Nous n’avons pas trouvé ce que vous cherchez. L’élément a peut-être été supprimé.
error-conflict = Quelqu’un d’autre a modifié cet élément pendant que vous travailliez. Rechargez la page pour afficher la dernière version, puis appliquez de nouveau vos modifications.
error-throttled = Trop de requêtes. Patientez un instant, puis réessayez.
error-invalid-input = Certaines informations ne sont pas valides. Vérifiez les champs mis en évidence.
error-request-failed = La requête n’a pas pu aboutir (erreur { $status }). Réessayez.
error-retry = Réessayer
loading = Chargement…

## Not found
not-found-title = Page introuvable
not-found-text = La page que vous recherchez n’existe pas ou a été déplacée. Vérifiez l’adresse ou revenez à la page d’accueil.
not-found-home = Accéder à la page d’accueil


## Roles (the docs' names)
role-global-admin = Administrateur général
role-billing-admin = Administrateur de facturation
role-user-management-admin = Administrateur de gestion des utilisateurs
role-admin-agent = Agent administrateur
role-sales-agent = Agent commercial
role-helpdesk-agent = Agent du support technique

# Used by the first load (landing, sign-in) though they lead into areas.
signin-cant-access = Vous ne pouvez pas accéder à votre compte ?
enroll-landing-heading = Nouveau dans l’Espace partenaires ?
enroll-landing-text = Inscrivez-vous au programme de revendeur CSP 21Vianet pour la Chine afin de revendre des services cloud en Chine.
enroll-landing-link = S’inscrire
