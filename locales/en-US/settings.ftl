# Account settings (pages/settings): the hub and the names of its pages.
settings-hub-lead = Verify or update your partner profiles, manage your users and customize your catalog.
settings-legal-title = Partner profile
settings-legal-about = Your organization's legal name, address and primary contact.
settings-billing-title = Partner billing profile
settings-billing-about = Billing information, if it differs from your partner profile.
settings-organization-title = Organization profile
settings-organization-about = The account that is billed for software you buy directly from software vendors.
settings-support-title = Support profile
settings-support-about = The website, email and phone your customers are pointed to for support.
settings-mpn-title = MPN profile
settings-mpn-about = Your MPN ID and partner name.
settings-users-title = User management
settings-users-about = Add users, assign roles and remove users.
settings-catalog-title = Catalog
settings-catalog-about = Choose up to five offers to appear at the top of the catalog list.
