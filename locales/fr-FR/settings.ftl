# Account settings (pages/settings): the hub and the names of its pages.
settings-hub-lead = Vérifiez ou mettez à jour vos profils de partenaire, gérez vos utilisateurs et personnalisez votre catalogue.
settings-legal-title = Profil de partenaire
settings-legal-about = La raison sociale, l’adresse et le contact principal de votre organisation.
settings-billing-title = Profil de facturation du partenaire
settings-billing-about = Les informations de facturation, si elles diffèrent de votre profil de partenaire.
settings-organization-title = Profil de l’organisation
settings-organization-about = Le compte facturé pour les logiciels que vous achetez directement auprès des éditeurs.
settings-support-title = Profil de support
settings-support-about = Le site web, l’adresse e-mail et le téléphone vers lesquels vos clients sont dirigés pour obtenir de l’aide.
settings-mpn-title = Profil MPN
settings-mpn-about = Votre ID MPN et le nom de partenaire.
settings-users-title = Gestion des utilisateurs
settings-users-about = Ajoutez des utilisateurs, attribuez des rôles et supprimez des utilisateurs.
settings-catalog-title = Catalogue
settings-catalog-about = Choisissez jusqu’à cinq offres à afficher en haut de la liste du catalogue.
