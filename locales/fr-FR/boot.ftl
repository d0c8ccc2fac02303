# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = L’Espace partenaires ne peut pas démarrer
boot-error-config = La configuration du portail (config.json) est manquante ou non valide. Réessayez dans quelques minutes. Si le problème persiste, contactez l’administrateur de ce site.
boot-error-catalog = Impossible de charger les textes du portail. Vérifiez votre connexion, puis réessayez.
boot-error-retry = Réessayer
