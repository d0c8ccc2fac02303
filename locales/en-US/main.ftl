## Product names: the docs' own ("Partner Center operated by 21Vianet" / "Partner Center").
app-name-china = Partner Center operated by 21Vianet
app-name-global = Partner Center
# The browser tab: page first, product second.
document-title = { $page } | { $app }

## Shell
shell-skip-to-main = Skip to main content
shell-menu-label = Dashboard menu
shell-menu-overview = Overview
shell-menu-settings = Account settings
shell-menu-pricing = Pricing and offers
shell-menu-customers = Customers
shell-menu-indirect-providers = Indirect providers
shell-menu-indirect-resellers = Indirect resellers
shell-signed-in-as = Signed in as { $name }
shell-sign-out = Sign out
shell-signing-out = Signing out…
shell-sign-in = Sign in
shell-language = Language
footer-operated-china = This portal is powered by technology that Microsoft has licensed to 21Vianet. 21Vianet operates, provides, and manages delivery of the service.
footer-operated-global = Partner Center is the business portal for Microsoft Cloud Solution Provider (CSP) partners.

## Landing page (signed out)
landing-title-china = Welcome to Partner Center operated by 21Vianet
landing-title-global = Welcome to Partner Center
landing-intro-china = The business portal for resellers of 21Vianet's Cloud Solution Provider (CSP) services in China.
landing-intro-global = The business portal for partners who resell Microsoft cloud services through the Cloud Solution Provider (CSP) program.
landing-what-china = 21Vianet operates local datacenters so that you can resell its CSP services while keeping your data within China. 21Vianet also provides your billing services and customer support channels.
landing-what-global = Add and manage customers, sell subscriptions, work with billing, and provide support, all in one place.
landing-tasks-heading = After you sign in, you can
landing-task-account = Manage your Partner Center account
landing-task-customers = Manage customer accounts and subscriptions
landing-task-pricing = See offers and pricing
landing-task-billing = Review billing
landing-sign-in-heading = Already a partner?
landing-sign-in-text = Sign in with your work account.

## Sign in
signin-title = Sign in
signin-intro = Use your Partner Center work account.
signin-user-name = Work account
signin-user-name-hint-china = For example, someone@contoso.partner.onmschina.cn
signin-user-name-hint-global = For example, someone@contoso.onmicrosoft.com
signin-password = Password
signin-submit = Sign in
signin-submitting = Signing in…
signin-error-user-name-required = Enter your work account
signin-error-user-name-too-long = Your work account must be 256 characters or fewer
signin-error-password-required = Enter your password
signin-error-password-too-long = Your password must be 256 characters or fewer
signin-session-expired = Your session has ended. Sign in again to continue.

## Error summary and field messages
error-summary-title = There is a problem
field-error-prefix = Error:

## Errors from the backend, one per kind of failure
error-offline = You're offline. Check your connection, then try again.
error-network = Partner Center can't be reached right now. Check your connection, then try again.
error-timeout = Partner Center took too long to respond. Try again.
error-server = Something went wrong on our side. Your information is still here; try again in a moment.
error-unavailable = Partner Center is busy right now. Try again in a moment.
error-malformed = Partner Center sent a response that couldn't be read. Try again; if it keeps happening, contact support.
error-invalid-credentials = The work account or password is incorrect. Check them and try again.
error-session-expired = Your session has ended. Sign in again to continue.
error-forbidden = Your role can't do this. Ask a global admin in your organization for access.
error-not-found = We couldn't find what you were looking for. It may have been removed.
error-conflict = Someone else changed this while you were working. Reload to see the latest version, then apply your changes again.
error-throttled = Too many requests. Wait a moment, then try again.
error-invalid-input = Some of the information isn't valid. Check the highlighted fields.
error-request-failed = The request couldn't be completed (error { $status }). Try again.
error-retry = Try again
loading = Loading…

## Not found
not-found-title = Page not found
not-found-text = The page you're looking for doesn't exist or has moved. Check the address, or go back to the home page.
not-found-home = Go to the home page


## Roles (the docs' names)
role-global-admin = Global admin
role-billing-admin = Billing admin
role-user-management-admin = User management admin
role-admin-agent = Admin agent
role-sales-agent = Sales agent
role-helpdesk-agent = Help desk agent

# Used by the first load (landing, sign-in) though they lead into areas.
signin-cant-access = Can't access your account?
enroll-landing-heading = New to Partner Center?
enroll-landing-text = Enroll in the 21Vianet China CSP reseller program to resell cloud services in China.
enroll-landing-link = Enroll now
