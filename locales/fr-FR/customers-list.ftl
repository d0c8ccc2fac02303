# Customers › the customer list (pages/customers/list).
customers-list-lead = Accédez à votre liste de clients pour consulter et mettre à jour les informations de vos clients.
customers-list-search-region = Rechercher des clients
customers-list-search = Rechercher par nom de société ou nom de domaine
customers-list-searching = Recherche en cours…
customers-list-count = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
customers-list-on-page = { $count ->
    [one] { $count } client sur cette page
   *[other] { $count } clients sur cette page
}
customers-list-empty = Vous n’avez encore aucun client.
customers-list-empty-add = Sélectionnez Ajouter un client pour créer votre premier compte client.
customers-list-no-match = Aucun client ne correspond à « { $search } ».
customers-list-no-match-hint = Vérifiez l’orthographe, ou recherchez par nom de société ou nom de domaine du client.
customers-list-clear = Effacer la recherche
customers-list-details = Détails
customers-list-details-for = Détails de { $name }
customers-list-subscriptions = Abonnements
customers-list-loading-subscriptions = Chargement des abonnements…
customers-list-no-subscriptions = Ce client n’a encore aucun abonnement.
customers-list-quick-links = Liens rapides
customers-list-links-for = Liens rapides pour { $name }
customers-list-link-account = Compte
customers-list-link-subscriptions = Abonnements
customers-list-link-users = Utilisateurs et licences
customers-list-paging = Pages de la liste des clients
customers-list-page = Page { $page } de la liste
customers-list-previous = Précédent
customers-list-next = Suivant
customers-list-retry-after = L’Espace partenaires est occupé pour le moment. Patientez { $seconds } secondes, puis réessayez.
customers-list-export = Exporter les clients
customers-list-export-all = Exporte toute votre liste de clients dans un fichier .csv.
customers-list-export-search = Exporte les clients qui correspondent à « { $search } » dans un fichier .csv.
customers-list-exporting = Exportation de { $done } clients sur { $total }…
customers-list-exporting-so-far = Exportation… { $done } clients jusqu’ici.
customers-list-export-cancel = Annuler
customers-list-export-cancelled = L’exportation a été annulée. Aucun fichier n’a été enregistré.
customers-list-export-done = Exportation terminée : { $count } clients enregistrés dans { $file }.
customers-list-export-failed = L’exportation s’est arrêtée.
