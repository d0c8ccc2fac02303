## Work accounts before sign-in: "Create one" and "Can't access your account?"

## Create one (a new work or school account)
account-create-title = Create a work or school account
account-create-intro = Create a new work or school account for your organization. You'll be its global admin, and you'll use it to sign in to Partner Center and enroll.
account-domain = Organization domain
account-domain-hint = Enter only the first part, such as contoso. Your domain ends with { $suffix }
account-organization-name = Organization name
account-country = Country/region
account-first-name = First name
account-last-name = Last name
account-user-name = User name
account-user-name-hint = The part of your sign-in name before the @, such as admin.
account-sign-in-name = Your sign-in name will be { $name }
account-password = Password
account-password-hint = Use 8 to 256 characters with at least three of these: lower-case letters, upper-case letters, digits and symbols. Don't include your user name.
account-confirm-password = Confirm password
account-create-submit = Create account
account-creating = Creating your account…
account-created-notice = Your account { $name } has been created, but you aren't signed in yet. Select Sign in to continue.
account-have-account = Already have a work account? Sign in
account-error-user-name = Use letters, digits, hyphens, underscores and apostrophes, with single dots between them, and no dot at the start or end.
account-error-other-cloud = This account can't be created in this Partner Center. Check the organization domain.
account-error-earlier-attempt = An earlier attempt may already have created the account. Try signing in with it, or select Create account again to create it with what you entered now.

## Can't access your account? (self-service password reset)
account-recover-title = Can't access your account?
account-recover-account-heading = Enter your work account
account-recover-intro = To reset your password, we'll send a code to the phone and email address registered for your work account.
account-continue = Continue
account-sending = Sending…
account-recover-code-heading = Enter the code
account-recover-code-sent = If the account exists, we sent a code to its registered phone and email. The code expires in 10 minutes.
account-recover-for = Work account: { $name }
account-code = Code
account-code-hint = The 6-digit code, such as 123456.
account-verifying = Checking…
account-start-again = Start again
account-recover-password-heading = Create a new password
account-new-password = New password
account-confirm-new-password = Confirm new password
account-changing = Changing your password…
account-recover-done-heading = Your password has been changed
account-recover-done-text = Sign in with your work account and your new password.
account-error-reset-gone = This password reset can't continue. Start again to get a new code.
