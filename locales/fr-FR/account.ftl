## Comptes professionnels avant la connexion : « Créer un compte » et « Vous ne pouvez pas accéder à votre compte ? »

## Créer un compte professionnel ou scolaire
account-create-title = Créer un compte professionnel ou scolaire
account-create-intro = Créez un compte professionnel ou scolaire pour votre organisation. Vous en serez l’administrateur général et vous l’utiliserez pour vous connecter à l’Espace partenaires et vous inscrire.
account-domain = Domaine de l’organisation
account-domain-hint = Entrez uniquement la première partie, par exemple contoso. Votre domaine se termine par { $suffix }
account-organization-name = Nom de l’organisation
account-country = Pays/région
account-first-name = Prénom
account-last-name = Nom
account-user-name = Nom d’utilisateur
account-user-name-hint = La partie de votre identifiant de connexion avant le @, par exemple admin.
account-sign-in-name = Votre identifiant de connexion sera { $name }
account-password = Mot de passe
account-password-hint = Utilisez de 8 à 256 caractères, avec au moins trois de ces types : minuscules, majuscules, chiffres et symboles. N’y incluez pas votre nom d’utilisateur.
account-confirm-password = Confirmer le mot de passe
account-create-submit = Créer le compte
account-creating = Création de votre compte…
account-created-notice = Votre compte { $name } a été créé, mais vous n’êtes pas encore connecté. Sélectionnez Se connecter pour continuer.
account-have-account = Vous avez déjà un compte professionnel ? Se connecter
account-error-user-name = Utilisez des lettres, des chiffres, des traits d’union, des traits de soulignement et des apostrophes, séparés au besoin par un seul point, sans point au début ni à la fin.
account-error-other-cloud = Ce compte ne peut pas être créé dans cet Espace partenaires. Vérifiez le domaine de l’organisation.
account-error-earlier-attempt = Une tentative précédente a peut-être déjà créé le compte. Essayez de vous connecter avec celui-ci, ou sélectionnez de nouveau Créer le compte pour le créer avec les informations saisies maintenant.

## Vous ne pouvez pas accéder à votre compte ? (réinitialisation du mot de passe en libre-service)
account-recover-title = Vous ne pouvez pas accéder à votre compte ?
account-recover-account-heading = Entrez votre compte professionnel
account-recover-intro = Pour réinitialiser votre mot de passe, nous envoyons un code au téléphone et à l’adresse e-mail enregistrés pour votre compte professionnel.
account-continue = Continuer
account-sending = Envoi…
account-recover-code-heading = Entrez le code
account-recover-code-sent = Si le compte existe, nous avons envoyé un code à son téléphone et à son adresse e-mail enregistrés. Le code expire dans 10 minutes.
account-recover-for = Compte professionnel : { $name }
account-code = Code de vérification
account-code-hint = Le code à 6 chiffres, par exemple 123456.
account-verifying = Vérification…
account-start-again = Recommencer
account-recover-password-heading = Créer un mot de passe
account-new-password = Nouveau mot de passe
account-confirm-new-password = Confirmer le nouveau mot de passe
account-changing = Modification de votre mot de passe…
account-recover-done-heading = Votre mot de passe a été modifié
account-recover-done-text = Connectez-vous avec votre compte professionnel et votre nouveau mot de passe.
account-error-reset-gone = Cette réinitialisation du mot de passe ne peut pas continuer. Recommencez pour obtenir un nouveau code.
