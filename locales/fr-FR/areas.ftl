# Areas that load on demand (src/areas.rs): when an area's code could not be fetched.
area-failed-title = Cette partie de l’Espace partenaires ne s’est pas chargée
area-failed-text = Vérifiez votre connexion, puis réessayez. Ce que vous avez saisi est conservé.
