# Add customer: the wizard (docs add-a-new-customer, confirm-consent).
customers-add-progress = Steps to add a customer
customers-add-step-account = Account info
customers-add-step-subscriptions = Subscriptions
customers-add-step-review = Review
customers-add-step-of = Step { $step } of { $count }
customers-add-next-subscriptions = Next: Subscriptions
customers-add-next-review = Next: Review
customers-add-back = Back
customers-add-submit = Submit
customers-add-submitting = Submitting…
customers-add-update = Update
customers-add-edit-china = Update
customers-add-edit-global = Edit

## Account info
customers-add-account-intro = Complete the company details and primary contact information.
customers-add-company-details = Company details
customers-add-company-name = Company name
customers-add-domain = Domain name
customers-add-domain-hint = 1 to 27 letters or digits. The domain ends in { $suffix }.
customers-add-domain-checking = Checking whether this domain is available…
customers-add-domain-available = { $domain } is available.
customers-add-domain-taken = This domain is already in use. Choose another one.
customers-add-domain-unchecked = We couldn't check this domain now. It will be checked when you submit.
customers-add-primary-contact = Primary contact
customers-add-first-name = First name
customers-add-last-name = Last name
customers-add-email = Email address
customers-add-phone = Phone number
customers-add-phone-hint-china = A China mobile or landline number, like 138 1234 5678 or 021-6888 1234.
customers-add-phone-hint = With the country code, like +1 425 555 0100.
customers-add-address = Address
customers-add-country = Country/region
customers-add-province = Province
customers-add-state = State or province
customers-add-city = City
customers-add-address-line1 = Address line 1
customers-add-address-line2 = Address line 2
customers-add-postal-code = Postal code
customers-add-postal-hint-china = 6 digits.
customers-add-postal-hint = In the format of the country, like 98052 or 98052-6399.
customers-add-language-preferences = Language preferences
customers-add-culture = Culture
customers-add-language = Language
customers-add-error-domain = Use 1 to 27 letters or digits, with no spaces, hyphens or dots.
customers-add-error-choose = Choose a value from the list.
customers-add-error-country-china = Customers of Partner Center operated by 21Vianet are in China.
customers-add-error-country-global = Customers in China are served by Partner Center operated by 21Vianet. Choose another country/region.
customers-add-error-postal-code = Enter the postal code in the format of the country, like 98052 or 98052-6399.

## Microsoft cloud agreement (global cloud)
customers-add-mca-title = Microsoft cloud agreement
customers-add-mca-intro = Confirm that the customer has accepted the latest Microsoft cloud agreement, and who accepted it.
customers-add-mca-accepted = The customer has accepted the latest Microsoft cloud agreement
customers-add-mca-date = Agreement acceptance date
customers-add-mca-date-hint = The date the customer accepted. It can't be in the future.
customers-add-mca-contact = Person who accepted the agreement
customers-add-mca-contact-default = The primary contact. Select Update if someone else accepted the agreement.
customers-add-mca-use-primary = Use the primary contact
customers-add-error-mca-accepted = Confirm that the customer has accepted the latest Microsoft cloud agreement.
customers-add-error-mca-date-required = Enter the agreement acceptance date.
customers-add-error-mca-date = Enter the agreement acceptance date as a real date.
customers-add-error-mca-date-future = The agreement acceptance date can't be in the future.

## Subscriptions
customers-add-subscriptions-intro = Choose the correct offers and enter the number of licenses for each. You can also add the customer now and add subscriptions later.
customers-add-offer-search = Search offers
customers-add-offers-chosen = { $count ->
    [0] No offers chosen.
    [one] 1 offer chosen.
   *[other] { $count } offers chosen.
}
customers-add-offers-none = No offers match your search.
customers-add-offer-range = { $min } to { $max } licenses
customers-add-quantity = Number of licenses for { $offer }
customers-add-error-quantity-required = Enter the number of licenses for { $offer }.
customers-add-error-quantity = Enter a whole number of licenses from { $min } to { $max } for { $offer }.

## Review
customers-add-review-intro = Check your entries for accuracy, then select Submit.
customers-add-review-no-offers = No subscriptions. You can add them after the customer is created.
customers-add-review-offer = { $offer }, quantity: { $count }

## Confirmation
customers-add-confirmation = Confirmation
customers-add-created = { $company } was added as a customer.
customers-add-setup-info = Setup info
customers-add-password-once = Copy the admin user name and temporary password now. The password is shown only once: it can't be shown again after you leave this page.
customers-add-admin-user = Admin user name
customers-add-temporary-password = Temporary password
customers-add-copy = Copy
customers-add-print = Print
customers-add-copied = Copied to the clipboard.
customers-add-copy-failed = Couldn't copy. Select the user name and password and copy them yourself.
customers-add-buying = Buying { $offer }, quantity: { $count }…
customers-add-bought = Bought { $offer }, quantity: { $count }.
customers-add-not-bought = { $offer }, quantity: { $count }, wasn't bought. { $reason }
customers-add-buy-retry = Try again for the subscriptions not bought
customers-add-mca-recording = Recording the Microsoft cloud agreement acceptance…
customers-add-mca-recorded = The Microsoft cloud agreement acceptance is recorded.
customers-add-mca-not-recorded = The Microsoft cloud agreement acceptance wasn't recorded. { $reason }
customers-add-mca-retry = Try again to record the agreement
customers-add-done = Done
