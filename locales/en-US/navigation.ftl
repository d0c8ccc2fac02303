## Pages a partner may not open, and what they can do instead. The Dashboard menu's own labels
## are in main.ftl (shell-menu-*).
nav-unavailable-role-title = This page isn't available to your role
nav-unavailable-role-text = Your role in your organization doesn't give you access to this page. If you need it, ask a global admin in your organization to change your role.
nav-unavailable-cloud-title = This page isn't available in this cloud
nav-unavailable-cloud-text-china = This page is part of Partner Center in the global cloud. It isn't available in Partner Center operated by 21Vianet.
nav-unavailable-cloud-text-global = This page is part of Partner Center operated by 21Vianet, in the China cloud. It isn't available in Partner Center.
nav-instead-heading = What you can do
nav-instead-overview = Go to the Overview
nav-instead-home = Go to the home page
nav-instead-enrollment-text = Your organization hasn't finished enrolling yet.
nav-instead-enrollment = Continue enrollment
nav-instead-ask-admin = Your organization hasn't finished enrolling yet, and only its global admin can enroll it. Ask them to finish the enrollment, then sign in again.

## A partner whose organization is still enrolling, where they can't enroll it
nav-not-enrolled-title = Your organization isn't enrolled yet
nav-not-here-text = Your work account is ready, but your organization must enroll in a partner program before it can use { $app }, and enrollment isn't available in this portal yet.
nav-not-here-sign-out = You can sign out now. Your work account stays as it is: sign in again once enrollment is available here.
