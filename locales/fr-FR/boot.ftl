# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = L’Espace partenaires ne peut pas démarrer
boot-error-config = La configuration du portail (config.json) est manquante ou non valide. Réessayez dans quelques minutes. Si le problème persiste, contactez l’administrateur de ce site.
boot-error-catalog = Impossible de charger les textes du portail. Vérifiez votre connexion, puis réessayez.
boot-error-retry = Réessayer

# Compiled into the app: replaces the page if the app fails (a panic); the id is also in the
# browser console, so a report can be matched with it.
crash-message = Un problème est survenu. Rechargez la page ; ce que vous avez saisi à cette étape est conservé.
crash-error-id = ID de l’erreur : { $id }
crash-reload = Recharger la page
