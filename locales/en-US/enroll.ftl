## Enroll in the 21Vianet China CSP reseller program: the wizard's shared parts and its first steps.
enroll-step-count = Step { $current } of { $total }
enroll-progress-label = Enrollment steps
enroll-step-account = Create a Partner Center account
enroll-step-phone = Verify your phone
enroll-step-created = Create account
enroll-step-program = Enroll in the Cloud Solution Provider program
enroll-step-review = Review and submit
enroll-step-status = Enrollment status
enroll-step-agreement = Accept and continue
enroll-loading = Loading your enrollment…
enroll-continue = Continue
enroll-back = Back

## Create a Partner Center account
enroll-account-title = Create a Partner Center account
enroll-account-intro = Fill in your organization's details, and then enter the details for the person in your organization who you want to have global admin permissions and access to Partner Center.
enroll-organization-legend = Organization details
enroll-company-name = Legal business name
enroll-company-name-hint = As it appears on your business license.
enroll-country = Country/region
enroll-country-china = China
enroll-province = Province
enroll-city = City
enroll-district = District
enroll-address-line1 = Address line 1
enroll-address-line2 = Address line 2
enroll-postal-code = Postal code
enroll-postal-code-hint = 6 digits.
enroll-credit-code = Unified Social Credit Code
enroll-credit-code-hint = The 18-character code on your business license.
enroll-admin-legend = Global admin
enroll-admin-note = The first Partner Center account you create will be a global admin account. Global admins have access to all administrative features in Partner Center and are the only admins who can assign other admin roles. While you can have more than one global admin in your organization, we recommend that only a few people in your company have this role to reduce the risk to your business.
enroll-first-name = First name
enroll-last-name = Last name
enroll-email = Email
enroll-phone = Phone number
enroll-phone-hint = A China mobile or landline number, like 138 1234 5678 or 021-6888 1234.
enroll-opens-new-tab = (opens in a new tab)

## Before you begin
enroll-intro-title = Enroll in the 21Vianet China CSP reseller program
enroll-intro-lead = Enroll in the 21Vianet China Cloud Solution Provider (CSP) program to resell cloud services in China and manage your CSP reseller business in Partner Center.
enroll-intro-important = Important
enroll-intro-weeks = Enrolling in the 21Vianet China CSP program is a multi-step process that may take several weeks to complete while we review your enrollment request, run a credit check, and create your Partner Center account.
enroll-intro-before-heading = Before you begin
enroll-intro-before-text = During the enrollment process, you'll need to supply the following information. You might want to have these items on hand before you kick off the enrollment process.
enroll-intro-need-account = Global admin credentials for your work or school account. If you don't have a work or school account, you can create one during the enrollment process.
enroll-intro-need-mpn = Your Microsoft Partner Network (MPN) ID. You need to be a member of the MPN to enroll in the 21Vianet China CSP program.
enroll-intro-join-mpn = If you are not an MPN member, join here.
enroll-intro-need-support = Your organization's customer support details, including the URL for your support site, support email, and support phone number.
enroll-intro-need-phone = Your organization's China telephone number, to complete a telephone challenge.
enroll-intro-start-heading = Start enrollment
enroll-intro-start-text = Sign in with your organization's work or school account global admin credentials, or select Create one to create a new work or school account.
enroll-intro-create-one = Create one
enroll-intro-start = Start enrollment

## Telephone challenge
enroll-phone-title = Verify your telephone number
enroll-phone-intro = For your protection, verify your account details by completing a telephone challenge. Use your organization's China telephone number.
enroll-phone-number = Telephone number
enroll-phone-number-hint = A China mobile number, or a landline number with its area code. +86 is optional.
enroll-phone-send = Send code
enroll-phone-sending = Sending…
enroll-phone-sent = We sent a 6-digit code to { $number }. It expires at { $time }.
enroll-phone-resent = We sent a new code to { $number }; the previous code no longer works. It expires at { $time }.
enroll-phone-code = Code
enroll-phone-code-hint = The 6-digit code we sent to your phone.
enroll-phone-verify = Verify
enroll-phone-verifying = Verifying…
enroll-phone-resend = Send a new code
enroll-phone-resend-wait = { $seconds ->
    [one] You can ask for a new code in { $seconds } second.
   *[other] You can ask for a new code in { $seconds } seconds.
}
enroll-phone-change = Use a different number
enroll-phone-verified = Your telephone number { $number } is verified. Select Create account to continue.
enroll-phone-create = Create account
enroll-phone-creating = Creating your account…

## Create account: the confirmation
enroll-created-title = Your Partner Center account has been created
enroll-created-important = Important
enroll-created-save = Save the information in this message as you'll need it to log on to Partner Center for the first time. It won't be shown again.
enroll-created-sign-in-name = Sign-in name
enroll-created-organization = Organization
enroll-created-partner-id = Partner ID
enroll-created-admin = Global admin
enroll-created-phone = Verified telephone number
enroll-created-at = Created
enroll-created-copy = Copy
enroll-created-print = Print
enroll-created-copied = The account details were copied.
enroll-created-next = Select Continue and then sign in to Partner Center with your new account credentials to enroll in the Cloud Solution Provider program.

## The landing page's way in for new partners
