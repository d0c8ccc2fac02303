## Inscription au programme de revendeur CSP 21Vianet pour la Chine : parties communes de l’assistant et premières étapes.
enroll-step-count = Étape { $current } sur { $total }
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
enroll-opens-new-tab = (s’ouvre dans un nouvel onglet)

## Avant de commencer
enroll-intro-title = S’inscrire au programme de revendeur CSP 21Vianet pour la Chine
enroll-intro-lead = Inscrivez-vous au programme Fournisseur de solutions cloud (CSP) 21Vianet pour la Chine afin de revendre des services cloud en Chine et de gérer votre activité de revendeur CSP dans l’Espace partenaires.
enroll-intro-important = Important
enroll-intro-weeks = L’inscription au programme CSP 21Vianet pour la Chine se déroule en plusieurs étapes et peut prendre plusieurs semaines, le temps pour nous d’examiner votre demande, d’effectuer une vérification de solvabilité et de créer votre compte Espace partenaires.
enroll-intro-before-heading = Avant de commencer
enroll-intro-before-text = Au cours de l’inscription, vous devrez fournir les informations suivantes. Nous vous conseillons de les avoir sous la main avant de commencer.
enroll-intro-need-account = Les identifiants d’administrateur général de votre compte professionnel ou scolaire. Si vous n’en avez pas, vous pourrez en créer un pendant l’inscription.
enroll-intro-need-mpn = Votre ID Microsoft Partner Network (MPN). Vous devez être membre du MPN pour vous inscrire au programme CSP 21Vianet pour la Chine.
enroll-intro-join-mpn = Si vous n’êtes pas membre du MPN, inscrivez-vous ici.
enroll-intro-need-support = Les coordonnées du support client de votre organisation : l’URL de votre site de support, l’adresse e-mail et le numéro de téléphone du support.
enroll-intro-need-phone = Le numéro de téléphone de votre organisation en Chine, pour la vérification par téléphone.
enroll-intro-start-heading = Commencer l’inscription
enroll-intro-start-text = Connectez-vous avec les identifiants d’administrateur général du compte professionnel ou scolaire de votre organisation, ou sélectionnez « En créer un » pour créer un nouveau compte professionnel ou scolaire.
enroll-intro-create-one = En créer un
enroll-intro-start = Commencer l’inscription

## Vérification par téléphone
enroll-phone-title = Vérifier votre numéro de téléphone
enroll-phone-intro = Pour votre protection, confirmez les informations de votre compte en effectuant une vérification par téléphone. Utilisez le numéro de téléphone de votre organisation en Chine.
enroll-phone-number = Numéro de téléphone
enroll-phone-number-hint = Un numéro de mobile chinois, ou un numéro de ligne fixe avec son indicatif régional. Le préfixe +86 est facultatif.
enroll-phone-send = Envoyer le code
enroll-phone-sending = Envoi…
enroll-phone-sent = Nous avons envoyé un code à 6 chiffres au { $number }. Il expire à { $time }.
enroll-phone-resent = Nous avons envoyé un nouveau code au { $number } ; le code précédent n’est plus valable. Il expire à { $time }.
enroll-phone-code = Code
enroll-phone-code-hint = Le code à 6 chiffres envoyé sur votre téléphone.
enroll-phone-verify = Vérifier
enroll-phone-verifying = Vérification…
enroll-phone-resend = Envoyer un nouveau code
enroll-phone-resend-wait = { $seconds ->
    [one] Vous pourrez demander un nouveau code dans { $seconds } seconde.
   *[other] Vous pourrez demander un nouveau code dans { $seconds } secondes.
}
enroll-phone-change = Utiliser un autre numéro
enroll-phone-verified = Votre numéro de téléphone { $number } est vérifié. Sélectionnez « Créer le compte » pour continuer.
enroll-phone-create = Créer le compte
enroll-phone-creating = Création de votre compte…

## Créer le compte : la confirmation
enroll-created-title = Votre compte Espace partenaires a été créé
enroll-created-important = Important
enroll-created-save = Conservez les informations de ce message : vous en aurez besoin pour votre première connexion à l’Espace partenaires. Elles ne seront plus affichées.
enroll-created-sign-in-name = Nom de connexion
enroll-created-organization = Organisation
enroll-created-partner-id = ID partenaire
enroll-created-admin = Administrateur général
enroll-created-phone = Numéro de téléphone vérifié
enroll-created-at = Créé le
enroll-created-copy = Copier
enroll-created-print = Imprimer
enroll-created-copied = Les informations du compte ont été copiées.
enroll-created-next = Sélectionnez « Continuer », puis connectez-vous à l’Espace partenaires avec les identifiants de votre nouveau compte pour vous inscrire au programme Fournisseur de solutions cloud.

## L’accès des nouveaux partenaires depuis la page d’accueil
