## Inscription au programme de revendeur CSP 21Vianet pour la Chine : parties communes de l’assistant et premières étapes.
enroll-progress-label = Étapes de l’inscription
enroll-step-account = Créer un compte Espace partenaires
enroll-step-phone = Vérifier votre téléphone
enroll-step-created = Créer le compte
enroll-step-program = S’inscrire au programme Fournisseur de solutions cloud
enroll-step-review = Vérifier et envoyer
enroll-step-status = État de l’inscription
enroll-step-agreement = Accepter et continuer
enroll-loading = Chargement de votre inscription…
enroll-continue = Continuer
enroll-back = Retour

## Créer un compte Espace partenaires
enroll-account-title = Créer un compte Espace partenaires
enroll-account-intro = Renseignez les informations de votre organisation, puis celles de la personne de votre organisation qui doit disposer des autorisations d’administrateur général et accéder à l’Espace partenaires.
enroll-organization-legend = Informations sur l’organisation
enroll-company-name = Raison sociale
enroll-company-name-hint = Telle qu’elle figure sur votre licence commerciale.
enroll-country = Pays/région
enroll-country-china = Chine
enroll-province = Province
enroll-city = Ville
enroll-district = District
enroll-address-line1 = Ligne d’adresse 1
enroll-address-line2 = Ligne d’adresse 2
enroll-postal-code = Code postal
enroll-postal-code-hint = 6 chiffres.
enroll-credit-code = Code de crédit social unifié
enroll-credit-code-hint = Le code à 18 caractères figurant sur votre licence commerciale.
enroll-admin-legend = Administrateur général
enroll-admin-note = Le premier compte Espace partenaires que vous créez est un compte d’administrateur général. Les administrateurs généraux ont accès à toutes les fonctionnalités d’administration de l’Espace partenaires et sont les seuls à pouvoir attribuer les autres rôles d’administrateur. Votre organisation peut compter plusieurs administrateurs généraux, mais nous vous recommandons de limiter ce rôle à quelques personnes afin de réduire les risques pour votre activité.
enroll-first-name = Prénom
enroll-last-name = Nom
enroll-email = E-mail
enroll-phone = Numéro de téléphone
enroll-phone-hint = Un numéro de mobile ou de ligne fixe en Chine, par exemple 138 1234 5678 ou 021-6888 1234.
