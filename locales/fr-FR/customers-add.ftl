# Ajouter un client : l'assistant (docs add-a-new-customer, confirm-consent).
customers-add-progress = Étapes de l'ajout d'un client
customers-add-step-account = Informations sur le compte
customers-add-step-subscriptions = Abonnements
customers-add-step-review = Vérification
customers-add-step-of = Étape { $step } sur { $count }
customers-add-next-subscriptions = Suivant : Abonnements
customers-add-next-review = Suivant : Vérification
customers-add-back = Précédent
customers-add-submit = Envoyer
customers-add-submitting = Envoi en cours…
customers-add-update = Mettre à jour
customers-add-edit-china = Mettre à jour
customers-add-edit-global = Modifier

## Informations sur le compte
customers-add-account-intro = Renseignez les coordonnées de la société et du contact principal.
customers-add-company-details = Coordonnées de la société
customers-add-company-name = Nom de la société
customers-add-domain = Nom de domaine
customers-add-domain-hint = 1 à 27 lettres ou chiffres. Le domaine se termine par { $suffix }.
customers-add-domain-checking = Vérification de la disponibilité de ce domaine…
customers-add-domain-available = { $domain } est disponible.
customers-add-domain-taken = Ce domaine est déjà utilisé. Choisissez-en un autre.
customers-add-domain-unchecked = Impossible de vérifier ce domaine pour l'instant. Il sera vérifié à l'envoi.
customers-add-primary-contact = Contact principal
customers-add-first-name = Prénom
customers-add-last-name = Nom
customers-add-email = Adresse e-mail
customers-add-phone = Numéro de téléphone
customers-add-phone-hint-china = Un numéro de mobile ou de fixe en Chine, par exemple 138 1234 5678 ou 021-6888 1234.
customers-add-phone-hint = Avec l'indicatif du pays, par exemple +1 425 555 0100.
customers-add-address = Adresse
customers-add-country = Pays/région
customers-add-province = Province chinoise
customers-add-state = État ou province
customers-add-city = Ville
customers-add-address-line1 = Ligne d'adresse 1
customers-add-address-line2 = Ligne d'adresse 2
customers-add-postal-code = Code postal
customers-add-postal-hint-china = 6 chiffres.
customers-add-postal-hint = Au format du pays, par exemple 98052 ou 98052-6399.
customers-add-language-preferences = Préférences linguistiques
customers-add-culture = Paramètres régionaux
customers-add-language = Langue
customers-add-error-domain = Utilisez 1 à 27 lettres ou chiffres, sans espace, trait d'union ni point.
customers-add-error-choose = Choisissez une valeur dans la liste.
customers-add-error-country-china = Les clients de Partner Center géré par 21Vianet sont en Chine.
customers-add-error-country-global = Les clients en Chine sont servis par Partner Center géré par 21Vianet. Choisissez un autre pays/région.
customers-add-error-postal-code = Saisissez le code postal au format du pays, par exemple 98052 ou 98052-6399.

## Contrat de cloud Microsoft (cloud mondial)
customers-add-mca-title = Contrat de cloud Microsoft
customers-add-mca-intro = Confirmez que le client a accepté le dernier contrat de cloud Microsoft, et indiquez qui l'a accepté.
customers-add-mca-accepted = Le client a accepté le dernier contrat de cloud Microsoft
customers-add-mca-date = Date d'acceptation du contrat
customers-add-mca-date-hint = La date à laquelle le client l'a accepté. Elle ne peut pas être dans le futur.
customers-add-mca-contact = Personne ayant accepté le contrat
customers-add-mca-contact-default = Le contact principal. Sélectionnez Mettre à jour si une autre personne a accepté le contrat.
customers-add-mca-use-primary = Utiliser le contact principal
customers-add-error-mca-accepted = Confirmez que le client a accepté le dernier contrat de cloud Microsoft.
customers-add-error-mca-date-required = Saisissez la date d'acceptation du contrat.
customers-add-error-mca-date = Saisissez une date d'acceptation du contrat valide.
customers-add-error-mca-date-future = La date d'acceptation du contrat ne peut pas être dans le futur.

## Abonnements
customers-add-subscriptions-intro = Choisissez les offres et saisissez le nombre de licences de chacune. Vous pouvez aussi ajouter le client maintenant et les abonnements plus tard.
customers-add-offer-search = Rechercher des offres
customers-add-offers-chosen = { $count ->
    [0] Aucune offre choisie.
    [one] 1 offre choisie.
   *[other] { $count } offres choisies.
}
customers-add-offers-none = Aucune offre ne correspond à votre recherche.
customers-add-offer-range = De { $min } à { $max } licences
customers-add-quantity = Nombre de licences pour { $offer }
customers-add-error-quantity-required = Saisissez le nombre de licences pour { $offer }.
customers-add-error-quantity = Saisissez un nombre entier de licences de { $min } à { $max } pour { $offer }.

## Vérification
customers-add-review-intro = Vérifiez l'exactitude de vos saisies, puis sélectionnez Envoyer.
customers-add-review-no-offers = Aucun abonnement. Vous pourrez en ajouter une fois le client créé.
customers-add-review-offer = { $offer }, quantité : { $count }

## Confirmation
customers-add-confirmation = Confirmation de l’ajout
customers-add-created = { $company } a été ajouté comme client.
customers-add-setup-info = Informations de configuration
customers-add-password-once = Copiez maintenant le nom d'utilisateur de l'administrateur et le mot de passe temporaire. Le mot de passe n'est affiché qu'une seule fois : il ne pourra plus l'être après avoir quitté cette page.
customers-add-admin-user = Nom d'utilisateur de l'administrateur
customers-add-temporary-password = Mot de passe temporaire
customers-add-copy = Copier
customers-add-print = Imprimer
customers-add-copied = Copié dans le Presse-papiers.
customers-add-copy-failed = Impossible de copier. Sélectionnez le nom d'utilisateur et le mot de passe pour les copier vous-même.
customers-add-buying = Achat de { $offer }, quantité : { $count }…
customers-add-bought = { $offer } acheté, quantité : { $count }.
customers-add-not-bought = { $offer }, quantité : { $count }, n'a pas été acheté. { $reason }
customers-add-buy-retry = Réessayer pour les abonnements non achetés
customers-add-mca-recording = Enregistrement de l'acceptation du contrat de cloud Microsoft…
customers-add-mca-recorded = L'acceptation du contrat de cloud Microsoft est enregistrée.
customers-add-mca-not-recorded = L'acceptation du contrat de cloud Microsoft n'a pas été enregistrée. { $reason }
customers-add-mca-retry = Réessayer d'enregistrer le contrat
customers-add-done = Terminé
