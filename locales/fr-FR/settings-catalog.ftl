# Paramètres du compte › Catalogue (pages/settings/catalog) : CN/customize-the-catalog et la page mondiale.
catalog-intro-china = Le catalogue répertorie tous les services que vous pouvez revendre en Chine. Sélectionnez jusqu’à cinq offres à afficher en haut de la liste du catalogue.
catalog-intro-global = Le catalogue répertorie les produits et modules complémentaires Microsoft que vous pouvez proposer à vos clients. Vous pouvez épingler jusqu’à cinq offres en haut de la liste du catalogue.
catalog-why-china = Personnaliser ainsi le catalogue permet à vos agents commerciaux d’accéder rapidement aux cinq offres les plus demandées et à vous de mettre en avant des offres spéciales.
catalog-why-global = Épinglez en haut de la liste du catalogue les offres que votre organisation utilise le plus ou les nouvelles offres à présenter à vos agents commerciaux.
catalog-pinned-heading = Offres épinglées
catalog-pinned-count = { $count } offre(s) épinglée(s) sur 5
catalog-pinned-none = Aucune offre n’est encore épinglée.
catalog-offers-heading = Offres
catalog-filters = Filtrer les offres
catalog-search = Rechercher des offres
catalog-search-hint = Recherchez par nom, description ou ID d’offre.
catalog-category = Catégorie
catalog-category-all = Toutes les catégories
catalog-results = { $count ->
    [one] { $count } offre
   *[other] { $count } offres
}
catalog-no-results = Aucune offre ne correspond à votre recherche.
catalog-offer-id = ID d’offre
catalog-pin = Épingler en haut
catalog-pin-named = Épingler en haut : { $name }
catalog-unpin = Désépingler
catalog-unpin-named = Désépingler : { $name }
catalog-move-up = Monter
catalog-move-up-named = Monter : { $name }
catalog-move-down = Descendre
catalog-move-down-named = Descendre : { $name }
catalog-pinned-badge = Épinglée
catalog-full = Vous pouvez épingler jusqu’à cinq offres. Désépinglez une offre avant d’en épingler une autre.
catalog-full-server = L’Espace partenaires n’a pas enregistré la modification : cinq offres au plus peuvent être épinglées. Les offres épinglées sont affichées telles qu’elles sont maintenant ; désépinglez-en une, puis réessayez.
catalog-conflict = Quelqu’un d’autre a modifié les offres épinglées pendant que vous travailliez. Les offres épinglées sont affichées telles qu’elles sont maintenant.
catalog-apply-again = Appliquer de nouveau ma modification
catalog-saving = Enregistrement des offres épinglées…
catalog-saved = Les offres épinglées sont enregistrées.
catalog-read-only = Seul un administrateur général ou un agent administrateur peut épingler des offres. Votre rôle permet de consulter le catalogue et les offres épinglées.
catalog-throttled-wait = Trop de demandes. Attendez { $seconds } secondes, puis réessayez.
