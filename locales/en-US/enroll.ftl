## Enroll in the 21Vianet China CSP reseller program: the wizard's shared parts and its first steps.
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
